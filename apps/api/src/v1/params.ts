// Query parameters of /api/v1: one zod schema per parameter, built from the codebook and the
// province list, and the parser that turns a URL's query into validated filters or a 400 that
// names the offending parameter.

import { z } from 'zod';
import { problem } from '../problem.ts';
import { idsOf, type Codebook } from './codebook.ts';
import type { Reference } from './context.ts';
import { EXPORT_MAX } from './pages.ts';

export const LIST_MAX = 100;
export const YEAR_MIN = 1990;
export const YEAR_MAX = 2100;
export const PAGE_MAX = 10_000;
export const PAGE_DEFAULT = 1_000;

export const UNITS = ['2024', '2025'] as const;
export const ISSUER_LEVELS = ['province', 'department', 'district', 'commune', 'ministry'] as const;
export const DIMENSIONS = ['topic', 'channel', 'audience', 'attribute', 'agency', 'agency_role'] as const;
export const MEASURES = ['count', 'share', 'presence', 'change'] as const;
export const FORMATS = ['json', 'csv', 'xlsx'] as const;
export const REF_LEVELS = ['central', 'party_central', 'province', 'party_province', 'department', 'district', 'commune'] as const;
export const INDEX_IDS = ['par_index', 'sipas', 'papi', 'pci', 'ddci', 'dti', 'ict_index', 'pobi'] as const;

/** Parameters that take several values (repeated, or comma-separated). */
export const LIST_PARAMS = new Set(['province', 'region', 'topic', 'channel', 'audience', 'agency', 'role', 'dimension', 'index', 'ref_level', 'transition']);

export type Dimension = (typeof DIMENSIONS)[number];
export type Measure = (typeof MEASURES)[number];

const oneOf = <T extends string>(values: readonly T[], what: string) =>
  z.enum(values as [T, ...T[]], { error: (iss) => `unknown ${what} "${String(iss.input).slice(0, 60)}"` });

const list = <T extends string>(values: readonly T[], what: string) =>
  z.array(oneOf(values, what)).min(1, `give at least one ${what}`).max(LIST_MAX, `at most ${LIST_MAX} values`)
    .transform((xs) => [...new Set(xs)]);

const year = () =>
  z.coerce.number({ error: `a year, ${YEAR_MIN}–${YEAR_MAX}` }).int('a whole year')
    .min(YEAR_MIN, `${YEAR_MIN} or later`).max(YEAR_MAX, `${YEAR_MAX} or earlier`);

/** Every parameter's schema, given the codebook and the province list. Endpoints pick from these. */
export function paramFields(cb: Codebook, ref: Reference) {
  const provinceCodes = [...ref.provinces.keys()];
  const agencies = idsOf(cb, 'agencies');
  const roles = idsOf(cb, 'roles');
  return {
    year: year().optional().describe('plans covering this year (unit views: this year)'),
    year_from: year().optional().describe('from this year on'),
    year_to: year().optional().describe('up to this year'),
    province: list(provinceCodes.length ? provinceCodes : ['00'], 'province code').optional()
      .describe('two-digit province codes (repeat or comma-separate); under units=2025 a merged province stands for its unit'),
    region: list(ref.regions.length ? ref.regions : ['none'], 'region').optional(),
    units: oneOf(UNITS, 'units map').default('2024').describe("'2024': the 63 provinces; '2025': the 34 units since 1 July 2025"),
    issuer_level: oneOf(ISSUER_LEVELS, 'issuer level').optional(),
    topic: list(idsOf(cb, 'topics'), 'topic').optional(),
    channel: list(idsOf(cb, 'channels'), 'channel').optional(),
    audience: list(idsOf(cb, 'audiences'), 'audience').optional(),
    agency: list(agencies, 'agency').optional(),
    role: list(roles, 'role').optional(),
    dimension: list(DIMENSIONS, 'dimension').optional(),
    measure: oneOf(MEASURES, 'measure').default('count'),
    format: oneOf(FORMATS, 'format').default('json'),
    headers: oneOf(['en', 'vi'] as const, 'header language').default('en').describe('column headers of csv/xlsx: keys (en) or Vietnamese (vi)'),
    limit: z.coerce.number({ error: 'a number of rows' }).int('a whole number of rows').min(1, 'at least 1')
      .max(EXPORT_MAX, `at most ${EXPORT_MAX}`).optional()
      .describe(`rows (json: one page, default ${PAGE_DEFAULT}, at most ${PAGE_MAX}; csv/xlsx: everything unless given, at most ${EXPORT_MAX})`),
    offset: z.coerce.number({ error: 'a number of rows' }).int('a whole number of rows').min(0, '0 or more')
      .max(100_000_000, 'at most 100000000').default(0),
    document: z.string().regex(/^[0-9a-f]{16}$/, 'a 16-digit hexadecimal document id').optional(),
    category: z.string().regex(/^[a-z0-9_]{1,64}(:[a-z0-9_]{1,64})?$/, "a category id ('<agency>:<role>' for agency roles)"),
    q: z.string().min(2, 'at least 2 characters').max(200, 'at most 200 characters'),
    index: list(INDEX_IDS, 'index').optional(),
    ref_level: list(REF_LEVELS, 'reference level').optional(),
    differs: z.enum(['true', 'false'], { error: "'true' or 'false'" }).transform((v) => v === 'true').optional()
      .describe('true: only categories on which the units differ'),
  };
}

export type ParamFields = ReturnType<typeof paramFields>;

/** Raw query → object for zod: list parameters split on commas, others must be given once. */
export function rawParams(url: string): Record<string, string | string[]> {
  const out: Record<string, string | string[]> = {};
  const search = new URL(url, 'http://x').searchParams;
  for (const key of new Set(search.keys())) {
    const values = search.getAll(key);
    const name = key.slice(0, 40);
    if (key.length > 40 || !/^[a-z_]+$/.test(key)) problem(400, 'Invalid parameter', `unknown parameter "${name}"`, name);
    if (values.some((v) => v.length > 2000)) problem(400, 'Invalid parameter', `${key}: value too long`, key);
    if (LIST_PARAMS.has(key)) {
      const items = values.flatMap((v) => v.split(',')).map((v) => v.trim()).filter(Boolean);
      if (items.length > LIST_MAX) problem(400, 'Invalid parameter', `${key}: at most ${LIST_MAX} values`, key);
      out[key] = items;
    } else {
      if (values.length > 1) problem(400, 'Invalid parameter', `${key}: give it once`, key);
      out[key] = values[0]!;
    }
  }
  return out;
}

/** Validates a request's query against an endpoint's schema; a 400 naming the parameter otherwise. */
export function parseParams<S extends z.ZodType>(schema: S, url: string): z.output<S> {
  const parsed = schema.safeParse(rawParams(url));
  if (parsed.success) {
    // csv and xlsx stream, so they may ask for more rows than one JSON answer holds
    const { format, limit } = parsed.data as { format?: string; limit?: number };
    if (format === 'json' && limit !== undefined && limit > PAGE_MAX) {
      problem(400, 'Invalid parameter', `limit: at most ${PAGE_MAX} rows in a JSON page (csv and xlsx take up to ${EXPORT_MAX})`, 'limit');
    }
    return parsed.data;
  }
  const issue = parsed.error.issues[0]!;
  const param = issue.code === 'unrecognized_keys' ? String(issue.keys[0]) : String(issue.path[0] ?? 'query');
  const missing = issue.code === 'invalid_type' && /received undefined/.test(issue.message);
  const detail = issue.code === 'unrecognized_keys' ? `unknown parameter "${param}"` : `${param}: ${missing ? 'required' : issue.message}`;
  problem(400, 'Invalid parameter', detail, param);
}
