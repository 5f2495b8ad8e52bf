// The SQL package: the schema and views as files, and the one place that applies them.

import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { basename, join } from 'node:path';
import type { DuckDBConnection } from '@duckdb/node-api';
import { ensureTable, isMaterialized, viewStatement } from './aggregates.ts';
import { aggregatesFresh as fresh, refreshAggregates as refresh, type RefreshOptions } from './refresh-aggregates.ts';

export { MATERIALIZED, liveName } from './aggregates.ts';
export { markPending, INCREMENTAL_MAX, type RefreshOptions } from './refresh-aggregates.ts';
export { checkCodedRows } from './integrity.ts';

export const SQL_DIR = fileURLToPath(new URL('.', import.meta.url));

/** The schema's statements, in order. */
export function schemaSql(): string {
  return readFileSync(join(SQL_DIR, 'schema.sql'), 'utf8');
}

/** View files, sorted by name (one view per file, file name = view name). */
export function viewFiles(): string[] {
  const dir = join(SQL_DIR, 'views');
  if (!existsSync(dir)) return [];
  return readdirSync(dir).filter((f) => f.endsWith('.sql')).sort().map((f) => join(dir, f));
}

/**
 * Applies the schema and (re)creates every view. Idempotent. Views build on views by name, and
 * DuckDB binds a view when it is created, so files are applied in rounds: a file that fails
 * (its dependencies are not there yet) is retried in the next round, until a round makes no
 * progress; then every remaining file is named with its error. A materialized view (aggregates.ts)
 * is created as `<name>_live` beside its table `<name>`, which `refreshAggregates` fills.
 */
export async function applySchema(conn: DuckDBConnection): Promise<void> {
  await conn.run(schemaSql());
  let pending = viewFiles().map((f) => ({ file: f, name: basename(f, '.sql'), sql: readFileSync(f, 'utf8') }));
  while (pending.length > 0) {
    const failed: Array<{ file: string; name: string; sql: string; error: unknown }> = [];
    for (const v of pending) {
      try {
        await conn.run(viewStatement(v.name, v.sql));
        if (isMaterialized(v.name)) await ensureTable(conn, v.name);
      } catch (error) {
        failed.push({ ...v, error });
      }
    }
    if (failed.length === pending.length) {
      const why = failed.map((f) => `${basename(f.file)}: ${f.error instanceof Error ? f.error.message : String(f.error)}`);
      throw new Error(`cannot create views:\n${why.join('\n')}`, { cause: failed[0]!.error });
    }
    pending = failed;
  }
}

/**
 * Brings the materialized views' tables up to date with the loaded rows and the view files (a
 * no-op when nothing changed): in place for a few added documents, by a rebuild otherwise; in its
 * own transaction unless `transaction: false`. Run by the writer after it writes.
 */
export async function refreshAggregates(conn: DuckDBConnection, opts: RefreshOptions = {}): Promise<boolean> {
  return refresh(conn, viewText(), opts);
}

/** Whether the materialized views' tables are up to date with the loaded rows and view files. */
export async function aggregatesFresh(conn: DuckDBConnection): Promise<boolean> {
  return fresh(conn, viewText());
}

const viewText = () => viewFiles().map((f) => readFileSync(f, 'utf8')).join('\n');

/** Quotes an identifier that comes from a whitelist; throws for anything not in it. */
export function quoteIdent(name: string, whitelist: readonly string[]): string {
  if (!whitelist.includes(name)) throw new Error(`identifier not allowed: ${name}`);
  return `"${name.replace(/"/g, '""')}"`;
}
