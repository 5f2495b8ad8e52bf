// HTTP load on 127.0.0.1: per-endpoint latency percentiles (Node's HTTP client), and a mixed read
// load with concurrent uploads (autocannon; bounded in time, stops by itself).

import { Agent, request } from 'node:http';
import autocannon from 'autocannon';
import { percentile, round } from './percentiles.ts';

/** What the dashboard's fetch sends: a browser accepts compressed answers. */
const BROWSER_HEADERS = { 'accept-encoding': 'gzip, deflate, br' };

export interface EndpointLatency { p50_ms: number; p95_ms: number; p99_ms: number; requests: number; failed: number }

/**
 * Loads one path with `connections` clients for `seconds`: each client (a kept-alive socket of
 * Node's own HTTP client) sends its next request when the previous answer has fully arrived, until
 * the time is up, and always finishes the request it has started, so every client answers at least
 * once however slow the endpoint. Latency is from sending to the answer's last byte; the body is
 * read and dropped. (Not autocannon here: it appends every body to a string, gzip bytes included,
 * which took its client 5.1 s of CPU to the server's 0.8 s for the 51 KB `change` answer, and made
 * the p95 measure the load generator.)
 */
export async function measureEndpoint(url: string, path: string, connections: number, seconds: number): Promise<EndpointLatency> {
  const agent = new Agent({ keepAlive: true, maxSockets: connections });
  const times: number[] = [];
  let requests = 0;
  let failed = 0;
  const deadline = performance.now() + seconds * 1000;
  const one = () => new Promise<void>((resolve) => {
    const t0 = performance.now();
    let settled = false;
    const finish = (answered: boolean, ok: boolean) => {
      if (settled) return;
      settled = true;
      if (answered) times.push(performance.now() - t0);
      if (!ok) failed++;
      resolve();
    };
    const req = request(url + path, { agent, headers: BROWSER_HEADERS, timeout: 60_000 }, (res) => {
      res.on('data', () => undefined);
      res.on('end', () => finish(true, (res.statusCode ?? 0) < 300));
      res.on('error', () => finish(false, false));
    });
    req.on('timeout', () => req.destroy(new Error('timeout')));
    req.on('error', () => finish(false, false));
    req.end();
  });
  try {
    await Promise.all(Array.from({ length: connections }, async () => {
      do {
        await one();
        requests++;
      } while (performance.now() < deadline);
    }));
  } finally {
    agent.destroy();
  }
  return {
    p50_ms: round(percentile(times, 50)),
    p95_ms: round(percentile(times, 95)),
    p99_ms: round(percentile(times, 99)),
    requests,
    failed,
  };
}

export interface MixedLoadResult {
  requests: number;
  failed: number;
  p50_ms: number;
  p99_ms: number;
  uploads: { ingested: number; other: number; failed: number };
}

/** `connections` clients over `paths` for `seconds` while `upload()` runs every `uploadEveryMs`. */
export async function mixedLoad(opts: {
  url: string;
  paths: string[];
  connections: number;
  seconds: number;
  uploadEveryMs: number;
  upload: (i: number) => Promise<'ingested' | 'other'>;
}): Promise<MixedLoadResult> {
  const times: number[] = [];
  const uploads = { ingested: 0, other: 0, failed: 0 };
  let stop = false;
  const uploader = (async () => {
    for (let i = 0; !stop; i++) {
      try {
        uploads[await opts.upload(i)]++;
      } catch {
        uploads.failed++;
      }
      await new Promise((r) => setTimeout(r, opts.uploadEveryMs));
    }
  })();
  const inst = autocannon({ url: opts.url, connections: opts.connections, duration: opts.seconds, timeout: 10, requests: opts.paths.map((path) => ({ method: 'GET', path })) });
  inst.on('response', (_c, _s, _b, t) => times.push(t));
  const r = await inst;
  stop = true;
  await uploader;
  return {
    requests: r.requests.total,
    failed: r.errors + r.timeouts + r.non2xx,
    p50_ms: round(percentile(times, 50)),
    p99_ms: round(percentile(times, 99)),
    uploads,
  };
}
