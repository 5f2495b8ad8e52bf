// GET /api/v1/matrix: every unit × category for the chosen years, NULL where the unit has no
// plan that year and 0 where its plan does not mention the category; `value` is the measure.

import { Hono } from 'hono';
import { z } from 'zod';
import { categoryColumns, col, unitColumns } from '../../v1/columns.ts';
import type { V1Context, V1Env } from '../../v1/context.ts';
import { defineEndpoint, listHandler } from '../../v1/endpoint.ts';
import { categoryWhere, unitWhere, Where } from '../../v1/filters.ts';
import { categoryShape, planShape } from '../../v1/shapes.ts';
import { valueExpr, withLabel } from './coverage.ts';

export const MATRIX_MEASURES = { count: 'passages', share: 'share', presence: 'present', change: 'change_passages' } as const;

export const matrixEndpoint = defineEndpoint({
  path: '/matrix',
  summary: 'Unit × category matrix for every year any plan covers: value NULL = no plan, 0 = plan without the category; change = passages − passages at the unit’s previous plan year',
  params: (f) => ({ ...planShape(f), ...categoryShape(f), measure: f.measure }),
  row: z.object({
    ...unitColumns,
    ...categoryColumns,
    has_plan: col.bool('Có kế hoạch'),
    plans: col.int('Số kế hoạch'),
    passages: col.intN('Số đoạn'),
    codable_passages: col.intN('Số đoạn được mã hóa'),
    share: col.numN('Tỷ lệ đoạn'),
    present: col.boolN('Có đề cập'),
    prev_year: col.intN('Năm kế hoạch trước'),
    change_passages: col.intN('Thay đổi số đoạn'),
    change_share: col.numN('Thay đổi tỷ lệ'),
    value: col.numN('Giá trị'),
  }),
  query(p, env) {
    const w = categoryWhere(unitWhere(new Where(), p, env.ref), p);
    return {
      sql: `SELECT units, scope, unit_code, unit_name, unit_region, year, dimension, category_id, has_plan, plans,
                   passages, codable_passages, share, present, prev_year, change_passages, change_share,
                   ${valueExpr(p.measure, MATRIX_MEASURES)}
            FROM unit_category_matrix ${w} ORDER BY unit_code, year, dimension, category_id`,
      params: w.params,
    };
  },
  decorate: withLabel,
});

export function matrixRoutes(ctx: V1Context) {
  return new Hono<V1Env>().get('/', listHandler(matrixEndpoint, ctx));
}
