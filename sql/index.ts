// The SQL package: the schema and views as files, and the one place that applies them.

import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import type { DuckDBConnection } from '@duckdb/node-api';

export const SQL_DIR = fileURLToPath(new URL('.', import.meta.url));

/** The schema's statements, in order. */
export function schemaSql(): string {
  return readFileSync(join(SQL_DIR, 'schema.sql'), 'utf8');
}

/** View files in dependency order (file names sort so that views build on earlier ones). */
export function viewFiles(): string[] {
  const dir = join(SQL_DIR, 'views');
  if (!existsSync(dir)) return [];
  return readdirSync(dir).filter((f) => f.endsWith('.sql')).sort().map((f) => join(dir, f));
}

/** Applies the schema and (re)creates every view. Idempotent. */
export async function applySchema(conn: DuckDBConnection): Promise<void> {
  await conn.run(schemaSql());
  for (const f of viewFiles()) await conn.run(readFileSync(f, 'utf8'));
}

/** Quotes an identifier that comes from a whitelist; throws for anything not in it. */
export function quoteIdent(name: string, whitelist: readonly string[]): string {
  if (!whitelist.includes(name)) throw new Error(`identifier not allowed: ${name}`);
  return `"${name.replace(/"/g, '""')}"`;
}
