// GET /api/v1/deadlines: dates and periods the plans' tasks must be done by.

import { Hono } from 'hono';
import { z } from 'zod';
import { col, planColumns, PLAN_SELECT } from '../../v1/columns.ts';
import type { V1Context, V1Env } from '../../v1/context.ts';
import { defineEndpoint, listHandler } from '../../v1/endpoint.ts';
import { categoryShape, planShape } from '../../v1/shapes.ts';
import { factWhere, withHighlight } from './facts.ts';

export const deadlinesEndpoint = defineEndpoint({
  path: '/deadlines',
  summary: 'Deadlines with their normalized form (YYYY-MM-DD | YYYY-MM | YYYY-Qn) and passage',
  params: (f) => ({ ...planShape(f), ...categoryShape(f) }),
  row: z.object({
    ...planColumns,
    passage_id: col.str('Mã đoạn'),
    section_path: col.str('Mục'),
    text: col.str('Thời hạn'),
    normalized: col.str('Thời hạn (chuẩn hóa)'),
    span_start: col.int('Vị trí đầu'),
    span_end: col.int('Vị trí cuối'),
    passage_text: col.str('Đoạn văn'),
    highlighted: col.str('Đoạn văn (đánh dấu)'),
  }),
  query(p, env) {
    const w = factWhere(p, env);
    return {
      sql: `SELECT ${PLAN_SELECT}, passage_id, section_path, text, normalized, span_start, span_end, passage_text
            FROM plan_deadlines ${w} ORDER BY province_code NULLS LAST, year_from, document_id, passage_id, span_start`,
      params: w.params,
    };
  },
  decorate: withHighlight,
});

export function deadlineRoutes(ctx: V1Context) {
  return new Hono<V1Env>().get('/', listHandler(deadlinesEndpoint, ctx));
}
