// /api/v1 exports over the five plans: CSV bytes (BOM, header, RFC 4180 quoting, formulas
// neutralised), xlsx sheets, "no plan" (empty) kept apart from "absent" (0) in both, every list
// endpoint in both formats, streaming (a 100,000-row slice never sits in memory, a client that
// goes away gives its connection back), and hostile parameters on every endpoint.

import { copyFileSync } from 'node:fs';
import { DuckDBInstance } from '@duckdb/node-api';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../apps/api/src/app.ts';
import { openServerDb, type ServerDb } from '../apps/api/src/db.ts';
import { V1_ENDPOINTS } from '../apps/api/src/routes/v1/index.ts';
import { columnsOf } from '../apps/api/src/v1/columns.ts';
import { buildCorpusDb } from './helpers/corpus.ts';
import { refreshAggregates } from '../sql/index.ts';

const YEN_BAI = '078d32063f0f2186';

let dbPath: string;
let cleanup: () => void;
let db: ServerDb;
let app: ReturnType<typeof createApp>;
const logged: string[] = [];

beforeAll(async () => {
  const built = await buildCorpusDb();
  ({ dbPath, cleanup } = built);
  db = await openServerDb(dbPath, { writable: false });
  app = createApp({ db, log: (m) => logged.push(m) });
});

afterAll(() => {
  db?.close();
  cleanup?.();
});

const bytesOf = async (path: string) => {
  const res = await app.request(path);
  expect(res.status, path).toBe(200);
  return { res, bytes: Buffer.from(await res.arrayBuffer()) };
};
/** CSV records (CRLF-separated; a field may hold a bare LF) after the BOM, the trailing empty one dropped. */
const records = (bytes: Buffer) => {
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const text = bytes.subarray(3).toString('utf8');
  expect(text.endsWith('\r\n')).toBe(true);
  return text.slice(0, -2).split('\r\n');
};
const workbook = async (body: Response | Buffer) => {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.isBuffer(body) ? new Uint8Array(body).buffer : await (body as Response).arrayBuffer());
  return wb;
};

/** A request every endpoint answers with rows on the five plans. */
const SAMPLE: Record<string, string> = {
  '/compare': 'province=14,82&year=2024&channel=mang_xa_hoi',
  '/evidence': `document=${YEN_BAI}&category=mang_xa_hoi`,
  '/search': 'q=duong day nong',
};

describe('CSV', () => {
  it('neutralises the "+" and "-" that open real passages, and quotes fields with commas', async () => {
    const { res, bytes } = await bytesOf('/api/v1/indices?province=58&index=pci&format=csv');
    expect(res.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(res.headers.get('content-disposition')).toMatch(/^attachment; filename="cchc-indices-[0-9a-f]{8}\.csv"$/);
    const lines = records(bytes);
    expect(lines[0]).toBe(columnsOf(V1_ENDPOINTS.find((e) => e.path === '/indices')!.row).map((c) => c.key).join(','));
    expect(lines[0]).toBe('document_id,province_code,province_name,region,unit_2025_code,unit_2025_name,unit_2025_region,year_from,year_to,issuer_level,passage_id,index_id,target,span_start,span_end,passage_text,highlighted');
    // Ninh Thuận I.2: "+ Chỉ số PCI phấn đấu tăng 0,5-1 điểm …" (a "+" bullet, commas inside)
    expect(lines[1]).toMatch(/^4565bfa0903c4d08,58,Ninh Thuận,bac_trung_bo_duyen_hai_mien_trung,56,Khánh Hòa,bac_trung_bo_duyen_hai_mien_trung,2022,2022,department,4565bfa0903c4d08:10,pci,"tăng 0,5-1 điểm; TOP 15",2,12,"'\+ Chỉ số PCI phấn đấu tăng 0,5-1 điểm so với năm 2021 /);
    expect(lines[1]).toContain(`,"'+ <mark>Chỉ số PCI</mark> phấn đấu tăng 0,5-1 điểm`);
    // "- Chỉ thị số 18-CT/TU …": a "-" bullet without commas is neutralised, not quoted
    expect(lines[2]).toMatch(/,'- Chỉ thị số 18-CT\/TU ngày 11\/11\/2021 [^",]*\.,'- Chỉ thị số 18-CT\/TU /);
    expect(lines).toHaveLength(1 + 5);
    // nothing else in the file starts a cell with = + - @ unescaped
    for (const line of lines.slice(1)) expect(line.split(/,(?=(?:[^"]*"[^"]*")*[^"]*$)/).filter((f) => /^"?[=+\-@]/.test(f))).toEqual([]);
  });

  it('doubles the quotes inside a quoted field: the spans of the Yên Bái social-network passage', async () => {
    const lines = records((await bytesOf(`/api/v1/evidence?document=${YEN_BAI}&category=mang_xa_hoi&format=csv`)).bytes);
    expect(lines).toHaveLength(2);
    expect(lines[1]).toContain(',"{""start"":403,""end"":407,""rule_id"":""mang_xa_hoi:Zalo"",""via"":null}; {""start"":409,""end"":417,""rule_id"":""mang_xa_hoi:Facebook"",""via"":null}",');
    // typographic quotes are text like any other: Yên Bái annex row 3
    const annex = records((await bytesOf('/api/v1/annex-tasks?province=15&format=csv')).bytes);
    expect(annex[3]).toContain(',"Xây dựng, cập nhật tin tức về CCHC trên địa bàn tỉnh. - Cập nhật, đăng tải bộ TTHC các cấp mới ban hành. - Mở chuyên mục “Công dân, doanh nghiệp hỏi, cơ quan chức năng trả lời”.",');
  });

  it('leaves a cell empty where a unit has no plan and writes 0 where its plan lacks the category', async () => {
    const lines = records((await bytesOf('/api/v1/matrix?units=2025&year=2024&province=10,87&channel=truyen_thanh_co_so&measure=presence&format=csv')).bytes);
    expect(lines).toEqual([
      'units,scope,unit_code,unit_name,unit_region,year,dimension,category_id,category_label,has_plan,plans,passages,codable_passages,share,present,prev_year,change_passages,change_share,value',
      '2025,all,10,Lào Cai,trung_du_mien_nui_phia_bac,2024,channel,truyen_thanh_co_so,Truyền thanh cơ sở,false,0,,,,,,,,',
      '2025,all,87,Đồng Tháp,dong_bang_song_cuu_long,2024,channel,truyen_thanh_co_so,Truyền thanh cơ sở,true,1,0,106,0,false,,,,0',
    ]);
  });

  it('writes Vietnamese headers with headers=vi', async () => {
    const lines = records((await bytesOf('/api/v1/coverage/plans?channel=mang_xa_hoi&format=csv&headers=vi')).bytes);
    expect(lines[0]).toBe('Mã kế hoạch,Mã tỉnh,Tỉnh,Vùng,Mã đơn vị 2025,Đơn vị 2025,Vùng (đơn vị 2025),Từ năm,Đến năm,Cấp ban hành,Chiều,Mã hạng mục,Hạng mục,Số đoạn,Số đoạn được mã hóa,Tỷ lệ đoạn,Có đề cập,Giá trị');
    expect(lines.slice(1).map((l) => l.split(',')[13])).toEqual(['1', '1', '1', '2', '2']);
  });
});

describe('xlsx', () => {
  it('keeps null cells empty and 0 as the number 0, with a sheet of filters, data version and query time', async () => {
    const res = await app.request('/api/v1/matrix?units=2025&year=2024&province=10,87&channel=truyen_thanh_co_so&measure=presence&format=xlsx');
    expect(res.headers.get('content-type')).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    const wb = await workbook(res);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['data', 'query']);
    const sheet = wb.getWorksheet('data')!;
    const header = (sheet.getRow(1).values as unknown[]).slice(1);
    const row = (n: number) => Object.fromEntries(header.map((h, i) => [h, sheet.getRow(n).getCell(i + 1).value]));
    expect(sheet.rowCount).toBe(3);
    expect(row(2)).toMatchObject({ unit_name: 'Lào Cai', has_plan: false, plans: 0, passages: null, share: null, present: null, value: null });
    expect(row(3)).toMatchObject({ unit_name: 'Đồng Tháp', has_plan: true, plans: 1, passages: 0, share: 0, present: false, value: 0 });
    const about = Object.fromEntries(wb.getWorksheet('query')!.getSheetValues().slice(2).map((r: any) => [r[1], r[2]]));
    expect(about).toMatchObject({ endpoint: '/api/v1/matrix', units: '2025', year: '2024', province: '10,87', channel: 'truyen_thanh_co_so', measure: 'presence', data_version: res.headers.get('x-data-version') });
    expect(about.queried_at).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/);
  });

  it('stores text that starts like a formula as text, never as a formula', async () => {
    const wb = await workbook(await app.request('/api/v1/indices?province=58&index=pci&format=xlsx'));
    const cell = wb.getWorksheet('data')!.getRow(2).getCell(16);
    expect(cell.type).toBe(ExcelJS.ValueType.String);
    expect(String(cell.value)).toMatch(/^\+ Chỉ số PCI/);
  });
});

describe('every list endpoint', () => {
  it.each(V1_ENDPOINTS.map((e) => [e.path, e] as const))('%s exports CSV and xlsx with its columns and as many rows as JSON', async (path, e) => {
    const query = `/api/v1${path}?${SAMPLE[path] ?? ''}`;
    const json = (await (await app.request(query)).json()) as { total: number };
    expect(json.total).toBeGreaterThan(0);
    const keys = columnsOf(e.row).map((c) => c.key);
    const csv = records((await bytesOf(`${query}&format=csv`)).bytes);
    expect(csv[0]).toBe(keys.join(','));
    const wb = await workbook((await bytesOf(`${query}&format=xlsx`)).bytes);
    const sheet = wb.getWorksheet('data')!;
    expect((sheet.getRow(1).values as unknown[]).slice(1)).toEqual(keys);
    expect(sheet.rowCount).toBe(1 + json.total);
  });
});

describe('streaming', () => {
  /** `db` whose streams count the rows they hand out. */
  function counting(base: ServerDb) {
    const stats = { fetched: 0, biggest: 0, open: 0 };
    const spy: ServerDb = {
      ...base,
      async *stream(sql, params) {
        stats.open++;
        try {
          for await (const rows of base.stream(sql, params)) {
            stats.fetched += rows.length;
            stats.biggest = Math.max(stats.biggest, rows.length);
            yield rows;
          }
        } finally {
          stats.open--;
        }
      },
    };
    return { spy, stats };
  }

  it('writes a 100,000-row slice while holding at most two chunks of it', async () => {
    // a copy of the corpus whose Yên Bái plan covers 1990-2030: 41 years × 63 units × 258 categories
    const wide = dbPath.replace(/\.duckdb$/, '-wide.duckdb');
    copyFileSync(dbPath, wide);
    const instance = await DuckDBInstance.create(wide);
    const conn = await instance.connect();
    await conn.run('UPDATE documents SET year_from = 1990, year_to = 2030 WHERE id = $id', { id: YEN_BAI });
    await refreshAggregates(conn); // a write outside the server's writer brings the pre-aggregated views up to date itself
    conn.closeSync();
    instance.closeSync();
    const base = await openServerDb(wide, { writable: false });
    try {
      const { spy, stats } = counting(base);
      const res = await createApp({ db: spy, log: () => {} }).request('/api/v1/matrix?units=2024&format=csv&offset=250000&limit=100000');
      const reader = res.body!.getReader();
      let lines = 0;
      let ahead = 0;
      let last = '';
      for (;;) {
        const { done, value } = await reader.read();
        if (done) break;
        const text = Buffer.from(value).toString('utf8');
        lines += text.split('\r\n').length - 1;
        last = text;
        // rows taken from DuckDB but not yet read by the client (the header is line 1)
        ahead = Math.max(ahead, stats.fetched - (lines - 1));
      }
      expect(lines).toBe(1 + 100_000);
      expect(stats.fetched).toBe(100_000);
      expect(stats.biggest).toBeLessThanOrEqual(2048);
      expect(ahead).toBeLessThanOrEqual(2 * 2048);
      expect(stats.open).toBe(0);
      // row 350,000 in unit, year, category order (10,578 rows a unit): the 34th unit, Quảng Ngãi,
      // in 1993, with no plan: its cells are empty
      expect(last.trimEnd().split('\r\n').at(-1)).toMatch(/^2024,all,51,Quảng Ngãi,bac_trung_bo_duyen_hai_mien_trung,1993,.*,false,0,,,,,,,,$/);
    } finally {
      base.close();
    }
  }, 120_000);

  it('gives the connection back when the client stops reading a CSV or xlsx export', async () => {
    const base = await openServerDb(dbPath, { writable: false, streamers: 1 });
    try {
      const { spy, stats } = counting(base);
      const one = createApp({ db: spy, log: () => {} });
      for (const format of ['csv', 'xlsx', 'csv']) {
        const res = await one.request(`/api/v1/matrix?format=${format}`);
        const reader = res.body!.getReader();
        for (let i = 0; i < 3; i++) await reader.read();
        await reader.cancel();
        // the xlsx writer notices at its next batch
        for (let waited = 0; stats.open > 0 && waited < 5_000; waited += 10) await new Promise((r) => setTimeout(r, 10));
        // 48,762 rows in all (63 units × 3 years × 258 categories): only the first chunks were read
        expect(stats.fetched).toBeLessThan(48_762);
        expect(stats.open, format).toBe(0);
        stats.fetched = 0;
      }
      // with one streaming connection, this export finishes only if every one above gave it back
      const lines = records(Buffer.from(await (await one.request('/api/v1/plans?format=csv')).arrayBuffer()));
      expect(lines).toHaveLength(6);
    } finally {
      base.close();
    }
  });
});

describe('hostile parameters', () => {
  const cases: Array<[string, string]> = [
    ['/plans?province=99', 'province'],
    ['/plans?province=', 'province'],
    ['/plans?PROVINCE=10', 'PROVINCE'],
    ['/plans?year=2024&year=2025', 'year'],
    ['/plans?year=2024.5', 'year'],
    ['/plans?year=%20', 'year'],
    ['/plans/years?year_to=1800', 'year_to'],
    ['/plans/per-year?province=10%27%20OR%201=1', 'province'],
    ['/plans/summary?year=20x4', 'year'],
    ['/coverage/totals?measure=share;DROP', 'measure'],
    ['/coverage/period?issuer_level=province%27--', 'issuer_level'],
    ['/units?units=2025%27--', 'units'],
    ['/categories?audience=nguoi_dan%27%20OR%20%271', 'audience'],
    ['/coverage/plans?measure=change', 'measure'],
    ['/coverage/units?issuer_level=province;DELETE', 'issuer_level'],
    ['/coverage/regions?province=10', 'province'],
    ['/matrix?dimension=topic&dimension=' + 'x'.repeat(2001), 'dimension'],
    ['/change?transition=first,added,dropped,kept,absent,first', 'transition'],
    ['/compare?year=2024&province=10,14,15,19,82,87,58,01,02,04,06,08,11,12,17,20,22,24,25,26,27', 'province'],
    ['/compare?year=2024&province=10&differs=yes', 'differs'],
    ['/agencies/roles?agency=so_noi_vu%00', 'agency'],
    ['/agencies/channels?channel=mang_xa_hoi)--', 'channel'],
    ['/legal-refs?ref_level=central%27%20OR%201=1', 'ref_level'],
    ['/indices?index=pci;DROP%20TABLE%20indices', 'index'],
    ['/deadlines?year_from=2024&year_to=2023', 'year_to'],
    ['/targets?limit=1.5', 'limit'],
    ['/annex-tasks?role=chu_tri%22', 'role'],
    ['/evidence?category=tthc&document=0000000000000000', 'document'],
    ['/evidence?category=mang_xa_hoi&dimension=channel,topic', 'dimension'],
    ['/evidence?category=tthc;SELECT', 'category'],
    ['/codes?document=0000000000000000', 'document'],
    ['/codes?document=078d32063f0f2186%27', 'document'],
    ['/search?q=%00%00', 'q'],
    ['/search?q=' + 'a'.repeat(201), 'q'],
    ['/status?year=2024', 'year'],
    ['/plans?limit=100000', 'limit'],
    ['/plans?limit=1000001&format=csv', 'limit'],
  ];

  it.each(cases)('%s → 400 naming %s', async (path, param) => {
    const res = await app.request(`/api/v1${path}`);
    const body = (await res.json()) as any;
    expect(res.status, JSON.stringify(body)).toBe(400);
    expect(res.headers.get('content-type')).toContain('application/problem+json');
    expect(body).toMatchObject({ type: 'about:blank', title: 'Invalid parameter', status: 400, param });
  });

  it('covers every list endpoint', () => {
    const paths = new Set(cases.map(([p]) => p.split('?')[0]));
    expect(V1_ENDPOINTS.map((e) => e.path).filter((p) => !paths.has(p))).toEqual([]);
  });

  it('searches SQL text literally: no error, no rows', async () => {
    const res = await app.request(`/api/v1/search?q=${encodeURIComponent("' OR 1=1; DROP TABLE passages; --")}`);
    expect(res.status).toBe(200);
    expect(((await res.json()) as any).total).toBe(0);
    expect(logged.filter((m) => m.includes('[api]'))).toEqual([]);
  });
});
