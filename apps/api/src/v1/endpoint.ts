// A list endpoint of /api/v1 as data: its parameters, its row schema and a plain function from
// validated parameters to a query. One handler serves them all as JSON pages, CSV or xlsx.

import type { Context } from 'hono';
import { z } from 'zod';
import type { ReadDb, Row } from '../db.ts';
import type { Codebook } from './codebook.ts';
import { columnsOf } from './columns.ts';
import type { Reference, V1Context, V1Env } from './context.ts';
import { csvStream } from './csv.ts';
import type { Query } from './filters.ts';
import { pages, page, total } from './pages.ts';
import { PAGE_DEFAULT, paramFields, parseParams, type ParamFields } from './params.ts';
import { xlsxStream } from './xlsx.ts';

export interface Env {
  db: ReadDb;
  ref: Reference;
  codebook: Codebook;
}

export interface EndpointSpec<Shape extends z.ZodRawShape> {
  /** Path under /api/v1. */
  path: string;
  summary: string;
  /** The endpoint's own parameters (format, headers, limit and offset are added to every one). */
  params(f: ParamFields): Shape;
  /** One row of the answer; column order and Vietnamese headers come from here. */
  row: z.ZodObject;
  /** The query, with a total ORDER BY and no LIMIT. */
  query(p: z.output<z.ZodObject<Shape>>, env: Env): Query;
  /** Per-row additions computed outside SQL (labels, highlighting). */
  decorate?(row: Row, p: z.output<z.ZodObject<Shape>>, env: Env): Row;
  /** Checks against the data that a schema cannot make (an id must exist); throws the 400 problem. */
  check?(p: z.output<z.ZodObject<Shape>>, env: Env): Promise<void>;
}

/** Identity with inference: `defineEndpoint({...})` checks a spec against its own parameters. */
export function defineEndpoint<Shape extends z.ZodRawShape>(spec: EndpointSpec<Shape>): EndpointSpec<Shape> {
  return spec;
}

// Existential form, for lists of endpoints of different shapes.
export type AnyEndpoint = EndpointSpec<any>;

const pageShape = (f: ParamFields) => ({ format: f.format, headers: f.headers, limit: f.limit, offset: f.offset });

const schemas = new WeakMap<Reference, Map<AnyEndpoint, z.ZodObject>>();

/** The full (strict) parameter schema of an endpoint for one province list. */
export function paramSchema(spec: AnyEndpoint, cb: Codebook, ref: Reference): z.ZodObject {
  let byRef = schemas.get(ref);
  if (!byRef) schemas.set(ref, (byRef = new Map()));
  let s = byRef.get(spec);
  if (!s) {
    const f = paramFields(cb, ref);
    s = z.strictObject({ ...spec.params(f), ...pageShape(f) });
    byRef.set(spec, s);
  }
  return s;
}

/** Validated parameters and the query for a request URL (throws the 400 problem). */
export function prepare(spec: AnyEndpoint, env: Env, url: string) {
  const p = parseParams(paramSchema(spec, env.codebook, env.ref), url) as Record<string, unknown> & {
    format: 'json' | 'csv' | 'xlsx'; headers: 'en' | 'vi'; limit?: number; offset: number;
  };
  return { p, query: spec.query(p, env) };
}

/** Runs an endpoint for a request: JSON page, or a streamed CSV/xlsx export. */
export async function runEndpoint(spec: AnyEndpoint, ctx: V1Context, c: Context<V1Env>, version: string): Promise<Response> {
  const env: Env = { db: ctx.db, ref: await ctx.reference(), codebook: ctx.codebook };
  const { p, query } = prepare(spec, env, c.req.url);
  await spec.check?.(p, env);
  const decorate = (rows: Row[]) => (spec.decorate ? rows.map((r) => spec.decorate!(r, p, env)) : rows);
  const queriedAt = ctx.now().toISOString();
  const { format, headers, limit, offset, ...filters } = p;
  if (format === 'json') {
    const size = limit ?? PAGE_DEFAULT;
    const [rows, n] = await Promise.all([page(ctx.db, query, size, offset), total(ctx.db, query)]);
    return c.json({ data_version: version, queried_at: queriedAt, query: filters, total: n, limit: size, offset, data: decorate(rows) });
  }
  const columns = columnsOf(spec.row);
  const rows = (async function* () {
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
  const about: Array<[string, string]> = [
    ['endpoint', `/api/v1${spec.path}`],
    ...Object.entries(filters).map(([k, v]): [string, string] => [k, Array.isArray(v) ? v.join(',') : String(v)]),
    ['data_version', version],
    ['queried_at', queriedAt],
  ];
  return c.body(xlsxStream({ columns, headers, rows, about, onError }), 200, {
    'content-type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    'content-disposition': `attachment; filename="${name}.xlsx"`,
  });
}

/** The Hono handler of a list endpoint. */
export const listHandler = (spec: AnyEndpoint, ctx: V1Context) => (c: Context<V1Env>) => runEndpoint(spec, ctx, c, c.get('dataVersion'));
