// GET /api/v1/legal-refs: which documents each province's plans build on (ref_level=central for
// the central ones), over the plans the filters select.

import { Hono } from 'hono';
import { listValue } from '@duckdb/node-api';
import { z } from 'zod';
import { col } from '../../v1/columns.ts';
import type { V1Context, V1Env } from '../../v1/context.ts';
import { defineEndpoint, listHandler } from '../../v1/endpoint.ts';
import { planWhere, Where } from '../../v1/filters.ts';
import { planShape } from '../../v1/shapes.ts';

export const legalRefsEndpoint = defineEndpoint({
  path: '/legal-refs',
  summary: 'Per province × cited document: plans citing it, mentions, plan years (ref_level filters the cited document’s level)',
  params: (f) => ({ ...planShape(f), ref_level: f.ref_level }),
  row: z.object({
    province_code: col.strN('Mã tỉnh'),
    province_name: col.strN('Tỉnh'),
    unit_2025_code: col.strN('Mã đơn vị 2025'),
    ref_level: col.strN('Cấp văn bản'),
    doc_type: col.str('Loại văn bản'),
    number: col.str('Số, ký hiệu / tên'),
    ref_date: col.strN('Ngày văn bản'),
    plans: col.int('Số kế hoạch'),
    mentions: col.int('Số lần viện dẫn'),
    years: col.strs('Năm kế hoạch'),
  }),
  query(p, env) {
    const w = planWhere(new Where(), p, env.ref);
    if (p.ref_level) w.add('list_contains($ref_level, ref_level)', { ref_level: listValue(p.ref_level) });
    return {
      sql: `SELECT province_code, province_name, unit_2025_code, ref_level, doc_type, number, min(ref_date) AS ref_date,
                   count(DISTINCT document_id)::INTEGER AS plans, sum(mentions)::INTEGER AS mentions,
                   list(DISTINCT year_from::VARCHAR ORDER BY year_from::VARCHAR) AS years
            FROM plan_legal_refs ${w}
            GROUP BY province_code, province_name, unit_2025_code, ref_level, doc_type, number
            ORDER BY province_code NULLS LAST, ref_level NULLS LAST, doc_type, number`,
      params: w.params,
    };
  },
});

export function legalRefRoutes(ctx: V1Context) {
  return new Hono<V1Env>().get('/', listHandler(legalRefsEndpoint, ctx));
}
