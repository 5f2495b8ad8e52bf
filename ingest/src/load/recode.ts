// Re-coding: a loaded document whose rows were made with another codebook gets new codes, agency
// roles and annex agency ids, in one transaction, without touching its passages.

import type { DuckDBConnection } from '@duckdb/node-api';
import { checkCodedRows } from '@cchc/sql';
import type { ParsedDocument } from '../model.ts';
import { loadCodedRows } from './load-document.ts';

/** The model version a loaded document was made with, or null when it is not loaded. */
export async function storedModelVersion(conn: DuckDBConnection, id: string): Promise<string | null> {
  const r = await conn.runAndReadAll('SELECT model_version FROM documents WHERE id = $1', [id]);
  const row = r.getRowObjectsJson()[0];
  return row ? String(row.model_version) : null;
}

/**
 * Replaces a loaded document's codebook-dependent rows (codes, agency roles, annex rows) with a
 * new coding of the same passages, and its model version, in one transaction. (DuckDB refuses to
 * delete a parent row and its children in one transaction, so passages are never replaced here:
 * a parser change needs `cchc ingest --rebuild`.)
 */
export async function recodeDocument(conn: DuckDBConnection, doc: Pick<ParsedDocument, 'id' | 'codes' | 'agency_roles' | 'annex_rows'>, modelVersion: string): Promise<void> {
  await conn.run('BEGIN TRANSACTION');
  try {
    for (const table of ['codes', 'agency_roles', 'annex_rows']) await conn.run(`DELETE FROM ${table} WHERE document_id = $1`, [doc.id]);
    await loadCodedRows(conn, doc);
    await checkCodedRows(conn, [doc.id]);
    await conn.run('UPDATE documents SET model_version = $2 WHERE id = $1', [doc.id, modelVersion]);
    await conn.run('COMMIT');
  } catch (e) {
    await conn.run('ROLLBACK');
    throw e;
  }
}
