// One file of a bulk ingest, read and parsed away from the database: what a parse worker does,
// and what the single writer needs to load it or record its refusal. Never touches DuckDB.

import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import type { RejectCode } from './errors.ts';
import { isRejectError } from './errors.ts';
import type { LoadableDocument } from './load/load-document.ts';
import { documentId, parseDocument } from './parse.ts';
import { keepSource } from './sources.ts';
import { fold } from './text/fold.ts';

/** The outcome of reading and parsing one file. */
export type ParsedFile =
  /** A plan to load (its passages' folded text computed here, off the writer's thread). */
  | { kind: 'plan'; id: string; doc: LoadableDocument }
  /** A file to record as refused. */
  | { kind: 'rejected'; id: string; sourceName: string; code: RejectCode; reason: string; bytes: number }
  /** Already in the database when the ingest started: the writer decides (duplicate or re-code). */
  | { kind: 'stored'; id: string }
  /** An unexpected failure (a bug, not a bad file): the ingest stops here. */
  | { kind: 'error'; message: string; stack?: string };

export interface ParseFileOptions {
  /** Database path, to keep the original beside it; omitted: not kept. */
  keepBesideDb?: string;
  /** Ids already loaded: such files are not parsed. */
  stored: ReadonlySet<string>;
}

/** Reads and parses `file`; never throws (failures come back as `kind: 'error'`). */
export async function parseFile(file: string, opts: ParseFileOptions): Promise<ParsedFile> {
  try {
    // Synchronous: a worker parses one file at a time, and the libuv pool stays free for DuckDB.
    const bytes = readFileSync(file);
    const id = documentId(bytes);
    if (opts.stored.has(id)) return { kind: 'stored', id };
    try {
      const doc: LoadableDocument = await parseDocument(bytes, file);
      if (opts.keepBesideDb) keepSource(opts.keepBesideDb, bytes, file);
      if (!doc.document.is_plan) {
        return { kind: 'rejected', id, sourceName: basename(file), code: 'not_a_plan', reason: doc.document.reject_reason ?? 'not a plan', bytes: bytes.byteLength };
      }
      doc.passagesFolded = doc.passages.map((p) => fold(p.text));
      return { kind: 'plan', id, doc };
    } catch (e) {
      if (!isRejectError(e)) throw e;
      return { kind: 'rejected', id, sourceName: basename(file), code: e.code, reason: e.reason, bytes: bytes.byteLength };
    }
  } catch (e) {
    const err = e instanceof Error ? e : new Error(String(e));
    return { kind: 'error', message: `${file}: ${err.message}`, stack: err.stack };
  }
}
