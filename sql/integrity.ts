// The database check of the coding's rows: codes and agency roles carry no declared foreign key
// (one index lookup per row was a third of the load time at 10,000 plans), so every writer asks
// the macro coded_orphans (sql/views/coded_orphans.sql) about the documents it wrote, in the same
// transaction, before committing.

import { listValue, type DuckDBConnection } from '@duckdb/node-api';

/** Throws, naming the first offending row, if a coded row of `ids` points outside its own document's passages. */
export async function checkCodedRows(conn: DuckDBConnection, ids: readonly string[]): Promise<void> {
  if (ids.length === 0) return;
  const [bad] = (await conn.runAndReadAll(
    'SELECT table_name, document_id, passage_id FROM coded_orphans($ids::VARCHAR[]) ORDER BY document_id, table_name, passage_id LIMIT 1',
    { ids: listValue([...ids]) },
  )).getRowObjectsJson();
  if (bad) {
    throw new Error(`${bad.table_name} of document ${bad.document_id} point to passage ${bad.passage_id}, which is not one of its passages`);
  }
}
