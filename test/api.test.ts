// The API over a real DuckDB file built from the five plans, through a real HTTP server.

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, type RunningServer } from '../apps/api/src/server.ts';
import { buildCorpusDb } from './helpers/corpus.ts';

let server: RunningServer;
let cleanup: () => void;

beforeAll(async () => {
  const db = await buildCorpusDb();
  cleanup = db.cleanup;
  server = await startServer({ dbPath: db.dbPath, port: 0, log: () => {} });
});

afterAll(async () => {
  await server?.close();
  cleanup?.();
});

const get = async (path: string) => {
  const res = await fetch(server.url + path);
  return { status: res.status, type: res.headers.get('content-type') ?? '', body: (await res.json()) as any };
};

describe('API', () => {
  it('binds to 127.0.0.1 by default', () => {
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
  });

  it('answers health with the number of plans', async () => {
    expect((await get('/api/health')).body).toEqual({ ok: true, documents: 5 });
  });

  it('lists the 63 provinces with their 2025 unit', async () => {
    const { body } = await get('/api/provinces');
    expect(body.data).toHaveLength(63);
    expect(body.data.find((p: any) => p.code === '15')).toMatchObject({ name: 'Yên Bái', merged_2025_into: '10' });
  });

  it('lists plans and filters them by year and province', async () => {
    expect((await get('/api/documents')).body.data).toHaveLength(5);
    const y2024 = (await get('/api/documents?year=2024')).body.data.map((d: any) => d.province_name);
    expect(y2024.sort()).toEqual(['Sơn La', 'Thái Nguyên', 'Tiền Giang']);
    const yb = (await get('/api/documents?province=15')).body.data;
    expect(yb).toHaveLength(1);
    expect(yb[0]).toMatchObject({ year_from: 2023, doc_number: '285/KH-UBND', issue_date: '2022-12-30' });
  });

  it('returns a plan with its passages in order', async () => {
    const [doc] = (await get('/api/documents?province=82')).body.data;
    const { body } = await get(`/api/documents/${doc.id}`);
    expect(body.data.province_name).toBe('Tiền Giang');
    expect(body.data.passages.length).toBe(doc.passage_count);
    expect(body.data.passages.map((p: any) => p.seq)).toEqual(body.data.passages.map((_: any, i: number) => i));
  });

  it('answers a malformed filter with a 400 problem naming the parameter', async () => {
    const r = await get('/api/documents?year=20x4');
    expect(r.status).toBe(400);
    expect(r.type).toContain('application/problem+json');
    expect(r.body.param).toBe('year');
    expect((await get("/api/documents?province=14' OR 1=1--")).status).toBe(400);
  });

  it('answers an unknown document with 404 and an unknown endpoint with a JSON 404', async () => {
    expect((await get('/api/documents/0000000000000000')).status).toBe(404);
    expect((await get('/api/nothing')).status).toBe(404);
  });
});
