// The ingest loop: parse each file, load it in its own transaction, record refusals, keep the
// original. Files are parsed one at a time so memory stays flat on large corpora.

import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import type { DuckDBConnection } from '@duckdb/node-api';
import { isRejectError } from './errors.ts';
import { openDatabase } from './load/database.ts';
import { loadDocument, recordRejected } from './load/load-document.ts';
import { recodeDocument, storedModelVersion } from './load/recode.ts';
import { documentId, parseDocument } from './parse.ts';
import { keepSource } from './sources.ts';
import { MODEL_VERSION, PARSER_VERSION } from './version.ts';

export interface FileOutcome {
  file: string;
  /** `recoded`: already loaded, coded again because the codebook changed. */
  status: 'ingested' | 'duplicate' | 'recoded' | 'rejected';
  id?: string;
  reason?: string;
  found?: string[];
  missing?: string[];
  warnings?: string[];
}

export interface IngestOptions {
  progress?: (done: number, total: number, outcome: FileOutcome) => void;
  now?: () => Date;
  /** Keep originals in `<db folder>/sources/` (default true). */
  keepSources?: boolean;
}

export interface IngestOneOptions {
  now: Date;
  /** Database path, to keep the original beside it; omitted: not kept. */
  dbPath?: string;
  /** Record files that cannot be read (binary, encoding…) in `rejected`; non-plans always are. */
  recordUnreadable?: boolean;
}

const REPORTED = ['province_code', 'year_from', 'year_to', 'doc_number', 'decision_number', 'issue_date', 'issuer', 'issuer_level', 'signer_name', 'signer_title'] as const;

/** Ingests one file's bytes on an open read-write connection. */
export async function ingestBytes(conn: DuckDBConnection, bytes: Uint8Array, file: string, opts: IngestOneOptions): Promise<FileOutcome> {
  const id = documentId(bytes);
  const sourceName = basename(file);
  const stored = await storedModelVersion(conn, id);
  if (stored === MODEL_VERSION) return { file, status: 'duplicate', id };
  if (stored !== null && stored.split('+')[0] !== PARSER_VERSION) {
    return { file, status: 'duplicate', id, warnings: [`loaded by parser ${stored.split('+')[0]}; run \`cchc ingest --rebuild\` to re-read it with ${PARSER_VERSION}`] };
  }
  try {
    const doc = await parseDocument(bytes, file);
    if (stored !== null) {
      // Same text, same parser, another codebook: only the coding changes.
      await recodeDocument(conn, doc, MODEL_VERSION);
      return { file, status: 'recoded', id, warnings: doc.warnings };
    }
    if (opts.dbPath) keepSource(opts.dbPath, bytes, file);
    if (!doc.document.is_plan) {
      const reason = doc.document.reject_reason ?? 'not a plan';
      await recordRejected(conn, { id, sourceName, code: 'not_a_plan', reason, bytes: bytes.byteLength }, opts.now);
      return { file, status: 'rejected', id, reason };
    }
    await loadDocument(conn, doc, MODEL_VERSION, opts.now);
    const d = doc.document;
    return {
      file, status: 'ingested', id,
      found: REPORTED.filter((k) => d[k] !== null).map((k) => `${k}=${d[k]}`),
      missing: REPORTED.filter((k) => d[k] === null),
      warnings: doc.warnings,
    };
  } catch (e) {
    if (!isRejectError(e)) throw e;
    if (opts.recordUnreadable !== false) {
      await recordRejected(conn, { id, sourceName, code: e.code, reason: e.reason, bytes: bytes.byteLength }, opts.now);
    }
    return { file, status: 'rejected', id, reason: e.reason };
  }
}

/** Ingests files into the database at `dbPath`; returns one outcome per file, in order. */
export async function ingestFiles(files: string[], dbPath: string, opts: IngestOptions = {}): Promise<FileOutcome[]> {
  const now = opts.now ?? (() => new Date());
  const db = await openDatabase(dbPath);
  const outcomes: FileOutcome[] = [];
  try {
    for (const file of files) {
      const bytes = await readFile(file);
      const outcome = await ingestBytes(db.conn, bytes, file, { now: now(), dbPath: opts.keepSources === false ? undefined : dbPath });
      outcomes.push(outcome);
      opts.progress?.(outcomes.length, files.length, outcome);
    }
  } finally {
    db.close();
  }
  return outcomes;
}
