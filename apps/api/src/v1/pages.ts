// Reading a query for an export: streamed chunk by chunk from one snapshot when the database can
// (ReadDb.stream), else in LIMIT/OFFSET pages; never more than one chunk or page in memory. Every
// endpoint's query has a total ORDER BY, so pages are disjoint and complete.

import type { ReadDb, Row } from '../db.ts';
import type { Query } from './filters.ts';

export const EXPORT_PAGE = 5_000;
export const EXPORT_MAX = 1_000_000;

/** One page of a query. */
export function page(db: ReadDb, q: Query, limit: number, offset: number): Promise<Row[]> {
  return db.query(`${q.sql}\nLIMIT $page_limit OFFSET $page_offset`, { ...q.params, page_limit: limit, page_offset: offset });
}

/** Number of rows a query returns. */
export async function total(db: ReadDb, q: Query): Promise<number> {
  const [r] = await db.query(`SELECT count(*)::INTEGER AS n FROM (${q.sql}) AS counted`, q.params);
  return Number(r?.n ?? 0);
}

/**
 * The rows from `offset`, `limit` of them at most (all, up to EXPORT_MAX, when undefined): one
 * query streamed in DuckDB's chunks, or page by page (`pageSize`) on a database that cannot stream.
 */
export async function* pages(
  db: ReadDb,
  q: Query,
  opts: { offset?: number; limit?: number; pageSize?: number } = {},
): AsyncGenerator<Row[]> {
  const limit = Math.min(opts.limit ?? EXPORT_MAX, EXPORT_MAX);
  if (db.stream) {
    // One query, not one per page: no re-sorting for every page, and no page read after a write
    // that another page did not see.
    yield* db.stream(`${q.sql}\nLIMIT $page_limit OFFSET $page_offset`, { ...q.params, page_limit: limit, page_offset: opts.offset ?? 0 });
    return;
  }
  const size = opts.pageSize ?? EXPORT_PAGE;
  const end = (opts.offset ?? 0) + limit;
  for (let at = opts.offset ?? 0; at < end; at += size) {
    const rows = await page(db, q, Math.min(size, end - at), at);
    if (rows.length > 0) yield rows;
    if (rows.length < Math.min(size, end - at)) return;
  }
}
