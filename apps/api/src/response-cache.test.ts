import { gunzipSync } from 'node:zlib';
import { Hono } from 'hono';
import { describe, expect, it } from 'vitest';
import { createResponseCache } from './response-cache.ts';

describe('response cache', () => {
  it('answers a repeated GET from the cache until invalidated', async () => {
    let n = 0;
    const cache = createResponseCache();
    const app = new Hono().use('*', cache.middleware).get('/x', (c) => c.json({ n: ++n }));
    expect(await (await app.request('/x')).json()).toEqual({ n: 1 });
    const again = await app.request('/x');
    expect(again.headers.get('x-cache')).toBe('hit');
    expect(await again.json()).toEqual({ n: 1 });
    cache.invalidate();
    expect(await (await app.request('/x')).json()).toEqual({ n: 2 });
  });

  it('keeps neither errors nor non-JSON answers', async () => {
    let n = 0;
    const cache = createResponseCache();
    const app = new Hono().use('*', cache.middleware).get('/csv', (c) => c.text(`a,${++n}`)).get('/bad', (c) => c.json({ n: ++n }, 400));
    await app.request('/csv');
    await app.request('/bad');
    expect(cache.size).toBe(0);
  });

  it('answers concurrent misses for one URL with a single query', async () => {
    let n = 0;
    let release: () => void = () => {};
    const gate = new Promise<void>((r) => (release = r));
    const cache = createResponseCache();
    const app = new Hono().use('*', cache.middleware).get('/x', async (c) => {
      n++;
      await gate;
      return c.json({ n });
    });
    const all = Promise.all([1, 2, 3, 4, 5].map(() => app.request('/x')));
    await new Promise((r) => setTimeout(r, 10));
    release();
    const answers = await all;
    expect(n).toBe(1);
    expect(await Promise.all(answers.map((a) => a.json()))).toEqual([1, 2, 3, 4, 5].map(() => ({ n: 1 })));
    expect(answers.map((a) => a.headers.get('x-cache')).filter((h) => h === 'shared')).toHaveLength(4);
  });

  it('does not keep an answer computed across a write', async () => {
    let n = 0;
    let release: () => void = () => {};
    const gate = new Promise<void>((r) => (release = r));
    const cache = createResponseCache();
    const app = new Hono().use('*', cache.middleware).get('/x', async (c) => {
      const mine = ++n;
      if (mine === 1) await gate;
      return c.json({ n: mine });
    });
    const first = app.request('/x');
    await new Promise((r) => setTimeout(r, 10));
    cache.invalidate(); // a plan is written while the first answer is computed
    release();
    expect(await (await first).json()).toEqual({ n: 1 });
    expect(cache.size).toBe(0);
    expect(await (await app.request('/x')).json()).toEqual({ n: 2 });
  });

  it('evicts the least recently used answers beyond its byte budget', async () => {
    const cache = createResponseCache({ maxBytes: 1000, budgetBytes: 2500 });
    const app = new Hono().use('*', cache.middleware).get('/big/:k', (c) => c.json({ k: c.req.param('k'), pad: 'x'.repeat(900) })).get('/huge', (c) => c.json({ pad: 'x'.repeat(2000) }));
    await app.request('/huge');
    expect(cache.size).toBe(0);
    for (const k of ['a', 'b']) await app.request(`/big/${k}`);
    await app.request('/big/a'); // a is now the most recent
    await app.request('/big/c');
    expect(cache.size).toBe(2);
    expect(cache.bytes).toBeLessThanOrEqual(2500);
    expect((await app.request('/big/a')).headers.get('x-cache')).toBe('hit');
    expect((await app.request('/big/b')).headers.get('x-cache')).toBeNull();
  });

  it('serves a kept answer gzipped to clients that accept it, and plain to the others', async () => {
    const cache = createResponseCache();
    const rows = Array.from({ length: 200 }, (_, i) => ({ unit: `Tỉnh ${i}`, share: i / 200 }));
    const app = new Hono().use('*', cache.middleware).get('/x', (c) => c.json({ rows }));
    await app.request('/x');
    const zipped = await app.request('/x', { headers: { 'accept-encoding': 'gzip, deflate, br' } });
    expect(zipped.headers.get('content-encoding')).toBe('gzip');
    const bytes = new Uint8Array(await zipped.arrayBuffer());
    expect(JSON.parse(gunzipSync(bytes).toString('utf8'))).toEqual({ rows });
    expect(bytes.byteLength).toBeLessThan(JSON.stringify({ rows }).length / 3);
    for (const h of [undefined, 'identity', 'gzip;q=0']) {
      const plain = await app.request('/x', h ? { headers: { 'accept-encoding': h } } : {});
      expect(plain.headers.get('content-encoding'), h).toBeNull();
      expect(await plain.json()).toEqual({ rows });
    }
    const half = await app.request('/x', { headers: { 'accept-encoding': 'gzip;q=0.5' } });
    expect(half.headers.get('content-encoding')).toBe('gzip');
  });
});
