// The pre-aggregated views (sql/aggregates.ts): tables equal to their live views after a bulk
// ingest, after uploads (recorded as pending) were taken in place, and no refresh when nothing changed.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DuckDBInstance, type DuckDBConnection } from '@duckdb/node-api';
import { afterAll, describe, expect, it } from 'vitest';
import { ingestBytes, ingestFiles } from '../ingest/src/ingest-files.ts';
import { aggregatesFresh, liveName, MATERIALIZED, refreshAggregates } from '../sql/index.ts';
import { PLAN_FILES, tempDir } from './helpers/corpus.ts';

const tmp = tempDir('cchc-agg-');
afterAll(() => tmp.cleanup());

/** Every row of a table or view, as sorted JSON lines (row order is not part of the contract). */
async function rowsOf(conn: DuckDBConnection, name: string): Promise<string[]> {
  const rows = (await conn.runAndReadAll(`SELECT * FROM ${name}`)).getRowObjectsJson();
  return rows.map((r) => JSON.stringify(r)).sort();
}

async function expectTablesEqualViews(conn: DuckDBConnection): Promise<void> {
  for (const m of MATERIALIZED) {
    const [table, live] = [await rowsOf(conn, m.name), await rowsOf(conn, liveName(m.name))];
    expect(table.length, m.name).toBe(live.length);
    expect(table, m.name).toEqual(live);
  }
}

describe('pre-aggregated views', () => {
  it('match their live views after a bulk ingest, and after uploads updated them in place', async () => {
    const dbPath = join(tmp.dir, 'agg.duckdb');
    await ingestFiles(PLAN_FILES.slice(0, 4), dbPath, { now: () => new Date('2026-01-01T00:00:00Z'), keepSources: false });
    const inst = await DuckDBInstance.create(dbPath);
    const conn = await inst.connect();
    try {
      expect(await aggregatesFresh(conn)).toBe(true);
      await expectTablesEqualViews(conn);
      // a plan of a fifth province, then a second plan for a unit-year that already has one
      const fifth = readFileSync(PLAN_FILES[4]!);
      const again = readFileSync(PLAN_FILES[1]!, 'utf8').replace(/\b(\d{2,4}) ?\/KH-UBND/, '9$1/KH-UBND');
      for (const [bytes, name] of [[fifth, 'fifth.txt'], [new TextEncoder().encode(again), 'again.txt']] as const) {
        const o = await ingestBytes(conn, bytes, name, { now: new Date('2026-01-02T00:00:00Z') });
        expect(o.status, name).toBe('ingested');
        expect(await aggregatesFresh(conn), name).toBe(false);
        expect((await conn.runAndReadAll(`SELECT value FROM meta WHERE key = 'aggregates_pending'`)).getRowObjectsJson()).toEqual([{ value: o.id }]);
        expect(await refreshAggregates(conn)).toBe(true);
        expect(await aggregatesFresh(conn), name).toBe(true);
        await expectTablesEqualViews(conn);
      }
      expect(await refreshAggregates(conn)).toBe(false);
    } finally {
      conn.closeSync();
      inst.closeSync();
    }
  });
});
