// Validated filters → SQL conditions with bound values. Column names are fixed strings of this
// module; every value a client sends is bound ($name), never spliced.

import { listValue, type DuckDBValue } from '@duckdb/node-api';
import { problem } from '../problem.ts';
import type { Reference } from './context.ts';
import type { Dimension } from './params.ts';

export interface Query {
  sql: string;
  params: Record<string, DuckDBValue>;
}

/** Collects AND-ed conditions and their bound values. */
export class Where {
  readonly parts: string[] = [];
  readonly params: Record<string, DuckDBValue> = {};

  add(sql: string, params: Record<string, DuckDBValue> = {}): this {
    this.parts.push(sql);
    Object.assign(this.params, params);
    return this;
  }

  toString(): string {
    return this.parts.length ? `WHERE ${this.parts.join('\n  AND ')}` : '';
  }
}

const strings = (xs: readonly string[]) => listValue([...xs]);

export interface YearFilters { year?: number; year_from?: number; year_to?: number }
export interface PlaceFilters { province?: string[]; region?: string[]; units: '2024' | '2025' }
export interface CategoryFilters {
  topic?: string[]; channel?: string[]; audience?: string[]; agency?: string[]; role?: string[]; dimension?: Dimension[];
}

/** year_from after year_to is a client error, named on year_to. */
export function checkYearRange(f: YearFilters): void {
  if (f.year_from !== undefined && f.year_to !== undefined && f.year_from > f.year_to) {
    problem(400, 'Invalid parameter', `year_to: ${f.year_to} is before year_from ${f.year_from}`, 'year_to');
  }
}

/** Province codes as unit codes of the chosen map: under 2025 Yên Bái (15) stands for Lào Cai (10). */
export function unitCodes(codes: readonly string[], units: '2024' | '2025', ref: Reference): string[] {
  if (units === '2024') return [...codes];
  return [...new Set(codes.map((c) => ref.provinces.get(c)?.unit2025 ?? c))];
}

/**
 * Conditions on a plan-grain view (columns province_code, region, unit_2025_code,
 * unit_2025_region, year_from, year_to, issuer_level). A plan matches a year it covers, and a
 * year range it overlaps. Under units=2025, province and region match the plan's 2025 unit.
 */
export function planWhere(w: Where, f: YearFilters & PlaceFilters & { issuer_level?: string }, ref: Reference): Where {
  checkYearRange(f);
  if (f.year !== undefined) w.add('$year BETWEEN year_from AND year_to', { year: f.year });
  if (f.year_from !== undefined) w.add('year_to >= $year_from', { year_from: f.year_from });
  if (f.year_to !== undefined) w.add('year_from <= $year_to', { year_to: f.year_to });
  const u25 = f.units === '2025';
  if (f.province) w.add(`list_contains($province, ${u25 ? 'unit_2025_code' : 'province_code'})`, { province: strings(unitCodes(f.province, f.units, ref)) });
  if (f.region) w.add(`list_contains($region, ${u25 ? 'unit_2025_region' : 'region'})`, { region: strings(f.region) });
  if (f.issuer_level) w.add('issuer_level = $issuer_level', { issuer_level: f.issuer_level });
  return w;
}

/**
 * Conditions on a unit-grain view (columns units, scope, unit_code, unit_region or region,
 * year). issuer_level picks the scope: plans of that level only; without it, all plans.
 */
export function unitWhere(
  w: Where,
  f: YearFilters & PlaceFilters & { issuer_level?: string },
  ref: Reference,
  regionColumn: 'unit_region' | 'region' = 'unit_region',
): Where {
  checkYearRange(f);
  w.add('units = $units', { units: f.units });
  w.add('scope = $scope', { scope: f.issuer_level ?? 'all' });
  if (f.year !== undefined) w.add('year = $year', { year: f.year });
  if (f.year_from !== undefined) w.add('year >= $year_from', { year_from: f.year_from });
  if (f.year_to !== undefined) w.add('year <= $year_to', { year_to: f.year_to });
  if (f.province) w.add('list_contains($province, unit_code)', { province: strings(unitCodes(f.province, f.units, ref)) });
  if (f.region) w.add(`list_contains($region, ${regionColumn})`, { region: strings(f.region) });
  return w;
}

/**
 * The categories a request selects, as a condition on columns dimension and category_id, or null
 * for "all". Each filter selects within its dimension (agency also within agency_role, role only
 * there); `dimension` limits the dimensions, otherwise the filtered ones are taken.
 */
export function categoryCondition(f: CategoryFilters): { sql: string; params: Record<string, DuckDBValue> } | null {
  const filtered = new Set<Dimension>();
  if (f.topic) filtered.add('topic');
  if (f.channel) filtered.add('channel');
  if (f.audience) filtered.add('audience');
  if (f.agency) filtered.add('agency').add('agency_role');
  if (f.role) filtered.add('agency_role');
  const dims = f.dimension ? [...f.dimension] : [...filtered];
  if (dims.length === 0) return null;
  const params: Record<string, DuckDBValue> = {};
  const parts = dims.map((d) => {
    params[`dim_${d}`] = d;
    const conds = [`dimension = $dim_${d}`];
    const within = (name: 'topic' | 'channel' | 'audience' | 'agency' | 'role', expr: string) => {
      const values = f[name];
      if (!values) return;
      params[`cat_${name}`] = strings(values);
      conds.push(`list_contains($cat_${name}, ${expr})`);
    };
    if (d === 'topic') within('topic', 'category_id');
    if (d === 'channel') within('channel', 'category_id');
    if (d === 'audience') within('audience', 'category_id');
    if (d === 'agency') within('agency', 'category_id');
    if (d === 'agency_role') {
      within('agency', "split_part(category_id, ':', 1)");
      within('role', "split_part(category_id, ':', 2)");
    }
    return `(${conds.join(' AND ')})`;
  });
  return { sql: `(${parts.join(' OR ')})`, params };
}

/** Adds "the plan (or passage) is coded with a selected category" to a plan- or fact-grain query. */
export function codedWith(w: Where, f: CategoryFilters, key: 'document_id' | 'passage_id'): Where {
  const c = categoryCondition(f);
  if (c) w.add(`${key} IN (SELECT ${key} FROM category_passages WHERE ${c.sql})`, c.params);
  return w;
}

/** Adds the category selection to a view with dimension and category_id columns. */
export function categoryWhere(w: Where, f: CategoryFilters): Where {
  const c = categoryCondition(f);
  if (c) w.add(c.sql, c.params);
  return w;
}
