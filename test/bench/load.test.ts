// The benchmark's load client against a real HTTP server on 127.0.0.1: every client answers at
// least once, whole bodies are read, and failures are counted, not timed as successes.

import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { measureEndpoint } from './load.ts';

let server: Server;
let url = '';
const seen = { ok: 0, slow: 0, bytes: 0 };
const BODY = Buffer.alloc(200_000, 'x');

beforeAll(async () => {
  server = createServer((req, res) => {
    if (req.url === '/ok') {
      seen.ok++;
      // written in two parts: the latency must wait for the last byte
      res.writeHead(200, { 'content-length': BODY.length });
      res.write(BODY.subarray(0, 1000));
      setTimeout(() => res.end(BODY.subarray(1000)), 20);
    } else if (req.url === '/slow') {
      seen.slow++;
      setTimeout(() => res.end('{}'), 300);
    } else {
      res.writeHead(500).end('no');
    }
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((r) => server.close(() => r())));

describe('measureEndpoint', () => {
  it('times each answer to its last byte, over concurrent kept-alive clients', async () => {
    const r = await measureEndpoint(url, '/ok', 4, 0.3);
    expect(r.failed).toBe(0);
    expect(r.requests).toBe(seen.ok);
    expect(r.requests).toBeGreaterThanOrEqual(4);
    expect(r.p50_ms).toBeGreaterThanOrEqual(20);
    expect(r.p99_ms).toBeGreaterThanOrEqual(r.p95_ms);
    expect(r.p95_ms).toBeGreaterThanOrEqual(r.p50_ms);
  });

  it('lets every client answer once even when an answer outlasts the run', async () => {
    const r = await measureEndpoint(url, '/slow', 5, 0.05);
    expect(r.requests).toBe(5);
    expect(seen.slow).toBe(5);
    expect(r.p50_ms).toBeGreaterThanOrEqual(300);
  });

  it('counts error answers as failed', async () => {
    const r = await measureEndpoint(url, '/bad', 2, 0.1);
    expect(r.failed).toBe(r.requests);
    expect(r.failed).toBeGreaterThan(0);
  });
});
