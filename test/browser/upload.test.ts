// End to end in headless Chromium: uploading a new plan and a news paragraph through the
// "Tải lên" page, then finding the refused one on "Bị từ chối" and in its CSV.

import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, WEB_BUILD, type RunningServer } from '../../apps/api/src/server.ts';
import { buildCorpusDb, PLAN_FILES, ROOT } from '../helpers/corpus.ts';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const ARTIFACTS = join(ROOT, 'test/artifacts');
const TOKEN = 'T';

// A real plan with another number, so its hash (and id) is new; and a text that is no plan.
const NEW_PLAN = readFileSync(PLAN_FILES[1]!, 'utf8').replace(/285 \/KH-UBND/, '286 /KH-UBND');
const NEWS = 'Sáng nay, Sở Nội vụ tổ chức hội nghị tổng kết công tác năm.\n\nHội nghị có nhiều đại biểu tham dự và phát biểu ý kiến.';

let server: RunningServer;
/** A second server started without a token: uploads are off. */
let off: RunningServer;
let browser: Browser;
let cleanups: Array<() => void> = [];

beforeAll(async () => {
  if (!existsSync(join(WEB_BUILD, 'index.html'))) throw new Error(`dashboard not built at ${WEB_BUILD}: run "npm test" (it builds it)`);
  if (!existsSync(CHROMIUM)) throw new Error(`no Chromium at ${CHROMIUM}: run "npm test" (it installs Debian's chromium)`);
  expect(NEW_PLAN).toContain('286 /KH-UBND');
  mkdirSync(ARTIFACTS, { recursive: true });
  const [db, readOnly] = await Promise.all([buildCorpusDb(), buildCorpusDb()]);
  cleanups = [db.cleanup, readOnly.cleanup];
  server = await startServer({ dbPath: db.dbPath, port: 0, token: TOKEN, log: () => {} });
  off = await startServer({ dbPath: readOnly.dbPath, port: 0, log: () => {} });
  browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  await off?.close();
  for (const c of cleanups) c();
});

const text = (content: string) => Buffer.from(content, 'utf8');

/** Waits until `n` items are listed and none is still uploading; returns name → status. */
async function finishedItems(page: Page, n: number): Promise<Record<string, string>> {
  await page.waitForFunction(
    (n) => {
      const items = [...document.querySelectorAll('[data-testid="upload-item"]')];
      return items.length === n && items.every((e) => e.getAttribute('data-status') !== 'uploading');
    },
    n,
    { timeout: 30_000 },
  );
  return Object.fromEntries(
    await page.$$eval('[data-testid="upload-item"]', (els) => els.map((e) => [e.getAttribute('data-name'), e.getAttribute('data-status')])),
  );
}

async function documentCount(): Promise<number> {
  return ((await (await fetch(`${server.url}/api/health`)).json()) as { documents: number }).documents;
}

describe('upload page', () => {
  it('refuses a wrong token with a clear message and loads nothing', async () => {
    const page = await browser.newPage();
    await page.goto(server.url + '/upload');
    await page.fill('[data-testid="upload-token"]', 'sai-ma');
    await page.setInputFiles('[data-testid="upload-input"]', [{ name: 'lao-cai.txt', mimeType: 'text/plain', buffer: text(NEW_PLAN) }]);
    await page.click('[data-testid="upload-submit"]');
    expect(await finishedItems(page, 1)).toEqual({ 'lao-cai.txt': 'error' });
    expect(await page.textContent('[data-testid="upload-reason"]')).toMatch(/Mã tải lên không đúng/);
    expect(await documentCount()).toBe(5);
    await page.close();
  });

  it('says so when the server has uploads switched off', async () => {
    const page = await browser.newPage();
    await page.goto(off.url + '/upload');
    await page.fill('[data-testid="upload-token"]', TOKEN);
    await page.setInputFiles('[data-testid="upload-input"]', [{ name: 'lao-cai.txt', mimeType: 'text/plain', buffer: text(NEW_PLAN) }]);
    await page.click('[data-testid="upload-submit"]');
    expect(await finishedItems(page, 1)).toEqual({ 'lao-cai.txt': 'error' });
    expect(await page.textContent('[data-testid="upload-reason"]')).toMatch(/chưa bật chức năng tải lên.*CCHC_TOKEN/);
    await page.close();
  });

  it('shows a labelled progress bar for each file while it is under way', async () => {
    const page = await browser.newPage();
    // Hold the requests so the page can be seen mid-upload; the server never gets them.
    let release!: () => void;
    const held = new Promise<void>((r) => (release = r));
    await page.route('**/api/v1/documents', async (route) => {
      await held;
      await route.fulfill({ status: 503, contentType: 'application/problem+json', body: JSON.stringify({ status: 503, detail: 'read-only' }) });
    });
    await page.goto(server.url + '/upload');
    await page.fill('[data-testid="upload-token"]', TOKEN);
    await page.setInputFiles('[data-testid="upload-input"]', [
      { name: 'a.txt', mimeType: 'text/plain', buffer: text(NEW_PLAN) },
      { name: 'b.txt', mimeType: 'text/plain', buffer: text(NEWS) },
    ]);
    await page.click('[data-testid="upload-submit"]');
    await page.waitForSelector('[data-testid="upload-item"][data-status="uploading"] progress');
    expect(await page.locator('[data-testid="upload-item"][data-status="uploading"]').count()).toBe(2);
    await expect.poll(() => page.getByRole('progressbar', { name: /b\.txt/ }).count()).toBe(1);
    await page.screenshot({ path: join(ARTIFACTS, 'upload-progress.png'), fullPage: true });
    release();
    expect(await finishedItems(page, 2)).toEqual({ 'a.txt': 'error', 'b.txt': 'error' });
    await page.close();
  });

  it('takes dropped files, and refuses a file of the wrong type before sending it', async () => {
    const page = await browser.newPage();
    await page.goto(server.url + '/upload');
    await page.fill('[data-testid="upload-token"]', TOKEN);
    const dataTransfer = await page.evaluateHandle(() => {
      const dt = new DataTransfer();
      dt.items.add(new File(['MZ'], 'virus.exe'));
      return dt;
    });
    await page.dispatchEvent('[data-testid="upload-dropzone"]', 'dragover', { dataTransfer });
    await page.dispatchEvent('[data-testid="upload-dropzone"]', 'drop', { dataTransfer });
    await page.getByText('“.exe” không được hỗ trợ').waitFor();
    await page.click('[data-testid="upload-submit"]');
    expect(await finishedItems(page, 1)).toEqual({ 'virus.exe': 'error' });
    expect(await page.textContent('[data-testid="upload-reason"]')).toMatch(/Không gửi: Loại tệp “\.exe” không được hỗ trợ/);
    await page.close();
  });

  it('uploads a new plan and a news paragraph, each with its own outcome, and lists the refused one', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(server.url + '/upload');
    await page.fill('[data-testid="upload-token"]', TOKEN);
    await page.setInputFiles('[data-testid="upload-input"]', [
      { name: 'ke-hoach-lao-cai-2023.txt', mimeType: 'text/plain', buffer: text(NEW_PLAN) },
      { name: 'bai-bao.txt', mimeType: 'text/plain', buffer: text(NEWS) },
    ]);
    await page.click('[data-testid="upload-submit"]');
    expect(await finishedItems(page, 2)).toEqual({ 'ke-hoach-lao-cai-2023.txt': 'ingested', 'bai-bao.txt': 'rejected' });

    const planLink = await page.getAttribute('[data-name="ke-hoach-lao-cai-2023.txt"] a', 'href');
    expect(planLink).toMatch(/^\/plans\/[0-9a-f]{16}$/);
    const reason = await page.textContent('[data-name="bai-bao.txt"] [data-testid="upload-reason"]');
    expect(reason).toMatch(/Không phải kế hoạch/);
    expect(reason).toMatch(/not a plan/);
    expect(await documentCount()).toBe(6);
    await page.screenshot({ path: join(ARTIFACTS, 'upload.png'), fullPage: true });

    // The token stays for this tab only: a reload keeps it.
    await page.reload();
    expect(await page.inputValue('[data-testid="upload-token"]')).toBe(TOKEN);

    // The plan's link opens it.
    await page.goto(server.url + planLink!);
    await page.getByText('286/KH-UBND').first().waitFor();

    await page.goto(server.url + '/rejected');
    await page.waitForSelector('[data-testid="rejected-row"]');
    const rows = await page.$$eval('[data-testid="rejected-row"]', (els) => els.map((e) => e.textContent ?? ''));
    expect(rows).toHaveLength(1);
    expect(rows[0]).toContain('bai-bao.txt');
    expect(rows[0]).toMatch(/\d{2}\/\d{2}\/\d{4} \d{2}:\d{2}/);
    await page.screenshot({ path: join(ARTIFACTS, 'rejected.png'), fullPage: true });

    const [download] = await Promise.all([page.waitForEvent('download'), page.click('text=Tải CSV')]);
    expect(download.suggestedFilename()).toMatch(/^tep-bi-tu-choi-\d{4}-\d{2}-\d{2}\.csv$/);
    const csv = readFileSync((await download.path())!, 'utf8');
    expect(csv.startsWith('\uFEFFTên tệp,Lý do,')).toBe(true);
    expect(csv).toContain('bai-bao.txt');
    await page.close();
  });
});
