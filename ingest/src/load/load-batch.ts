// The bulk writer: parsed documents and refusals go into one transaction per `commitEvery`
// documents, appended `appendEvery` at a time with one appender per table (memory stays bounded,
// and DuckDB writes a large transaction's rows straight to the file instead of through the WAL).
// A transaction commits whole or not at all, so no document is ever half loaded; before it commits,
// the coded rows of its plans are checked against their passages (sql/integrity.ts). If it fails, it
// is rolled back and replayed one document per transaction (dropped documents are read again), so
// the documents before the bad one are kept and the error names the bad one.

import type { DuckDBConnection } from '@duckdb/node-api';
import { checkCodedRows } from '@cchc/sql';
import { appendTables, DOCUMENT_TABLES, loadDocument, recordRejected, type LoadableDocument } from './load-document.ts';

export type BatchEntry =
  | { kind: 'plan'; doc: LoadableDocument }
  | { kind: 'rejected'; id: string; sourceName: string; code: string; reason: string; bytes: number };

export interface BatchWriterOptions {
  modelVersion: string;
  now: () => Date;
  /** Documents held before they are appended. */
  appendEvery: number;
  /** Documents per transaction. */
  commitEvery: number;
  /** Text (UTF-16 units, counted three times: document, passages, folded) held before appending. */
  maxChars: number;
  /** Reads a file's entry again, for a replay (a plan's rows are dropped once appended). */
  reload(file: string): Promise<BatchEntry>;
}

interface Item {
  file: string;
  kind: 'plan' | 'rejected' | 'none';
  /** Until appended (a refusal keeps it: it is small). */
  entry?: BatchEntry;
  committed: () => void;
}

export interface BatchWriter {
  /** Queues a file's entry (null: nothing to write, e.g. a duplicate); `committed` runs once it is in. */
  add(file: string, entry: BatchEntry | null, committed: () => void): Promise<void>;
  /** Commits what is queued; throws the error of the first document that cannot be loaded. */
  commit(): Promise<void>;
}

export function createBatchWriter(conn: DuckDBConnection, opts: BatchWriterOptions): BatchWriter {
  let items: Item[] = [];
  let unappended: Item[] = [];
  let open = false;
  /** Plans appended in the open transaction: their coded rows are checked before it commits. */
  let openIds: string[] = [];
  let docs = 0;
  let chars = 0;

  const append = async () => {
    if (unappended.length === 0) return;
    if (!open) {
      await conn.run('BEGIN TRANSACTION');
      open = true;
    }
    const now = opts.now();
    const plans = unappended.flatMap((i) => (i.entry?.kind === 'plan' ? [i.entry.doc] : []));
    await appendTables(conn, DOCUMENT_TABLES, plans, { modelVersion: opts.modelVersion, now });
    for (const d of plans) openIds.push(d.id);
    for (const i of unappended) {
      if (i.entry?.kind === 'rejected') await recordRejected(conn, i.entry, now);
      else i.entry = undefined;
    }
    unappended = [];
    chars = 0;
  };

  /** One document per transaction, reading dropped plans again, until the first failure. */
  const replay = async () => {
    const todo = items;
    items = [];
    unappended = [];
    docs = 0;
    chars = 0;
    for (const i of todo) {
      const now = opts.now();
      if (i.kind === 'plan') {
        const e = i.entry ?? (await opts.reload(i.file));
        if (e.kind === 'plan') await loadDocument(conn, e.doc, opts.modelVersion, now);
        else await recordRejected(conn, e, now);
      } else if (i.kind === 'rejected' && i.entry?.kind === 'rejected') {
        await recordRejected(conn, i.entry, now);
      }
      i.committed();
    }
  };

  const guarded = async (step: () => Promise<void>) => {
    try {
      await step();
    } catch {
      if (open) await conn.run('ROLLBACK');
      open = false;
      openIds = [];
      await replay();
    }
  };

  const commit = async () => {
    await guarded(async () => {
      await append();
      if (open) {
        await checkCodedRows(conn, openIds);
        await conn.run('COMMIT');
      }
      open = false;
      openIds = [];
      const done = items;
      items = [];
      docs = 0;
      for (const i of done) i.committed();
    });
  };

  return {
    async add(file, entry, committed) {
      const item: Item = { file, kind: entry?.kind ?? 'none', entry: entry ?? undefined, committed };
      items.push(item);
      if (!entry) return;
      unappended.push(item);
      docs++;
      if (entry.kind === 'plan') chars += entry.doc.text.length * 3;
      if (unappended.length >= opts.appendEvery || chars >= opts.maxChars) await guarded(append);
      if (docs >= opts.commitEvery) await commit();
    },
    commit,
  };
}
