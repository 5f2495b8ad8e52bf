// 100 concurrent clients over the read endpoints for 30 s on 127.0.0.1 while plans are uploaded:
// zero failed requests. (Latency figures are the benchmark's job: `npm run bench`.)

import { readFileSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { mixedLoad } from './bench/load.ts';
import { buildCorpusDb, PLAN_FILES } from './helpers/corpus.ts';
import { startServerProcess, type ServerProcess } from './helpers/server-process.ts';

const TOKEN = 'load-token';
let server: ServerProcess | undefined;
const cleanups: Array<() => void> = [];
afterAll(async () => {
  await server?.stop();
  cleanups.forEach((c) => c());
});

describe('reads under load while uploading', () => {
  it('serves 100 clients for 30 s with zero failed requests while plans are added', async () => {
    const { dbPath, cleanup } = await buildCorpusDb();
    cleanups.push(cleanup);
    server = await startServerProcess(dbPath, { CCHC_TOKEN: TOKEN });
    const [doc] = ((await (await fetch(`${server.url}/api/documents?province=15`)).json()) as any).data;
    const base = readFileSync(PLAN_FILES[4]!, 'utf8');
    const url = server.url;
    const result = await mixedLoad({
      url,
      paths: ['/api/health', '/api/provinces', '/api/documents', '/api/documents?year=2024', `/api/documents/${doc.id}`],
      connections: 100,
      seconds: 30,
      uploadEveryMs: 200,
      upload: async (i) => {
        const fd = new FormData();
        fd.append('file', new File([base.replace('36 /KH-UBND', `${500 + i} /KH-UBND`)], `tn-${i}.txt`));
        const res = await fetch(`${url}/api/v1/documents`, { method: 'POST', body: fd, headers: { authorization: `Bearer ${TOKEN}` } });
        const body = (await res.json()) as any;
        return body.data?.[0]?.status === 'ingested' ? 'ingested' : 'other';
      },
    });
    console.log(`load: ${result.requests} requests, ${result.failed} failed, p50 ${result.p50_ms} ms, p99 ${result.p99_ms} ms; uploads ${JSON.stringify(result.uploads)}`);
    expect(result.failed).toBe(0);
    expect(result.requests).toBeGreaterThan(1000);
    expect(result.uploads.ingested).toBeGreaterThan(10);
    expect(result.uploads.failed).toBe(0);
  }, 120_000);
});
