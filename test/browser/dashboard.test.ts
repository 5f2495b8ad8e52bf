// End to end in headless Chromium on a database built from the five sample plans: every page of
// the dashboard renders (a screenshot of each goes to test/artifacts/), filters live in the URL
// and change the data, a chart's CSV is the API's CSV for the same filters, the 34-unit map puts
// Yên Bái's plan under Lào Cai, and a heatmap cell leads through its evidence to the highlighted
// passage in the reader.

import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, WEB_BUILD, type RunningServer } from '../../apps/api/src/server.ts';
import { buildCorpusDb, ROOT } from '../helpers/corpus.ts';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const ARTIFACTS = join(ROOT, 'test/artifacts');

let server: RunningServer;
let browser: Browser;
let cleanup: () => void;
/** Whether the ingest coded any passage (topic, channel or agency role) yet. */
let coded = false;

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
  const codes = (await (await fetch(`${server.url}/api/v1/codes?dimension=topic&limit=1`)).json()) as { total: number };
  coded = codes.total > 0;
  mkdirSync(ARTIFACTS, { recursive: true });
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  cleanup?.();
});

/** A page that fails the test on any uncaught error in the browser. */
async function open(path: string, viewport = { width: 1280, height: 900 }): Promise<{ page: Page; errors: string[] }> {
  const page = await browser.newPage({ viewport, acceptDownloads: true });
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(server.url + path);
  return { page, errors };
}

/** Waits until no loading message is left on the page. */
const settled = (page: Page) => page.waitForFunction(() => !document.querySelector('main .loading'), undefined, { timeout: 20_000 });

const shot = (page: Page, name: string) => page.screenshot({ path: join(ARTIFACTS, `dashboard-${name}.png`), fullPage: true });

/** The API's CSV as bytes (fetch's text() would drop the BOM a download keeps). */
const apiCsv = async (path: string) => Buffer.from(await (await fetch(`${server.url}${path}`)).arrayBuffer()).toString('latin1');

describe('every page', () => {
  const pages: Array<[name: string, path: string, heading: RegExp]> = [
    ['overview', '/', /Tổng quan/],
    ['map', '/map', /Bản đồ/],
    ['map-34', '/map?units=2025', /Bản đồ/],
    ['compare', '/compare?province=14,19,82&year=2024', /So sánh/],
    ['provinces', '/province', /Tỉnh/],
    ['province', '/province/14', /Sơn La/],
    ['agencies', '/agencies', /Cơ quan/],
    ['plans', '/plans', /Văn bản/],
    ['search', '/search?q=tuyen%20truyen', /Tra cứu/],
    ['method', '/method', /Phương pháp/],
  ];

  it.each(pages)('%s renders its content without errors', async (name, path, heading) => {
    const { page, errors } = await open(path);
    await expect.poll(() => page.locator('h1').first().textContent(), { timeout: 20_000 }).toMatch(heading);
    await settled(page);
    await page.waitForFunction(() => [...document.querySelectorAll('[data-rendered]')].every((e) => e.getAttribute('data-rendered') === 'true'), undefined, { timeout: 20_000 });
    expect(await page.locator('[role="alert"]').count()).toBe(0);
    // the footer names the data version and the last ingest
    await expect.poll(() => page.getByTestId('data-version').textContent()).toMatch(/^[0-9a-f]{16}$/);
    await shot(page, name);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('the reader shows a plan whole, with its structure', async () => {
    const plans = (await (await fetch(`${server.url}/api/v1/plans?province=15`)).json()) as { data: Array<{ document_id: string }> };
    const id = plans.data[0]!.document_id;
    const { page, errors } = await open(`/plans/${id}`);
    await page.waitForSelector('[data-testid="passage"]');
    expect(await page.locator('[data-testid="passage"]').count()).toBe(78);
    expect(await page.locator('.block-heading').count()).toBeGreaterThan(3);
    await shot(page, 'reader');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('navigation links every page, Khoảng trống included', async () => {
    const { page } = await open('/');
    await page.waitForSelector('nav[aria-label] a');
    const links = await page.$$eval('nav[aria-label] a', (as) => as.map((a) => [a.textContent?.trim(), a.getAttribute('href')]));
    expect(links).toEqual(
      expect.arrayContaining([
        ['Tổng quan', '/'], ['Bản đồ', '/map'], ['So sánh', '/compare'], ['Tỉnh', '/province'], ['Cơ quan', '/agencies'],
        ['Văn bản', '/plans'], ['Tra cứu', '/search'], ['Khoảng trống', '/gaps'], ['Phương pháp', '/method'],
      ]),
    );
    await page.close();
  });
});

describe('filters', () => {
  it('live in the URL and change the data', async () => {
    const { page } = await open('/');
    await expect.poll(() => page.getByTestId('figure-plans').textContent(), { timeout: 20_000 }).toBe('5');
    await page.getByTestId('filter-year-from').selectOption('2024');
    await page.waitForURL(/year_from=2024/);
    await expect.poll(() => page.getByTestId('figure-plans').textContent()).toBe('3');
    await page.getByTestId('filter-units-2025').check();
    await page.waitForURL(/units=2025/);
    expect(new URL(page.url()).searchParams.get('year_from')).toBe('2024');
    await page.getByTestId('filter-measure').selectOption('share');
    await page.waitForURL(/measure=share/);
    // the view is in the URL: opening it afresh gives the same filters
    const again = await browser.newPage();
    await again.goto(page.url());
    await expect.poll(() => again.getByTestId('figure-plans').textContent(), { timeout: 20_000 }).toBe('3');
    expect(await again.getByTestId('filter-measure').inputValue()).toBe('share');
    expect(await again.getByTestId('filter-units-2025').isChecked()).toBe(true);
    await again.close();
    await page.close();
  });

  it('a year filter keeps only the plans of that year', async () => {
    const { page } = await open('/plans?year_from=2023&year_to=2023');
    await page.waitForSelector('[data-testid="plan-row"]');
    expect(await page.$$eval('[data-testid="plan-province"]', (els) => els.map((e) => e.textContent?.trim()))).toEqual(['Yên Bái']);
    await page.close();
  });

  it('search ignores diacritics and shows the words in context', async () => {
    const { page } = await open('/search');
    await page.getByTestId('search-input').fill('mot cua');
    await page.getByTestId('search-submit').click();
    await page.waitForURL(/q=mot\+cua|q=mot%20cua/);
    await page.waitForSelector('[data-testid="search-result"]');
    const marks = await page.$$eval('[data-testid="search-result"] mark', (ms) => ms.map((m) => m.textContent?.toLowerCase()));
    expect(marks.length).toBeGreaterThan(0);
    expect(marks.every((m) => m === 'một cửa')).toBe(true);
    await page.close();
  });
});

describe('exports', () => {
  it('the channel chart’s CSV is the API’s CSV for the same filters', async () => {
    const { page } = await open('/?year_from=2024&units=2025&measure=share');
    const link = page.getByTestId('csv-channel-mix');
    await link.waitFor({ timeout: 20_000 });
    const [download] = await Promise.all([page.waitForEvent('download'), link.click()]);
    const downloaded = readFileSync((await download.path())!).toString('latin1');
    const expected = await apiCsv('/api/v1/coverage/units?dimension=channel&measure=share&units=2025&year_from=2024&format=csv');
    expect(downloaded).toBe(expected);
    expect(downloaded.startsWith('\xEF\xBB\xBF')).toBe(true);
    expect(downloaded.split('\r\n').length).toBeGreaterThan(2);
    await page.close();
  });

  it('the map’s CSV is the matrix the map is drawn from, and the map saves as PNG', async () => {
    const { page } = await open('/map?units=2025&year_to=2024');
    await page.waitForSelector('[data-testid="tile"]');
    const href = await page.getByTestId('csv-map').getAttribute('href');
    expect(href).toBe('/api/v1/matrix?dimension=channel&format=csv&measure=presence&units=2025&year_to=2024');
    expect(await apiCsv(href!)).toBe(await apiCsv('/api/v1/matrix?units=2025&year_to=2024&dimension=channel&measure=presence&format=csv'));
    const [png] = await Promise.all([page.waitForEvent('download'), page.getByTestId('png-map').click()]);
    expect(png.suggestedFilename()).toMatch(/\.png$/);
    expect(readFileSync((await png.path())!).subarray(1, 4).toString()).toBe('PNG');
    await page.close();
  });

  it('a chart saves as PNG', async () => {
    const { page } = await open('/');
    await page.waitForSelector('[data-testid="chart-channel-mix"][data-rendered="true"]', { timeout: 20_000 });
    const [png] = await Promise.all([page.waitForEvent('download'), page.getByTestId('png-channel-mix').click()]);
    expect(readFileSync((await png.path())!).subarray(1, 4).toString()).toBe('PNG');
    await page.close();
  });
});

describe('units of 2025', () => {
  it('the 34-unit map shows Lào Cai with Yên Bái’s plan', async () => {
    const { page } = await open('/map?units=2025');
    await page.waitForSelector('[data-testid="tile"]');
    const laoCai = page.locator('[data-testid="tile"][data-code="10"]');
    expect(await laoCai.getAttribute('data-has-plan')).toBe('true');
    expect(await laoCai.getAttribute('data-year')).toBe('2023');
    expect(await laoCai.getAttribute('aria-label')).toMatch(/Lào Cai.*Yên Bái 2023/);
    expect(await page.locator('[data-testid="tile"][data-code="15"]').count()).toBe(0);
    expect(await page.locator('[data-testid="tile"]:not([data-code="HS"]):not([data-code="TS"])').count()).toBe(34);
    // Hoàng Sa and Trường Sa are on the map, as parts of Đà Nẵng and Khánh Hòa (Ninh Thuận's plan)
    expect(await page.locator('[data-testid="tile"][data-code="HS"]').getAttribute('aria-label')).toMatch(/Hoàng Sa.*Đà Nẵng/);
    expect(await page.locator('[data-testid="tile"][data-code="TS"]').getAttribute('data-has-plan')).toBe('true');
    await page.close();
  });

  it('the 63-province map shows Yên Bái on its own and Lào Cai without a plan, not as zero', async () => {
    const { page } = await open('/map');
    await page.waitForSelector('[data-testid="tile"]');
    expect(await page.locator('[data-testid="tile"][data-code="15"]').getAttribute('data-has-plan')).toBe('true');
    const laoCai = page.locator('[data-testid="tile"][data-code="10"]');
    expect(await laoCai.getAttribute('data-has-plan')).toBe('false');
    expect(await laoCai.getAttribute('data-value')).toBe('');
    expect(await laoCai.textContent()).toContain('—');
    expect(await page.locator('[data-testid="tile"][data-has-plan="true"]:not([data-code="HS"]):not([data-code="TS"])').count()).toBe(5);
    await page.close();
  });

  it('the profile of Lào Cai under the 2025 units lists Yên Bái’s plan', async () => {
    const { page } = await open('/province/10?units=2025');
    await page.waitForSelector('[data-testid="profile-plan"]');
    expect(await page.$$eval('[data-testid="profile-plan"]', (rows) => rows.map((r) => r.getAttribute('data-province')))).toEqual(['15']);
    await page.close();
  });

  it('a tile is reachable from the keyboard and opens the province', async () => {
    const { page } = await open('/map');
    await page.waitForSelector('[data-testid="tile"][data-code="14"]');
    await page.locator('[data-testid="tile"][data-code="14"]').focus();
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/province\/14/);
    await page.close();
  });
});

describe('evidence (needs coded passages)', () => {
  it('a heatmap cell opens its evidence and the reader scrolls to the highlighted passage', async (ctx) => {
    if (!coded) ctx.skip();
    const { page, errors } = await open('/');
    await page.waitForSelector('[data-testid="chart-topic-heatmap"][data-rendered="true"]', { timeout: 20_000 });
    await page.getByTestId('table-toggle-topic-heatmap').click();
    const cell = page.getByTestId('cell-topic-heatmap').first();
    const category = await cell.getAttribute('data-row');
    await cell.click();
    const dialog = page.getByTestId('evidence-dialog');
    await dialog.locator('[data-testid="evidence-passage"]').first().waitFor();
    expect(await dialog.locator('mark').count()).toBeGreaterThan(0);
    await shot(page, 'evidence');
    const link = dialog.getByTestId('evidence-open').first();
    const href = (await link.getAttribute('href'))!;
    const seq = new URL(href, server.url).searchParams.get('passage');
    expect(new URL(href, server.url).searchParams.get('category')).toBe(`topic:${category}`);
    await link.click();
    await page.waitForURL(/\/plans\/[0-9a-f]{16}\?/);
    const target = page.locator(`#p-${seq}`);
    await expect.poll(() => target.getAttribute('data-scrolled'), { timeout: 20_000 }).toBe('true');
    expect(await target.getAttribute('class')).toMatch(/\btarget\b/);
    expect(await target.locator('mark').count()).toBeGreaterThan(0);
    const box = (await target.boundingBox())!;
    expect(box.y).toBeGreaterThanOrEqual(0);
    expect(box.y).toBeLessThan(900);
    await shot(page, 'reader-passage');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('choosing a category in the reader marks its evidence', async (ctx) => {
    if (!coded) ctx.skip();
    const plans = (await (await fetch(`${server.url}/api/v1/plans?province=14`)).json()) as { data: Array<{ document_id: string }> };
    const { page } = await open(`/plans/${plans.data[0]!.document_id}`);
    const first = page.getByTestId('reader-category').first();
    await first.waitFor();
    await first.click();
    await page.waitForURL(/category=/);
    expect(await page.locator('.passage.selected').count()).toBeGreaterThan(0);
    expect(await page.locator('.passage.selected mark').count()).toBeGreaterThan(0);
    await page.close();
  });

  it('the agency × role matrix opens the evidence of a role', async (ctx) => {
    if (!coded) ctx.skip();
    const { page } = await open('/agencies');
    await page.waitForSelector('[data-testid="chart-agency-roles"][data-rendered="true"]', { timeout: 20_000 });
    await page.getByTestId('table-toggle-agency-roles').click();
    await page.getByTestId('cell-agency-roles').first().click();
    await page.getByTestId('evidence-dialog').locator('[data-testid="evidence-passage"]').first().waitFor();
    await page.close();
  });

  it('the method page shows example passages from the corpus', async (ctx) => {
    if (!coded) ctx.skip();
    const { page } = await open('/method');
    await page.locator('[data-testid="example-load"][data-category="tthc"]').click();
    await page.getByTestId('examples').first().waitFor();
    expect(await page.locator('[data-testid="examples"] mark').count()).toBeGreaterThan(0);
    await page.close();
  });
});

describe('English', () => {
  it('switches the labels to English and back', async () => {
    const { page } = await open('/');
    await page.getByTestId('lang-switch').click();
    await expect.poll(() => page.locator('h1').first().textContent()).toBe('Overview');
    expect(await page.locator('nav[aria-label] a').first().textContent()).toBe('Overview');
    await page.getByTestId('lang-switch').click();
    await expect.poll(() => page.locator('h1').first().textContent()).toBe('Tổng quan');
    await page.close();
  });
});
