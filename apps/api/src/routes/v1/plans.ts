// GET /api/v1/plans (the plan dimension, in a chosen order) and /api/v1/plans/years (a plan per
// year it covers); the overview's counts are in plan-counts.ts.

import { Hono } from 'hono';
import { z } from 'zod';
import { col, planColumns, PLAN_SELECT } from '../../v1/columns.ts';
import type { V1Context, V1Env } from '../../v1/context.ts';
import { defineEndpoint, listHandler } from '../../v1/endpoint.ts';
import { codedWith, planWhere, Where } from '../../v1/filters.ts';
import { categoryShape, planShape } from '../../v1/shapes.ts';
import { plansPerYearEndpoint, plansSummaryEndpoint } from './plan-counts.ts';

/**
 * The plan list's orders, each total (document_id last) so pages are disjoint. `latest` puts
 * first the plan with the latest year_to, then the latest issue date.
 */
export const PLAN_SORTS = {
  province: 'province_code NULLS LAST, year_from, document_id',
  year: 'year_from NULLS LAST, year_to, province_code NULLS LAST, document_id',
  '-year': 'year_from DESC NULLS LAST, year_to DESC, province_code NULLS LAST, document_id',
  issue_date: 'issue_date NULLS LAST, province_code NULLS LAST, document_id',
  '-issue_date': 'issue_date DESC NULLS LAST, province_code NULLS LAST, document_id',
  passages: 'passage_count, province_code NULLS LAST, document_id',
  '-passages': 'passage_count DESC, province_code NULLS LAST, document_id',
  latest: "coalesce(year_to, 0) DESC, coalesce(issue_date, '') DESC, province_code NULLS LAST, year_from, document_id",
} as const;

type PlanSort = keyof typeof PLAN_SORTS;
const SORT_KEYS = Object.keys(PLAN_SORTS) as [PlanSort, ...PlanSort[]];

export const plansEndpoint = defineEndpoint({
  path: '/plans',
  summary: 'Loaded plans with province, region, 2025 unit, years, issuer level and codable passages; category filters keep plans coded with any selected category',
  params: (f) => ({
    ...planShape(f),
    ...categoryShape(f),
    sort: z.enum(SORT_KEYS, { error: (i) => `unknown sort "${String(i.input).slice(0, 40)}"` }).default('province')
      .describe(`row order: ${SORT_KEYS.join(', ')} (default province: by province code, then first year)`),
  }),
  row: z.object({
    ...planColumns,
    source_name: col.str('Tệp nguồn'),
    title: col.strN('Trích yếu'),
    doc_number: col.strN('Số, ký hiệu'),
    issue_date: col.strN('Ngày ban hành'),
    issuer: col.strN('Cơ quan ban hành'),
    passage_count: col.int('Số đoạn'),
    codable_passages: col.int('Số đoạn được mã hóa'),
  }),
  query(p, env) {
    const w = codedWith(planWhere(new Where(), p, env.ref), p, 'document_id');
    return {
      sql: `SELECT ${PLAN_SELECT}, source_name, title, doc_number, issue_date, issuer, passage_count, codable_passages
            FROM plan_units ${w} ORDER BY ${PLAN_SORTS[p.sort as PlanSort]}`,
      params: w.params,
    };
  },
});

export const planYearsEndpoint = defineEndpoint({
  path: '/plans/years',
  summary: 'One row per plan and year it covers (a 2022-2025 plan covers four years)',
  params: (f) => ({ ...planShape(f), ...categoryShape(f) }),
  row: z.object({ year: col.int('Năm'), ...planColumns, codable_passages: col.int('Số đoạn được mã hóa') }),
  query(p, env) {
    const w = codedWith(planWhere(new Where(), p, env.ref), p, 'document_id');
    if (p.year !== undefined) w.add('year = $only_year', { only_year: p.year });
    if (p.year_from !== undefined) w.add('year >= $only_from', { only_from: p.year_from });
    if (p.year_to !== undefined) w.add('year <= $only_to', { only_to: p.year_to });
    return {
      sql: `SELECT year, ${PLAN_SELECT}, codable_passages FROM plan_years ${w} ORDER BY year, province_code NULLS LAST, document_id`,
      params: w.params,
    };
  },
});

export function planRoutes(ctx: V1Context) {
  return new Hono<V1Env>()
    .get('/', listHandler(plansEndpoint, ctx))
    .get('/years', listHandler(planYearsEndpoint, ctx))
    .get('/per-year', listHandler(plansPerYearEndpoint, ctx))
    .get('/summary', listHandler(plansSummaryEndpoint, ctx));
}
