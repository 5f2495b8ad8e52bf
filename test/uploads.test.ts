// Uploads through the running server: token, limits, names, sniffing, non-plans, duplicates —
// and only a readable non-plan or a new plan changes the database.

import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BELOW_THE_FOLD, FIRST_SCREEN } from '../apps/api/src/first-screen.ts';
import { startServer, type RunningServer } from '../apps/api/src/server.ts';
import { buildCorpusDb, PLAN_FILES } from './helpers/corpus.ts';

const TOKEN = 'test-token-123';
let server: RunningServer;
let off: RunningServer;
let cleanups: Array<() => void> = [];

beforeAll(async () => {
  const a = await buildCorpusDb();
  const b = await buildCorpusDb();
  cleanups = [a.cleanup, b.cleanup];
  server = await startServer({ dbPath: a.dbPath, port: 0, token: TOKEN, log: () => {} });
  off = await startServer({ dbPath: b.dbPath, port: 0, log: () => {} });
});

afterAll(async () => {
  await server?.close();
  await off?.close();
  for (const c of cleanups) c();
});

function form(files: Array<[string, Uint8Array<ArrayBuffer> | string]>): FormData {
  const fd = new FormData();
  for (const [name, content] of files) fd.append('file', new File([content], name));
  return fd;
}

async function upload(s: RunningServer, fd: FormData, token: string | null = TOKEN) {
  const res = await fetch(`${s.url}/api/v1/documents`, { method: 'POST', body: fd, headers: token ? { authorization: `Bearer ${token}` } : {} });
  return { status: res.status, body: (await res.json()) as any };
}

async function state(s: RunningServer) {
  const docs = (await (await fetch(`${s.url}/api/health`)).json()) as any;
  return docs.documents as number;
}

const NEW_PLAN = readFileSync(PLAN_FILES[1]!, 'utf8').replace(/285 \/KH-UBND/, '286 /KH-UBND').replace(/Yên Bái/g, 'Lào Cai');

describe('POST /api/v1/documents', () => {
  it('says uploads are off when the server has no token', async () => {
    const r = await upload(off, form([['a.txt', NEW_PLAN]]));
    expect(r.status).toBe(403);
    expect(r.body.detail).toMatch(/uploads are disabled/);
  });

  it('refuses a request without a token or with a wrong one, changing nothing', async () => {
    expect((await upload(server, form([['a.txt', NEW_PLAN]]), null)).status).toBe(401);
    expect((await upload(server, form([['a.txt', NEW_PLAN]]), 'nope')).status).toBe(403);
    expect(await state(server)).toBe(5);
  });

  it('answers each file: unsafe names, binaries disguised as text and oversize files are refused without a trace', async () => {
    const big = new Uint8Array(21 * 1024 * 1024).fill(0x61);
    const r = await upload(server, form([
      ['../../etc/passwd.txt', NEW_PLAN],
      ['scan.txt', new Uint8Array([0x25, 0x50, 0x44, 0x46, 0x2d, 0x31, 0, 1, 2, 3, 0, 0, 0, 9])],
      ['huge.txt', big],
      ['virus.exe', 'MZ'],
    ]));
    expect(r.status).toBe(200);
    expect(r.body.data.map((d: any) => d.status)).toEqual(['rejected', 'rejected', 'rejected', 'rejected']);
    expect(r.body.data[0].reason).toMatch(/unsafe file name/);
    expect(r.body.data[1].reason).toMatch(/binary|PDF/);
    expect(r.body.data[2].reason).toMatch(/larger than 20 MB/);
    expect(await state(server)).toBe(5);
    const rejected = (await (await fetch(`${server.url}/api/v1/rejected`)).json()) as any;
    expect(rejected.data).toHaveLength(0);
  });

  it('ingests a new plan, says duplicate for the same bytes, and records a non-plan as rejected', async () => {
    const r = await upload(server, form([
      ['lao-cai-2023.txt', NEW_PLAN],
      ['again.txt', NEW_PLAN],
      ['bai-bao.txt', 'Sáng nay, Sở Nội vụ tổ chức hội nghị về cải cách hành chính.\n\nHội nghị có nhiều đại biểu.'],
    ]));
    expect(r.body.data.map((d: any) => d.status)).toEqual(['ingested', 'duplicate', 'rejected']);
    expect(r.body.data[0].id).toMatch(/^[0-9a-f]{16}$/);
    expect(r.body.data[2].reason).toMatch(/not a plan/);
    expect(await state(server)).toBe(6);
    const rejected = (await (await fetch(`${server.url}/api/v1/rejected`)).json()) as any;
    expect(rejected.data).toMatchObject([{ source_name: 'bai-bao.txt', code: 'not_a_plan' }]);
    const list = (await (await fetch(`${server.url}/api/documents?province=10`)).json()) as any;
    expect(list.data[0]).toMatchObject({ doc_number: '286/KH-UBND', year_from: 2023 });
  });

  it('computes the overview\'s answers into the cache at start and again after a write', async () => {
    const overview = [...FIRST_SCREEN, ...BELOW_THE_FOLD];
    const plans = async () => ((await (await fetch(`${server.url}/api/v1/plans/summary?units=2024`)).json()) as any).data[0].plans as number;
    await server.warmed();
    for (const u of overview) {
      const res = await fetch(server.url + u);
      expect(res.status, u).toBe(200);
      expect(res.headers.get('x-cache'), u).toBe('hit');
      await res.arrayBuffer();
    }
    const before = await plans();
    const r = await upload(server, form([['lao-cai-2024-warm.txt', NEW_PLAN.replace('năm 2023', 'năm 2024') + '\n']]));
    expect(r.body.data[0].status).toBe('ingested');
    // the write's refresh invalidates the cache and warms it again, with the new plan counted
    await server.warmed();
    const res = await fetch(`${server.url}${FIRST_SCREEN[1]}`);
    expect(res.headers.get('x-cache')).toBe('hit');
    expect(((await res.json()) as any).data[0].plans).toBe(before + 1);
  });
});
