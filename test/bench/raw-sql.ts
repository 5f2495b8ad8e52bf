// The same SQL the API runs, straight into DuckDB (read-only), for the API/raw ratio: alone (one
// client, one request at a time) and under the same load as the API (clients spread round-robin
// over as many connections as the server keeps), with rows read as objects like the API does.

import { DuckDBInstance, type DuckDBConnection } from '@duckdb/node-api';
import { percentile, round } from './percentiles.ts';
import type { Statement } from './endpoints.ts';

export interface RawLatency {
  /** One client, one request at a time. */
  seq_p50_ms: number;
  seq_p95_ms: number;
  /** `clients` concurrent clients. */
  p50_ms: number;
  p95_ms: number;
  p99_ms: number;
}

export interface RawOptions {
  clients: number;
  /** Connections shared round-robin, as the server's reader pool (apps/api/src/db.ts: 4). */
  connections?: number;
  seconds: number;
  sequentialRuns?: number;
}

/** Times "one request": the statements run together, each on the next connection, like the handler. */
async function request(conns: DuckDBConnection[], next: { i: number }, statements: Statement[]): Promise<number> {
  const t0 = performance.now();
  await Promise.all(statements.map(async (s) => {
    const conn = conns[next.i++ % conns.length]!;
    (await conn.runAndReadAll(s.sql, s.params as never)).getRowObjectsJson();
  }));
  return performance.now() - t0;
}

/** Latency of running `statements` directly, alone and under `clients` concurrent clients. */
export async function measureRawSql(dbPath: string, statements: Statement[], opts: RawOptions): Promise<RawLatency> {
  const inst = await DuckDBInstance.create(dbPath, { access_mode: 'READ_ONLY' });
  const conns: DuckDBConnection[] = [];
  for (let i = 0; i < (opts.connections ?? 4); i++) conns.push(await inst.connect());
  const next = { i: 0 };
  try {
    for (let i = 0; i < 3; i++) await request(conns, next, statements); // warm-up
    const seq: number[] = [];
    const seqDeadline = performance.now() + opts.seconds * 1000;
    for (let i = 0; i < (opts.sequentialRuns ?? 100) && performance.now() < seqDeadline; i++) seq.push(await request(conns, next, statements));
    const loaded: number[] = [];
    const deadline = performance.now() + opts.seconds * 1000;
    await Promise.all(Array.from({ length: opts.clients }, async () => {
      while (performance.now() < deadline) loaded.push(await request(conns, next, statements));
    }));
    return {
      seq_p50_ms: round(percentile(seq, 50), 3),
      seq_p95_ms: round(percentile(seq, 95), 3),
      p50_ms: round(percentile(loaded, 50), 3),
      p95_ms: round(percentile(loaded, 95), 3),
      p99_ms: round(percentile(loaded, 99), 3),
    };
  } finally {
    for (const c of conns) c.closeSync();
    inst.closeSync();
  }
}
