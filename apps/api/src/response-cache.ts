// A response cache for GET /api/* JSON answers. The data only changes when a plan is ingested,
// so answers are kept until the next write (the generation changes) or until evicted (LRU).

import type { MiddlewareHandler } from 'hono';

export interface ResponseCache {
  middleware: MiddlewareHandler;
  /** Forgets every cached answer (call after a write). */
  invalidate(): void;
  readonly size: number;
}

interface Entry { status: number; headers: [string, string][]; body: ArrayBuffer }

/** At most `maxEntries` answers, each at most `maxBytes`; only 200 JSON answers are kept. */
export function createResponseCache(maxEntries = 1000, maxBytes = 512 * 1024): ResponseCache {
  const entries = new Map<string, Entry>();
  return {
    get size() {
      return entries.size;
    },
    invalidate() {
      entries.clear();
    },
    middleware: async (c, next) => {
      if (c.req.method !== 'GET') return next();
      const key = c.req.url;
      const hit = entries.get(key);
      if (hit) {
        entries.delete(key);
        entries.set(key, hit); // most recently used last
        return new Response(hit.body, { status: hit.status, headers: [...hit.headers, ['x-cache', 'hit']] });
      }
      await next();
      const res = c.res;
      if (res.status !== 200 || !(res.headers.get('content-type') ?? '').startsWith('application/json')) return;
      const body = await res.clone().arrayBuffer();
      if (body.byteLength > maxBytes) return;
      entries.set(key, { status: res.status, headers: [...res.headers.entries()], body });
      if (entries.size > maxEntries) entries.delete(entries.keys().next().value!);
    },
  };
}
