// GET /api/v1/change: year-over-year movement per unit and category, against the unit's
// previous plan year (not year − 1).

import { Hono } from 'hono';
import { listValue } from '@duckdb/node-api';
import { z } from 'zod';
import { categoryColumns, col, unitColumns } from '../../v1/columns.ts';
import type { V1Context, V1Env } from '../../v1/context.ts';
import { defineEndpoint, listHandler } from '../../v1/endpoint.ts';
import { categoryWhere, unitWhere, Where } from '../../v1/filters.ts';
import { categoryShape, planShape } from '../../v1/shapes.ts';
import { withLabel } from './coverage.ts';

export const TRANSITIONS = ['first', 'added', 'dropped', 'kept', 'absent'] as const;

export const changeEndpoint = defineEndpoint({
  path: '/change',
  summary: 'Per unit × plan year × category: this year, the previous plan year, the change and the transition (first | added | dropped | kept | absent)',
  params: (f) => ({
    ...planShape(f),
    ...categoryShape(f),
    transition: z.array(z.enum(TRANSITIONS, { error: (i) => `unknown transition "${String(i.input).slice(0, 40)}"` })).max(5).optional(),
  }),
  row: z.object({
    ...unitColumns,
    ...categoryColumns,
    plans: col.int('Số kế hoạch'),
    passages: col.int('Số đoạn'),
    codable_passages: col.int('Số đoạn được mã hóa'),
    share: col.numN('Tỷ lệ đoạn'),
    present: col.bool('Có đề cập'),
    prev_year: col.intN('Năm kế hoạch trước'),
    prev_passages: col.intN('Số đoạn năm trước'),
    prev_share: col.numN('Tỷ lệ năm trước'),
    prev_present: col.boolN('Có đề cập năm trước'),
    change_passages: col.intN('Thay đổi số đoạn'),
    change_share: col.numN('Thay đổi tỷ lệ'),
    transition: col.str('Chuyển biến'),
  }),
  query(p, env) {
    // the year filters apply after the view's window: 2024 still sees its previous plan year
    const w = categoryWhere(unitWhere(new Where(), p, env.ref), p);
    if (p.transition) w.add('list_contains($transition, transition)', { transition: listValue(p.transition) });
    return {
      sql: `SELECT units, scope, unit_code, unit_name, unit_region, year, dimension, category_id, plans, passages, codable_passages,
                   share, present, prev_year, prev_passages, prev_share, prev_present, change_passages, change_share, transition
            FROM unit_year_change ${w} ORDER BY unit_code, year, dimension, category_id`,
      params: w.params,
    };
  },
  decorate: withLabel,
});

export function changeRoutes(ctx: V1Context) {
  return new Hono<V1Env>().get('/', listHandler(changeEndpoint, ctx));
}
