// Plain functions over the plan list: sorting, grouping, the per-year count behind the chart.

import type { DocumentSummary } from './api';

/** One bar of "Số kế hoạch theo năm". */
export interface YearCount {
  year: number;
  count: number;
}

const collator = new Intl.Collator('vi');

/** The years a plan covers: `year_from`…`year_to` (a multi-year plan counts in each of its years). */
export function yearsCovered(d: Pick<DocumentSummary, 'year_from' | 'year_to'>): number[] {
  const from = d.year_from ?? d.year_to;
  const to = d.year_to ?? d.year_from;
  if (from == null || to == null || to < from) return from == null ? [] : [from];
  // A misread period must not produce thousands of bars.
  const last = Math.min(to, from + 20);
  return Array.from({ length: last - from + 1 }, (_, i) => from + i);
}

/**
 * Plans per covered year, every year from the first to the last (gaps shown as 0), so the chart
 * agrees with `GET /api/documents?year=…`, which matches any plan whose period covers the year.
 */
export function countPlansPerYear(docs: readonly DocumentSummary[]): YearCount[] {
  const counts = new Map<number, number>();
  for (const d of docs) for (const y of yearsCovered(d)) counts.set(y, (counts.get(y) ?? 0) + 1);
  if (counts.size === 0) return [];
  const years = [...counts.keys()];
  const min = Math.min(...years);
  const max = Math.max(...years);
  return Array.from({ length: max - min + 1 }, (_, i) => ({ year: min + i, count: counts.get(min + i) ?? 0 }));
}

/**
 * Bars from the API's per-year counts (`/plans/per-year`, years with a plan only): every year from
 * the first to the last, gaps shown as 0, like `countPlansPerYear`.
 */
export function fillYears(rows: ReadonlyArray<{ year: number; plans: number }>): YearCount[] {
  if (rows.length === 0) return [];
  const counts = new Map(rows.map((r) => [r.year, r.plans]));
  const min = Math.min(...counts.keys());
  const max = Math.min(Math.max(...counts.keys()), min + 200);
  return Array.from({ length: max - min + 1 }, (_, i) => ({ year: min + i, count: counts.get(min + i) ?? 0 }));
}

/** Plans by province name (Vietnamese collation), then first year, then issue date. */
export function sortPlans(docs: readonly DocumentSummary[]): DocumentSummary[] {
  return [...docs].sort(
    (a, b) =>
      collator.compare(a.province_name ?? '', b.province_name ?? '') ||
      (a.year_from ?? 0) - (b.year_from ?? 0) ||
      (a.issue_date ?? '').localeCompare(b.issue_date ?? '') ||
      a.id.localeCompare(b.id),
  );
}

/** One province and its plans, in the order of `sortPlans`. */
export interface ProvinceGroup {
  key: string;
  name: string;
  plans: DocumentSummary[];
}

/** Sorted plans grouped by province; plans without a province come last under "Chưa xác định". */
export function groupByProvince(docs: readonly DocumentSummary[]): ProvinceGroup[] {
  const groups = new Map<string, ProvinceGroup>();
  const sorted = sortPlans(docs);
  // Unknown provinces sort first by name (''), but belong at the end.
  for (const d of [...sorted.filter((d) => d.province_name), ...sorted.filter((d) => !d.province_name)]) {
    const key = d.province_code ?? '?';
    let g = groups.get(key);
    if (!g) groups.set(key, (g = { key, name: d.province_name ?? 'Chưa xác định', plans: [] }));
    g.plans.push(d);
  }
  return [...groups.values()];
}

/** Headline figures for a set of plans. */
export function summarize(docs: readonly DocumentSummary[]) {
  const years = new Set(docs.flatMap(yearsCovered));
  const provinces = new Set(docs.map((d) => d.province_code).filter((c): c is string => c != null));
  return {
    plans: docs.length,
    provinces: provinces.size,
    years: [...years].sort((a, b) => a - b),
  };
}

/** `?year=` as a year, or null when absent or not a plausible year. */
export function parseYear(raw: string | null): number | null {
  if (!raw || !/^\d{4}$/.test(raw)) return null;
  const y = Number(raw);
  return y >= 1990 && y <= 2100 ? y : null;
}
