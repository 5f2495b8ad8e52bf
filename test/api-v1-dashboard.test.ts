// The /api/v1 endpoints the dashboard added: /status (footer), /codes (the reader's labels) and
// /codebook (the method page), through app.request() on the synthetic corpus.

import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../apps/api/src/app.ts';
import { openServerDb, type ServerDb } from '../apps/api/src/db.ts';
import { v1Routes } from '../apps/api/src/routes/v1/index.ts';
import { tempDir } from './helpers/corpus.ts';
import { buildSyntheticDb } from './helpers/with-database.ts';

let db: ServerDb;
let app: ReturnType<typeof createApp>;
let cleanup: () => void;

beforeAll(async () => {
  const built = await buildSyntheticDb();
  cleanup = built.cleanup;
  db = await openServerDb(built.dbPath, { writable: false });
  app = createApp({ db, log: () => {} });
});

afterAll(() => {
  db?.close();
  cleanup?.();
});

const json = async (path: string, a: { request: (p: string) => Response | Promise<Response> } = app) => {
  const res = await a.request(path);
  return { status: res.status, body: (await res.json()) as any };
};

describe('/status', () => {
  it('gives the loaded corpus in one row with the last ingest time in UTC', async () => {
    const { status, body } = await json('/api/v1/status');
    expect(status).toBe(200);
    expect(body.total).toBe(1);
    const [row] = body.data;
    expect(row.plans).toBeGreaterThan(0);
    expect(row.last_ingested_at).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/);
    expect(row.year_from).toBeLessThanOrEqual(row.year_to);
  });

  it('takes no filters', async () => {
    expect((await json('/api/v1/status?year=2024')).status).toBe(400);
  });
});

describe('/codes', () => {
  it('lists one plan’s coded passages with spans inside the passage text', async () => {
    const all = (await json('/api/v1/codes')).body.data as any[];
    expect(all.length).toBeGreaterThan(0);
    const doc = all[0].document_id;
    const one = (await json(`/api/v1/codes?document=${doc}`)).body.data as any[];
    expect(one.length).toBeGreaterThan(0);
    expect(one.every((r) => r.document_id === doc)).toBe(true);
    const passages = (await json(`/api/documents/${doc}`)).body.data.passages as Array<{ seq: number; text: string }>;
    for (const r of one) {
      const text = passages.find((p) => p.seq === r.seq)!.text;
      for (const s of r.spans) expect(s.end).toBeLessThanOrEqual(text.length);
    }
  });

  it('filters by category and refuses a malformed document id', async () => {
    const rows = (await json('/api/v1/codes?topic=tthc')).body.data as any[];
    expect(rows.every((r) => r.dimension === 'topic' && r.category_id === 'tthc')).toBe(true);
    expect((await json('/api/v1/codes?document=x')).status).toBe(400);
  });
});

describe('/codebook', () => {
  it('gives every part with its entries, from the files or from CODEBOOK.md', async () => {
    const { status, body } = await json('/api/v1/codebook');
    expect(status).toBe(200);
    const parts = body.data as Array<{ part: string; source: string; entries: Array<{ id: string }> }>;
    expect(parts.map((p) => p.part)).toEqual(expect.arrayContaining(['topics', 'channels', 'audiences', 'agencies', 'roles']));
    expect(parts.find((p) => p.part === 'topics')!.entries.map((e) => e.id)).toContain('tthc');
  });

  it('carries definitions and cues as the file has them, and falls back without a file', async () => {
    const { dir, cleanup: done } = tempDir('cchc-codebook-');
    try {
      mkdirSync(dir, { recursive: true });
      writeFileSync(join(dir, 'topics.json'), JSON.stringify({ part: 'topics', about: 'Topics.', entries: [{ id: 'tthc', label_vi: 'TTHC', label_en: 'Procedures', definition: 'd', cues: ['thủ tục'] }] }));
      const v1 = v1Routes({ db, codebookDir: dir, log: () => {} });
      const parts = (await json('/codebook', v1)).body.data as any[];
      expect(parts.find((p) => p.part === 'topics')).toEqual({ part: 'topics', about: 'Topics.', source: 'file', entries: [{ id: 'tthc', label_vi: 'TTHC', label_en: 'Procedures', definition: 'd', cues: ['thủ tục'] }] });
      expect(parts.find((p) => p.part === 'channels')).toMatchObject({ source: 'fallback' });
    } finally {
      done();
    }
  });
});
