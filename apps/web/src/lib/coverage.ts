// From /api/v1 coverage rows to what the charts draw: heatmap cells (category × unit-year) and
// bars (one per category, summed over the unit-years shown). Pure, so it is tested on its own.

import type { Axis, HeatCell } from './components/heatmap.svelte';
import type { Bar } from './components/bar-chart.svelte';
import type { EvidenceRequest } from './evidence.svelte';
import type { V1Params } from './v1/client';
import type { ChangeRow, Dimension, Measure, UnitCoverageRow } from './v1/types';

/** A coverage row or a change row, as the heatmap sees it. */
export type CellRow = Pick<UnitCoverageRow, 'units' | 'unit_code' | 'unit_name' | 'dimension' | 'category_id' | 'category_label'> & {
  /** Absent on /coverage/period rows: the unit over the whole period chosen. */
  year?: number | null;
  value?: number | null;
  change_passages?: number | null;
  transition?: ChangeRow['transition'];
};

const collator = new Intl.Collator('vi');

export const unitYearKey = (r: { unit_code: string; year?: number | null }) => (r.year == null ? r.unit_code : `${r.unit_code}@${r.year}`);

/** The value a row contributes under a measure (change rows carry change_passages). */
export function rowValue(r: CellRow, measure: Measure): number | null {
  if (measure === 'change') return r.change_passages ?? null;
  return r.value ?? null;
}

/** Unit-year columns (unit columns for period rows), by unit name then year. */
export function unitYearAxis(rows: readonly CellRow[], multiYear: boolean): Axis[] {
  const seen = new Map<string, CellRow>();
  for (const r of rows) if (!seen.has(unitYearKey(r))) seen.set(unitYearKey(r), r);
  return [...seen.values()]
    .sort((a, b) => collator.compare(a.unit_name, b.unit_name) || (a.year ?? 0) - (b.year ?? 0))
    .map((r) => ({ key: unitYearKey(r), label: multiYear && r.year != null ? `${r.unit_name} ${r.year}` : r.unit_name }));
}

/** The evidence request of one cell: the unit's plans covering that year, or the period's years. */
export function cellEvidence(r: CellRow, base: V1Params, context: string): EvidenceRequest {
  const years = r.year == null ? { year: base.year, year_from: base.year_from, year_to: base.year_to } : { year: r.year };
  return {
    dimension: r.dimension as Dimension,
    category: r.category_id,
    params: { units: r.units, issuer_level: base.issuer_level, province: [r.unit_code], ...years },
    context,
  };
}

/** Heatmap cells, one per row; a first plan has no change (note instead of a value). */
export function heatCells(rows: readonly CellRow[], measure: Measure, base: V1Params, firstPlanNote: string): HeatCell[] {
  return rows.map((r) => {
    const value = rowValue(r, measure);
    return {
      row: r.category_id,
      col: unitYearKey(r),
      value,
      note: value == null && measure === 'change' ? firstPlanNote : undefined,
      evidence: cellEvidence(r, base, r.year == null ? r.unit_name : `${r.unit_name} · ${r.year}`),
    };
  });
}

/**
 * One bar per category over the unit-years shown: count and change add up, presence counts the
 * unit-years that mention it, share is the mean share.
 */
export function categoryTotals(rows: readonly CellRow[], measure: Measure): Map<string, number | null> {
  const sums = new Map<string, { sum: number; n: number; any: boolean }>();
  for (const r of rows) {
    const v = rowValue(r, measure);
    const s = sums.get(r.category_id) ?? { sum: 0, n: 0, any: false };
    if (v != null) {
      s.sum += measure === 'presence' ? (v > 0 ? 1 : 0) : v;
      s.n += 1;
      s.any = true;
    }
    sums.set(r.category_id, s);
  }
  const out = new Map<string, number | null>();
  for (const [id, s] of sums) out.set(id, !s.any ? null : measure === 'share' ? s.sum / s.n : s.sum);
  return out;
}

/** Bars in the given order, labelled and grouped by the callers' functions. */
export function categoryBars(
  order: readonly string[],
  totals: Map<string, number | null>,
  label: (id: string) => string,
  group: (id: string) => { key: string; label: string } | null,
  evidence: (id: string) => EvidenceRequest,
): Bar[] {
  return order
    .filter((id) => totals.has(id))
    .map((id) => {
      const g = group(id);
      return { key: id, label: label(id), value: totals.get(id) ?? null, group: g?.key, groupLabel: g?.label, evidence: evidence(id) };
    });
}
