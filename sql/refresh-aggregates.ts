// Keeping the pre-aggregated views' tables (aggregates.ts) equal to their live views. `meta` holds
// the fingerprint of the rows they were computed from, and the documents added since ("pending":
// an upload records its id in its own transaction and leaves the refresh to the writer, after
// answering). A refresh with few pending documents, and tables fresh but for them, updates their
// plans, unit-years and region-years in place; anything else rebuilds every table.

import { createHash } from 'node:crypto';
import { listValue, type DuckDBConnection, type DuckDBValue } from '@duckdb/node-api';
import { liveName, MATERIALIZED } from './aggregates.ts';

/** More pending documents than this are cheaper to take in with one rebuild. */
export const INCREMENTAL_MAX = 64;

export interface RefreshOptions {
  /** Rebuild every table even if nothing changed. */
  force?: boolean;
  /** Run in the caller's transaction instead of an own one. */
  transaction?: boolean;
  /** Documents the caller just added, beside those recorded as pending. */
  added?: readonly string[];
}

/**
 * What the tables were computed from: which views are tables, their definitions, every column of every document but
 * its text (an edited year range changes the aggregates), and row counts; `without` leaves out
 * some documents' rows.
 */
async function fingerprint(conn: DuckDBConnection, viewSql: string, without: readonly string[] = []): Promise<string> {
  const keep = without.length ? 'WHERE NOT list_contains($without, document_id)' : '';
  const [r] = (await conn.runAndReadAll(`SELECT concat_ws(':',
      (SELECT count(*) FROM documents ${keep.replace('document_id', 'id')}),
      (SELECT coalesce(sum(hash(struct_pack(*COLUMNS(* EXCLUDE (text))))), 0) FROM documents ${keep.replace('document_id', 'id')}),
      (SELECT count(*) FROM passages ${keep}), (SELECT count(*) FROM codes ${keep}), (SELECT count(*) FROM agency_roles ${keep}),
      (SELECT count(*) FROM provinces)) AS f`, without.length ? { without: listValue([...without]) } : undefined)).getRowObjectsJson();
  const definitions = createHash('sha256').update(JSON.stringify(MATERIALIZED)).update(viewSql).digest('hex').slice(0, 16);
  return `${definitions}|${String(r?.f)}`;
}

async function metaValue(conn: DuckDBConnection, key: string): Promise<string | undefined> {
  const [r] = (await conn.runAndReadAll('SELECT value FROM meta WHERE key = $k', { k: key })).getRowObjectsJson();
  return r ? String(r.value) : undefined;
}

const setMeta = (conn: DuckDBConnection, key: string, value: string) =>
  conn.run('INSERT OR REPLACE INTO meta VALUES ($k, $v)', { k: key, v: value });

/** Records that document `id` (written in the caller's transaction) is not in the tables yet. */
export async function markPending(conn: DuckDBConnection, id: string): Promise<void> {
  const pending = await metaValue(conn, 'aggregates_pending');
  await setMeta(conn, 'aggregates_pending', pending ? `${pending},${id}` : id);
}

/** Whether the tables were computed from the rows as they are now. */
export async function aggregatesFresh(conn: DuckDBConnection, viewSql: string): Promise<boolean> {
  return (await metaValue(conn, 'aggregates')) === (await fingerprint(conn, viewSql));
}

/** Every table from its live view. */
async function rebuild(conn: DuckDBConnection): Promise<void> {
  for (const m of MATERIALIZED) {
    await conn.run(`CREATE OR REPLACE TABLE ${m.name} AS SELECT * FROM ${liveName(m.name)}${m.order ? ` ORDER BY ${m.order}` : ''}`);
  }
}

/** Whether the corpus-wide tables (the category list) still equal their live views. */
async function corpusUnchanged(conn: DuckDBConnection): Promise<boolean> {
  for (const m of MATERIALIZED.filter((x) => x.grain === 'corpus')) {
    const [r] = (await conn.runAndReadAll(`SELECT (SELECT count(*) FROM (FROM ${m.name} EXCEPT FROM ${liveName(m.name)}))
      + (SELECT count(*) FROM (FROM ${liveName(m.name)} EXCEPT FROM ${m.name})) AS n`)).getRowObjectsJson();
    if (Number(r?.n) !== 0) return false;
  }
  return true;
}

/**
 * Updates the tables for the added documents `ids`: their own plan rows, then the unit-years and
 * region-years they count in. Returns false, having changed nothing a rebuild does not redo, when
 * the category list changes (a new id: every plan then gains a row for it).
 */
async function update(conn: DuckDBConnection, ids: readonly string[]): Promise<boolean> {
  const doc = { ids: listValue([...ids]) };
  const replace = async (name: string, where: string, params: Record<string, DuckDBValue>) => {
    await conn.run(`DELETE FROM ${name} WHERE ${where}`, params);
    await conn.run(`INSERT INTO ${name} SELECT * FROM ${liveName(name)} WHERE ${where}`, params);
  };
  for (const m of MATERIALIZED.filter((x) => x.grain === 'plan')) {
    await replace(m.name, 'list_contains($ids, document_id)', doc);
    if (m.name === 'category_passages' && !(await corpusUnchanged(conn))) return false;
  }
  // Bound equalities, one key at a time, so DuckDB pushes them below the views' GROUP BY and window.
  const units = (await conn.runAndReadAll('SELECT DISTINCT units, unit_code, unit_region FROM unit_plans WHERE list_contains($ids, document_id)', doc)).getRowObjectsJson();
  for (const m of MATERIALIZED.filter((x) => x.grain === 'unit')) {
    for (const u of units) await replace(m.name, 'units = $units AND unit_code = $code', { units: String(u.units), code: String(u.unit_code) });
  }
  const regions = [...new Set(units.map((u) => `${u.units}|${u.unit_region}`))].map((r) => r.split('|') as [string, string]);
  for (const m of MATERIALIZED.filter((x) => x.grain === 'region')) {
    for (const [units, region] of regions) await replace(m.name, 'units = $units AND region = $region', { units, region });
  }
  return true;
}

/**
 * Brings the tables up to date: in place for a few pending documents if the tables were fresh but
 * for them, by a rebuild otherwise, not at all if nothing changed. `viewSql` is the text of the
 * view files. Readers see the old tables until the transaction commits. Returns whether it wrote.
 */
export async function refreshAggregates(conn: DuckDBConnection, viewSql: string, opts: RefreshOptions = {}): Promise<boolean> {
  const stored = await metaValue(conn, 'aggregates');
  const recorded = await metaValue(conn, 'aggregates_pending');
  const pending = [...new Set([...(recorded ? recorded.split(',') : []), ...(opts.added ?? [])])];
  if (!opts.force && pending.length === 0 && stored === (await fingerprint(conn, viewSql))) return false;
  const own = opts.transaction !== false;
  if (own) await conn.run('BEGIN TRANSACTION');
  try {
    const inPlace = !opts.force && pending.length > 0 && pending.length <= INCREMENTAL_MAX
      && stored === (await fingerprint(conn, viewSql, pending));
    if (!inPlace || !(await update(conn, pending))) await rebuild(conn);
    await setMeta(conn, 'aggregates', await fingerprint(conn, viewSql));
    await conn.run(`DELETE FROM meta WHERE key = 'aggregates_pending'`);
    if (own) await conn.run('COMMIT');
  } catch (e) {
    if (own) await conn.run('ROLLBACK');
    throw e;
  }
  return true;
}
