// A response cache for GET /api/* JSON answers. The data only changes when a plan is ingested,
// so answers are kept until the next write (the generation changes) or until evicted (LRU,
// bounded by a byte budget). Concurrent misses for the same URL are answered by one query: the
// others wait for it (20 clients opening the same view after a write cost one query, not 20).

import { gzipSync } from 'node:zlib';
import type { MiddlewareHandler } from 'hono';

export interface ResponseCache {
  middleware: MiddlewareHandler;
  /** Forgets every cached answer (call after a write). */
  invalidate(): void;
  readonly size: number;
  readonly bytes: number;
}

// The body is kept as bytes: @hono/node-server writes a Uint8Array body straight to the socket, while
// an ArrayBuffer goes through a web stream (a 190 KB answer: 640 → 2,300 answers a second). Answers
// over 1 KB are also kept gzipped (once, when stored) for clients that accept it, as browsers do: a
// 400 KB matrix page is ~25 KB on the wire.
interface Entry { status: number; headers: [string, string][]; body: Uint8Array<ArrayBuffer>; gzip: Uint8Array<ArrayBuffer> | null }

export interface CacheLimits {
  /** Largest answer kept (bytes). */
  maxBytes?: number;
  /** All answers together (bytes); least recently used go first. */
  budgetBytes?: number;
}

const GZIP_FROM = 1024;

const acceptsGzip = (header: string | undefined) => !!header && /\bgzip\b/i.test(header) && !/\bgzip\s*;\s*q=0(?:\.0{0,3})?(?![\d.])/i.test(header);

function answer(e: Entry, how: 'hit' | 'shared', acceptEncoding: string | undefined): Response {
  const headers: [string, string][] = [...e.headers, ['x-cache', how], ['vary', 'accept-encoding']];
  if (e.gzip && acceptsGzip(acceptEncoding)) {
    return new Response(e.gzip, { status: e.status, headers: [...headers.filter(([k]) => k.toLowerCase() !== 'content-length'), ['content-encoding', 'gzip']] });
  }
  return new Response(e.body, { status: e.status, headers });
}

/** Only 200 JSON answers are kept; an answer computed across a write is not kept. */
export function createResponseCache({ maxBytes = 8 * 1024 * 1024, budgetBytes = 128 * 1024 * 1024 }: CacheLimits = {}): ResponseCache {
  const entries = new Map<string, Entry>();
  const inFlight = new Map<string, Promise<Entry | null>>();
  let generation = 0;
  let bytes = 0;
  const drop = (key: string) => {
    const e = entries.get(key);
    if (e) bytes -= e.body.byteLength + (e.gzip?.byteLength ?? 0);
    entries.delete(key);
  };
  return {
    get size() {
      return entries.size;
    },
    get bytes() {
      return bytes;
    },
    invalidate() {
      generation++;
      entries.clear();
      inFlight.clear();
      bytes = 0;
    },
    middleware: async (c, next) => {
      if (c.req.method !== 'GET') return next();
      // path and query only: the server's own warming requests (first-screen.ts) name no host
      const key = c.req.path + (c.req.url.includes('?') ? c.req.url.slice(c.req.url.indexOf('?')) : '');
      const hit = entries.get(key);
      if (hit) {
        entries.delete(key);
        entries.set(key, hit); // most recently used last
        return answer(hit, 'hit', c.req.header('accept-encoding'));
      }
      const pending = inFlight.get(key);
      if (pending) {
        const shared = await pending;
        if (shared) return answer(shared, 'shared', c.req.header('accept-encoding'));
        return next(); // the first one was not cacheable: answer this one on its own
      }
      const started = generation;
      let settle: (e: Entry | null) => void = () => {};
      inFlight.set(key, new Promise<Entry | null>((r) => (settle = r)));
      let entry: Entry | null = null;
      try {
        await next();
        const res = c.res;
        if (res.status === 200 && (res.headers.get('content-type') ?? '').startsWith('application/json')) {
          const body = new Uint8Array(await res.clone().arrayBuffer());
          if (body.byteLength <= maxBytes) {
            const gzip = body.byteLength >= GZIP_FROM ? new Uint8Array(gzipSync(body, { level: 6 })) : null;
            entry = { status: res.status, headers: [...res.headers.entries()], body, gzip };
          }
        }
      } finally {
        if (generation === started) {
          inFlight.delete(key);
          if (entry) {
            entries.set(key, entry);
            bytes += entry.body.byteLength + (entry.gzip?.byteLength ?? 0);
            for (const k of entries.keys()) {
              if (bytes <= budgetBytes) break;
              drop(k);
            }
          }
        }
        settle(generation === started ? entry : null);
      }
    },
  };
}
