// HTTP load on 127.0.0.1 with autocannon: per-endpoint latency percentiles, and a mixed read load
// with concurrent uploads (bounded in time, stops by itself).

import autocannon from 'autocannon';
import { percentile, round } from './percentiles.ts';

/** What the dashboard's fetch sends: a browser accepts compressed answers. */
const BROWSER_HEADERS = { 'accept-encoding': 'gzip, deflate, br' };

export interface EndpointLatency { p50_ms: number; p95_ms: number; p99_ms: number; requests: number; failed: number }

/**
 * Loads one path with `connections` clients for `seconds`; latencies from every response. Requests
 * still running when the time is up are not counted, so a slow endpoint is loaded again for twice
 * as long until each client has answered at least once (up to three rounds), then for a fixed
 * number of requests (three per client), each waited for.
 */
export async function measureEndpoint(url: string, path: string, connections: number, seconds: number): Promise<EndpointLatency> {
  const times: number[] = [];
  let requests = 0;
  let failed = 0;
  for (let round = 0, duration = seconds; round < 4 && times.length < connections; round++, duration *= 2) {
    const inst = round < 3
      ? autocannon({ url: url + path, connections, duration, timeout: 10, headers: BROWSER_HEADERS })
      : autocannon({ url: url + path, connections, amount: connections * 3, timeout: 60, headers: BROWSER_HEADERS });
    inst.on('response', (_c, _s, _b, t) => times.push(t));
    const r = await inst;
    requests += r.requests.total;
    failed += r.errors + r.timeouts + r.non2xx;
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
