// GET /api/v1/compare: N units side by side for one year, with a `differs` flag per category
// (on the chosen measure, among the units that have a plan).

import { Hono } from 'hono';
import { listValue } from '@duckdb/node-api';
import { z } from 'zod';
import { quoteIdent } from '@cchc/sql';
import { categoryColumns, col, unitColumns } from '../../v1/columns.ts';
import type { V1Context, V1Env } from '../../v1/context.ts';
import { defineEndpoint, listHandler } from '../../v1/endpoint.ts';
import { categoryWhere, unitCodes, Where } from '../../v1/filters.ts';
import { categoryShape } from '../../v1/shapes.ts';
import { valueExpr, withLabel } from './coverage.ts';
import { MATRIX_MEASURES } from './matrix.ts';

export const COMPARE_MAX = 20;

const DIFFERS = { count: 'differs_count', share: 'differs_share', presence: 'differs_presence', change: 'differs_change' } as const;

export const compareEndpoint = defineEndpoint({
  path: '/compare',
  summary: `Up to ${COMPARE_MAX} units side by side for one year: one row per category × unit, in the order the units were given, with differs`,
  params: (f) => ({
    province: f.province.unwrap().refine((xs) => xs.length <= COMPARE_MAX, `at most ${COMPARE_MAX} units`)
      .describe('the units to compare (province codes; under units=2025 a merged province stands for its unit)'),
    year: f.year.unwrap(),
    units: f.units,
    issuer_level: f.issuer_level,
    ...categoryShape(f),
    measure: f.measure,
    differs: f.differs,
  }),
  row: z.object({
    ...unitColumns,
    ...categoryColumns,
    has_plan: col.bool('Có kế hoạch'),
    plans: col.int('Số kế hoạch'),
    passages: col.intN('Số đoạn'),
    share: col.numN('Tỷ lệ đoạn'),
    present: col.boolN('Có đề cập'),
    change_passages: col.intN('Thay đổi số đoạn'),
    value: col.numN('Giá trị'),
    differs: col.bool('Khác nhau'),
    units_compared: col.int('Số đơn vị so sánh'),
    units_with_plan: col.int('Số đơn vị có kế hoạch'),
  }),
  query(p, env) {
    const codes = unitCodes(p.province, p.units, env.ref);
    const differs = quoteIdent(DIFFERS[p.measure], Object.values(DIFFERS));
    const w = categoryWhere(new Where(), p);
    if (p.differs !== undefined) w.add(`${differs} = $differs`, { differs: p.differs });
    return {
      sql: `SELECT units, scope, unit_code, unit_name, unit_region, year, dimension, category_id, has_plan, plans, passages, share,
                   present, change_passages, ${valueExpr(p.measure, MATRIX_MEASURES)}, ${differs} AS differs, units_compared, units_with_plan
            FROM unit_comparison($units, $scope, $year, $codes) ${w}
            ORDER BY dimension, category_id, list_position($codes, unit_code)`,
      params: { ...w.params, units: p.units, scope: p.issuer_level ?? 'all', year: p.year, codes: listValue(codes) },
    };
  },
  decorate: withLabel,
});

export function compareRoutes(ctx: V1Context) {
  return new Hono<V1Env>().get('/', listHandler(compareEndpoint, ctx));
}
