// The "Khoảng trống" page's data: /api/v1/gaps and /gaps/summary for the chosen year, units and
// reference, kept with the answer's reference fields, and shaped into a ranking, a provinces ×
// reference-categories matrix and each province's omissions.

// Relative imports (not $lib) so that vitest, which has no SvelteKit aliases, can load this module.
import { ApiError } from '../../lib/api';
import type { Envelope, V1Params } from '../../lib/v1/client';
import type { Dimension, PlanRow } from '../../lib/v1/types';

export type GapStatus = 'have' | 'missing' | 'extra' | 'partial';

/** A reference as /api/v1/gaps describes it. */
export interface ReferenceInfo {
  kind: 'ministry_plan' | 'document' | 'checklist';
  id: string | null;
  number: string | null;
  title: string | null;
  issue_date: string | null;
  issuer: string | null;
  issuer_level: string | null;
  province_code: string | null;
  province_name: string | null;
  year: number | null;
  /** The reference's categories: the denominator of conformance. */
  categories: number;
}

/** What every gaps answer says about its reference; `no_reference` is an answer, not an empty success. */
export interface GapsAbout {
  reference: ReferenceInfo | null;
  references: ReferenceInfo[];
  reason: 'ministry_plan' | 'document' | 'checklist' | 'no_reference' | 'no_plans';
  message: string;
  years_without_reference: number[];
}

export type GapsEnvelope<T> = Envelope<T> & GapsAbout;

/** A row of /api/v1/gaps (group=province_year: one per province × reference category or addition). */
export interface GapRow {
  group: string;
  units: string | null;
  scope: string | null;
  document_id: string | null;
  doc_number: string | null;
  province_code: string | null;
  province_name: string | null;
  region: string | null;
  year: number | null;
  reference_kind: string;
  reference_id: string | null;
  dimension: Dimension;
  category_id: string;
  category_label: string | null;
  status: GapStatus;
  in_reference: boolean;
  in_plan: boolean;
  members: number;
  members_with: number;
  members_without: string[] | null;
  plan_passages: number | null;
  plan_passage_ids: string[] | null;
  plan_passage_id: string | null;
  plan_excerpt: string | null;
  reference_passages: number | null;
  reference_passage_ids: string[] | null;
  reference_passage_id: string | null;
  reference_excerpt: string | null;
}

/** A row of /api/v1/gaps/summary. */
export interface GapSummaryRow {
  group: string;
  units: string | null;
  scope: string | null;
  document_id: string | null;
  doc_number: string | null;
  province_code: string | null;
  province_name: string | null;
  region: string | null;
  year: number | null;
  reference_kind: string;
  reference_id: string | null;
  members: number;
  reference_categories: number;
  have: number;
  missing: number;
  extra: number;
  conformance: number | null;
  conformance_min: number | null;
  conformance_max: number | null;
  rank: number;
}

type Fetch = typeof fetch;

/** `/api/v1<path>?…` with lists comma-separated and empty values left out (as $lib/v1/client writes it). */
export function gapsUrl(path: string, params: V1Params, format?: 'csv'): string {
  const q = new URLSearchParams();
  for (const key of Object.keys({ ...params, ...(format ? { format } : {}) }).sort()) {
    const v = key === 'format' ? format : params[key];
    if (v == null || v === '' || (Array.isArray(v) && v.length === 0)) continue;
    q.set(key, Array.isArray(v) ? v.join(',') : String(v));
  }
  const qs = q.toString();
  return `/api/v1${path}${qs ? `?${qs}` : ''}`;
}

/** One page of a gaps endpoint with its reference fields; failures become `ApiError` (404: unknown reference). */
export async function getGaps<T>(path: '/gaps' | '/gaps/summary', params: V1Params, fetchFn: Fetch = fetch): Promise<GapsEnvelope<T>> {
  let res: Response;
  try {
    res = await fetchFn(gapsUrl(path, params), { headers: { accept: 'application/json' } });
  } catch (e) {
    throw new ApiError(0, e instanceof Error ? e.message : String(e));
  }
  if (!res.ok) {
    const body: unknown = await res.json().catch(() => null);
    const o = body && typeof body === 'object' ? (body as Record<string, unknown>) : {};
    throw new ApiError(res.status, String(o.message ?? o.detail ?? res.statusText));
  }
  return (await res.json()) as GapsEnvelope<T>;
}

/** Every row of a gaps query (pages of 10 000), with the first page's reference fields. */
export async function getAllGaps<T>(path: '/gaps' | '/gaps/summary', params: V1Params, fetchFn: Fetch = fetch): Promise<GapsEnvelope<T>> {
  const first = await getGaps<T>(path, { ...params, limit: 10_000 }, fetchFn);
  const data = [...first.data];
  while (data.length < first.total) {
    const next = await getGaps<T>(path, { ...params, limit: 10_000, offset: data.length }, fetchFn);
    if (next.data.length === 0) break;
    data.push(...next.data);
  }
  return { ...first, data };
}

export const DIMENSION_ORDER: readonly Dimension[] = ['topic', 'channel', 'audience', 'agency_role'];

export interface MatrixUnit {
  code: string;
  name: string;
  conformance: number | null;
  rank: number;
}

export interface MatrixLine {
  key: string;
  dimension: Dimension;
  id: string;
  label: string | null;
  /** The province's row for this category (have or missing), by province code. */
  cells: Map<string, GapRow>;
  /** Provinces lacking it. */
  missing: number;
}

const dimRank = (d: string) => {
  const i = DIMENSION_ORDER.indexOf(d as Dimension);
  return i < 0 ? DIMENSION_ORDER.length : i;
};

/**
 * Provinces (ranked by conformance, best first) × the reference's categories, by dimension; within
 * a dimension the most often missing first, so the commonest omissions lead.
 */
export function gapMatrix(summary: readonly GapSummaryRow[], rows: readonly GapRow[]): { units: MatrixUnit[]; lines: MatrixLine[] } {
  const units = summary
    .filter((s) => s.province_code)
    .map((s) => ({ code: s.province_code!, name: s.province_name ?? s.province_code!, conformance: s.conformance, rank: s.rank }))
    .sort((a, b) => a.rank - b.rank || a.name.localeCompare(b.name, 'vi'));
  const lines = new Map<string, MatrixLine>();
  for (const r of rows) {
    if (!r.in_reference || !r.province_code) continue;
    const key = `${r.dimension}:${r.category_id}`;
    let line = lines.get(key);
    if (!line) lines.set(key, (line = { key, dimension: r.dimension, id: r.category_id, label: r.category_label, cells: new Map(), missing: 0 }));
    line.cells.set(r.province_code, r);
    if (r.status === 'missing') line.missing += 1;
  }
  const ordered = [...lines.values()].sort((a, b) => dimRank(a.dimension) - dimRank(b.dimension) || b.missing - a.missing || a.key.localeCompare(b.key));
  return { units, lines: ordered };
}

/** A province's rows of one status, by dimension then category. */
export function rowsOf(rows: readonly GapRow[], code: string, status: GapStatus): GapRow[] {
  return rows
    .filter((r) => r.province_code === code && r.status === status)
    .sort((a, b) => dimRank(a.dimension) - dimRank(b.dimension) || a.category_id.localeCompare(b.category_id));
}

/** The sequence number of a passage id (`<document id>:<seq>`), for the reader's `?passage=`. */
export function passageSeq(passageId: string | null | undefined): number | null {
  if (!passageId) return null;
  const seq = Number(passageId.slice(passageId.lastIndexOf(':') + 1));
  return Number.isInteger(seq) && seq >= 0 ? seq : null;
}

/** A share as a percentage, `87,2%`; a dash without one. */
export function percent(v: number | null | undefined): string {
  return v == null ? '—' : `${(v * 100).toLocaleString('vi-VN', { maximumFractionDigits: 1 })}%`;
}

export interface ReferenceOption {
  id: string;
  label: string;
  ministry: boolean;
}

/** Plans a user can choose as the reference: the Ministry's first, then newest year first, by province. */
export function referenceOptions(plans: readonly PlanRow[]): ReferenceOption[] {
  const ministry = (p: PlanRow) => p.issuer_level === 'ministry';
  return [...plans]
    .sort((a, b) => Number(ministry(b)) - Number(ministry(a)) || (b.year_from ?? 0) - (a.year_from ?? 0) || (a.province_name ?? '').localeCompare(b.province_name ?? '', 'vi'))
    .map((p) => ({
      id: p.document_id,
      ministry: ministry(p),
      label: [ministry(p) ? (p.issuer ?? 'Bộ Nội vụ') : (p.province_name ?? p.issuer ?? '—'), p.year_from == null ? null : String(p.year_from), p.doc_number]
        .filter(Boolean)
        .join(' · '),
    }));
}
