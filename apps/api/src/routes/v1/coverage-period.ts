// GET /api/v1/coverage/period: per unit × category over all the plans of the chosen years, each
// plan once, read from plan_coverage. The overview's heatmap over several years: one column per
// unit instead of one per unit-year (63 × 10 columns at 10,000 plans).

import { z } from 'zod';
import { categoryColumns, col } from '../../v1/columns.ts';
import { defineEndpoint } from '../../v1/endpoint.ts';
import { categoryWhere, planWhere, Where } from '../../v1/filters.ts';
import { MEASURES, type Measure } from '../../v1/params.ts';
import { categoryShape, planShape } from '../../v1/shapes.ts';
import { valueExpr, withLabel } from './coverage.ts';

/** The unit columns of plan_coverage under each units map. */
const UNIT = {
  '2024': { code: 'province_code', name: 'province_name', region: 'region' },
  '2025': { code: 'unit_2025_code', name: 'unit_2025_name', region: 'unit_2025_region' },
} as const;

const PERIOD_MEASURES = { count: 'passages', share: 'share', presence: 'present' } as const;

export const coveragePeriodEndpoint = defineEndpoint({
  path: '/coverage/period',
  summary: 'Per unit × category over the plans overlapping the chosen years (each plan once, whatever its period); issuer_level keeps plans of that level',
  params: (f) => ({
    ...planShape(f),
    ...categoryShape(f),
    measure: f.measure.refine((m) => m !== 'change', 'change is per year: see /change')
      .describe(`one of ${MEASURES.filter((m) => m !== 'change').join(', ')}`),
  }),
  row: z.object({
    units: col.str('Bản đồ đơn vị'),
    scope: col.str('Phạm vi cấp ban hành'),
    unit_code: col.str('Mã đơn vị'),
    unit_name: col.str('Đơn vị'),
    unit_region: col.str('Vùng'),
    ...categoryColumns,
    plans: col.int('Số kế hoạch'),
    plans_with: col.int('Số kế hoạch có đề cập'),
    passages: col.int('Số đoạn'),
    codable_passages: col.int('Số đoạn được mã hóa'),
    share: col.numN('Tỷ lệ đoạn'),
    present: col.bool('Có đề cập'),
    value: col.numN('Giá trị'),
  }),
  query(p, env) {
    const u = UNIT[p.units as '2024' | '2025'];
    const w = categoryWhere(planWhere(new Where(), p, env.ref), p).add(`${u.code} IS NOT NULL`);
    w.params.units = p.units as string;
    w.params.scope = (p.issuer_level as string | undefined) ?? 'all';
    return {
      sql: `SELECT $units AS units, $scope AS scope, unit_code, unit_name, unit_region, dimension, category_id, plans, plans_with,
                   passages, codable_passages, share, present, ${valueExpr(p.measure as Measure, PERIOD_MEASURES)}
            FROM (SELECT ${u.code} AS unit_code, ${u.name} AS unit_name, ${u.region} AS unit_region, dimension, category_id,
                         count(*)::INTEGER AS plans, count(*) FILTER (WHERE present)::INTEGER AS plans_with,
                         sum(passages)::INTEGER AS passages, sum(codable_passages)::INTEGER AS codable_passages,
                         sum(passages) / nullif(sum(codable_passages), 0) AS share, bool_or(present) AS present
                  FROM plan_coverage ${w}
                  GROUP BY ALL) AS per_unit
            ORDER BY unit_code, dimension, category_id`,
      params: w.params,
    };
  },
  // called through: coverage.ts imports this module, so withLabel is not defined yet at load
  decorate: (r, p, env) => withLabel(r, p, env),
});
