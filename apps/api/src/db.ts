// The server's DuckDB: one instance per process, a few reader connections opened once and reused
// (never per request), a couple more lent to one export stream at a time, and — when uploads are
// on — one writer that runs ingest jobs one at a time, and refreshes the pre-aggregated views
// after them, while readers keep being served (DuckDB's MVCC: readers see the last committed state).

import { DuckDBInstance, type DuckDBConnection, type DuckDBValue } from '@duckdb/node-api';
import { applySchema, refreshAggregates } from '@cchc/sql';
import { createPool } from './connection-pool.ts';

export type Row = Record<string, unknown>;
export type Params = Record<string, DuckDBValue> | DuckDBValue[];

export interface ReadDb {
  /** Runs a parameterized query and returns rows as JSON-safe objects. */
  query(sql: string, params?: Params): Promise<Row[]>;
  /**
   * Streams a query's rows chunk by chunk (DuckDB's vectors, 2,048 rows at most) from one
   * snapshot. Optional: a database without it is read in LIMIT/OFFSET pages (v1/pages.ts).
   */
  stream?(sql: string, params?: Params): AsyncGenerator<Row[], void, undefined>;
  close(): void;
}

export interface ServerDb extends ReadDb {
  path: string;
  writable: boolean;
  stream(sql: string, params?: Params): AsyncGenerator<Row[], void, undefined>;
  /** Runs `fn` on the single writer connection, after every earlier write has finished. */
  write<T>(fn: (conn: DuckDBConnection) => Promise<T>): Promise<T>;
  /** Calls `listener` after every write and every refresh of the pre-aggregated views. */
  onChange?(listener: () => void): void;
  /** Resolves once the writer has nothing left to run (call before `close`: closing a connection under a running query hangs). */
  idle?(): Promise<void>;
}

const REFRESH_PAUSE_MS = 150;
const REFRESH_MAX_LAG_MS = 2_000;

/** Opens `path` read-only with `size` reusable connections (queries are spread round-robin). */
export async function openReadDb(path: string, size = 4): Promise<ReadDb> {
  return openServerDb(path, { writable: false, readers: size });
}

/**
 * Opens the database for the server; writable only when uploads are on. `readers` connections
 * answer queries round-robin; `streamers` more are each held by one stream (an export) for as
 * long as it lasts, later streams waiting for one to come free.
 */
export async function openServerDb(path: string, opts: { writable: boolean; readers?: number; streamers?: number }): Promise<ServerDb> {
  const instance = await DuckDBInstance.create(path, opts.writable ? {} : { access_mode: 'READ_ONLY' });
  const writer = opts.writable ? await instance.connect() : null;
  if (writer) {
    await applySchema(writer);
    await refreshAggregates(writer);
  }
  const conns: DuckDBConnection[] = [];
  for (let i = 0; i < (opts.readers ?? 4); i++) conns.push(await instance.connect());
  const streamConns: DuckDBConnection[] = [];
  for (let i = 0; i < (opts.streamers ?? 2); i++) streamConns.push(await instance.connect());
  const streamers = createPool(streamConns);
  let next = 0;
  let queue: Promise<unknown> = Promise.resolve();
  const listeners: Array<() => void> = [];
  const changed = () => {
    for (const l of listeners) l();
  };
  // The pre-aggregated views are refreshed by the writer after writes, once writes pause for
  // REFRESH_PAUSE_MS (a burst of uploads costs one refresh), and at most REFRESH_MAX_LAG_MS after
  // the first of them; uploads are answered without waiting for it.
  let timer: ReturnType<typeof setTimeout> | undefined;
  let dirtySince: number | undefined;
  const refresh = () => {
    timer = undefined;
    dirtySince = undefined;
    const run = queue.then(async () => {
      if (await refreshAggregates(writer!)) changed();
    });
    queue = run.catch((e: unknown) => console.error(`[db] refreshing the aggregates failed: ${e instanceof Error ? e.stack : String(e)}`));
  };
  const scheduleRefresh = () => {
    dirtySince ??= Date.now();
    clearTimeout(timer);
    timer = setTimeout(refresh, Math.max(0, Math.min(REFRESH_PAUSE_MS, dirtySince + REFRESH_MAX_LAG_MS - Date.now())));
    timer.unref?.();
  };
  return {
    path,
    writable: opts.writable,
    async query(sql, params) {
      const conn = conns[next++ % conns.length]!;
      const reader = await conn.runAndReadAll(sql, params as never);
      return reader.getRowObjectsJson() as Row[];
    },
    async *stream(sql, params) {
      const conn = await streamers.acquire();
      let finished = false;
      try {
        const result = await conn.stream(sql, params as never);
        for await (const rows of result.yieldRowObjectJson()) yield rows as Row[];
        finished = true;
      } finally {
        // A stream left part-read (the client went away) would hold its transaction open until
        // the connection's next query: end it now.
        if (!finished) conn.interrupt();
        streamers.release(conn);
      }
    },
    write(fn) {
      if (!writer) return Promise.reject(new Error('database opened read-only'));
      const run = queue.then(() => fn(writer));
      queue = run.catch(() => undefined);
      const after = () => {
        changed();
        scheduleRefresh();
      };
      void run.then(after, after);
      return run;
    },
    onChange(listener) {
      listeners.push(listener);
    },
    async idle() {
      // a refresh waiting for writes to pause runs now: a reader opened next sees fresh tables
      if (timer !== undefined) {
        clearTimeout(timer);
        refresh();
      }
      let seen: Promise<unknown> | undefined;
      while (seen !== queue) {
        seen = queue;
        await queue;
      }
    },
    close() {
      clearTimeout(timer);
      for (const c of [...conns, ...streamConns]) c.closeSync();
      writer?.closeSync();
      instance.closeSync();
    },
  };
}
