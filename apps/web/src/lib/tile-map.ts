// The tile grid map's data: the layouts (data/tile-grid-63.json and -34.json, our own) and the
// value of each unit from /api/v1/matrix rows, keeping "no plan" apart from zero.

import grid63 from '../../../../data/tile-grid-63.json';
import grid34 from '../../../../data/tile-grid-34.json';
import type { MatrixRow, Units } from './v1/types';

export interface Tile {
  code: string;
  name: string;
  name_en?: string;
  row: number;
  col: number;
  /** 'archipelago': Hoàng Sa, Trường Sa, drawn as part of the unit in `part_of`. */
  kind?: string;
  part_of?: string;
}

export interface TileGrid {
  about: string;
  units: string;
  rows: number;
  cols: number;
  tiles: Tile[];
}

/** The layout of a map. */
export function tileGrid(units: Units): TileGrid {
  return (units === '2025' ? grid34 : grid63) as TileGrid;
}

/** What a tile shows: the unit's latest plan year in the range, and its value then. */
export interface UnitValue {
  code: string;
  name: string;
  /** The plan year the value is from; null: no plan in the chosen years. */
  year: number | null;
  value: number | null;
}

/**
 * One value per unit from matrix rows: the latest year with a plan; `count` mode counts the
 * categories present that year (number of channels, of topics), `value` mode takes the row's
 * value (one category). A unit without a plan in any year has year null.
 */
export function unitValues(rows: readonly MatrixRow[], mode: 'value' | 'count'): Map<string, UnitValue> {
  const latest = new Map<string, number>();
  for (const r of rows) if (r.has_plan && r.year > (latest.get(r.unit_code) ?? -1)) latest.set(r.unit_code, r.year);
  const out = new Map<string, UnitValue>();
  for (const r of rows) {
    const year = latest.get(r.unit_code) ?? null;
    let u = out.get(r.unit_code);
    if (!u) out.set(r.unit_code, (u = { code: r.unit_code, name: r.unit_name, year, value: year == null || mode === 'value' ? null : 0 }));
    if (year == null || r.year !== year) continue;
    if (mode === 'count') u.value = (u.value ?? 0) + (r.present ? 1 : 0);
    else u.value = r.value;
  }
  return out;
}

/** Units ranked by value, highest first (units without a value left out). */
export function ranking(values: Iterable<UnitValue>): UnitValue[] {
  const collator = new Intl.Collator('vi');
  return [...values].filter((v) => v.value != null).sort((a, b) => b.value! - a.value! || collator.compare(a.name, b.name));
}

const SHORT: Record<string, string> = {
  'Bà Rịa - Vũng Tàu': 'BR-VT',
  'Thừa Thiên Huế': 'TT Huế',
  'Hồ Chí Minh': 'TP HCM',
  'Quần đảo Hoàng Sa': 'Hoàng Sa',
  'Quần đảo Trường Sa': 'Trường Sa',
};

/** A name short enough for a tile. */
export const shortName = (name: string): string => SHORT[name] ?? name;
