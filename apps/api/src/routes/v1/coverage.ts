// GET /api/v1/coverage/{plans,units,regions}: presence, passages and share of each category per
// plan, per unit-year (under the 2024 or 2025 units) and per region-year.

import { Hono } from 'hono';
import { z } from 'zod';
import { quoteIdent } from '@cchc/sql';
import type { Row } from '../../db.ts';
import { categoryLabel } from '../../v1/codebook.ts';
import { categoryColumns, col, planColumns, PLAN_SELECT, unitColumns } from '../../v1/columns.ts';
import type { V1Context, V1Env } from '../../v1/context.ts';
import { defineEndpoint, listHandler, type Env } from '../../v1/endpoint.ts';
import { categoryWhere, planWhere, unitWhere, Where } from '../../v1/filters.ts';
import { MEASURES, type Measure, type ParamFields } from '../../v1/params.ts';
import { categoryShape, planShape } from '../../v1/shapes.ts';
import { coveragePeriodEndpoint } from './coverage-period.ts';
import { coverageTotalsEndpoint } from './coverage-totals.ts';

/** `value` column: the chosen measure, from a whitelist of the view's columns. */
export function valueExpr(measure: Measure, columns: Partial<Record<Measure, string>>): string {
  const column = columns[measure];
  if (!column) throw new Error(`measure ${measure} has no column here`);
  return `CAST(${quoteIdent(column, Object.values(columns))} AS DOUBLE) AS value`;
}

const COVERAGE_MEASURES = { count: 'passages', share: 'share', presence: 'present' } as const;

/** measure without `change` (coverage views have no previous year). */
const coverageMeasure = (f: ParamFields) =>
  f.measure.refine((m) => m !== 'change', 'change is answered by /matrix, /compare and /change').describe(`one of ${MEASURES.filter((m) => m !== 'change').join(', ')}`);

export const withLabel = (r: Row, _p: unknown, env: Env): Row => ({ ...r, category_label: categoryLabel(env.codebook, String(r.dimension), String(r.category_id)) });

const measures = {
  passages: col.int('Số đoạn'),
  codable_passages: col.int('Số đoạn được mã hóa'),
  share: col.numN('Tỷ lệ đoạn'),
  present: col.bool('Có đề cập'),
  value: col.numN('Giá trị'),
};

export const planCoverageEndpoint = defineEndpoint({
  path: '/coverage/plans',
  summary: 'Per plan × category: present, coded passages, share of the plan’s codable passages (0 rows for absent categories)',
  params: (f) => ({ ...planShape(f), ...categoryShape(f), measure: coverageMeasure(f) }),
  row: z.object({ ...planColumns, ...categoryColumns, ...measures }),
  query(p, env) {
    const w = categoryWhere(planWhere(new Where(), p, env.ref), p);
    return {
      sql: `SELECT ${PLAN_SELECT}, dimension, category_id, passages, codable_passages, share, present, ${valueExpr(p.measure, COVERAGE_MEASURES)}
            FROM plan_coverage ${w} ORDER BY province_code NULLS LAST, year_from, document_id, dimension, category_id`,
      params: w.params,
    };
  },
  decorate: withLabel,
});

export const unitCoverageEndpoint = defineEndpoint({
  path: '/coverage/units',
  summary: 'Per unit × year (with a plan) × category, over the plans counting for the unit (units=2025: Yên Bái under Lào Cai)',
  params: (f) => ({ ...planShape(f), ...categoryShape(f), measure: coverageMeasure(f) }),
  row: z.object({ ...unitColumns, ...categoryColumns, plans: col.int('Số kế hoạch'), plans_with: col.int('Số kế hoạch có đề cập'), ...measures }),
  query(p, env) {
    const w = categoryWhere(unitWhere(new Where(), p, env.ref), p);
    return {
      sql: `SELECT units, scope, unit_code, unit_name, unit_region, year, dimension, category_id, plans, plans_with,
                   passages, codable_passages, share, present, ${valueExpr(p.measure, COVERAGE_MEASURES)}
            FROM unit_year_coverage ${w} ORDER BY unit_code, year, dimension, category_id`,
      params: w.params,
    };
  },
  decorate: withLabel,
});

export const regionCoverageEndpoint = defineEndpoint({
  path: '/coverage/regions',
  summary: 'Unit coverage rolled up to the unit’s region per year and category',
  params: (f) => {
    const { province: _ignored, ...plan } = planShape(f);
    return { ...plan, ...categoryShape(f), measure: coverageMeasure(f) };
  },
  row: z.object({
    units: col.str('Bản đồ đơn vị'),
    scope: col.str('Phạm vi cấp ban hành'),
    region: col.str('Vùng'),
    year: col.int('Năm'),
    ...categoryColumns,
    units_with_plan: col.int('Số đơn vị có kế hoạch'),
    units_with: col.int('Số đơn vị có đề cập'),
    unit_share: col.numN('Tỷ lệ đơn vị'),
    plans: col.int('Số kế hoạch'),
    plans_with: col.int('Số kế hoạch có đề cập'),
    ...measures,
  }),
  query(p, env) {
    const w = categoryWhere(unitWhere(new Where(), p, env.ref, 'region'), p);
    return {
      sql: `SELECT units, scope, region, year, dimension, category_id, units_with_plan, units_with, unit_share, plans, plans_with,
                   passages, codable_passages, share, present, ${valueExpr(p.measure, COVERAGE_MEASURES)}
            FROM region_year_coverage ${w} ORDER BY region, year, dimension, category_id`,
      params: w.params,
    };
  },
  decorate: withLabel,
});

export function coverageRoutes(ctx: V1Context) {
  return new Hono<V1Env>()
    .get('/plans', listHandler(planCoverageEndpoint, ctx))
    .get('/units', listHandler(unitCoverageEndpoint, ctx))
    .get('/regions', listHandler(regionCoverageEndpoint, ctx))
    .get('/totals', listHandler(coverageTotalsEndpoint, ctx))
    .get('/period', listHandler(coveragePeriodEndpoint, ctx));
}
