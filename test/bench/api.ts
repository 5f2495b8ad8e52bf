// API latency under load for each benchmark endpoint, against the same SQL run directly: the
// server answers from the database (response cache off), then as deployed (cache on).

import { openReadDb } from '../../apps/api/src/db.ts';
import { loadCodebook } from '../../apps/api/src/v1/codebook.ts';
import { referenceLoader } from '../../apps/api/src/v1/context.ts';
import { startServerProcess, type ServerProcess } from '../helpers/server-process.ts';
import { ENDPOINTS, type BenchEndpoint, type Statement } from './endpoints.ts';
import { measureEndpoint } from './load.ts';
import { round } from './percentiles.ts';
import { measureRawSql } from './raw-sql.ts';

export interface ApiResult {
  coverage: boolean;
  p50_ms: number;
  p95_ms: number;
  p99_ms: number;
  requests: number;
  failed: number;
  /** The same statements straight into DuckDB, same number of clients. */
  raw_p50_ms: number;
  raw_p95_ms: number;
  /** API p50 / raw p50, both under the same load. */
  raw_ratio: number;
  /** The statements alone, one request at a time: what the query itself costs. */
  raw_alone_p50_ms: number;
  /** As deployed (response cache on), after one cold request: what 20 analysts see. */
  cached_p50_ms: number;
  cached_p95_ms: number;
  cached_p99_ms: number;
  /** That first request after start (a miss: the cost after every write). */
  cold_ms: number;
}

export interface ApiOptions {
  clients: number;
  seconds: number;
  log: (s: string) => void;
  /** Runs while a cache-off server is up (the overview's first render from a cold server). */
  whileUp?: (server: ServerProcess) => Promise<void>;
  /** Runs while the as-deployed server is up, its cache warmed (the overview's first render). */
  whileDeployed?: (server: ServerProcess) => Promise<void>;
}

/** The statements each endpoint's handler runs, with the codebook and provinces of `dbPath`. */
async function statementsOf(dbPath: string): Promise<Map<BenchEndpoint, Statement[]>> {
  const db = await openReadDb(dbPath, 1);
  try {
    const env = { ref: await referenceLoader(db)(), codebook: loadCodebook() };
    const out = new Map<BenchEndpoint, Statement[]>();
    for (const e of ENDPOINTS) out.set(e, await e.statements(env));
    return out;
  } finally {
    db.close();
  }
}

/** Loads every endpoint with `clients` clients for `seconds` each, uncached then cached. */
export async function measureApi(dbPath: string, opts: ApiOptions): Promise<Record<string, ApiResult>> {
  const { clients, seconds, log } = opts;
  const statements = await statementsOf(dbPath);
  const out: Record<string, ApiResult> = {};
  const uncached = await startServerProcess(dbPath, { CCHC_RESPONSE_CACHE: 'off' });
  try {
    for (const e of ENDPOINTS) {
      const lat = await measureEndpoint(uncached.url, e.path, clients, seconds);
      const raw = await measureRawSql(dbPath, statements.get(e)!, { clients, seconds });
      out[e.name] = {
        coverage: e.coverage, ...lat,
        raw_p50_ms: raw.p50_ms, raw_p95_ms: raw.p95_ms, raw_ratio: round(lat.p50_ms / Math.max(raw.p50_ms, 0.001)),
        raw_alone_p50_ms: raw.seq_p50_ms, cached_p50_ms: Number.NaN, cached_p95_ms: Number.NaN, cached_p99_ms: Number.NaN, cold_ms: Number.NaN,
      };
      log(`  ${e.name}: p50 ${lat.p50_ms} / p95 ${lat.p95_ms} / p99 ${lat.p99_ms} ms (${lat.requests} req, ${lat.failed} failed); raw p50 ${raw.p50_ms} ms (alone ${raw.seq_p50_ms} ms)`);
    }
    await opts.whileUp?.(uncached);
  } finally {
    await uncached.stop();
  }
  const cached = await startServerProcess(dbPath);
  try {
    for (const e of ENDPOINTS) {
      const t0 = performance.now();
      const first = await fetch(cached.url + e.path);
      await first.arrayBuffer();
      if (!first.ok) throw new Error(`${e.path}: ${first.status}`);
      const cold = round(performance.now() - t0);
      const lat = await measureEndpoint(cached.url, e.path, clients, seconds);
      Object.assign(out[e.name]!, { cached_p50_ms: lat.p50_ms, cached_p95_ms: lat.p95_ms, cached_p99_ms: lat.p99_ms, cold_ms: cold });
      if (lat.failed) throw new Error(`${e.path}: ${lat.failed} failed requests with the cache on`);
      log(`  ${e.name} (as deployed): first request ${cold} ms, then p50 ${lat.p50_ms} / p95 ${lat.p95_ms} / p99 ${lat.p99_ms} ms (${lat.requests} req)`);
    }
    await opts.whileDeployed?.(cached);
  } finally {
    await cached.stop();
  }
  return out;
}
