// GET /api/v1/search?q=…: passages containing the words, diacritic- and case-insensitive
// (`tuyen truyen` finds "tuyên truyền"), with keyword-in-context snippets.

import { Hono } from 'hono';
import { z } from 'zod';
import { fold } from '../../../../../ingest/src/text/fold.ts';
import { col, planColumns } from '../../v1/columns.ts';
import type { V1Context, V1Env } from '../../v1/context.ts';
import { defineEndpoint, listHandler } from '../../v1/endpoint.ts';
import { planWhere, Where } from '../../v1/filters.ts';
import { escapeHtml, findFolded, kwic } from '../../v1/highlight.ts';
import { problem } from '../../problem.ts';
import { planShape } from '../../v1/shapes.ts';

/** The query folded like passages.text_folded; 400 when nothing searchable is left. */
export function foldQuery(q: string): string {
  const folded = fold(q);
  // punctuation and control characters alone ('', "%00%00") would match anything or nothing
  if (folded.replace(/[^\p{L}\p{N}]/gu, '').length < 2) problem(400, 'Invalid parameter', 'q: at least 2 letters or digits', 'q');
  return folded;
}

export const searchEndpoint = defineEndpoint({
  path: '/search',
  summary: 'Diacritic-insensitive full-text search over passages, with keyword-in-context snippets',
  params: (f) => ({ q: f.q, ...planShape(f) }),
  row: z.object({
    ...planColumns,
    doc_number: col.strN('Số, ký hiệu'),
    passage_id: col.str('Mã đoạn'),
    seq: col.int('Thứ tự đoạn'),
    section_path: col.str('Mục'),
    block: col.str('Loại đoạn'),
    text: col.str('Đoạn văn'),
    hits: col.int('Số lần khớp'),
    snippets: z.array(z.object({ before: z.string(), match: z.string(), after: z.string() })).meta({ vi: 'Trích đoạn' }),
    snippet: col.str('Trích đoạn đầu'),
    highlighted: col.str('Trích đoạn đầu (đánh dấu)'),
  }),
  query(p, env) {
    const w = planWhere(new Where(), p, env.ref);
    return {
      // contains() matches literally: no LIKE wildcards to escape
      sql: `SELECT * FROM (
              SELECT pu.document_id, pu.province_code, pu.province_name, pu.region, pu.unit_2025_code, pu.unit_2025_name,
                     pu.unit_2025_region, pu.year_from, pu.year_to, pu.issuer_level, pu.doc_number,
                     p.passage_id, p.seq, p.section_path, p.block, p.text
              FROM passages p JOIN plan_units pu ON pu.document_id = p.document_id
              WHERE contains(p.text_folded, $q)
            ) ${w} ORDER BY province_code NULLS LAST, year_from, document_id, seq`,
      params: { ...w.params, q: foldQuery(p.q) },
    };
  },
  decorate(r, p) {
    const text = String(r.text);
    const hits = findFolded(text, fold(p.q));
    const snippets = kwic(text, hits);
    const first = snippets[0];
    return {
      ...r,
      hits: hits.length,
      snippets,
      snippet: first ? first.before + first.match + first.after : text.slice(0, 160),
      highlighted: first ? `${escapeHtml(first.before)}<mark>${escapeHtml(first.match)}</mark>${escapeHtml(first.after)}` : escapeHtml(text.slice(0, 160)),
    };
  },
});

export function searchRoutes(ctx: V1Context) {
  return new Hono<V1Env>().get('/', listHandler(searchEndpoint, ctx));
}
