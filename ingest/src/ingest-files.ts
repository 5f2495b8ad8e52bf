// The ingest loop: files are parsed in worker threads (parse-pool.ts) while this thread is the
// single writer, loading them in batched transactions (load-batch.ts): a batch commits whole or
// not at all, so no document is ever half loaded. Refusals are recorded, originals kept. At the
// end the pre-aggregated views are brought up to date (sql/refresh-aggregates.ts), once a run.

import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import type { DuckDBConnection } from '@duckdb/node-api';
import { markPending, refreshAggregates } from '@cchc/sql';
import { isRejectError } from './errors.ts';
import { openDatabase } from './load/database.ts';
import { createBatchWriter } from './load/load-batch.ts';
import { loadDocument, recordRejected } from './load/load-document.ts';
import { recodeDocument, storedModelVersion } from './load/recode.ts';
import type { ParsedDocument } from './model.ts';
import { parseFile, type ParsedFile } from './parse-file.ts';
import { createParsePool, defaultWorkers } from './parse-pool.ts';
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
  /** Parse threads (0: parse on this thread); default one per core from 32 files on. */
  workers?: number;
  /** Documents held in memory before they are appended (default 256). */
  batchDocs?: number;
  /** Text (UTF-16 units) held in memory before it is appended (default 16 M). */
  batchChars?: number;
  /** Documents per transaction (default 2,048: DuckDB then writes rows straight to the file). */
  transactionDocs?: number;
  /** DuckDB's memory limit for the run, in MB (default 512; it spills to disk beyond). */
  duckdbMemoryMb?: number;
}

export interface IngestOneOptions {
  now: Date;
  /** Database path, to keep the original beside it; omitted: not kept. */
  dbPath?: string;
  /** Record files that cannot be read (binary, encoding…) in `rejected`; non-plans always are. */
  recordUnreadable?: boolean;
}

const REPORTED = ['province_code', 'year_from', 'year_to', 'doc_number', 'decision_number', 'issue_date', 'issuer', 'issuer_level', 'signer_name', 'signer_title'] as const;

/** The outcome of a loaded plan: which reported facts were found and which are missing. */
function ingested(file: string, doc: ParsedDocument): FileOutcome {
  const d = doc.document;
  return {
    file, status: 'ingested', id: doc.id,
    found: REPORTED.filter((k) => d[k] !== null).map((k) => `${k}=${d[k]}`),
    missing: REPORTED.filter((k) => d[k] === null),
    warnings: doc.warnings,
  };
}

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
    // One plan (an upload): recorded as pending with its rows; the writer refreshes the aggregates
    // after answering (apps/api/src/db.ts), in place for a few plans.
    await loadDocument(conn, doc, MODEL_VERSION, opts.now, (c) => markPending(c, id));
    return ingested(file, doc);
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
  const keepBesideDb = opts.keepSources === false ? undefined : dbPath;
  const appendEvery = opts.batchDocs ?? 256;
  const db = await openDatabase(dbPath);
  // DuckDB would take most of the machine for the final refresh's joins; it spills to disk instead.
  await db.conn.run(`SET memory_limit = '${Math.max(64, Math.floor(opts.duckdbMemoryMb ?? 512))}MB'`);
  // No checkpoint after each transaction (DuckDB rewrites the passages' key index each time: the
  // commits grew from 1.6 to 3.7 s over 10,000 plans): one at the end of the run.
  await db.conn.run(`SET checkpoint_threshold = '1TB'`);
  const outcomes: FileOutcome[] = [];
  const report = (o: FileOutcome) => {
    outcomes.push(o);
    opts.progress?.(outcomes.length, files.length, o);
  };
  const loaded: string[] = [];
  // Files already loaded are not parsed again; `ingestBytes` decides between duplicate and re-code.
  const stored = new Set((await db.conn.runAndReadAll('SELECT id FROM documents')).getRowObjectsJson().map((r) => String(r.id)));
  const seen = new Set<string>();
  const pool = createParsePool(opts.workers ?? defaultWorkers(files.length), { keepBesideDb, stored });
  // Outcomes are reported once their transaction commits; a duplicate within this run has nothing to load.
  const writer = createBatchWriter(db.conn, {
    modelVersion: MODEL_VERSION, now, appendEvery, commitEvery: opts.transactionDocs ?? 2048, maxChars: opts.batchChars ?? 16_000_000,
    async reload(file) {
      const r = await parseFile(file, { stored: new Set() });
      if (r.kind === 'error') throw new Error(r.message);
      if (r.kind === 'stored') throw new Error(`${file}: cannot be read again`);
      return r;
    },
  });
  let failure: unknown;
  try {
    const ahead: Array<Promise<ParsedFile>> = [];
    let next = 0;
    for (const file of files) {
      while (next < files.length && ahead.length < pool.window + appendEvery) ahead.push(pool.parse(files[next++]!));
      const r = await ahead.shift()!;
      if (r.kind === 'error') {
        await writer.commit();
        const e = new Error(r.message);
        if (r.stack) e.stack = r.stack;
        throw e;
      }
      if (r.kind === 'stored') {
        await writer.commit();
        report(await ingestBytes(db.conn, await readFile(file), file, { now: now(), dbPath: keepBesideDb }));
        continue;
      }
      // (the callbacks keep the outcome only: a parsed document is dropped once appended)
      const { id } = r;
      if (r.kind === 'plan' && seen.has(id)) {
        await writer.add(file, null, () => report({ file, status: 'duplicate', id }));
      } else if (r.kind === 'plan') {
        seen.add(id);
        const outcome = ingested(file, r.doc);
        await writer.add(file, r, () => {
          loaded.push(id);
          report(outcome);
        });
      } else {
        const outcome: FileOutcome = { file, status: 'rejected', id, reason: r.reason };
        await writer.add(file, r, () => report(outcome));
      }
    }
    await writer.commit();
  } catch (e) {
    failure = e;
    throw e;
  } finally {
    await pool.close();
    try {
      // Also after a failure: the documents loaded before it must show in the aggregates.
      await refreshAggregates(db.conn, { added: loaded });
      await db.conn.run('CHECKPOINT');
    } catch (e) {
      if (failure === undefined) throw e;
    } finally {
      db.close();
    }
  }
  return outcomes;
}
