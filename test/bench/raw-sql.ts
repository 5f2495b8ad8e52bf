// The same SQL the API runs, straight into DuckDB (read-only, one connection), for the API/raw ratio.

import { DuckDBInstance } from '@duckdb/node-api';
import { percentile, round } from './percentiles.ts';

/** p50/p95 of running `sql` `n` times sequentially, rows read as objects like the API does. */
export async function measureRawSql(dbPath: string, sql: string, params: Record<string, unknown> = {}, n = 200): Promise<{ p50_ms: number; p95_ms: number }> {
  const inst = await DuckDBInstance.create(dbPath, { access_mode: 'READ_ONLY' });
  const conn = await inst.connect();
  const times: number[] = [];
  try {
    for (let i = 0; i < n; i++) {
      const t0 = performance.now();
      (await conn.runAndReadAll(sql, params as never)).getRowObjectsJson();
      times.push(performance.now() - t0);
    }
  } finally {
    conn.closeSync();
    inst.closeSync();
  }
  return { p50_ms: round(percentile(times, 50), 3), p95_ms: round(percentile(times, 95), 3) };
}
