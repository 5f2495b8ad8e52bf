// /api/v1/compare rows as a table per dimension: one row per category, one column per unit (in
// the order chosen), with the API's `differs` flag. Pure.

import type { CompareRow } from './v1/types';

export interface CompareUnit {
  code: string;
  name: string;
  hasPlan: boolean;
}

export interface CompareLine {
  category: string;
  label: string | null;
  differs: boolean;
  cells: Map<string, CompareRow>;
  /** Highest value on the line (for marking), null when none. */
  max: number | null;
}

/** Units in answer order, and the lines of one dimension (categories absent everywhere dropped when `dropAbsent`). */
export function compareTable(rows: readonly CompareRow[], dimension: string, dropAbsent: boolean): { units: CompareUnit[]; lines: CompareLine[] } {
  const units: CompareUnit[] = [];
  for (const r of rows) {
    if (!units.some((u) => u.code === r.unit_code)) units.push({ code: r.unit_code, name: r.unit_name, hasPlan: r.has_plan });
  }
  const lines = new Map<string, CompareLine>();
  for (const r of rows) {
    if (r.dimension !== dimension) continue;
    let l = lines.get(r.category_id);
    if (!l) lines.set(r.category_id, (l = { category: r.category_id, label: r.category_label, differs: r.differs, cells: new Map(), max: null }));
    l.cells.set(r.unit_code, r);
    if (r.value != null && (l.max == null || r.value > l.max)) l.max = r.value;
  }
  let out = [...lines.values()];
  if (dropAbsent) out = out.filter((l) => [...l.cells.values()].some((c) => c.present));
  return { units, lines: out };
}
