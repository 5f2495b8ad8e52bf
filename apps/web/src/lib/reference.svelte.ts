// Reference data every page shares, fetched once per page load: the corpus status (years, last
// ingest, data version) and the units of each map.

import { getAll, getV1 } from './v1/client';
import type { StatusRow, UnitRow, Units } from './v1/types';

export interface Status extends StatusRow {
  data_version: string;
}

let status: Promise<Status> | null = null;
const units = new Map<Units, Promise<UnitRow[]>>();

/** `/api/v1/status` with the data version of the answer. */
export function getStatus(): Promise<Status> {
  status ??= getV1<StatusRow>('/status').then(
    (e) => {
      const row = e.data[0] ?? { plans: 0, provinces: 0, year_from: null, year_to: null, last_ingested_at: null, model_versions: [] };
      return { ...row, data_version: e.data_version };
    },
    (err: unknown) => {
      status = null;
      throw err;
    },
  );
  return status;
}

/** The units of a map (63 provinces, or the 34 units of 2025). */
export function getUnits(map: Units): Promise<UnitRow[]> {
  let p = units.get(map);
  if (!p) {
    p = getAll<UnitRow>('/units', { units: map }).catch((err: unknown) => {
      units.delete(map);
      throw err;
    });
    units.set(map, p);
  }
  return p;
}

/** Every year from the first to the last plan year (empty with no plans). */
export function yearsOf(s: Pick<StatusRow, 'year_from' | 'year_to'>): number[] {
  if (s.year_from == null || s.year_to == null) return [];
  const out: number[] = [];
  for (let y = s.year_from; y <= s.year_to && out.length < 50; y++) out.push(y);
  return out;
}
