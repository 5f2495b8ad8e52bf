// Read-only access to the DuckDB file: a few connections opened once and reused, never per request.

import { DuckDBInstance, type DuckDBConnection, type DuckDBValue } from '@duckdb/node-api';

export type Row = Record<string, unknown>;

export interface ReadDb {
  /** Runs a parameterized query and returns rows as JSON-safe objects. */
  query(sql: string, params?: Record<string, DuckDBValue> | DuckDBValue[]): Promise<Row[]>;
  close(): void;
}

/** Opens `path` read-only with `size` reusable connections (queries are spread round-robin). */
export async function openReadDb(path: string, size = 4): Promise<ReadDb> {
  const instance = await DuckDBInstance.create(path, { access_mode: 'READ_ONLY' });
  const conns: DuckDBConnection[] = [];
  for (let i = 0; i < size; i++) conns.push(await instance.connect());
  let next = 0;
  return {
    async query(sql, params) {
      const conn = conns[next++ % conns.length]!;
      const reader = await conn.runAndReadAll(sql, params as never);
      return reader.getRowObjectsJson() as Row[];
    },
    close() {
      for (const c of conns) c.closeSync();
      instance.closeSync();
    },
  };
}
