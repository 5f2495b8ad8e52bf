// Typed access to /api/v1: the same query string gives the JSON the page draws and the CSV it
// offers (`format=csv`), so a download is always exactly the slice on screen.

import { ApiError } from '$lib/api';

/** The envelope of every /api/v1 list answer. */
export interface Envelope<T> {
  data_version: string;
  queried_at: string;
  query: Record<string, unknown>;
  total: number;
  limit: number;
  offset: number;
  data: T[];
}

/** Query parameters: lists are sent comma-separated; empty values are left out. */
export type V1Params = Record<string, string | number | boolean | readonly string[] | null | undefined>;

/** The query string for `params`, keys in a stable order (so equal slices give equal URLs). */
export function queryString(params: V1Params): string {
  const q = new URLSearchParams();
  for (const key of Object.keys(params).sort()) {
    const v = params[key];
    if (v == null || v === '') continue;
    if (Array.isArray(v)) {
      if (v.length) q.set(key, v.join(','));
    } else q.set(key, String(v));
  }
  return q.toString();
}

/** `/api/v1<path>?…`; with `format` the export of the same query. */
export function v1Url(path: string, params: V1Params = {}, format?: 'csv' | 'xlsx'): string {
  const qs = queryString(format ? { ...params, format } : params);
  return `/api/v1${path}${qs ? `?${qs}` : ''}`;
}

/** The CSV of a slice; `limit`/`offset` are dropped so the file holds every row of the slice. */
export function csvUrl(path: string, params: V1Params = {}): string {
  const { limit: _l, offset: _o, ...rest } = params;
  return v1Url(path, rest, 'csv');
}

type Fetch = typeof fetch;

/**
 * The answer to `url` if the page's shell already asked for it before this code loaded (the server
 * puts those requests in the shell of the overview: apps/api/src/first-screen.ts); taken once.
 */
function takeEarly(url: string): Promise<Response> | undefined {
  const started = (globalThis as { __cchcEarly?: Record<string, Promise<Response> | undefined> }).__cchcEarly;
  const pending = started?.[url];
  if (pending) delete started![url];
  return pending;
}

/** GETs `url` as JSON, taking the shell's early answer when there is one (with the page's own fetch only). */
export function fetchJson(url: string, fetchFn: Fetch = fetch): Promise<Response> {
  return (fetchFn === fetch ? takeEarly(url) : undefined) ?? fetchFn(url, { headers: { accept: 'application/json' } });
}

/** GETs one page of an endpoint. Non-2xx answers and network failures become `ApiError`. */
export async function getV1<T>(path: string, params: V1Params = {}, fetchFn: Fetch = fetch): Promise<Envelope<T>> {
  let res: Response;
  try {
    res = await fetchJson(v1Url(path, params), fetchFn);
  } catch (e) {
    throw new ApiError(0, e instanceof Error ? e.message : String(e));
  }
  if (!res.ok) {
    const body: unknown = await res.json().catch(() => null);
    const detail = body && typeof body === 'object' && 'detail' in body ? String(body.detail) : res.statusText;
    throw new ApiError(res.status, detail);
  }
  return (await res.json()) as Envelope<T>;
}

/** Every row of a slice (the API's largest page; the dashboard's slices stay well under it). */
export async function getAll<T>(path: string, params: V1Params = {}, fetchFn: Fetch = fetch): Promise<T[]> {
  const first = await getV1<T>(path, { ...params, limit: 10_000 }, fetchFn);
  const rows = [...first.data];
  for (let offset = rows.length; offset < first.total && rows.length > 0; offset = rows.length) {
    const next = await getV1<T>(path, { ...params, limit: 10_000, offset }, fetchFn);
    if (next.data.length === 0) break;
    rows.push(...next.data);
  }
  return rows;
}
