// Opening the DuckDB file and preparing it: schema, views, province reference rows.

import { DuckDBInstance, type DuckDBConnection } from '@duckdb/node-api';
import { applySchema } from '@cchc/sql';
import { loadProvinces } from '../facts/provinces.ts';
import { fold } from '../text/fold.ts';

export interface Database {
  instance: DuckDBInstance;
  conn: DuckDBConnection;
  close(): void;
}

/** Opens (creating if needed) a database file read-write and applies the schema. */
export async function openDatabase(path: string): Promise<Database> {
  const instance = await DuckDBInstance.create(path);
  const conn = await instance.connect();
  await applySchema(conn);
  await loadProvinceRows(conn);
  return {
    instance,
    conn,
    close() {
      conn.closeSync();
      instance.closeSync();
    },
  };
}

/** Inserts the 63 provinces once; later runs leave them as they are. */
async function loadProvinceRows(conn: DuckDBConnection): Promise<void> {
  const n = await conn.runAndReadAll('SELECT count(*)::INTEGER AS n FROM provinces');
  if (Number(n.getRowObjectsJson()[0]?.n ?? 0) > 0) return;
  await conn.run('BEGIN TRANSACTION');
  try {
    for (const p of loadProvinces()) {
      await conn.run(
        'INSERT INTO provinces VALUES ($1, $2, $3, $4, string_split($5, $6), $7, $8)',
        [p.code, p.name, p.kind, p.region, p.aliases.join('|'), '|', p.merged_2025_into, fold(p.name)],
      );
    }
    await conn.run('COMMIT');
  } catch (e) {
    await conn.run('ROLLBACK');
    throw e;
  }
}
