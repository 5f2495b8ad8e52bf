// The ingest loop: parse each file, load it in its own transaction, record refusals.
// Files are parsed one at a time so memory stays flat on large corpora.

import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { isRejectError } from './errors.ts';
import { openDatabase } from './load/database.ts';
import { hasDocument, loadDocument, recordRejected } from './load/load-document.ts';
import { documentId, parseDocument } from './parse.ts';
import { MODEL_VERSION } from './version.ts';

export interface FileOutcome {
  file: string;
  status: 'ingested' | 'duplicate' | 'rejected';
  id?: string;
  reason?: string;
  found?: string[];
  missing?: string[];
  warnings?: string[];
}

export interface IngestOptions {
  progress?: (done: number, total: number, outcome: FileOutcome) => void;
  now?: () => Date;
}

const REPORTED = ['province_code', 'year_from', 'year_to', 'doc_number', 'decision_number', 'issue_date', 'issuer', 'issuer_level', 'signer_name', 'signer_title'] as const;

/** Ingests files into the database at `dbPath`; returns one outcome per file, in order. */
export async function ingestFiles(files: string[], dbPath: string, opts: IngestOptions = {}): Promise<FileOutcome[]> {
  const now = opts.now ?? (() => new Date());
  const db = await openDatabase(dbPath);
  const outcomes: FileOutcome[] = [];
  try {
    for (const file of files) {
      const bytes = await readFile(file);
      const id = documentId(bytes);
      let outcome: FileOutcome;
      if (await hasDocument(db.conn, id)) outcome = { file, status: 'duplicate', id };
      else {
        try {
          const doc = await parseDocument(bytes, file);
          if (!doc.document.is_plan) {
            const reason = doc.document.reject_reason ?? 'not a plan';
            await recordRejected(db.conn, { id, sourceName: basename(file), code: 'not_a_plan', reason, bytes: bytes.byteLength }, now());
            outcome = { file, status: 'rejected', id, reason };
          } else {
            await loadDocument(db.conn, doc, MODEL_VERSION, now());
            const d = doc.document;
            outcome = {
              file, status: 'ingested', id,
              found: REPORTED.filter((k) => d[k] !== null).map((k) => `${k}=${d[k]}`),
              missing: REPORTED.filter((k) => d[k] === null),
              warnings: doc.warnings,
            };
          }
        } catch (e) {
          if (!isRejectError(e)) throw e;
          await recordRejected(db.conn, { id, sourceName: basename(file), code: e.code, reason: e.reason, bytes: bytes.byteLength }, now());
          outcome = { file, status: 'rejected', id, reason: e.reason };
        }
      }
      outcomes.push(outcome);
      opts.progress?.(outcomes.length, files.length, outcome);
    }
  } finally {
    db.close();
  }
  return outcomes;
}
