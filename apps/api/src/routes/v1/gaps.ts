// GET /api/v1/gaps and /api/v1/gaps/summary: what each plan (province-year, region) has, lacks
// and adds against a reference plan — the Ministry's plan of the year unless `reference` names a
// document or `reference_categories` gives a checklist (also POSTed as a file). The answer says
// which reference it used, and says so explicitly when a year has none.

import type { Context } from 'hono';
import { Hono } from 'hono';
import { z } from 'zod';
import type { Row } from '../../db.ts';
import { problem } from '../../problem.ts';
import { col, columnsOf } from '../../v1/columns.ts';
import type { V1Context, V1Env } from '../../v1/context.ts';
import { csvStream } from '../../v1/csv.ts';
import { defineEndpoint, paramSchema, type Env } from '../../v1/endpoint.ts';
import {
  CHECKLIST_BYTES, checklistReference, checklistTokens, defaultReference, documentReference, normalizeChecklist, type ResolvedReference,
} from '../../v1/gaps-reference.ts';
import { GAP_GROUPS, GAP_STATUSES, gapRowsQuery, gapSummaryQuery, selectedYearsQuery, type GapFilters, type GapSelection } from '../../v1/gaps-query.ts';
import type { DocumentedEndpoint, OpenApiExtras } from '../../v1/openapi.ts';
import { pages, page, total } from '../../v1/pages.ts';
import { PAGE_DEFAULT, parseParams, type ParamFields } from '../../v1/params.ts';
import { categoryShape, planShape } from '../../v1/shapes.ts';
import { xlsxStream } from '../../v1/xlsx.ts';
import { withLabel } from './coverage.ts';

const CHECKLIST_QUERY_MAX = 2000;

const enumOf = <T extends string>(values: readonly T[], what: string) =>
  z.enum(values as [T, ...T[]], { error: (iss) => `unknown ${what} "${String(iss.input).slice(0, 60)}"` });

/** Parameters shared by rows and summaries. */
const gapParams = (f: ParamFields) => ({
  ...planShape(f),
  reference: f.document.describe('id of the reference document (any loaded plan); default: the Ministry plan (issuer_level=ministry) whose year_from is the plan’s year'),
  reference_categories: z.string().min(1).max(CHECKLIST_QUERY_MAX, `at most ${CHECKLIST_QUERY_MAX} characters; POST a longer checklist`).optional()
    .describe("a checklist as the reference: comma-separated ids, 'topic:tthc,channel:bao_chi,audience:nguoi_dan,agency_role:so_noi_vu:chu_tri' (unprefixed when unambiguous); or POST the checklist file (JSON list or text) as the body"),
  group: enumOf(GAP_GROUPS, 'group').default('plan')
    .describe('plan: each plan; province_year: the plans of a province (unit under units=2025) in a year together; region: the units of a region in a year'),
});

const statusParam = z.string().max(100)
  .transform((s) => [...new Set(s.split(',').map((x) => x.trim()).filter(Boolean))])
  .pipe(z.array(enumOf(GAP_STATUSES, 'status')).min(1, 'give at least one status'))
  .optional()
  .describe('have | missing | extra | partial (region only), comma-separated');

const strsN = (vi: string) => z.array(z.string()).nullable().meta({ vi });

const context = {
  group: col.str('Cấp tổng hợp'),
  units: col.strN('Bản đồ đơn vị'),
  scope: col.strN('Phạm vi cấp ban hành'),
  document_id: col.strN('Mã kế hoạch'),
  doc_number: col.strN('Số, ký hiệu'),
  province_code: col.strN('Mã tỉnh/đơn vị'),
  province_name: col.strN('Tỉnh/đơn vị'),
  region: col.strN('Vùng'),
  year: col.intN('Năm'),
  reference_kind: col.str('Loại tham chiếu'),
  reference_id: col.strN('Mã văn bản tham chiếu'),
};

export const gapsEndpoint = defineEndpoint({
  path: '/gaps',
  summary: 'Per plan (province-year, region) × reference × category: have, missing or extra against the reference plan, with the evidence on both sides',
  params: (f) => ({ ...gapParams(f), ...categoryShape(f), status: statusParam }),
  row: z.object({
    ...context,
    dimension: col.str('Chiều'),
    category_id: col.str('Mã hạng mục'),
    category_label: col.strN('Hạng mục'),
    status: col.str('Tình trạng'),
    in_reference: col.bool('Có trong tham chiếu'),
    in_plan: col.bool('Có trong kế hoạch'),
    members: col.int('Số kế hoạch/đơn vị so sánh'),
    members_with: col.int('Số có hạng mục'),
    members_without: strsN('Kế hoạch/đơn vị thiếu'),
    plan_passages: col.intN('Số đoạn (kế hoạch)'),
    plan_passage_ids: strsN('Mã đoạn (kế hoạch)'),
    plan_passage_id: col.strN('Đoạn đầu (kế hoạch)'),
    plan_excerpt: col.strN('Trích đoạn (kế hoạch)'),
    reference_passages: col.intN('Số đoạn (tham chiếu)'),
    reference_passage_ids: strsN('Mã đoạn (tham chiếu)'),
    reference_passage_id: col.strN('Đoạn đầu (tham chiếu)'),
    reference_excerpt: col.strN('Trích đoạn (tham chiếu)'),
  }),
  query: (p, env) => gapRowsQuery(p as GapFilters, env.ref, selectionOf(p, env)),
  decorate: withLabel,
});

export const gapSummaryEndpoint = defineEndpoint({
  path: '/gaps/summary',
  summary: 'Per plan (province-year, region) × reference: reference categories, have, missing, extra, conformance (have / reference categories) and rank by conformance within the year',
  params: (f) => gapParams(f),
  row: z.object({
    ...context,
    members: col.int('Số kế hoạch/đơn vị so sánh'),
    reference_categories: col.int('Số hạng mục tham chiếu'),
    have: col.int('Có'),
    missing: col.int('Thiếu'),
    extra: col.int('Bổ sung'),
    conformance: col.numN('Tỷ lệ phù hợp'),
    conformance_min: col.numN('Tỷ lệ phù hợp thấp nhất'),
    conformance_max: col.numN('Tỷ lệ phù hợp cao nhất'),
    rank: col.int('Thứ hạng'),
  }),
  query: (p, env) => gapSummaryQuery(p as GapFilters, env.ref, selectionOf(p, env)),
});

type GapParams = GapFilters & {
  reference?: string; reference_categories?: string;
  format: 'json' | 'csv' | 'xlsx'; headers: 'en' | 'vi'; limit?: number; offset: number;
};

/** The reference selection of parameters alone (the default mode without its year lookup). */
function selectionOf(p: { reference?: string; reference_categories?: string }, env: Env): GapSelection {
  if (p.reference_categories) return { mode: 'checklist', ids: normalizeChecklist(checklistTokens(p.reference_categories), env.codebook) };
  if (p.reference) return { mode: 'document', id: p.reference };
  return { mode: 'ministry_plan' };
}

/** Resolves the reference of a request: the checklist (query or body), the document (404 if unknown) or the year's Ministry plan. */
async function resolve(p: GapParams, env: Env, body: string | undefined): Promise<ResolvedReference> {
  if (body !== undefined && (p.reference || p.reference_categories)) {
    problem(400, 'Invalid parameter', `${p.reference ? 'reference' : 'reference_categories'}: the POSTed checklist is the reference; do not give another`, p.reference ? 'reference' : 'reference_categories');
  }
  if (p.reference && p.reference_categories) problem(400, 'Invalid parameter', 'reference_categories: give either reference or reference_categories', 'reference_categories');
  if (p.group === 'region' && p.province) problem(400, 'Invalid parameter', 'province: not with group=region (a region rolls up all its units)', 'province');
  const text = body ?? p.reference_categories;
  if (text !== undefined) return checklistReference(normalizeChecklist(checklistTokens(text), env.codebook));
  if (p.reference) return documentReference(env.db, p.reference);
  const yearsQuery = selectedYearsQuery(p, env.ref);
  const years = (await env.db.query(yearsQuery.sql, yearsQuery.params)).map((r) => Number(r.year));
  if (years.length === 0 && p.year !== undefined) years.push(p.year);
  return defaultReference(env.db, years);
}

const selectionFrom = (r: ResolvedReference, p: GapParams): GapSelection =>
  r.mode === 'checklist' ? { mode: 'checklist', ids: r.checklist! } : r.mode === 'document' ? { mode: 'document', id: p.reference! } : { mode: 'ministry_plan', ids: r.default_ids };

/** Runs /gaps or /gaps/summary: JSON with the reference, or a streamed CSV/xlsx. */
async function runGaps(spec: typeof gapsEndpoint | typeof gapSummaryEndpoint, ctx: V1Context, c: Context<V1Env>, body?: string): Promise<Response> {
  const env: Env = { db: ctx.db, ref: await ctx.reference(), codebook: ctx.codebook };
  const p = parseParams(paramSchema(spec, env.codebook, env.ref), c.req.url) as unknown as GapParams;
  const resolved = await resolve(p, env, body);
  const answerable = resolved.reason !== 'no_reference' && resolved.reason !== 'no_plans';
  const selection = selectionFrom(resolved, p);
  const query = spec === gapsEndpoint ? gapRowsQuery(p, env.ref, selection) : gapSummaryQuery(p, env.ref, selection);
  const decorate = (rows: Row[]) => (spec.decorate ? rows.map((r) => spec.decorate!(r, p as never, env)) : rows);
  const { format, headers, limit, offset, reference_categories: _raw, ...filters } = p;
  const echo = { ...filters, ...(resolved.checklist ? { reference_categories: resolved.checklist } : {}) };
  const about = {
    reference: resolved.reference, references: resolved.references, reason: resolved.reason, message: resolved.message,
    years_without_reference: resolved.years_without_reference,
  };
  const version = c.get('dataVersion');
  const queriedAt = ctx.now().toISOString();
  if (format === 'json') {
    const size = limit ?? PAGE_DEFAULT;
    const [rows, n] = answerable ? await Promise.all([page(ctx.db, query, size, offset), total(ctx.db, query)]) : [[], 0];
    return c.json({ data_version: version, queried_at: queriedAt, query: echo, total: n, limit: size, offset, ...about, data: decorate(rows) });
  }
  // A file cannot carry the reason beside its rows: an empty export would read as "nothing missing".
  if (resolved.reason === 'no_reference') {
    const res = new Response(JSON.stringify({
      type: 'about:blank', title: 'No reference', status: 404, detail: `no Ministry plan for ${resolved.years_without_reference.join(', ')}; choose reference=<document id>`,
      param: 'reference', reason: 'no_reference', message: resolved.message,
    }), { status: 404, headers: { 'content-type': 'application/problem+json; charset=utf-8' } });
    return res;
  }
  const columns = columnsOf(spec.row);
  const rows = (async function* () {
    if (!answerable) return;
    for await (const batch of pages(ctx.db, query, { offset, limit })) yield decorate(batch);
  })();
  const onError = (e: unknown) => ctx.log(`[api] export ${c.req.path}: ${e instanceof Error ? e.stack : String(e)}`);
  const name = `cchc-${spec.path.replace(/^\//, '').replace(/[^a-z0-9]+/g, '-')}-${version.slice(0, 8)}`;
  if (format === 'csv') {
    return c.body(csvStream(columns, headers, rows, onError), 200, {
      'content-type': 'text/csv; charset=utf-8',
      'content-disposition': `attachment; filename="${name}.csv"`,
    });
  }
  const sheet: Array<[string, string]> = [
    ['endpoint', `/api/v1${spec.path}`],
    ...Object.entries(echo).map(([k, v]): [string, string] => [k, Array.isArray(v) ? v.join(',') : String(v)]),
    ['reference', resolved.references.map((r) => r.id ?? 'checklist').join(',')],
    ['reference_message', resolved.message],
    ['data_version', version],
    ['queried_at', queriedAt],
  ];
  return c.body(xlsxStream({ columns, headers, rows, about: sheet, onError }), 200, {
    'content-type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    'content-disposition': `attachment; filename="${name}.xlsx"`,
  });
}

/** The body of a POSTed checklist, at most CHECKLIST_BYTES. */
async function checklistBody(c: Context<V1Env>): Promise<string> {
  const declared = Number(c.req.header('content-length') ?? 0);
  if (declared > CHECKLIST_BYTES) problem(413, 'Checklist too large', `the checklist is over ${CHECKLIST_BYTES} bytes`, 'reference_categories');
  const text = await c.req.text();
  if (new TextEncoder().encode(text).length > CHECKLIST_BYTES) problem(413, 'Checklist too large', `the checklist is over ${CHECKLIST_BYTES} bytes`, 'reference_categories');
  return text;
}

const referenceInfo = {
  type: ['object', 'null'],
  description: 'kind (ministry_plan | document | checklist), id, number, title, issue_date, issuer, issuer_level, province_code, province_name, year, categories (the denominator of conformance), category_ids (checklist)',
};

/** What the OpenAPI document adds for both paths: the reference fields, the 404s and the POST form. */
const gapsOpenApi: OpenApiExtras = {
  envelope: {
    reference: { ...referenceInfo, description: `the reference used, when there is one; ${referenceInfo.description}` },
    references: { type: 'array', items: referenceInfo, description: 'every reference in play (one per year by default)' },
    reason: { enum: ['ministry_plan', 'document', 'checklist', 'no_reference', 'no_plans'], description: 'no_reference: the Ministry has no plan for the selected year(s); data is empty, which is no answer, not full conformance' },
    message: { type: 'string', description: 'the same in one Vietnamese sentence' },
    years_without_reference: { type: 'array', items: { type: 'integer' } },
  },
  responses: {
    404: { description: 'reference names no loaded document; or, for csv/xlsx, no Ministry plan for the year (reason: no_reference)', content: { 'application/problem+json': { schema: { type: 'object' } } } },
    413: { description: 'POSTed checklist over 64 KiB' },
  },
  post: {
    summary: 'The same, with a checklist file as the reference: a JSON list of ids (or {"reference_categories": [...]}) or text, ids separated by commas or lines, # comments',
    requestBody: {
      required: true,
      content: {
        'application/json': { schema: { type: 'array', items: { type: 'string' } } },
        'text/plain': { schema: { type: 'string' } },
      },
    },
  },
};

export const GAP_ENDPOINTS: readonly DocumentedEndpoint[] = [
  { ...gapsEndpoint, openapi: gapsOpenApi },
  { ...gapSummaryEndpoint, openapi: gapsOpenApi },
];

export function gapRoutes(ctx: V1Context) {
  return new Hono<V1Env>()
    .get('/', (c) => runGaps(gapsEndpoint, ctx, c))
    .post('/', async (c) => runGaps(gapsEndpoint, ctx, c, await checklistBody(c)))
    .get('/summary', (c) => runGaps(gapSummaryEndpoint, ctx, c))
    .post('/summary', async (c) => runGaps(gapSummaryEndpoint, ctx, c, await checklistBody(c)));
}
