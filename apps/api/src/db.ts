// The server's DuckDB: one instance per process, a few reader connections opened once and reused
// (never per request), and — when uploads are on — one writer that runs ingest jobs one at a time
// while readers keep being served (DuckDB's MVCC: readers see the last committed state).

import { DuckDBInstance, type DuckDBConnection, type DuckDBValue } from '@duckdb/node-api';
import { applySchema } from '@cchc/sql';

export type Row = Record<string, unknown>;

export interface ReadDb {
  /** Runs a parameterized query and returns rows as JSON-safe objects. */
  query(sql: string, params?: Record<string, DuckDBValue> | DuckDBValue[]): Promise<Row[]>;
  close(): void;
}

export interface ServerDb extends ReadDb {
  path: string;
  writable: boolean;
  /** Runs `fn` on the single writer connection, after every earlier write has finished. */
  write<T>(fn: (conn: DuckDBConnection) => Promise<T>): Promise<T>;
}

/** Opens `path` read-only with `size` reusable connections (queries are spread round-robin). */
export async function openReadDb(path: string, size = 4): Promise<ReadDb> {
  return openServerDb(path, { writable: false, readers: size });
}

/** Opens the database for the server; writable only when uploads are on. */
export async function openServerDb(path: string, opts: { writable: boolean; readers?: number }): Promise<ServerDb> {
  const instance = await DuckDBInstance.create(path, opts.writable ? {} : { access_mode: 'READ_ONLY' });
  const writer = opts.writable ? await instance.connect() : null;
  if (writer) await applySchema(writer);
  const conns: DuckDBConnection[] = [];
  for (let i = 0; i < (opts.readers ?? 4); i++) conns.push(await instance.connect());
  let next = 0;
  let queue: Promise<unknown> = Promise.resolve();
  return {
    path,
    writable: opts.writable,
    async query(sql, params) {
      const conn = conns[next++ % conns.length]!;
      const reader = await conn.runAndReadAll(sql, params as never);
      return reader.getRowObjectsJson() as Row[];
    },
    write(fn) {
      if (!writer) return Promise.reject(new Error('database opened read-only'));
      const run = queue.then(() => fn(writer));
      queue = run.catch(() => undefined);
      return run;
    },
    close() {
      for (const c of conns) c.closeSync();
      writer?.closeSync();
      instance.closeSync();
    },
  };
}
