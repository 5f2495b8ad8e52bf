// Loads one parsed document into DuckDB as one transaction: all its rows or none.

import { LIST, VARCHAR, listValue, timestampValue, type DuckDBAppender, type DuckDBConnection } from '@duckdb/node-api';
import type { ParsedDocument } from '../model.ts';
import { fold } from '../text/fold.ts';

const VARCHAR_LIST = LIST(VARCHAR);

export type LoadOutcome = 'ingested' | 'duplicate' | 'rejected';

function str(a: DuckDBAppender, v: string | null | undefined): void {
  if (v === null || v === undefined) a.appendNull();
  else a.appendVarchar(v);
}

function int(a: DuckDBAppender, v: number | null | undefined): void {
  if (v === null || v === undefined) a.appendNull();
  else a.appendInteger(v);
}

async function append(conn: DuckDBConnection, table: string, rows: Array<(a: DuckDBAppender) => void>): Promise<void> {
  if (rows.length === 0) return;
  const a = await conn.createAppender(table);
  try {
    for (const row of rows) {
      row(a);
      a.endRow();
    }
    a.flushSync();
  } finally {
    a.closeSync();
  }
}

const toMicros = (d: Date) => timestampValue(BigInt(d.getTime()) * 1000n);

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

/** Inserts a parsed plan and every row that hangs off it, in one transaction. */
export async function loadDocument(conn: DuckDBConnection, doc: ParsedDocument, modelVersion: string, now: Date): Promise<void> {
  const d = doc.document;
  const pid = (seq: number) => `${doc.id}:${seq}`;
  await conn.run('BEGIN TRANSACTION');
  try {
    await append(conn, 'documents', [(a) => {
      str(a, doc.id); str(a, doc.sourceName); str(a, doc.format); str(a, doc.encoding);
      a.appendBigInt(BigInt(doc.bytes)); str(a, doc.text); str(a, d.title); str(a, d.province_code);
      int(a, d.year_from); int(a, d.year_to); str(a, d.doc_number); str(a, d.doc_symbol);
      str(a, d.decision_number); str(a, d.decision_date); str(a, d.issue_date); str(a, d.issuer);
      str(a, d.issuer_level); str(a, d.signer_name); str(a, d.signer_title);
      a.appendList(listValue(d.recipients), VARCHAR_LIST); a.appendInteger(doc.passages.length);
      str(a, modelVersion); a.appendTimestamp(toMicros(now));
    }]);
    await append(conn, 'document_facts', Object.entries(d.provenance).map(([fact, p]) => (a) => {
      str(a, doc.id); str(a, fact); str(a, p.source); a.appendDouble(p.confidence); int(a, p.start); int(a, p.end);
    }));
    await append(conn, 'sections', doc.sections.map((s) => (a) => {
      str(a, doc.id); str(a, s.path); str(a, s.parent); a.appendInteger(s.level); str(a, s.label);
      str(a, s.heading); str(a, s.kind); a.appendInteger(s.start); a.appendInteger(s.end);
    }));
    await append(conn, 'passages', doc.passages.map((p) => (a) => {
      str(a, pid(p.seq)); str(a, doc.id); a.appendInteger(p.seq); str(a, p.sectionPath); str(a, p.kind);
      str(a, p.block); str(a, p.heading); str(a, p.text); str(a, fold(p.text)); a.appendInteger(p.start); a.appendInteger(p.end);
    }));
    await append(conn, 'legal_refs', doc.legal_refs.map((r) => (a) => {
      str(a, doc.id); str(a, pid(r.passageSeq)); str(a, r.doc_type); str(a, r.number); str(a, r.date);
      str(a, r.issuer_level); a.appendInteger(r.start); a.appendInteger(r.end);
    }));
    await append(conn, 'indices', doc.indices.map((r) => (a) => {
      str(a, doc.id); str(a, pid(r.passageSeq)); str(a, r.index_id); str(a, r.target); a.appendInteger(r.start); a.appendInteger(r.end);
    }));
    await append(conn, 'deadlines', doc.deadlines.map((r) => (a) => {
      str(a, doc.id); str(a, pid(r.passageSeq)); str(a, r.text); str(a, r.normalized); a.appendInteger(r.start); a.appendInteger(r.end);
    }));
    await append(conn, 'targets', doc.targets.map((r) => (a) => {
      str(a, doc.id); str(a, pid(r.passageSeq)); str(a, r.text); a.appendDouble(r.count); str(a, r.unit); str(a, r.period);
      a.appendInteger(r.start); a.appendInteger(r.end);
    }));
    await append(conn, 'budget_sources', doc.budget_sources.map((r) => (a) => {
      str(a, doc.id); str(a, pid(r.passageSeq)); str(a, r.source); a.appendInteger(r.start); a.appendInteger(r.end);
    }));
    await loadCodedRows(conn, doc);
    await conn.run('COMMIT');
  } catch (e) {
    await conn.run('ROLLBACK');
    throw e;
  }
}

/** The rows that depend on the codebook: codes, agency roles, annex rows with their agency ids. */
export async function loadCodedRows(conn: DuckDBConnection, doc: Pick<ParsedDocument, 'id' | 'codes' | 'agency_roles' | 'annex_rows'>): Promise<void> {
  const pid = (seq: number) => `${doc.id}:${seq}`;
  await append(conn, 'annex_rows', doc.annex_rows.map((r) => (a) => {
    str(a, doc.id); str(a, pid(r.passageSeq)); str(a, r.row_no); str(a, r.form); str(a, r.content); str(a, r.time);
    str(a, r.lead_text); str(a, r.coordinate_text); a.appendList(listValue(r.lead), VARCHAR_LIST); a.appendList(listValue(r.coordinate), VARCHAR_LIST);
  }));
  await append(conn, 'codes', doc.codes.map((c) => (a) => {
    str(a, doc.id); str(a, pid(c.passageSeq)); str(a, c.dimension); str(a, c.id); str(a, c.via); str(a, c.rule);
    a.appendInteger(c.start); a.appendInteger(c.end);
  }));
  await append(conn, 'agency_roles', doc.agency_roles.map((r) => (a) => {
    str(a, doc.id); str(a, pid(r.passageSeq)); str(a, r.agency); str(a, r.role); str(a, r.rule);
    a.appendInteger(r.start); a.appendInteger(r.end);
  }));
}
