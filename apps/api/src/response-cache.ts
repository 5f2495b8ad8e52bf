// A response cache for GET /api/* JSON answers. The data only changes when a plan is ingested,
// so answers are kept until the next write (the generation changes) or until evicted (LRU,
// bounded by a byte budget). Concurrent misses for the same URL are answered by one query: the
// others wait for it (20 clients opening the same view after a write cost one query, not 20).

import type { MiddlewareHandler } from 'hono';

export interface ResponseCache {
  middleware: MiddlewareHandler;
  /** Forgets every cached answer (call after a write). */
  invalidate(): void;
  readonly size: number;
  readonly bytes: number;
}

// The body is kept as bytes: @hono/node-server writes a Uint8Array body straight to the socket, while
// an ArrayBuffer goes through a web stream (a 400 KB answer: 170 → 1,000+ answers a second).
interface Entry { status: number; headers: [string, string][]; body: Uint8Array }

export interface CacheLimits {
  /** Largest answer kept (bytes). */
  maxBytes?: number;
  /** All answers together (bytes); least recently used go first. */
  budgetBytes?: number;
}

const answer = (e: Entry, how: 'hit' | 'shared') => new Response(e.body, { status: e.status, headers: [...e.headers, ['x-cache', how]] });

/** Only 200 JSON answers are kept; an answer computed across a write is not kept. */
export function createResponseCache({ maxBytes = 8 * 1024 * 1024, budgetBytes = 128 * 1024 * 1024 }: CacheLimits = {}): ResponseCache {
  const entries = new Map<string, Entry>();
  const inFlight = new Map<string, Promise<Entry | null>>();
  let generation = 0;
  let bytes = 0;
  const drop = (key: string) => {
    const e = entries.get(key);
    if (e) bytes -= e.body.byteLength;
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
      const key = c.req.url;
      const hit = entries.get(key);
      if (hit) {
        entries.delete(key);
        entries.set(key, hit); // most recently used last
        return answer(hit, 'hit');
      }
      const pending = inFlight.get(key);
      if (pending) {
        const shared = await pending;
        if (shared) return answer(shared, 'shared');
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
          if (body.byteLength <= maxBytes) entry = { status: res.status, headers: [...res.headers.entries()], body };
        }
      } finally {
        if (generation === started) {
          inFlight.delete(key);
          if (entry) {
            entries.set(key, entry);
            bytes += entry.body.byteLength;
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
