// End to end in headless Chromium: the dashboard served by the API lists the five plans and
// renders its chart.

import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BELOW_THE_FOLD, FIRST_SCREEN } from '../../apps/api/src/first-screen.ts';
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

  it('asks for its first screen from the shell, before its code loads, and each answer once', async () => {
    const page = await browser.newPage();
    const asked: Array<{ url: string; initiator: string }> = [];
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Network.enable');
    cdp.on('Network.requestWillBeSent', (e: { request: { url: string }; initiator: { type: string } }) => {
      const u = new URL(e.request.url);
      if (u.pathname.startsWith('/api/')) asked.push({ url: u.pathname + u.search, initiator: e.initiator.type });
    });
    await page.goto(server.url + '/');
    await page.waitForSelector('[data-testid="chart-plans-per-year"][data-rendered="true"]', { timeout: 20_000 });
    await page.waitForSelector('[data-testid="plan-row"]');
    const urls = asked.map((a) => a.url);
    // every first-screen answer is asked for exactly once: by the shell's script, then taken by the page
    for (const u of FIRST_SCREEN) expect(urls.filter((x) => x === u), u).toHaveLength(1);
    // and the server's list is what the page asks for first: nothing else, nothing missing
    const below = new Set<string>(BELOW_THE_FOLD);
    expect(new Set(urls.filter((u) => !below.has(u)))).toEqual(new Set(FIRST_SCREEN));
    for (const u of BELOW_THE_FOLD) expect(urls, u).toContain(u);
    await page.close();
  });

  it('starts nothing early on another page or with a filter set', async () => {
    for (const path of ['/?year=2023', '/plans']) {
      const page = await browser.newPage();
      await page.goto(server.url + path);
      const early = await page.evaluate(() => Object.keys((window as unknown as { __cchcEarly?: object }).__cchcEarly ?? { missing: true }));
      expect(early, path).toEqual([]);
      await page.close();
    }
  });

  it('filters by year through the URL', async () => {
    const page = await browser.newPage();
    await page.goto(server.url + '/?year=2023');
    await page.waitForSelector('[data-testid="plan-row"]');
    const provinces = await page.$$eval('[data-testid="plan-province"]', (els) => els.map((e) => e.textContent?.trim()));
    expect(provinces).toEqual(['Yên Bái']);
    await page.close();
  });

  it('asks the API for one sorted page of plans, never the whole list, and sorts on the server', async () => {
    const page = await browser.newPage();
    const planRequests: URL[] = [];
    page.on('request', (r) => {
      const u = new URL(r.url());
      if (u.pathname === '/api/v1/plans') planRequests.push(u);
    });
    await page.goto(server.url + '/');
    await page.waitForSelector('[data-testid="plan-row"]');
    expect(await page.getByTestId('plan-page-range').textContent()).toMatch(/^\s*1–5 \/ 5\s*$/);
    expect(await page.getByTestId('plan-page-next').isDisabled()).toBe(true);
    expect(await page.getByTestId('plan-page-prev').isDisabled()).toBe(true);

    const ids = () => page.$$eval('[data-testid="plan-row"]', (rows) => rows.map((r) => r.getAttribute('data-id')));
    const apiIds = async (sort: string) =>
      ((await (await fetch(`${server.url}/api/v1/plans?sort=${sort}`)).json()) as { data: Array<{ document_id: string }> }).data.map((r) => r.document_id);
    expect(await ids()).toEqual(await apiIds('province'));
    await page.getByTestId('plan-sort-issue_date').click();
    await expect.poll(ids).toEqual(await apiIds('issue_date'));
    expect(await page.locator('th[aria-sort="ascending"]').count()).toBe(1);
    await page.getByTestId('plan-sort-issue_date').click();
    await expect.poll(ids).toEqual(await apiIds('-issue_date'));
    expect(await apiIds('-issue_date')).not.toEqual(await apiIds('issue_date'));

    // every plan request is bounded: the headline's latest plan (1 row) or a page of the list
    expect(planRequests.length).toBeGreaterThanOrEqual(3);
    for (const u of planRequests) expect(Number(u.searchParams.get('limit')), u.search).toBeLessThanOrEqual(50);
    expect(planRequests.filter((u) => u.searchParams.get('format') == null).map((u) => u.searchParams.get('sort'))).toEqual(
      expect.arrayContaining(['latest', 'province', 'issue_date', '-issue_date']),
    );
    // the list's CSV is the whole slice, not the page
    const csv = await page.getByTestId('csv-plans').getAttribute('href');
    expect(csv).toMatch(/^\/api\/v1\/plans\?/);
    expect(csv).not.toMatch(/limit|offset/);
    await page.close();
  });

  it('draws the years from the API’s per-year counts and the heatmap with one column per province over several years', async () => {
    const page = await browser.newPage();
    await page.goto(server.url + '/');
    await page.waitForSelector('[data-testid="chart-plans-per-year"][data-rendered="true"]', { timeout: 20_000 });
    const perYear = ((await (await fetch(`${server.url}/api/v1/plans/per-year?units=2024`)).json()) as { data: Array<{ year: number; plans: number }> }).data;
    const table = await page.$$eval('figure:has([data-testid="chart-plans-per-year"]) + table tbody tr', (rows) =>
      rows.map((r) => [Number(r.querySelector('th')?.textContent), Number(r.querySelector('td')?.textContent)]),
    );
    const byYear = new Map(perYear.map((r) => [r.year, r.plans]));
    expect(table.length).toBe(Math.max(...byYear.keys()) - Math.min(...byYear.keys()) + 1);
    for (const [year, n] of table) expect(n).toBe(byYear.get(year!) ?? 0);

    await page.waitForSelector('[data-testid="chart-topic-heatmap"][data-rendered="true"]', { timeout: 20_000 });
    expect(await page.locator('[data-testid="table-topic-heatmap"]').count()).toBe(0);
    await page.getByTestId('table-toggle-topic-heatmap').click();
    // The table is drawn after the click's state change, not during it.
    await page.waitForSelector('[data-testid="table-topic-heatmap"] thead th', { timeout: 20_000 });
    const heads = await page.$$eval('[data-testid="table-topic-heatmap"] thead th', (ths) => ths.slice(1).map((th) => th.textContent?.trim()));
    expect(heads).toHaveLength(5);
    expect(heads.every((h) => !/\d{4}/.test(h ?? ''))).toBe(true);
    await page.close();
  });
});
