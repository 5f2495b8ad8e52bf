// End to end in headless Chromium: the dashboard served by the API lists the five plans and
// renders its chart.

import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, WEB_BUILD, type RunningServer } from '../../apps/api/src/server.ts';
import { buildCorpusDb, ROOT } from '../helpers/corpus.ts';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const ARTIFACTS = join(ROOT, 'test/artifacts');

let server: RunningServer;
let browser: Browser;
let cleanup: () => void;

beforeAll(async () => {
  if (!existsSync(join(WEB_BUILD, 'index.html'))) throw new Error(`dashboard not built at ${WEB_BUILD}: run "npm test" (it builds it)`);
  if (!existsSync(CHROMIUM)) throw new Error(`no Chromium at ${CHROMIUM}: run "npm test" (it installs Debian's chromium)`);
  const db = await buildCorpusDb();
  cleanup = db.cleanup;
  server = await startServer({ dbPath: db.dbPath, port: 0, log: () => {} });
  browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  cleanup?.();
});

describe('overview page', () => {
  it('renders the chart and lists the five provinces', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(server.url + '/');
    await page.waitForSelector('[data-testid="chart-plans-per-year"][data-rendered="true"]', { timeout: 20_000 });
    await page.waitForSelector('[data-testid="plan-row"]');
    const provinces = await page.$$eval('[data-testid="plan-province"]', (els) => els.map((e) => e.textContent?.trim()));
    expect(new Set(provinces)).toEqual(new Set(['Sơn La', 'Yên Bái', 'Tiền Giang', 'Ninh Thuận', 'Thái Nguyên']));
    const canvas = await page.$('[data-testid="chart-plans-per-year"] canvas');
    expect(canvas).not.toBeNull();
    mkdirSync(ARTIFACTS, { recursive: true });
    await page.screenshot({ path: join(ARTIFACTS, 'overview.png'), fullPage: true });
    await page.close();
  });

  it('filters by year through the URL', async () => {
    const page = await browser.newPage();
    await page.goto(server.url + '/?year=2023');
    await page.waitForSelector('[data-testid="plan-row"]');
    const provinces = await page.$$eval('[data-testid="plan-province"]', (els) => els.map((e) => e.textContent?.trim()));
    expect(provinces).toEqual(['Yên Bái']);
    await page.close();
  });
});
