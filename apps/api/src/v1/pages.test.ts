import { describe, expect, it } from 'vitest';
import type { ReadDb, Row } from '../db.ts';
import { EXPORT_PAGE, pages } from './pages.ts';

/** A fake database of `n` rows that records the page sizes asked for. */
function fakeDb(n: number) {
  const asked: number[] = [];
  const db: ReadDb = {
    async query(_sql, params) {
      const p = params as Record<string, number>;
      const from = p.page_offset ?? 0;
      const size = Math.max(0, Math.min(p.page_limit ?? 0, n - from));
      asked.push(p.page_limit ?? 0);
      return Array.from({ length: size }, (_, i): Row => ({ i: from + i }));
    },
    close() {},
  };
  return { db, asked };
}

describe('pages', () => {
  it('reads 100,000 rows in pages, never holding more than one page', async () => {
    const { db, asked } = fakeDb(100_000);
    let rows = 0;
    let last = -1;
    for await (const batch of pages(db, { sql: 'SELECT 1', params: {} })) {
      expect(batch.length).toBeLessThanOrEqual(EXPORT_PAGE);
      expect(batch[0]!.i).toBe(last + 1);
      last = batch[batch.length - 1]!.i as number;
      rows += batch.length;
    }
    expect(rows).toBe(100_000);
    expect(Math.max(...asked)).toBe(EXPORT_PAGE);
  });

  it('honours offset and limit', async () => {
    const { db } = fakeDb(10_000);
    const got: number[] = [];
    for await (const batch of pages(db, { sql: 'SELECT 1', params: {} }, { offset: 1_999, limit: 3, pageSize: 2 })) got.push(...batch.map((r) => r.i as number));
    expect(got).toEqual([1999, 2000, 2001]);
  });
});
