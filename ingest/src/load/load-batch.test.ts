import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { parseDocument } from '../parse.ts';
import { openDatabase } from './database.ts';
import { createBatchWriter, type BatchEntry } from './load-batch.ts';
import { loadDocument } from './load-document.ts';

const PLANS = fileURLToPath(new URL('../../../data/plans/', import.meta.url));
const files = readdirSync(PLANS).filter((f) => f.endsWith('.txt')).sort().map((f) => join(PLANS, f));
const dir = mkdtempSync(join(tmpdir(), 'cchc-batch-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('batch writer', () => {
  it('keeps the documents before a bad one, replaying a failed transaction one document at a time', async () => {
    const entries: BatchEntry[] = [];
    for (const f of files) entries.push({ kind: 'plan', doc: await parseDocument(readFileSync(f), f) });
    // the third plan repeats a section: its rows break the (document_id, path) key
    const bad = entries[2]! as Extract<BatchEntry, { kind: 'plan' }>;
    bad.doc.sections.push({ ...bad.doc.sections[0]! });
    const db = await openDatabase(join(dir, 'batch.duckdb'));
    const committed: string[] = [];
    const reloaded: string[] = [];
    try {
      const byFile = new Map(files.map((f, i) => [f, entries[i]!]));
      const writer = createBatchWriter(db.conn, {
        modelVersion: 't', now: () => new Date('2026-01-01T00:00:00Z'), appendEvery: 2, commitEvery: 100, maxChars: 1e9,
        reload: async (file) => {
          reloaded.push(file);
          return byFile.get(file)!;
        },
      });
      const adding = (async () => {
        for (const f of files) await writer.add(f, byFile.get(f)!, () => committed.push(f));
        await writer.commit();
      })();
      await expect(adding).rejects.toThrow(/Constraint|PRIMARY KEY|duplicate/i);
      const ids = (await db.conn.runAndReadAll('SELECT id FROM documents ORDER BY id')).getRowObjectsJson().map((r) => r.id);
      const first = entries.slice(0, 2).map((e) => (e as Extract<BatchEntry, { kind: 'plan' }>).doc.id).sort();
      expect(ids).toEqual(first);
      expect(committed).toEqual(files.slice(0, 2));
      // the first pair was appended (and dropped) before the failure: read again for the replay
      expect(reloaded).toEqual(files.slice(0, 2));
      const partial = (await db.conn.runAndReadAll('SELECT count(*)::INTEGER AS n FROM sections WHERE document_id = $id', { id: bad.doc.id })).getRowObjectsJson();
      expect(partial).toEqual([{ n: 0 }]);
    } finally {
      db.close();
    }
  });

  it('refuses a transaction whose codes point outside their plan, naming the plan and the passage', async () => {
    const entries: BatchEntry[] = [];
    for (const f of files) entries.push({ kind: 'plan', doc: await parseDocument(readFileSync(f), f) });
    // the second plan's first code points to a passage it does not have (no declared key catches it)
    const bad = (entries[1]! as Extract<BatchEntry, { kind: 'plan' }>).doc;
    const other = (entries[0]! as Extract<BatchEntry, { kind: 'plan' }>).doc;
    const missing = bad.passages.length + 5;
    bad.codes[0] = { ...bad.codes[0]!, passageSeq: missing };
    const db = await openDatabase(join(dir, 'orphans.duckdb'));
    const committed: string[] = [];
    try {
      const byFile = new Map(files.map((f, i) => [f, entries[i]!]));
      const writer = createBatchWriter(db.conn, {
        modelVersion: 't', now: () => new Date('2026-01-01T00:00:00Z'), appendEvery: 10, commitEvery: 100, maxChars: 1e9,
        reload: async (file) => byFile.get(file)!,
      });
      const adding = (async () => {
        for (const f of files) await writer.add(f, byFile.get(f)!, () => committed.push(f));
        await writer.commit();
      })();
      await expect(adding).rejects.toThrow(`codes of document ${bad.id} point to passage ${bad.id}:${missing}, which is not one of its passages`);
      // replayed one by one: the plan before it is in, nothing of the bad one is
      expect(committed).toEqual(files.slice(0, 1));
      const rows = async (table: string, id: string) =>
        Number((await db.conn.runAndReadAll(`SELECT count(*)::INTEGER AS n FROM ${table} WHERE document_id = $id`, { id })).getRowObjectsJson()[0]!.n);
      expect(await rows('passages', bad.id)).toBe(0);
      expect(await rows('codes', bad.id)).toBe(0);
      expect(await rows('codes', other.id)).toBe(other.codes.length);
      // one plan in its own transaction (an upload), an agency role this time
      const third = (entries[2]! as Extract<BatchEntry, { kind: 'plan' }>).doc;
      const beyond = third.passages.length + 1;
      const stray = { ...third, agency_roles: third.agency_roles.map((r, k) => (k === 0 ? { ...r, passageSeq: beyond } : r)) };
      await expect(loadDocument(db.conn, stray, 't', new Date())).rejects.toThrow(`agency_roles of document ${third.id} point to passage ${third.id}:${beyond}`);
      expect(await rows('passages', third.id)).toBe(0);
    } finally {
      db.close();
    }
  });
});
