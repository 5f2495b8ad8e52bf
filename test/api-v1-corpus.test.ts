// /api/v1 end to end: a real HTTP server on a free port over the DuckDB file built from the five
// plans in data/plans.

import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, type RunningServer } from '../apps/api/src/server.ts';
import { buildCorpusDb } from './helpers/corpus.ts';

let server: RunningServer;
let cleanup: () => void;

beforeAll(async () => {
  const db = await buildCorpusDb();
  cleanup = db.cleanup;
  server = await startServer({ dbPath: db.dbPath, port: 0, log: () => {} });
});

afterAll(async () => {
  await server?.close();
  cleanup?.();
});

const get = async (path: string) => {
  const res = await fetch(server.url + path);
  const type = res.headers.get('content-type') ?? '';
  return { status: res.status, type, version: res.headers.get('x-data-version'), body: type.includes('json') ? ((await res.json()) as any) : await res.text() };
};
const data = async (path: string) => {
  const r = await get(path);
  expect(r.status, JSON.stringify(r.body)).toBe(200);
  return r.body.data as any[];
};

const YEN_BAI = '078d32063f0f2186';
const TIEN_GIANG = '26ab34b496c24cd1';

describe('/api/v1 over the five plans', () => {
  it('lists the five plans with the data version in the header and the body', async () => {
    const r = await get('/api/v1/plans');
    expect(r.body.total).toBe(5);
    expect(r.version).toMatch(/^[0-9a-f]{16}$/);
    expect(r.body.data_version).toBe(r.version);
    expect((await get('/api/v1/units')).version).toBe(r.version);
  });

  it('counts the 2023 Yên Bái plan for Lào Cai (10) and the Tiền Giang plan for Đồng Tháp (87) under units=2025', async () => {
    expect((await data('/api/v1/plans?units=2025&province=10')).map((p) => p.document_id)).toEqual([YEN_BAI]);
    expect((await data('/api/v1/plans?units=2025&province=87')).map((p) => p.document_id)).toEqual([TIEN_GIANG]);
    const [laoCai] = await data('/api/v1/coverage/units?units=2025&province=10&dimension=topic&limit=1');
    expect(laoCai).toMatchObject({ unit_code: '10', unit_name: 'Lào Cai', year: 2023, plans: 1, codable_passages: 64 });
    const [dongThap] = await data('/api/v1/coverage/units?units=2025&province=87&dimension=channel&limit=1');
    expect(dongThap).toMatchObject({ unit_code: '87', unit_name: 'Đồng Tháp', year: 2024, plans: 1, codable_passages: 106 });
    expect(await data('/api/v1/coverage/units?units=2024&province=10&limit=1')).toEqual([]);
  });

  it('keeps NULL for units without a plan in the matrix', async () => {
    const cell = async (q: string) => (await data(`/api/v1/matrix?topic=tthc&${q}`))[0];
    expect(await cell('units=2025&province=87&year=2024')).toMatchObject({ has_plan: true, plans: 1 });
    expect(await cell('units=2024&province=87&year=2024')).toMatchObject({ has_plan: false, plans: 0, passages: null, value: null });
    expect(await cell('units=2025&province=10&year=2024')).toMatchObject({ has_plan: false, value: null });
    expect((await data('/api/v1/matrix?units=2025&year=2024&topic=tthc')).length).toBe(34);
  });

  it('gives the central documents Yên Bái’s plan builds on', async () => {
    const refs = await data('/api/v1/legal-refs?province=15&ref_level=central');
    expect(refs).toHaveLength(8);
    expect(refs.find((r) => r.number === '76/NQ-CP')).toMatchObject({ doc_type: 'Nghị quyết', plans: 1, mentions: 2, years: ['2023'] });
    expect(refs.find((r) => r.number === '23/CT-TTg')).toMatchObject({ doc_type: 'Chỉ thị', mentions: 2 });
  });

  it('gives indices with their targets, deadlines, quantified targets and annex tasks', async () => {
    const pci = await data('/api/v1/indices?province=58&index=pci');
    expect(pci).toHaveLength(5);
    expect(pci.filter((r) => r.target).map((r) => r.target)).toEqual(['tăng 0,5-1 điểm; TOP 15']);
    expect(pci.every((r) => r.highlighted.includes('<mark>'))).toBe(true);
    expect((await data('/api/v1/deadlines')).map((d) => d.normalized).sort()).toEqual(['2022-02-27', '2023-01-31', '2024-01-22', '2024-Q2', '2024-Q2', '2024-Q2', '2024-Q3']);
    expect(await data('/api/v1/targets?province=15')).toMatchObject([
      { text: 'mỗi tuần ít nhất 01 lần', count: 1, unit: 'lần', period: 'tuần' },
      { text: 'mỗi lần ít nhất 15 phút', count: 15, unit: 'phút', period: 'lần' },
      { text: 'Mỗi tháng: 02 chuyên mục', count: 2, unit: 'chuyên mục', period: 'tháng' },
    ]);
    const annex = await data('/api/v1/annex-tasks?units=2025&province=10');
    expect(annex).toHaveLength(8);
    expect(annex[2]).toMatchObject({ row_no: '3', form: 'Cổng thông tin điện tử tỉnh', lead_text: 'Cổng thông tin điện tử tỉnh' });
  });

  it('searches without diacritics and shows the words in context', async () => {
    const r = await get('/api/v1/search?q=duong%20day%20nong&limit=100');
    expect(r.body.total).toBeGreaterThan(0);
    for (const hit of r.body.data) {
      expect(hit.snippets[0].match.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/đ/gi, 'd').toLowerCase()).toBe('duong day nong');
      expect(hit.highlighted).toMatch(/<mark>đường dây nóng<\/mark>/i);
    }
  });

  it('exports CSV with BOM and Vietnamese headers, and xlsx with two sheets, over HTTP', async () => {
    const csv = await fetch(`${server.url}/api/v1/plans?format=csv&headers=vi`);
    const bytes = Buffer.from(await csv.arrayBuffer());
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = bytes.subarray(3).toString('utf8').trimEnd().split('\r\n');
    expect(lines[0]!.startsWith('Mã kế hoạch,Mã tỉnh,Tỉnh,')).toBe(true);
    expect(lines).toHaveLength(6);
    const xlsx = await fetch(`${server.url}/api/v1/legal-refs?format=xlsx&headers=vi`);
    expect(xlsx.headers.get('x-data-version')).toMatch(/^[0-9a-f]{16}$/);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(await xlsx.arrayBuffer());
    expect(wb.worksheets.map((w) => w.name)).toEqual(['Dữ liệu', 'Truy vấn']);
    expect(wb.getWorksheet('Dữ liệu')!.rowCount).toBe(1 + (await get('/api/v1/legal-refs')).body.total);
  });

  it('answers hostile parameters with 400 problems naming them, never 500', async () => {
    for (const [path, param] of [
      ["/api/v1/plans?province=14'%20OR%201=1--", 'province'],
      ['/api/v1/matrix?topic=tthc&topic=no_such_topic', 'topic'],
      ['/api/v1/coverage/units?year=3000', 'year'],
      ['/api/v1/compare?year=2024&province=' + Array(200).fill('10').join(','), 'province'],
      ['/api/v1/evidence?category=tthc&dimension=topic&document=XYZ', 'document'],
    ] as const) {
      const r = await get(path);
      expect(r.status, path).toBe(400);
      expect(r.type).toContain('application/problem+json');
      expect(r.body.param).toBe(param);
    }
  });

  it('shows the passages behind any non-zero cell, with the matched words marked (once plans are coded)', async (ctx) => {
    const coded = (await data('/api/v1/categories?limit=10000')).filter((c) => c.plans > 0);
    if (coded.length === 0) ctx.skip();
    const cells = await data(`/api/v1/coverage/plans?dimension=${coded[0].dimension}&limit=10000`);
    for (const cell of cells.filter((c) => c.passages > 0).slice(0, 20)) {
      const rows = await data(`/api/v1/evidence?document=${cell.document_id}&dimension=${cell.dimension}&category=${encodeURIComponent(cell.category_id)}`);
      expect(rows).toHaveLength(cell.passages);
      for (const r of rows) {
        expect(r.highlighted).toContain('<mark>');
        expect(r.spans.every((s: any) => s.end > s.start && s.end <= r.text.length)).toBe(true);
      }
    }
  });
});
