// The "Khoảng trống" page in headless Chromium, on the five plans and the test's Ministry-style
// reference: it names the reference, marks exactly the cells the API calls missing, lists a
// province's omissions with the reference's passage, and says so when a year has no reference.

import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, WEB_BUILD, type RunningServer } from '../../apps/api/src/server.ts';
import { ingestFiles } from '../../ingest/src/ingest-files.ts';
import { PLAN_FILES, ROOT, tempDir } from '../helpers/corpus.ts';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const ARTIFACTS = join(ROOT, 'test/artifacts');
const REFERENCE_FILE = join(ROOT, 'test/fixtures/reference/bnv-2024-gaps-reference.txt');

let server: RunningServer;
let browser: Browser;
let cleanup: () => void;

beforeAll(async () => {
  if (!existsSync(join(WEB_BUILD, 'index.html'))) throw new Error(`dashboard not built at ${WEB_BUILD}: run "npm test" (it builds it)`);
  if (!existsSync(CHROMIUM)) throw new Error(`no Chromium at ${CHROMIUM}: run "npm test" (it installs Debian's chromium)`);
  const tmp = tempDir('cchc-gaps-web-');
  cleanup = tmp.cleanup;
  const dbPath = join(tmp.dir, 'gaps.duckdb');
  await ingestFiles([...PLAN_FILES, REFERENCE_FILE], dbPath, { now: () => new Date('2026-01-01T00:00:00Z') });
  server = await startServer({ dbPath, port: 0, log: () => {} });
  browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  mkdirSync(ARTIFACTS, { recursive: true });
}, 180_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
  cleanup?.();
});

async function open(path: string): Promise<{ page: Page; errors: string[] }> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(server.url + path);
  await page.waitForFunction(() => !document.querySelector('main .loading'), undefined, { timeout: 20_000 });
  return { page, errors };
}

const api = async (path: string) => (await (await fetch(`${server.url}${path}`)).json()) as any;

describe('the gaps page', () => {
  it('names the Ministry plan it holds 2024 against and marks exactly the missing cells', async () => {
    const { page, errors } = await open('/gaps?year=2024');
    await page.locator('[data-testid="gaps-ranking"]').waitFor();
    expect(await page.locator('[data-testid="gaps-reference"]').textContent()).toContain('35/QĐ-BNV');
    const rows = (await api('/api/v1/gaps?year=2024&group=province_year&status=missing&limit=10000')).data as any[];
    expect(await page.locator('[data-testid="gaps-missing"]').count()).toBe(rows.length);
    const ranking = await page.locator('[data-testid="gaps-rank-row"]').evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-code')));
    const summary = (await api('/api/v1/gaps/summary?year=2024&group=province_year')).data as any[];
    expect(ranking).toEqual(summary.map((s) => s.province_code));
    await page.screenshot({ path: join(ARTIFACTS, 'dashboard-gaps.png'), fullPage: true });
    expect(errors).toEqual([]);
  });

  it("lists a province's omissions with the reference's passage for each", async () => {
    const { page, errors } = await open('/gaps?year=2024&focus=14');
    await page.locator('[data-testid="gaps-omissions"], [data-testid="gaps-no-omission"]').first().waitFor();
    const missing = (await api('/api/v1/gaps?year=2024&group=province_year&province=14&status=missing&limit=10000')).data as any[];
    const shown = await page.locator('[data-testid="gaps-omission"]').evaluateAll((lis) => lis.map((li) => li.getAttribute('data-key')));
    expect(shown.sort()).toEqual(missing.map((r) => `${r.dimension}:${r.category_id}`).sort());
    if (missing.length > 0) {
      const href = await page.locator('[data-testid="gaps-reference-passage"]').first().getAttribute('href');
      expect(href).toMatch(/^\/plans\/[0-9a-f]{16}\?passage=\d+&category=/);
    }
    expect(errors).toEqual([]);
  });

  it('says plainly that 2023 has no reference, and shows no table', async () => {
    const { page, errors } = await open('/gaps?year=2023');
    const notice = page.locator('[data-testid="gaps-no-reference"]');
    await notice.waitFor();
    expect(await notice.textContent()).toContain('Không có kế hoạch của Bộ Nội vụ cho năm 2023');
    expect(await page.locator('[data-testid="gaps-matrix"]').count()).toBe(0);
    expect(await page.locator('[data-testid="csv-gaps"]').count()).toBe(0);
    expect(errors).toEqual([]);
  });

  it('holds the plans against another plan when one is chosen', async () => {
    const { page, errors } = await open('/gaps?year=2024');
    await page.locator('[data-testid="gaps-ranking"]').waitFor();
    const select = page.locator('[data-testid="gaps-reference-select"]');
    const option = await select.locator('option', { hasText: 'Sơn La' }).first().getAttribute('value');
    await select.selectOption(option!);
    await expect.poll(() => page.url()).toContain(`reference=${option}`);
    await expect.poll(() => page.locator('[data-testid="gaps-reference"]').textContent(), { timeout: 20_000 }).toContain('Sơn La');
    const href = await page.locator('[data-testid="csv-gaps"]').getAttribute('href');
    expect(href).toContain(`reference=${option}`);
    expect(errors).toEqual([]);
  });
});
