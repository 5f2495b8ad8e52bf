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
});
