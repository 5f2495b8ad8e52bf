// The dashboard's filters live in the URL, under the API's own parameter names, so a view can be
// bookmarked and sent and its query passes straight to /api/v1 (JSON for the page, CSV to save).

import type { V1Params } from './v1/client';
import type { Measure, Units } from './v1/types';

export interface Filters {
  year: number | null;
  year_from: number | null;
  year_to: number | null;
  province: string[];
  region: string[];
  units: Units;
  issuer_level: string | null;
  topic: string[];
  channel: string[];
  measure: Measure;
}

export type FilterKey = keyof Filters;

export const MEASURES: readonly Measure[] = ['count', 'share', 'presence', 'change'];
export const ISSUER_LEVELS = ['province', 'department', 'district', 'commune', 'ministry'] as const;
export const REGIONS = [
  'trung_du_mien_nui_phia_bac',
  'dong_bang_song_hong',
  'bac_trung_bo_duyen_hai_mien_trung',
  'tay_nguyen',
  'dong_nam_bo',
  'dong_bang_song_cuu_long',
] as const;

const ID = /^[a-z0-9_]{1,64}$/;
const CODE = /^\d{2}$/;

function year(raw: string | null): number | null {
  if (!raw || !/^\d{4}$/.test(raw)) return null;
  const y = Number(raw);
  return y >= 1990 && y <= 2100 ? y : null;
}

function list(raw: string | null, ok: RegExp): string[] {
  if (!raw) return [];
  return [...new Set(raw.split(',').map((s) => s.trim()).filter((s) => ok.test(s)))];
}

/** The filters a URL carries; anything malformed is ignored rather than sent to the API. */
export function readFilters(search: URLSearchParams): Filters {
  const measure = search.get('measure');
  const level = search.get('issuer_level');
  return {
    year: year(search.get('year')),
    year_from: year(search.get('year_from')),
    year_to: year(search.get('year_to')),
    province: list(search.get('province'), CODE),
    region: list(search.get('region'), ID),
    units: search.get('units') === '2025' ? '2025' : '2024',
    issuer_level: level && (ISSUER_LEVELS as readonly string[]).includes(level) ? level : null,
    topic: list(search.get('topic'), ID),
    channel: list(search.get('channel'), ID),
    measure: measure && (MEASURES as readonly string[]).includes(measure) ? (measure as Measure) : 'count',
  };
}

/** The API parameters for the chosen filter keys (defaults included, so the query is explicit). */
export function apiParams(f: Filters, keys: readonly FilterKey[]): V1Params {
  const out: V1Params = {};
  for (const k of keys) {
    const v = f[k];
    if (Array.isArray(v) ? v.length : v != null) out[k] = v as V1Params[string];
  }
  // year_from after year_to would be a 400: the page shows the range the other way round
  if (typeof out.year_from === 'number' && typeof out.year_to === 'number' && out.year_from > out.year_to) {
    [out.year_from, out.year_to] = [out.year_to, out.year_from];
  }
  return out;
}

/** A copy of `url` with one parameter set (null or an empty list removes it). */
export function withParam(url: URL, key: string, value: string | number | readonly string[] | null): URL {
  const next = new URL(url);
  if (value == null || value === '' || (Array.isArray(value) && value.length === 0)) next.searchParams.delete(key);
  else next.searchParams.set(key, Array.isArray(value) ? value.join(',') : String(value));
  return next;
}

/** A copy of `url` with several parameters set at once. */
export function withParams(url: URL, values: Record<string, string | number | readonly string[] | null>): URL {
  let next = url;
  for (const [k, v] of Object.entries(values)) next = withParam(next, k, v);
  return next;
}

/** The years a filter selects within [min, max] (all of them when none is chosen). */
export function selectedYears(f: Filters, min: number, max: number): number[] {
  let from = f.year ?? f.year_from ?? min;
  let to = f.year ?? f.year_to ?? max;
  if (from > to) [from, to] = [to, from];
  const out: number[] = [];
  for (let y = Math.max(from, min); y <= Math.min(to, max); y++) out.push(y);
  return out;
}
