// Loads many parsed documents and refusals in one transaction: one appender per table for the
// whole batch instead of one per table per document. A batch commits whole or not at all, so no
// document is ever half loaded; on failure the batch is replayed one document per transaction,
// so the documents before the bad one are kept and the error names the bad one.

import type { DuckDBConnection } from '@duckdb/node-api';
import { appendTables, DOCUMENT_TABLES, loadDocument, recordRejected, type LoadableDocument } from './load-document.ts';

export type BatchEntry =
  | { kind: 'plan'; doc: LoadableDocument }
  | { kind: 'rejected'; id: string; sourceName: string; code: string; reason: string; bytes: number };

/** How far a batch got: every entry, or the first `loaded` ones and the error of the next. */
export type BatchResult = { loaded: number; error?: undefined } | { loaded: number; error: unknown };

/** Loads `entries` in one transaction; if that fails, one at a time until the first failure. */
export async function loadBatch(conn: DuckDBConnection, entries: readonly BatchEntry[], modelVersion: string, now: Date): Promise<BatchResult> {
  if (entries.length === 0) return { loaded: 0 };
  const docs = entries.flatMap((e) => (e.kind === 'plan' ? [e.doc] : []));
  await conn.run('BEGIN TRANSACTION');
  try {
    await appendTables(conn, DOCUMENT_TABLES, docs, { modelVersion, now });
    for (const e of entries) if (e.kind === 'rejected') await recordRejected(conn, e, now);
    await conn.run('COMMIT');
    return { loaded: entries.length };
  } catch {
    await conn.run('ROLLBACK');
  }
  for (let i = 0; i < entries.length; i++) {
    const e = entries[i]!;
    try {
      if (e.kind === 'plan') await loadDocument(conn, e.doc, modelVersion, now);
      else await recordRejected(conn, e, now);
    } catch (error) {
      return { loaded: i, error };
    }
  }
  return { loaded: entries.length };
}
