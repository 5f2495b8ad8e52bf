// /api/v1 handler logic through app.request() on the synthetic corpus (figures known by hand:
// test/helpers/with-database.ts), exports, hostile parameters and the OpenAPI document.

import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../apps/api/src/app.ts';
import { openServerDb, type ServerDb } from '../apps/api/src/db.ts';
import { V1_ENDPOINTS, v1Routes } from '../apps/api/src/routes/v1/index.ts';
import { columnsOf } from '../apps/api/src/v1/columns.ts';
import { buildSyntheticDb } from './helpers/with-database.ts';

let db: ServerDb;
let app: ReturnType<typeof createApp>;
let cleanup: () => void;
const logged: string[] = [];

beforeAll(async () => {
  const built = await buildSyntheticDb();
  cleanup = built.cleanup;
  db = await openServerDb(built.dbPath, { writable: false });
  app = createApp({ db, log: (m) => logged.push(m) });
});

afterAll(() => {
  db?.close();
  cleanup?.();
});

const get = async (path: string) => {
  const res = await app.request(path);
  const type = res.headers.get('content-type') ?? '';
  const body = type.includes('json') ? ((await res.json()) as any) : await res.text();
  return { status: res.status, type, version: res.headers.get('x-data-version'), body };
};
const data = async (path: string) => {
  const r = await get(path);
  expect(r.status, JSON.stringify(r.body)).toBe(200);
  return r.body.data as any[];
};

/** A request every endpoint answers with rows on the synthetic corpus. */
const SAMPLE: Record<string, string> = {
  '/compare': 'province=10,82&year=2024',
  '/evidence': 'category=tthc',
  '/search': 'q=thu tuc',
};

describe('every endpoint', () => {
  it.each(V1_ENDPOINTS.map((e) => [e.path, e] as const))('%s answers rows shaped like its schema, with the data version', async (path, e) => {
    const r = await get(`/api/v1${path}?${SAMPLE[path] ?? ''}`);
    expect(r.status, JSON.stringify(r.body)).toBe(200);
    expect(r.version).toMatch(/^[0-9a-f]{16}$/);
    expect(r.body.data_version).toBe(r.version);
    expect(r.body.total).toBeGreaterThan(0);
    expect(Object.keys(r.body.data[0]).sort()).toEqual(columnsOf(e.row).map((c) => c.key).sort());
    expect(e.row.array().safeParse(r.body.data).success).toBe(true);
  });
});

describe('plans and units', () => {
  it('finds the Yên Bái plan under Lào Cai (10) with units=2025', async () => {
    const rows = await data('/api/v1/plans?units=2025&province=10&year=2023');
    expect(rows.map((r) => [r.document_id, r.province_name, r.unit_2025_name])).toEqual([['bbbb000000000002', 'Yên Bái', 'Lào Cai']]);
    expect((await data('/api/v1/plans?province=10&year=2023')).length).toBe(0);
  });

  it('accepts a merged province for its 2025 unit', async () => {
    expect((await data('/api/v1/plans?units=2025&province=15')).map((r) => r.document_id)).toEqual(['aaaa000000000001', 'cccc000000000003', 'bbbb000000000002']);
  });

  it('keeps plans coded with a selected category', async () => {
    expect((await data('/api/v1/plans?channel=cuoc_thi')).map((r) => r.document_id)).toEqual(['eeee000000000005']);
  });

  it('spreads a period plan over its years', async () => {
    expect((await data('/api/v1/plans/years?province=14')).map((r) => r.year)).toEqual([2022, 2023]);
  });

  it('lists the 2025 units with their provinces', async () => {
    expect((await data('/api/v1/units?units=2025')).map((r) => [r.unit_code, r.provinces])).toEqual([['10', ['10', '15']], ['14', ['14']], ['87', ['82', '87']]]);
  });

  it('counts plans and passages per category with its label', async () => {
    expect(await data('/api/v1/categories?topic=tthc')).toEqual([
      { dimension: 'topic', category_id: 'tthc', category_label: 'Cải cách thủ tục hành chính', parent: null, in_codebook: true, plans: 5, passages: 5 },
    ]);
  });
});

describe('coverage', () => {
  it('gives a plan’s passages and share', async () => {
    const [r] = await data('/api/v1/coverage/plans?province=10&year=2022&channel=truyen_hinh_phat_thanh&measure=share');
    expect(r).toMatchObject({ passages: 2, codable_passages: 3, share: 2 / 3, present: true, value: 2 / 3 });
  });

  it('adds Tiền Giang to Đồng Tháp (87) under units=2025, and splits by issuer level', async () => {
    const [all] = await data('/api/v1/coverage/units?units=2025&province=87&year=2024&topic=tthc');
    expect(all).toMatchObject({ unit_name: 'Đồng Tháp', plans: 2, plans_with: 1, passages: 1, codable_passages: 4, share: 0.25, value: 1 });
    const [prov] = await data('/api/v1/coverage/units?units=2025&province=87&year=2024&topic=tthc&issuer_level=province&measure=share');
    expect(prov).toMatchObject({ scope: 'province', plans: 1, share: 0.5, value: 0.5 });
    expect(await data('/api/v1/coverage/units?units=2024&province=87&year=2024&topic=tthc')).toMatchObject([{ plans: 1, passages: 0, present: false }]);
  });

  it('rolls up to regions', async () => {
    const [r] = await data('/api/v1/coverage/regions?region=dong_bang_song_cuu_long&year=2024&topic=tthc&measure=presence');
    expect(r).toMatchObject({ units_with_plan: 2, units_with: 1, unit_share: 0.5, value: 1 });
  });

  it('refuses measure=change where there is no previous year', async () => {
    const r = await get('/api/v1/coverage/plans?measure=change');
    expect(r).toMatchObject({ status: 400, body: { param: 'measure' } });
  });
});

describe('matrix, change, compare', () => {
  it('keeps NULL for no plan and 0 for plan without the category', async () => {
    const rows = await data('/api/v1/matrix?units=2025&year=2023&topic=tthc&measure=share');
    expect(rows.map((r) => [r.unit_code, r.has_plan, r.value])).toEqual([['10', true, 1 / 3], ['14', true, 1], ['87', false, null]]);
    const [zero] = await data('/api/v1/matrix?units=2025&year=2023&province=10&channel=truyen_hinh_phat_thanh');
    expect(zero).toMatchObject({ has_plan: true, passages: 0, value: 0 });
  });

  it('measures change against the previous plan year', async () => {
    const [r] = await data('/api/v1/change?province=10&year=2024&channel=truyen_hinh_phat_thanh');
    expect(r).toMatchObject({ prev_year: 2022, passages: 2, prev_passages: 2, change_passages: 0, transition: 'kept' });
    const [m] = await data('/api/v1/matrix?units=2025&province=10&year=2024&channel=truyen_hinh_phat_thanh&measure=change');
    expect(m).toMatchObject({ prev_year: 2023, value: 2 });
    expect((await data('/api/v1/change?units=2025&transition=added&year=2024&dimension=channel')).map((r) => [r.unit_code, r.category_id])).toEqual([
      ['10', 'mang_xa_hoi'], ['10', 'truyen_hinh_phat_thanh'],
    ]);
  });

  it('compares units side by side in the order given, flagging differences on the chosen measure', async () => {
    const share = await data('/api/v1/compare?province=82,10&year=2024&topic=tthc&measure=share');
    expect(share.map((r) => [r.unit_code, r.value, r.differs])).toEqual([['82', 0.5, true], ['10', 0.125, true]]);
    const count = await data('/api/v1/compare?province=82,10&year=2024&topic=tthc');
    expect(count.map((r) => r.differs)).toEqual([false, false]);
    const differing = await data('/api/v1/compare?province=10,82&year=2024&dimension=channel&measure=presence&differs=true');
    expect([...new Set(differing.map((r) => r.category_id))]).toEqual(['bao_chi', 'mang_xa_hoi', 'tap_huan_hoi_nghi', 'truyen_hinh_phat_thanh']);
  });
});

describe('agencies and facts', () => {
  it('gives agency × role and agency → channel', async () => {
    expect((await data('/api/v1/agencies/roles?province=10&year=2022')).map((r) => [r.agency_id, r.role, r.passages, r.role_label])).toEqual([
      ['dai_ptth', 'phoi_hop', 1, 'Phối hợp'], ['so_noi_vu', 'chu_tri', 1, 'Chủ trì'],
    ]);
    expect(await data('/api/v1/agencies/channels?agency=dai_ptth')).toMatchObject([
      { agency_id: 'dai_ptth', channel_id: 'truyen_hinh_phat_thanh', plans: 2, passages: 2, provinces: ['10'], channel_label: 'Phát thanh, truyền hình' },
    ]);
  });

  it('gives legal references per province, indices with targets, deadlines, targets and annex tasks', async () => {
    expect(await data('/api/v1/legal-refs?ref_level=central')).toMatchObject([{ province_name: 'Lào Cai', number: '76/NQ-CP', plans: 1, mentions: 1, years: ['2022'] }]);
    expect((await data('/api/v1/legal-refs?ref_level=province')).length).toBe(0);
    const [i] = await data('/api/v1/indices?index=par_index');
    expect(i).toMatchObject({ target: 'tăng 5 bậc' });
    expect(i.highlighted).toContain('<mark>Chỉ số PAR INDEX</mark>');
    expect(await data('/api/v1/deadlines?year=2024')).toMatchObject([{ normalized: '2024-01-31', text: 'trước ngày 31/01/2024' }]);
    expect(await data('/api/v1/targets?channel=truyen_hinh_phat_thanh')).toMatchObject([{ count: 2, unit: 'tin, bài', period: 'tháng' }]);
    expect(await data('/api/v1/targets?channel=cuoc_thi')).toEqual([]);
    expect(await data('/api/v1/annex-tasks?units=2025&province=15')).toMatchObject([{ row_no: '1', lead: ['so_noi_vu'], coordinate: ['so_tu_phap'] }]);
    expect((await data('/api/v1/annex-tasks?agency=so_tu_phap')).map((r) => r.row_no)).toEqual(['1']);
    expect(await data('/api/v1/annex-tasks?agency=bao_tinh')).toEqual([]);
  });
});

describe('evidence and search', () => {
  it('returns the passage behind a non-zero cell with the matched words marked', async () => {
    const [cell] = await data('/api/v1/matrix?units=2025&province=10&year=2023&topic=tthc');
    expect(cell.passages).toBe(1);
    const rows = await data('/api/v1/evidence?units=2025&province=10&year=2023&dimension=topic&category=tthc');
    expect(rows).toHaveLength(cell.passages);
    expect(rows[0]).toMatchObject({ document_id: 'bbbb000000000002', section_path: 'I.1', section_heading: 'Nội dung tuyên truyền', category_label: 'Cải cách thủ tục hành chính' });
    expect(rows[0].text.slice(rows[0].spans[0].start, rows[0].spans[0].end)).toBe('thủ tục hành chính');
    expect(rows[0].highlighted).toBe('Đăng tải trên Cổng thông tin điện tử tỉnh các <mark>thủ tục hành chính</mark>.');
  });

  it('infers the dimension of an unambiguous category, agency roles included', async () => {
    expect((await data('/api/v1/evidence?category=so_noi_vu:chu_tri')).map((r) => r.passage_id)).toEqual(['aaaa000000000001:3']);
    expect((await get('/api/v1/evidence?category=tthc&dimension=channel')).body.param).toBe('category');
  });

  it('searches without diacritics or case and gives snippets', async () => {
    const r = await get('/api/v1/search?q=THU  TUC hanh chinh');
    expect(r.body.total).toBe(4);
    expect(r.body.data.every((x: any) => x.snippets[0].match.toLowerCase() === 'thủ tục hành chính')).toBe(true);
    expect(r.body.data[0].highlighted).toContain('<mark>thủ tục hành chính</mark>');
    expect((await data('/api/v1/search?q=đài phát thanh&units=2025&province=15')).map((x) => x.passage_id)).toEqual([
      'aaaa000000000001:2', 'aaaa000000000001:3', 'cccc000000000003:2', 'cccc000000000003:5',
    ]);
  });
});

describe('exports', () => {
  it('writes CSV as UTF-8 with BOM, a header row and RFC 4180 quoting, formulas neutralised', async () => {
    const res = await app.request('/api/v1/evidence?category=ket_qua_han_che&format=csv');
    expect(res.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(res.headers.get('content-disposition')).toMatch(/^attachment; filename="cchc-evidence-[0-9a-f]{8}\.csv"$/);
    expect(res.headers.get('x-data-version')).toMatch(/^[0-9a-f]{16}$/);
    const bytes = Buffer.from(await res.arrayBuffer());
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = bytes.subarray(3).toString('utf8').split('\r\n');
    expect(lines[0]).toBe('document_id,province_code,province_name,region,unit_2025_code,unit_2025_name,unit_2025_region,year_from,year_to,issuer_level,doc_number,dimension,category_id,category_label,passage_id,seq,section_path,section_heading,block,text,spans,rule_ids,highlighted');
    expect(lines[1]).toContain(`,"'=SUM(A1) ""quoted"", kết quả",`);
    expect(lines[1]).toContain(`"'=SUM(A1) &quot;quoted&quot;, <mark>kết quả</mark>"`);
    expect(lines).toHaveLength(3);
    expect(lines[2]).toBe('');
  });

  it('writes Vietnamese headers with headers=vi', async () => {
    const text = Buffer.from(await (await app.request('/api/v1/plans?format=csv&headers=vi')).arrayBuffer()).toString('utf8');
    expect(text.split('\r\n')[0]).toBe('\uFEFFMã kế hoạch,Mã tỉnh,Tỉnh,Vùng,Mã đơn vị 2025,Đơn vị 2025,Vùng (đơn vị 2025),Từ năm,Đến năm,Cấp ban hành,Tệp nguồn,Trích yếu,Số, ký hiệu,Ngày ban hành,Cơ quan ban hành,Số đoạn,Số đoạn được mã hóa'.replace('Số, ký hiệu', '"Số, ký hiệu"'));
    expect(text.trimEnd().split('\r\n')).toHaveLength(7);
  });

  it('writes xlsx with a data sheet and a sheet of filters, data version and query time', async () => {
    const res = await app.request('/api/v1/plans?format=xlsx&units=2025&province=10');
    expect(res.headers.get('content-type')).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(await res.arrayBuffer());
    expect(wb.worksheets.map((w) => w.name)).toEqual(['data', 'query']);
    const sheet = wb.getWorksheet('data')!;
    expect(sheet.rowCount).toBe(4);
    expect(sheet.getRow(1).getCell(1).value).toBe('document_id');
    expect(sheet.getRow(2).getCell(1).value).toBe('aaaa000000000001');
    const about = Object.fromEntries(wb.getWorksheet('query')!.getSheetValues().slice(2).map((r: any) => [r[1], r[2]]));
    expect(about).toMatchObject({ endpoint: '/api/v1/plans', units: '2025', province: '10', data_version: res.headers.get('x-data-version') });
    expect(about.queried_at).toMatch(/^\d{4}-\d{2}-\d{2}T/);
  });

  it('pages JSON with limit and offset and reports the total', async () => {
    const r = await get('/api/v1/coverage/plans?dimension=topic&limit=5&offset=10');
    expect(r.body).toMatchObject({ total: 6 * 17, limit: 5, offset: 10 });
    expect(r.body.data).toHaveLength(5);
  });

  it('stamps the query time from the injected clock', async () => {
    const fixed = v1Routes({ db, now: () => new Date('2026-01-02T03:04:05Z'), log: () => {} });
    const body = (await (await fixed.request('/units')).json()) as any;
    expect(body.queried_at).toBe('2026-01-02T03:04:05.000Z');
  });
});

describe('data version', () => {
  it('is the same on every answer, errors and unknown endpoints included, until the data changes', async () => {
    const versions = await Promise.all(['/api/v1/plans', '/api/v1/plans?year=1', '/api/v1/no-such-thing', '/api/v1/search?q=ab'].map(async (p) => (await get(p)).version));
    expect(new Set(versions).size).toBe(1);
    expect(versions[0]).toMatch(/^[0-9a-f]{16}$/);
  });
});

describe('hostile parameters', () => {
  const cases: Array<[string, string]> = [
    ['/plans?year=2024%27%20OR%201=1--', 'year'],
    ['/plans?province=14%27%20OR%201=1--', 'province'],
    ['/plans?province=10;DROP%20TABLE%20documents', 'province'],
    ['/coverage/units?topic=tthc)%20OR%20(1=1', 'topic'],
    ['/matrix?channel=unknown_channel', 'channel'],
    ['/agencies/roles?agency=so_noi_vu&role=boss', 'role'],
    [`/plans?province=${Array.from({ length: 101 }, (_, i) => String(i).padStart(2, '0')).join(',')}`, 'province'],
    [`/compare?year=2024&province=${['10', '14', '15', '82', '87'].join(',')}&${'topic=tthc&'.repeat(101)}`, 'topic'],
    ['/plans?year=1989', 'year'],
    ['/plans?year=2101', 'year'],
    ['/plans?year_from=2024&year_to=2022', 'year_to'],
    ['/plans?year=abc', 'year'],
    ['/plans?year[]=2024', 'year[]'],
    ['/plans?units=2023', 'units'],
    ['/matrix?measure=sum', 'measure'],
    ['/matrix?measure=passages%22%20FROM%20documents--', 'measure'],
    ['/plans?format=pdf', 'format'],
    ['/plans?limit=0', 'limit'],
    ['/plans?limit=1000000', 'limit'],
    ['/plans?offset=-1', 'offset'],
    ['/plans?issuer_level=king', 'issuer_level'],
    ['/plans?region=mars', 'region'],
    ['/plans?dimension=topic,evil', 'dimension'],
    ['/compare?year=2024', 'province'],
    ['/compare?province=10', 'year'],
    ['/evidence?category=a%27b', 'category'],
    ['/evidence?category=tthc&document=../../etc', 'document'],
    ['/search?q=%27', 'q'],
    ['/search?q=', 'q'],
    ['/search', 'q'],
    ['/units?topic=tthc', 'topic'],
    ['/change?transition=sideways', 'transition'],
    ['/plans?sql=SELECT%201', 'sql'],
  ];

  it.each(cases)('%s → 400 naming %s', async (path, param) => {
    const r = await get(`/api/v1${path}`);
    expect(r.status, JSON.stringify(r.body)).toBe(400);
    expect(r.type).toContain('application/problem+json');
    expect(r.body).toMatchObject({ type: 'about:blank', title: 'Invalid parameter', status: 400, param });
    expect(typeof r.body.detail).toBe('string');
  });

  it('never answers 500 to random junk in any parameter of any endpoint', async () => {
    const junk = ["'", '"', ';', '--', '%00', '1e9', '-1', '[]', '{}', '\\', '2024,2025', '０１', 'null', 'undefined', '<script>', ' '];
    const names = ['year', 'province', 'topic', 'units', 'measure', 'format', 'limit', 'category', 'q', 'differs', 'dimension', 'document'];
    for (const e of V1_ENDPOINTS) {
      for (const name of names) {
        for (const j of junk) {
          const res = await app.request(`/api/v1${e.path}?${SAMPLE[e.path] ?? ''}&${name}=${encodeURIComponent(j)}`);
          expect(res.status, `${e.path} ${name}=${j}`).toBeLessThan(500);
          await res.arrayBuffer();
        }
      }
    }
    expect(logged.filter((m) => m.includes('[api]'))).toEqual([]);
  });

  it('answers a database failure with a generic 500 that carries no details', async () => {
    const broken: ServerDb = { ...db, query: async (sql) => (sql.includes('md5') ? db.query(sql, { codebook: 'x' }) : Promise.reject(new Error('Binder Error: secret table "x"'))) };
    const log: string[] = [];
    const res = await createApp({ db: broken, log: (m) => log.push(m) }).request('/api/v1/plans');
    expect(res.status).toBe(500);
    const text = await res.text();
    expect(text).not.toMatch(/Binder|secret/);
    expect(JSON.parse(text)).toEqual({ type: 'about:blank', title: 'Internal error', status: 500, detail: 'The server could not answer this request.' });
    expect(log.join()).toContain('Binder Error');
  });
});

describe('openapi.json', () => {
  it('describes every endpoint from the zod schemas: parameters with enums, rows, problems', async () => {
    const r = await get('/api/v1/openapi.json');
    const doc = r.body;
    expect(doc.openapi).toBe('3.1.0');
    expect(doc['x-data-version']).toBe(r.version);
    // every list endpoint; the other operations are checked against the app's routes in api-v1-openapi.test.ts
    expect(Object.keys(doc.paths)).toEqual(expect.arrayContaining(V1_ENDPOINTS.map((e) => `/api/v1${e.path}`)));
    const matrix = doc.paths['/api/v1/matrix'].get;
    const param = (name: string) => matrix.parameters.find((p: any) => p.name === name);
    expect(param('province')).toMatchObject({ in: 'query', required: false, style: 'form', explode: true, schema: { type: 'array', maxItems: 100, items: { enum: ['10', '14', '15', '82', '87'] } } });
    expect(param('year').schema).toMatchObject({ type: 'integer', minimum: 1990, maximum: 2100 });
    expect(param('measure').schema).toMatchObject({ enum: ['count', 'share', 'presence', 'change'], default: 'count' });
    expect(param('topic').schema.items.enum).toContain('de_an_06');
    const compare = doc.paths['/api/v1/compare'].get.parameters;
    expect(compare.filter((p: any) => p.required).map((p: any) => p.name).sort()).toEqual(['province', 'year']);
    const rows = matrix.responses[200].content['application/json'].schema.properties.data.items;
    expect(Object.keys(rows.properties)).toEqual(columnsOf(V1_ENDPOINTS.find((e) => e.path === '/matrix')!.row).map((c) => c.key));
    expect(rows.properties.value.type).toEqual(['number', 'null']);
    expect(matrix.responses[400].content['application/problem+json'].schema.properties.param).toBeTruthy();
  });
});
