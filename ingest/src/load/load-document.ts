// Loads one parsed document into DuckDB as one transaction: all its rows or none. The rows of each
// table are described once (`DOCUMENT_TABLES`), for this loader and the batched one.

import { LIST, VARCHAR, listValue, timestampValue, type DuckDBAppender, type DuckDBConnection } from '@duckdb/node-api';
import { checkCodedRows } from '@cchc/sql';
import type { ParsedDocument } from '../model.ts';
import { fold } from '../text/fold.ts';

const VARCHAR_LIST = LIST(VARCHAR);

export type LoadOutcome = 'ingested' | 'duplicate' | 'rejected';

/** A parsed document, optionally with its passages' folded text already computed (by a parse worker). */
export type LoadableDocument = ParsedDocument & { passagesFolded?: readonly string[] };

/** What every row of one load shares. */
export interface LoadContext {
  modelVersion: string;
  now: Date;
}

/** One table's rows for a document: `write` appends them all (with `endRow`) to `a`. */
export interface TableRows<D = LoadableDocument> {
  table: string;
  /** Whether the document has rows here (no appender is opened for none). */
  has(doc: D): boolean;
  write(a: DuckDBAppender, doc: D, ctx: LoadContext): void;
}

/** The part of a document the codebook-dependent tables read. */
export type CodedDocument = Pick<ParsedDocument, 'id' | 'codes' | 'agency_roles' | 'annex_rows'>;

function str(a: DuckDBAppender, v: string | null | undefined): void {
  if (v === null || v === undefined) a.appendNull();
  else a.appendVarchar(v);
}

function int(a: DuckDBAppender, v: number | null | undefined): void {
  if (v === null || v === undefined) a.appendNull();
  else a.appendInteger(v);
}

const pid = (doc: { id: string }, seq: number) => `${doc.id}:${seq}`;

/** A table fed by one list of the document, one row per element. */
function listTable<T, D = LoadableDocument>(table: string, list: (d: D) => readonly T[], row: (a: DuckDBAppender, r: T, d: D, i: number) => void): TableRows<D> {
  return {
    table,
    has: (d) => list(d).length > 0,
    write(a, d) {
      const rows = list(d);
      for (let i = 0; i < rows.length; i++) {
        row(a, rows[i]!, d, i);
        a.endRow();
      }
    },
  };
}

const toMicros = (d: Date) => timestampValue(BigInt(d.getTime()) * 1000n);

/** The rows that depend on the codebook: annex rows with their agency ids, codes, agency roles. */
export const CODED_TABLES: readonly TableRows<CodedDocument>[] = [
  listTable('annex_rows', (d: CodedDocument) => d.annex_rows, (a, r, d) => {
    str(a, d.id); str(a, pid(d, r.passageSeq)); str(a, r.row_no); str(a, r.form); str(a, r.content); str(a, r.time);
    str(a, r.lead_text); str(a, r.coordinate_text); a.appendList(listValue(r.lead), VARCHAR_LIST); a.appendList(listValue(r.coordinate), VARCHAR_LIST);
  }),
  listTable('codes', (d: CodedDocument) => d.codes, (a, c, d) => {
    str(a, d.id); str(a, pid(d, c.passageSeq)); str(a, c.dimension); str(a, c.id); str(a, c.via); str(a, c.rule);
    a.appendInteger(c.start); a.appendInteger(c.end);
  }),
  listTable('agency_roles', (d: CodedDocument) => d.agency_roles, (a, r, d) => {
    str(a, d.id); str(a, pid(d, r.passageSeq)); str(a, r.agency); str(a, r.role); str(a, r.rule);
    a.appendInteger(r.start); a.appendInteger(r.end);
  }),
];

/** Every table a document fills, parents before children (databases made before sql/schema.sql dropped its foreign keys still check them on flush). */
export const DOCUMENT_TABLES: readonly TableRows[] = [
  {
    table: 'documents',
    has: () => true,
    write(a, doc, ctx) {
      const d = doc.document;
      str(a, doc.id); str(a, doc.sourceName); str(a, doc.format); str(a, doc.encoding);
      a.appendBigInt(BigInt(doc.bytes)); str(a, doc.text); str(a, d.title); str(a, d.province_code);
      int(a, d.year_from); int(a, d.year_to); str(a, d.doc_number); str(a, d.doc_symbol);
      str(a, d.decision_number); str(a, d.decision_date); str(a, d.issue_date); str(a, d.issuer);
      str(a, d.issuer_level); str(a, d.signer_name); str(a, d.signer_title);
      a.appendList(listValue(d.recipients), VARCHAR_LIST); a.appendInteger(doc.passages.length);
      str(a, ctx.modelVersion); a.appendTimestamp(toMicros(ctx.now));
      a.endRow();
    },
  },
  listTable('document_facts', (d) => Object.entries(d.document.provenance), (a, [fact, p], d) => {
    str(a, d.id); str(a, fact); str(a, p.source); a.appendDouble(p.confidence); int(a, p.start); int(a, p.end);
  }),
  listTable('sections', (d) => d.sections, (a, s, d) => {
    str(a, d.id); str(a, s.path); str(a, s.parent); a.appendInteger(s.level); str(a, s.label);
    str(a, s.heading); str(a, s.kind); a.appendInteger(s.start); a.appendInteger(s.end);
  }),
  listTable('passages', (d) => d.passages, (a, p, d, i) => {
    str(a, pid(d, p.seq)); str(a, d.id); a.appendInteger(p.seq); str(a, p.sectionPath); str(a, p.kind);
    str(a, p.block); str(a, p.heading); str(a, p.text); str(a, d.passagesFolded?.[i] ?? fold(p.text));
    a.appendInteger(p.start); a.appendInteger(p.end);
  }),
  listTable('legal_refs', (d) => d.legal_refs, (a, r, d) => {
    str(a, d.id); str(a, pid(d, r.passageSeq)); str(a, r.doc_type); str(a, r.number); str(a, r.date);
    str(a, r.issuer_level); a.appendInteger(r.start); a.appendInteger(r.end);
  }),
  listTable('indices', (d) => d.indices, (a, r, d) => {
    str(a, d.id); str(a, pid(d, r.passageSeq)); str(a, r.index_id); str(a, r.target); a.appendInteger(r.start); a.appendInteger(r.end);
  }),
  listTable('deadlines', (d) => d.deadlines, (a, r, d) => {
    str(a, d.id); str(a, pid(d, r.passageSeq)); str(a, r.text); str(a, r.normalized); a.appendInteger(r.start); a.appendInteger(r.end);
  }),
  listTable('targets', (d) => d.targets, (a, r, d) => {
    str(a, d.id); str(a, pid(d, r.passageSeq)); str(a, r.text); a.appendDouble(r.count); str(a, r.unit); str(a, r.period);
    a.appendInteger(r.start); a.appendInteger(r.end);
  }),
  listTable('budget_sources', (d) => d.budget_sources, (a, r, d) => {
    str(a, d.id); str(a, pid(d, r.passageSeq)); str(a, r.source); a.appendInteger(r.start); a.appendInteger(r.end);
  }),
  ...CODED_TABLES,
];

/**
 * Appends the rows of `docs` table by table, parents first, one appender per table flushed before
 * the next table starts (so an old database's foreign keys always find the parent). No transaction here.
 */
export async function appendTables<D>(conn: DuckDBConnection, tables: readonly TableRows<D>[], docs: readonly D[], ctx: LoadContext): Promise<void> {
  for (const t of tables) {
    if (!docs.some((d) => t.has(d))) continue;
    const a = await conn.createAppender(t.table);
    try {
      for (const d of docs) t.write(a, d, ctx);
      a.flushSync();
    } catch (e) {
      try {
        a.clear();
        a.closeSync();
      } catch {
        // the transaction is aborted: closing fails too, and would hide the first error
      }
      throw e;
    }
    a.closeSync();
  }
}

/** Whether a document with this id is already loaded. */
export async function hasDocument(conn: DuckDBConnection, id: string): Promise<boolean> {
  const r = await conn.runAndReadAll('SELECT 1 FROM documents WHERE id = $1', [id]);
  return r.currentRowCount > 0;
}

/** Records a refused file (once per content hash). */
export async function recordRejected(
  conn: DuckDBConnection,
  r: { id: string; sourceName: string; code: string; reason: string; bytes: number },
  now: Date,
): Promise<void> {
  await conn.run(
    'INSERT INTO rejected VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT (id) DO NOTHING',
    [r.id, r.sourceName, r.code, r.reason, r.bytes, toMicros(now)],
  );
}

/**
 * Inserts a parsed plan and every row that hangs off it, in one transaction; `beforeCommit` runs
 * in that transaction after the rows are in (an upload refreshes the aggregates there).
 */
export async function loadDocument(
  conn: DuckDBConnection, doc: LoadableDocument, modelVersion: string, now: Date,
  beforeCommit?: (conn: DuckDBConnection) => Promise<unknown>,
): Promise<void> {
  await conn.run('BEGIN TRANSACTION');
  try {
    await appendTables(conn, DOCUMENT_TABLES, [doc], { modelVersion, now });
    await checkCodedRows(conn, [doc.id]);
    await beforeCommit?.(conn);
    await conn.run('COMMIT');
  } catch (e) {
    await conn.run('ROLLBACK');
    throw e;
  }
}

/** The rows that depend on the codebook: codes, agency roles, annex rows with their agency ids. */
export async function loadCodedRows(conn: DuckDBConnection, doc: CodedDocument): Promise<void> {
  await appendTables(conn, CODED_TABLES, [doc], { modelVersion: '', now: new Date(0) });
}
