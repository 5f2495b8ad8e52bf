import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openServerDb, type ServerDb } from './db.ts';

const RANGE = 'SELECT i::INTEGER AS i FROM range($n) t(i) ORDER BY i';

const opened: Array<{ db: ServerDb; dir: string }> = [];

async function open(streamers?: number): Promise<ServerDb> {
  const dir = mkdtempSync(join(tmpdir(), 'cchc-db-'));
  const db = await openServerDb(join(dir, 'db.duckdb'), { writable: true, readers: 2, streamers });
  opened.push({ db, dir });
  return db;
}

afterEach(() => {
  for (const { db, dir } of opened.splice(0)) {
    db.close();
    rmSync(dir, { recursive: true, force: true });
  }
});

describe('streaming a query', () => {
  it('yields 100,000 rows in chunks of at most 2,048, in order', async () => {
    const db = await open();
    let n = 0;
    let chunks = 0;
    for await (const rows of db.stream(RANGE, { n: 100_000 })) {
      expect(rows.length).toBeLessThanOrEqual(2048);
      expect(rows[0]!.i).toBe(n);
      n += rows.length;
      chunks++;
    }
    expect(n).toBe(100_000);
    expect(chunks).toBeGreaterThanOrEqual(49);
  });

  it('is not cut short by queries answered while it is read', async () => {
    const db = await open();
    let n = 0;
    for await (const rows of db.stream(RANGE, { n: 20_000 })) {
      n += rows.length;
      // every reader connection gets a query between two chunks
      await Promise.all([db.query('SELECT 1 AS x'), db.query('SELECT 2 AS x'), db.query('SELECT 3 AS x')]);
    }
    expect(n).toBe(20_000);
  });

  it('holds its connection until it ends, later streams waiting their turn', async () => {
    const db = await open(1);
    const first = db.stream(RANGE, { n: 10_000 });
    expect((await first.next()).value).toHaveLength(2048);
    let secondStarted = false;
    const second = (async () => {
      let n = 0;
      for await (const rows of db.stream(RANGE, { n: 5_000 })) {
        secondStarted = true;
        n += rows.length;
      }
      return n;
    })();
    await new Promise((r) => setTimeout(r, 50));
    expect(secondStarted).toBe(false);
    // the reader connections still answer meanwhile
    expect(await db.query('SELECT 42 AS x')).toEqual([{ x: 42 }]);
    // a client that stops reading gives the connection back
    await first.return(undefined);
    expect(await second).toBe(5_000);
  });

  it('gives the connection back when the query fails', async () => {
    const db = await open(1);
    await expect(db.stream('SELECT * FROM no_such_table').next()).rejects.toThrow(/no_such_table/);
    let n = 0;
    for await (const rows of db.stream(RANGE, { n: 3 })) n += rows.length;
    expect(n).toBe(3);
  });
});
