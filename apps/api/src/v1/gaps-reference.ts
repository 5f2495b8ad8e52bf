// What /api/v1/gaps holds plans against: a chosen document, a checklist of category ids, or by
// default the Ministry's plan of each year. Checklists are parsed (JSON or text), checked against
// the codebook, and the reference is looked up with what the answer says about it.

import { HTTPException } from 'hono/http-exception';
import { listValue } from '@duckdb/node-api';
import type { ReadDb } from '../db.ts';
import { problem } from '../problem.ts';
import { idsOf, type Codebook } from './codebook.ts';

/** The dimensions a plan is compared on (gap_categories). */
export const GAP_DIMENSIONS = ['topic', 'channel', 'audience', 'agency_role'] as const;
export type GapDimension = (typeof GAP_DIMENSIONS)[number];

/** Most ids a checklist may hold (the codebook has fewer than 250 comparable ids). */
export const CHECKLIST_MAX = 500;
/** Largest checklist body accepted by POST. */
export const CHECKLIST_BYTES = 64 * 1024;

const PARAM = 'reference_categories';

/** Tokens of a hand-made checklist: a JSON list (or an object holding one) or text, one or more ids a line, '#' comments. */
export function checklistTokens(text: string): string[] {
  const t = text.replace(/^\uFEFF/, '').trim();
  if (t.startsWith('[') || t.startsWith('{')) {
    let json: unknown;
    try {
      json = JSON.parse(t);
    } catch {
      problem(400, 'Invalid parameter', `${PARAM}: the checklist is not valid JSON`, PARAM);
    }
    const list = Array.isArray(json)
      ? json
      : json && typeof json === 'object'
        ? ['reference_categories', 'categories', 'ids'].map((k) => (json as Record<string, unknown>)[k]).find(Array.isArray)
        : undefined;
    if (!Array.isArray(list)) problem(400, 'Invalid parameter', `${PARAM}: give a JSON list of category ids, or {"reference_categories": [...]}`, PARAM);
    return list.map((x) => {
      if (typeof x === 'string') return x.trim();
      // {"dimension": "topic", "id": "tthc"} as well as plain strings
      if (x && typeof x === 'object' && typeof (x as { id?: unknown }).id === 'string') {
        const o = x as { id: string; dimension?: unknown };
        return typeof o.dimension === 'string' ? `${o.dimension}:${o.id}` : o.id;
      }
      problem(400, 'Invalid parameter', `${PARAM}: every item must be a category id`, PARAM);
    });
  }
  return t.split(/\r?\n/).flatMap((line) => line.replace(/#.*$/, '').split(/[\s,;]+/)).filter(Boolean);
}

/**
 * Checklist tokens → sorted, distinct '<dimension>:<id>' keys, every one checked against the
 * codebook. A token is 'topic:tthc', 'agency_role:so_noi_vu:chu_tri', or unprefixed when it
 * names one category only ('tthc', 'so_noi_vu:chu_tri'). Anything else is a 400 naming it.
 */
export function normalizeChecklist(tokens: readonly string[], cb: Codebook): string[] {
  if (tokens.length === 0) problem(400, 'Invalid parameter', `${PARAM}: give at least one category id`, PARAM);
  if (tokens.length > CHECKLIST_MAX) problem(400, 'Invalid parameter', `${PARAM}: at most ${CHECKLIST_MAX} ids`, PARAM);
  const ids: Record<GapDimension, (id: string) => boolean> = {
    topic: (id) => idsOf(cb, 'topics').includes(id),
    channel: (id) => idsOf(cb, 'channels').includes(id),
    audience: (id) => idsOf(cb, 'audiences').includes(id),
    agency_role: (id) => {
      const [agency = '', role = '', more] = id.split(':');
      return more === undefined && idsOf(cb, 'agencies').includes(agency) && idsOf(cb, 'roles').includes(role);
    },
  };
  const out = new Set<string>();
  for (const raw of tokens) {
    const token = raw.trim();
    const shown = token.slice(0, 80);
    if (!/^[a-z0-9_:]{1,200}$/.test(token)) problem(400, 'Invalid parameter', `${PARAM}: "${shown}" is not a category id`, PARAM);
    const colon = token.indexOf(':');
    const head = colon < 0 ? '' : token.slice(0, colon);
    if ((GAP_DIMENSIONS as readonly string[]).includes(head)) {
      const id = token.slice(colon + 1);
      if (!ids[head as GapDimension](id)) problem(400, 'Invalid parameter', `${PARAM}: unknown ${head} "${id.slice(0, 80)}"`, PARAM);
      out.add(`${head}:${id}`);
      continue;
    }
    if (head === 'agency' || head === 'attribute') {
      problem(400, 'Invalid parameter', `${PARAM}: "${shown}": gaps compare topics, channels, audiences and agency roles ('agency_role:<agency>:<role>')`, PARAM);
    }
    const dims = GAP_DIMENSIONS.filter((d) => ids[d](token));
    if (dims.length === 0) problem(400, 'Invalid parameter', `${PARAM}: unknown category "${shown}"`, PARAM);
    if (dims.length > 1) problem(400, 'Invalid parameter', `${PARAM}: "${shown}" is a ${dims.join(' and a ')}; write it as '<dimension>:${shown}'`, PARAM);
    out.add(`${dims[0]}:${token}`);
  }
  return [...out].sort();
}

/** How the reference was chosen. */
export type ReferenceKind = 'ministry_plan' | 'document' | 'checklist';

/** A reference as the answer describes it. */
export interface ReferenceInfo {
  kind: ReferenceKind;
  /** Document id; null for a checklist. */
  id: string | null;
  /** Plan number, else the number of the decision promulgating it. */
  number: string | null;
  title: string | null;
  issue_date: string | null;
  issuer: string | null;
  issuer_level: string | null;
  province_code: string | null;
  province_name: string | null;
  /** The year it is the reference of (ministry_plan), or its first year. */
  year: number | null;
  /** How many categories it has (the denominator of conformance). */
  categories: number;
  /** The checklist's ids (checklist only). */
  category_ids?: string[];
}

/** The reference part of a gaps answer. */
export interface ResolvedReference {
  mode: ReferenceKind;
  /** The single reference in play, or null (none found, or one per year). */
  reference: ReferenceInfo | null;
  /** Every reference in play. */
  references: ReferenceInfo[];
  reason: 'ministry_plan' | 'document' | 'checklist' | 'no_reference' | 'no_plans';
  /** One sentence in Vietnamese, fit for the page. */
  message: string;
  /** Default mode: years of the chosen plans the Ministry has no plan for. */
  years_without_reference: number[];
  /** Default mode: the ids to restrict the views to. */
  default_ids: string[];
  checklist: string[] | null;
}

const num = (v: unknown): number | null => (v === null || v === undefined ? null : Number(v));
const str = (v: unknown): string | null => (v === null || v === undefined ? null : String(v));

/** dd/mm/yyyy (or mm/yyyy) of an ISO date, for messages. */
export function viDate(iso: string | null): string {
  if (!iso) return '';
  const [y, m, d] = iso.split('-');
  return d ? `${d}/${m}/${y}` : m ? `${m}/${y}` : String(y);
}

const describe = (r: ReferenceInfo): string => {
  const what = r.number ? `${r.title ?? 'kế hoạch'} (${r.number}${r.issue_date ? `, ${viDate(r.issue_date)}` : ''})` : (r.title ?? 'kế hoạch');
  return r.province_name ? `${what} của ${r.province_name}` : r.issuer ? `${what} của ${r.issuer}` : what;
};

const years = (ys: readonly number[]) => ys.join(', ');

/** Throws the 404 of a reference id that is not loaded. */
function notFound(id: string): never {
  const body = JSON.stringify({
    type: 'about:blank', title: 'Reference not found', status: 404,
    detail: `reference: no document "${id}" is loaded`, param: 'reference',
    message: `Không tìm thấy văn bản tham chiếu có mã ${id}.`,
  });
  throw new HTTPException(404, { message: `reference ${id} not found`, res: new Response(body, { status: 404, headers: { 'content-type': 'application/problem+json; charset=utf-8' } }) });
}

/** Looks a chosen reference document up; 404 when it is not loaded. */
export async function documentReference(db: ReadDb, id: string): Promise<ResolvedReference> {
  const [r] = await db.query(
    `SELECT pu.document_id, coalesce(pu.doc_number, d.decision_number) AS number, pu.title, pu.issue_date, pu.issuer, pu.issuer_level,
            pu.province_code, pu.province_name, pu.year_from,
            (SELECT count(*)::INTEGER FROM gap_categories g WHERE g.document_id = pu.document_id) AS categories
     FROM plan_units pu JOIN documents d ON d.id = pu.document_id WHERE pu.document_id = $id`,
    { id },
  );
  if (!r) notFound(id);
  const info: ReferenceInfo = {
    kind: 'document', id, number: str(r.number), title: str(r.title), issue_date: str(r.issue_date), issuer: str(r.issuer),
    issuer_level: str(r.issuer_level), province_code: str(r.province_code), province_name: str(r.province_name),
    year: num(r.year_from), categories: Number(r.categories),
  };
  return {
    mode: 'document', reference: info, references: [info], reason: 'document', years_without_reference: [], default_ids: [], checklist: null,
    message: `Đối chiếu với ${describe(info)}.`,
  };
}

/** A checklist as the reference. */
export function checklistReference(ids: string[]): ResolvedReference {
  const info: ReferenceInfo = {
    kind: 'checklist', id: null, number: null, title: 'Danh mục hạng mục', issue_date: null, issuer: null, issuer_level: null,
    province_code: null, province_name: null, year: null, categories: ids.length, category_ids: ids,
  };
  return {
    mode: 'checklist', reference: info, references: [info], reason: 'checklist', years_without_reference: [], default_ids: [], checklist: ids,
    message: `Đối chiếu với danh mục ${ids.length} hạng mục do người dùng đưa vào.`,
  };
}

/**
 * The Ministry plans for `planYears` (the years of the plans the request selects), and the
 * years without one. No year with a Ministry plan is the explicit "no reference" answer.
 */
export async function defaultReference(db: ReadDb, planYears: number[]): Promise<ResolvedReference> {
  const rows = planYears.length === 0 ? [] : await db.query(
    `SELECT r.year, r.reference_id, r.reference_number, r.reference_title, r.reference_issue_date, r.reference_issuer,
            (SELECT count(*)::INTEGER FROM gap_categories g WHERE g.document_id = r.reference_id) AS categories
     FROM gap_references r WHERE list_contains($years, r.year) AND r.reference_id IS NOT NULL ORDER BY r.year`,
    { years: listValue(planYears) },
  );
  const references: ReferenceInfo[] = rows.map((r) => ({
    kind: 'ministry_plan', id: String(r.reference_id), number: str(r.reference_number), title: str(r.reference_title),
    issue_date: str(r.reference_issue_date), issuer: str(r.reference_issuer), issuer_level: 'ministry',
    province_code: null, province_name: null, year: Number(r.year), categories: Number(r.categories),
  }));
  const found = new Set(references.map((r) => r.year));
  const without = planYears.filter((y) => !found.has(y));
  const base = { mode: 'ministry_plan' as const, references, years_without_reference: without, default_ids: references.map((r) => r.id!), checklist: null };
  if (planYears.length === 0) {
    return { ...base, reference: null, reason: 'no_plans', message: 'Không có kế hoạch nào khớp với bộ lọc đã chọn.' };
  }
  if (references.length === 0) {
    return { ...base, reference: null, reason: 'no_reference', message: `Không có kế hoạch của Bộ Nội vụ cho năm ${years(without)}.` };
  }
  const used = references.map((r) => `năm ${r.year}${r.number ? ` (${r.number}${r.issue_date ? `, ${viDate(r.issue_date)}` : ''})` : ''}`).join('; ');
  const missing = without.length ? ` Không có kế hoạch của Bộ Nội vụ cho năm ${years(without)}; kế hoạch các năm đó không được đối chiếu.` : '';
  return {
    ...base,
    reference: references.length === 1 ? references[0]! : null,
    reason: 'ministry_plan',
    message: `Đối chiếu với kế hoạch thông tin, tuyên truyền CCHC của Bộ Nội vụ ${used}.${missing}`,
  };
}
