// A province's plans over the years from /api/v1/change rows: presence per category and year,
// and per year what was added and dropped against the previous plan year. Pure.

import type { ChangeRow } from './v1/types';

export interface YearChange {
  year: number;
  prevYear: number | null;
  added: ChangeRow[];
  dropped: ChangeRow[];
}

/** The plan years in order, with the categories added and dropped at each (the first plan has none). */
export function changesByYear(rows: readonly ChangeRow[]): YearChange[] {
  const years = new Map<number, YearChange>();
  for (const r of rows) {
    let y = years.get(r.year);
    if (!y) years.set(r.year, (y = { year: r.year, prevYear: r.prev_year, added: [], dropped: [] }));
    if (r.transition === 'added') y.added.push(r);
    if (r.transition === 'dropped') y.dropped.push(r);
  }
  return [...years.values()].sort((a, b) => a.year - b.year);
}

/** category → year → row, for the presence grid. */
export function presenceGrid(rows: readonly ChangeRow[], dimension: string): Map<string, Map<number, ChangeRow>> {
  const out = new Map<string, Map<number, ChangeRow>>();
  for (const r of rows) {
    if (r.dimension !== dimension) continue;
    let m = out.get(r.category_id);
    if (!m) out.set(r.category_id, (m = new Map()));
    m.set(r.year, r);
  }
  return out;
}
