// GET /api/v1/coverage/totals: one row per category over the unit-years of /coverage/units (or
// /change), summed as the overview's bars show them, so a chart of categories needs no unit rows.

import { z } from 'zod';
import { categoryColumns, col } from '../../v1/columns.ts';
import { defineEndpoint } from '../../v1/endpoint.ts';
import { categoryWhere, unitWhere, Where } from '../../v1/filters.ts';
import type { Measure } from '../../v1/params.ts';
import { categoryShape, planShape } from '../../v1/shapes.ts';
import { withLabel } from './coverage.ts';

/** Per measure: count and change add up, presence counts the unit-years mentioning it, share is the mean share. */
export const TOTAL_VALUES: Record<Measure, string> = {
  count: 'sum(passages)::DOUBLE',
  presence: 'count(*) FILTER (WHERE present)::DOUBLE',
  share: 'avg(share)::DOUBLE',
  change: 'sum(change_passages)::DOUBLE',
};

export const coverageTotalsEndpoint = defineEndpoint({
  path: '/coverage/totals',
  summary: 'Per category over the unit-years of /coverage/units (measure=change: of /change): passages summed (count, change), unit-years mentioning it (presence) or mean share (share)',
  params: (f) => ({ ...planShape(f), ...categoryShape(f), measure: f.measure }),
  row: z.object({ ...categoryColumns, unit_years: col.int('Số đơn vị-năm'), value: col.numN('Giá trị') }),
  query(p, env) {
    const w = categoryWhere(unitWhere(new Where(), p, env.ref), p);
    const view = p.measure === 'change' ? 'unit_year_change' : 'unit_year_coverage';
    return {
      sql: `SELECT dimension, category_id, count(*)::INTEGER AS unit_years, ${TOTAL_VALUES[p.measure as Measure]} AS value
            FROM ${view} ${w} GROUP BY dimension, category_id ORDER BY dimension, category_id`,
      params: w.params,
    };
  },
  // called through, not referenced: coverage.ts imports this module, so withLabel is not yet defined here at load
  decorate: (r, p, env) => withLabel(r, p, env),
});
