// Pre-aggregated views: the views the API reads on every request that take seconds to compute at
// 10,000 plans are kept as tables of the same name. Their view file is created as `<name>_live`
// (same text, only the name changes) and refresh-aggregates.ts fills each table from it, bottom
// up, so each level is computed from the tables below it.

import type { DuckDBConnection } from '@duckdb/node-api';

/** How the rows of a materialized view are keyed for an incremental refresh. */
export type Grain = 'corpus' | 'plan' | 'unit' | 'region';

/**
 * Materialized views, bottom up, with the order their rows are stored in (zone maps prune on it).
 * Not unit_category_matrix: it is dense (every unit × year × category, plan or not), so storing it
 * costs more than computing the few units and years a request asks for from unit_year_change.
 */
export const MATERIALIZED: ReadonlyArray<{ name: string; grain: Grain; order?: string }> = [
  { name: 'category_passages', grain: 'plan', order: 'document_id' },
  // a few hundred rows, but read by every dense view: computing it scans category_passages
  { name: 'categories', grain: 'corpus' },
  { name: 'plan_units', grain: 'plan' },
  { name: 'plan_coverage', grain: 'plan', order: 'year_from, province_code' },
  { name: 'unit_year_coverage', grain: 'unit', order: 'units, scope, year, unit_code' },
  { name: 'unit_year_change', grain: 'unit', order: 'units, scope, year, unit_code' },
  { name: 'region_year_coverage', grain: 'region', order: 'units, scope, year' },
];

const NAMES = new Set(MATERIALIZED.map((m) => m.name));

export const liveName = (name: string) => `${name}_live`;

/** The statement that creates a view file's view: `<name>_live` for a materialized one. */
export function viewStatement(name: string, sql: string): string {
  if (!NAMES.has(name)) return sql;
  const header = `CREATE OR REPLACE VIEW ${name} AS`;
  if (!sql.includes(header)) throw new Error(`${name}.sql: expected "${header}"`);
  return sql.replace(header, `CREATE OR REPLACE VIEW ${liveName(name)} AS`);
}

/** Whether `name` is a table this module keeps. */
export const isMaterialized = (name: string) => NAMES.has(name);

/**
 * Makes `name` a table once its live view exists: an old database's view of that name is dropped,
 * and the table is created empty (the next refresh fills it); an existing table is left as it is.
 */
export async function ensureTable(conn: DuckDBConnection, name: string): Promise<void> {
  const kind = (await conn.runAndReadAll(
    `SELECT 'view' AS k FROM duckdb_views() WHERE view_name = $n AND NOT internal UNION ALL SELECT 'table' FROM duckdb_tables() WHERE table_name = $n`,
    { n: name },
  )).getRowObjectsJson()[0]?.k;
  if (kind === 'table') return;
  if (kind === 'view') await conn.run(`DROP VIEW ${name}`);
  await conn.run(`CREATE TABLE ${name} AS SELECT * FROM ${liveName(name)} LIMIT 0`);
  // an empty table is not up to date: the next refresh rebuilds
  await conn.run(`DELETE FROM meta WHERE key = 'aggregates'`);
}
