// GET /api/v1/codes: the coded passages of plans (one row per passage × category, with where it
// matched), so the plan reader can label every passage with one request.

import { Hono } from 'hono';
import { z } from 'zod';
import { categoryLabel } from '../../v1/codebook.ts';
import { col, planColumns, PLAN_SELECT } from '../../v1/columns.ts';
import type { V1Context, V1Env } from '../../v1/context.ts';
import { defineEndpoint, listHandler } from '../../v1/endpoint.ts';
import { checkDocument } from '../../v1/known-document.ts';
import { categoryWhere, planWhere, Where } from '../../v1/filters.ts';
import { categoryShape, planShape } from '../../v1/shapes.ts';

export const codesEndpoint = defineEndpoint({
  path: '/codes',
  summary: 'Coded passages of the selected plans (document=… for one plan): passage × category with spans (offsets into the passage text) and rules',
  params: (f) => ({ ...planShape(f), ...categoryShape(f), document: f.document }),
  row: z.object({
    ...planColumns,
    passage_id: col.str('Mã đoạn'),
    seq: col.int('Thứ tự đoạn'),
    section_path: col.str('Mục'),
    dimension: col.str('Chiều'),
    category_id: col.str('Mã hạng mục'),
    category_label: col.strN('Hạng mục'),
    spans: col.spans('Vị trí khớp'),
    rule_ids: col.strs('Quy tắc'),
  }),
  query(p, env) {
    const w = categoryWhere(planWhere(new Where(), p, env.ref), p);
    if (p.document) w.add('document_id = $document', { document: p.document });
    return {
      sql: `SELECT ${PLAN_SELECT}, passage_id, seq, section_path, dimension, category_id, spans, rule_ids
            FROM category_evidence ${w} ORDER BY province_code NULLS LAST, year_from, document_id, seq, dimension, category_id`,
      params: w.params,
    };
  },
  check: (p, env) => checkDocument(env.db, p.document),
  decorate: (r, _p, env) => ({ ...r, category_label: categoryLabel(env.codebook, String(r.dimension), String(r.category_id)) }),
});

export function codeRoutes(ctx: V1Context) {
  return new Hono<V1Env>().get('/', listHandler(codesEndpoint, ctx));
}
