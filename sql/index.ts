// The SQL package: the schema and views as files, and the one place that applies them.

import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { basename, join } from 'node:path';
import type { DuckDBConnection } from '@duckdb/node-api';

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
 * progress; then every remaining file is named with its error.
 */
export async function applySchema(conn: DuckDBConnection): Promise<void> {
  await conn.run(schemaSql());
  let pending = viewFiles().map((f) => ({ file: f, sql: readFileSync(f, 'utf8') }));
  while (pending.length > 0) {
    const failed: Array<{ file: string; sql: string; error: unknown }> = [];
    for (const v of pending) {
      try {
        await conn.run(v.sql);
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

/** Quotes an identifier that comes from a whitelist; throws for anything not in it. */
export function quoteIdent(name: string, whitelist: readonly string[]): string {
  if (!whitelist.includes(name)) throw new Error(`identifier not allowed: ${name}`);
  return `"${name.replace(/"/g, '""')}"`;
}
