// GET /api/v1/evidence: the passages behind any cell — a plan's (document=…) or a unit-year's
// (province=…&year=…&units=…) — for one category, with the matched words in <mark>.

import { Hono } from 'hono';
import { z } from 'zod';
import { categoryLabel, idsOf } from '../../v1/codebook.ts';
import { col, planColumns, PLAN_SELECT } from '../../v1/columns.ts';
import type { V1Context, V1Env } from '../../v1/context.ts';
import { defineEndpoint, listHandler, type Env } from '../../v1/endpoint.ts';
import { checkDocument } from '../../v1/known-document.ts';
import { planWhere, Where } from '../../v1/filters.ts';
import { markSpans, type Span } from '../../v1/highlight.ts';
import { DIMENSIONS, type Dimension } from '../../v1/params.ts';
import { problem } from '../../problem.ts';
import { planShape } from '../../v1/shapes.ts';

/** The dimension a category id belongs to (given, or inferred when the id is unambiguous); 400 otherwise. */
export function resolveCategory(env: Env, category: string, dimension?: Dimension): { dimension: Dimension; category: string } {
  const cb = env.codebook;
  const known: Record<Dimension, (id: string) => boolean> = {
    topic: (id) => idsOf(cb, 'topics').includes(id),
    channel: (id) => idsOf(cb, 'channels').includes(id),
    audience: (id) => idsOf(cb, 'audiences').includes(id),
    attribute: (id) => id === 'tieng_dan_toc',
    agency: (id) => idsOf(cb, 'agencies').includes(id),
    agency_role: (id) => {
      const [a = '', r = ''] = id.split(':');
      return idsOf(cb, 'agencies').includes(a) && idsOf(cb, 'roles').includes(r);
    },
  };
  if (dimension) {
    if (!known[dimension](category)) problem(400, 'Invalid parameter', `category: unknown ${dimension} "${category}"`, 'category');
    return { dimension, category };
  }
  const dims = DIMENSIONS.filter((d) => known[d](category));
  if (dims.length === 0) problem(400, 'Invalid parameter', `category: unknown category "${category}"`, 'category');
  if (dims.length > 1) problem(400, 'Invalid parameter', `dimension: "${category}" is a ${dims.join(' and a ')}; say which`, 'dimension');
  return { dimension: dims[0]!, category };
}

export const evidenceEndpoint = defineEndpoint({
  path: '/evidence',
  summary: 'Passages behind a cell: plan, section, text, spans (offsets into text) and highlighted HTML with the matched words in <mark>',
  params: (f) => ({
    ...planShape(f),
    document: f.document,
    category: f.category,
    dimension: f.dimension.unwrap().refine((xs) => xs.length === 1, 'give one dimension').optional()
      .describe('the category’s dimension; inferred from the id when unambiguous'),
  }),
  row: z.object({
    ...planColumns,
    doc_number: col.strN('Số, ký hiệu'),
    dimension: col.str('Chiều'),
    category_id: col.str('Mã hạng mục'),
    category_label: col.strN('Hạng mục'),
    passage_id: col.str('Mã đoạn'),
    seq: col.int('Thứ tự đoạn'),
    section_path: col.str('Mục'),
    section_heading: col.strN('Tiêu đề mục'),
    block: col.str('Loại đoạn'),
    text: col.str('Đoạn văn'),
    spans: col.spans('Vị trí khớp'),
    rule_ids: col.strs('Quy tắc'),
    highlighted: col.str('Đoạn văn (đánh dấu)'),
  }),
  query(p, env) {
    const { dimension, category } = resolveCategory(env, p.category, p.dimension?.[0]);
    const w = planWhere(new Where(), p, env.ref).add('dimension = $dimension AND category_id = $category', { dimension, category });
    if (p.document) w.add('document_id = $document', { document: p.document });
    return {
      sql: `SELECT ${PLAN_SELECT}, doc_number, dimension, category_id, passage_id, seq, section_path, section_heading, block, text, spans, rule_ids
            FROM category_evidence ${w} ORDER BY province_code NULLS LAST, year_from, document_id, seq`,
      params: w.params,
    };
  },
  check: (p, env) => checkDocument(env.db, p.document),
  decorate: (r, _p, env) => ({
    ...r,
    category_label: categoryLabel(env.codebook, String(r.dimension), String(r.category_id)),
    highlighted: markSpans(String(r.text), (r.spans as Span[] | null) ?? []),
  }),
});

export function evidenceRoutes(ctx: V1Context) {
  return new Hono<V1Env>().get('/', listHandler(evidenceEndpoint, ctx));
}
