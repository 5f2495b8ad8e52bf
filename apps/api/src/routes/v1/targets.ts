// GET /api/v1/targets: quantified targets ("ít nhất 02 tin, bài/tháng").

import { Hono } from 'hono';
import { z } from 'zod';
import { col, planColumns, PLAN_SELECT } from '../../v1/columns.ts';
import type { V1Context, V1Env } from '../../v1/context.ts';
import { defineEndpoint, listHandler } from '../../v1/endpoint.ts';
import { categoryShape, planShape } from '../../v1/shapes.ts';
import { factWhere, withHighlight } from './facts.ts';

export const targetsEndpoint = defineEndpoint({
  path: '/targets',
  summary: 'Quantified targets: count, unit and period, with the passage',
  params: (f) => ({ ...planShape(f), ...categoryShape(f) }),
  row: z.object({
    ...planColumns,
    passage_id: col.str('Mã đoạn'),
    section_path: col.str('Mục'),
    text: col.str('Chỉ tiêu'),
    count: col.numN('Số lượng'),
    unit: col.str('Đơn vị tính'),
    period: col.strN('Chu kỳ'),
    span_start: col.int('Vị trí đầu'),
    span_end: col.int('Vị trí cuối'),
    passage_text: col.str('Đoạn văn'),
    highlighted: col.str('Đoạn văn (đánh dấu)'),
  }),
  query(p, env) {
    const w = factWhere(p, env);
    return {
      sql: `SELECT ${PLAN_SELECT}, passage_id, section_path, text, count, unit, period, span_start, span_end, passage_text
            FROM plan_targets ${w} ORDER BY province_code NULLS LAST, year_from, document_id, passage_id, span_start`,
      params: w.params,
    };
  },
  decorate: withHighlight,
});

export function targetRoutes(ctx: V1Context) {
  return new Hono<V1Env>().get('/', listHandler(targetsEndpoint, ctx));
}
