// The overview's first render in headless Chromium (navigation start → chart rendered) and the
// gzip size of the JavaScript it loads. The render time is read in the page: a script added before
// the page's own records `performance.now()` when the plans-per-year chart first reports a finished
// render. (Reading the clock after Playwright sees the attribute added 200–900 ms of polling lag
// while the page's main thread was busy with the charts below.)

import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { median, round } from './percentiles.ts';

export const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

/** Median first render over `runs` cold page loads, and the overview's JS size (gzip -9). */
export async function measureWeb(url: string, runs = 3): Promise<{ first_render_ms: number; js_gzip_kb: number; runs_ms: number[] }> {
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: CHROMIUM_ARGS });
  const times: number[] = [];
  let jsBytes = 0;
  try {
    for (let i = 0; i < runs; i++) {
      const context = await browser.newContext();
      const page = await context.newPage();
      const js: Promise<number>[] = [];
      if (i === 0) {
        page.on('response', (r) => {
          if (r.url().endsWith('.js')) js.push(r.body().then((b) => gzipSync(b, { level: 9 }).byteLength).catch(() => 0));
        });
      }
      await page.addInitScript(() => {
        const w = window as unknown as { __firstRender?: number };
        new MutationObserver((changes) => {
          for (const m of changes) {
            const el = m.target as Element;
            if (w.__firstRender === undefined && el.getAttribute('data-testid') === 'chart-plans-per-year' && el.getAttribute('data-rendered') === 'true') {
              w.__firstRender = performance.now();
            }
          }
        }).observe(document, { subtree: true, attributes: true, attributeFilter: ['data-rendered'] });
      });
      await page.goto(url + '/', { waitUntil: 'commit' });
      await page.waitForSelector('[data-testid="chart-plans-per-year"][data-rendered="true"]', { timeout: 30_000 });
      const at = await page.evaluate(() => (window as unknown as { __firstRender?: number }).__firstRender);
      if (typeof at !== 'number') throw new Error('the page did not record its first render');
      times.push(at);
      if (i === 0) jsBytes = (await Promise.all(js)).reduce((a, b) => a + b, 0);
      await context.close();
    }
  } finally {
    await browser.close();
  }
  return { first_render_ms: round(median(times)), js_gzip_kb: round(jsBytes / 1024, 1), runs_ms: times.map((t) => round(t)) };
}
