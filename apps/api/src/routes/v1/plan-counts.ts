// GET /api/v1/plans/per-year and /api/v1/plans/summary: the overview's plan counts, aggregated in
// DuckDB so the dashboard never needs the whole plan list to draw them.

import { z } from 'zod';
import { col } from '../../v1/columns.ts';
import { defineEndpoint } from '../../v1/endpoint.ts';
import { codedWith, planWhere, Where } from '../../v1/filters.ts';
import { categoryShape, planShape } from '../../v1/shapes.ts';

// Like the plan list, the counts take every year of each matching plan's period: a 2022-2025
// plan kept by year_from=2024 still counts in 2022 and 2023.

export const plansPerYearEndpoint = defineEndpoint({
  path: '/plans/per-year',
  summary: 'Plans per year they cover (a 2022-2025 plan counts in each of its four years); years without a plan have no row',
  params: (f) => ({ ...planShape(f), ...categoryShape(f) }),
  row: z.object({ year: col.int('Năm'), plans: col.int('Số kế hoạch') }),
  query(p, env) {
    const w = codedWith(planWhere(new Where(), p, env.ref), p, 'document_id');
    return { sql: `SELECT year, count(*)::INTEGER AS plans FROM plan_years ${w} GROUP BY year ORDER BY year`, params: w.params };
  },
});

export const plansSummaryEndpoint = defineEndpoint({
  path: '/plans/summary',
  summary: 'One row: plans, units (provinces, or 2025 units under units=2025) with a plan, and the years the plans cover',
  params: (f) => ({ ...planShape(f), ...categoryShape(f) }),
  row: z.object({
    plans: col.int('Số kế hoạch'),
    units: col.int('Số đơn vị có kế hoạch'),
    years: col.int('Số năm'),
    year_first: col.intN('Năm đầu'),
    year_last: col.intN('Năm cuối'),
  }),
  query(p, env) {
    const w = codedWith(planWhere(new Where(), p, env.ref), p, 'document_id');
    const unit = p.units === '2025' ? 'unit_2025_code' : 'province_code';
    return {
      sql: `SELECT n.plans, n.units, y.years, y.year_first, y.year_last
            FROM (SELECT count(*)::INTEGER AS plans, count(DISTINCT ${unit})::INTEGER AS units FROM plan_units ${w}) AS n,
                 (SELECT count(DISTINCT year)::INTEGER AS years, min(year)::INTEGER AS year_first, max(year)::INTEGER AS year_last
                  FROM plan_years ${w}) AS y`,
      params: w.params,
    };
  },
});
