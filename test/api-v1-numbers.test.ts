// Exact numbers from /api/v1 over the five plans in data/plans, one or more cells of every
// endpoint, each checked against the plan text first (what a reader of the plan counts).
// A real HTTP server on a free port over a DuckDB file built by the ingest pipeline.

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { V1_ENDPOINTS } from '../apps/api/src/routes/v1/index.ts';
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

/** Endpoints a test below has asked (checked against V1_ENDPOINTS at the end). */
const asked = new Set<string>();

const get = async (path: string) => {
  asked.add(new URL(path, 'http://x').pathname.replace(/^\/api\/v1/, ''));
  const res = await fetch(server.url + path);
  const type = res.headers.get('content-type') ?? '';
  return { status: res.status, type, body: type.includes('json') ? ((await res.json()) as any) : await res.text() };
};
const data = async (path: string) => {
  const r = await get(path);
  expect(r.status, JSON.stringify(r.body)).toBe(200);
  return r.body.data as any[];
};
/** `key → value` over rows, for compact expectations. */
const by = (rows: any[], key: string, value: string | ((r: any) => unknown)) =>
  Object.fromEntries(rows.map((r) => [r[key], typeof value === 'function' ? value(r) : r[value]]));

// The five plans (document ids are the first 16 hex digits of each file's SHA-256).
const SON_LA = 'b0b0d26c5331a025'; // 000_…, Sơn La (14), 2024, province
const YEN_BAI = '078d32063f0f2186'; // 001_…, Yên Bái (15), 2023 → Lào Cai (10) since 2025
const TIEN_GIANG = '26ab34b496c24cd1'; // 002_…, Tiền Giang (82), 2024 → Đồng Tháp (87)
const NINH_THUAN = '4565bfa0903c4d08'; // 003_…, Ninh Thuận (58), 2022, department → Khánh Hòa (56)
const THAI_NGUYEN = 'c53cbfc84c7f1953'; // 004_…, Thái Nguyên (19), 2024

// Codable passages (all but recipients, preamble and signature) of each plan: the share's denominator.
const CODABLE = { '14': 76, '15': 64, '19': 89, '58': 90, '82': 106 } as const;

describe('plans and units', () => {
  it('lists the five plans with their province, 2025 unit, year, issuer level and codable passages', async () => {
    const rows = await data('/api/v1/plans');
    expect(rows.map((r) => [r.document_id, r.province_name, r.unit_2025_name, r.year_from, r.year_to, r.issuer_level, r.codable_passages])).toEqual([
      [SON_LA, 'Sơn La', 'Sơn La', 2024, 2024, 'province', 76],
      [YEN_BAI, 'Yên Bái', 'Lào Cai', 2023, 2023, 'province', 64],
      [THAI_NGUYEN, 'Thái Nguyên', 'Thái Nguyên', 2024, 2024, 'province', 89],
      [NINH_THUAN, 'Ninh Thuận', 'Khánh Hòa', 2022, 2022, 'department', 90],
      [TIEN_GIANG, 'Tiền Giang', 'Đồng Tháp', 2024, 2024, 'province', 106],
    ]);
    expect(by(rows, 'province_code', 'doc_number')).toEqual({ '14': null, '15': '285/KH-UBND', '19': '36/KH-UBND', '58': '/KH-SLĐTBXH', '82': '66/KH-UBND' });
  });

  it('gives each plan the one year it covers', async () => {
    expect((await data('/api/v1/plans/years')).map((r) => [r.year, r.province_code])).toEqual([[2022, '58'], [2023, '15'], [2024, '14'], [2024, '19'], [2024, '82']]);
  });

  it('maps 63 provinces to 34 units in 2025, Yên Bái into Lào Cai and Tiền Giang into Đồng Tháp', async () => {
    expect((await get('/api/v1/units?limit=1')).body.total).toBe(63);
    expect((await get('/api/v1/units?units=2025&limit=1')).body.total).toBe(34);
    const merged = await data('/api/v1/units?units=2025&province=15,82,58');
    expect(merged.map((u) => [u.unit_code, u.unit_name, u.provinces])).toEqual([['10', 'Lào Cai', ['10', '15']], ['56', 'Khánh Hòa', ['56', '58']], ['87', 'Đồng Tháp', ['82', '87']]]);
  });

  it('counts plans and passages per category over the corpus', async () => {
    const rows = await data('/api/v1/categories?channel=mang_xa_hoi,truyen_thanh_co_so&topic=iso_9001,buu_chinh_cong_ich');
    expect(rows.map((r) => [r.category_id, r.plans, r.passages])).toEqual([
      ['mang_xa_hoi', 5, 7], ['truyen_thanh_co_so', 3, 5], ['buu_chinh_cong_ich', 5, 9], ['iso_9001', 2, 2],
    ]);
    // 17 topics, 18 channels, 6 audiences, 1 attribute, 27 agencies and their 27 × 7 roles
    expect((await get('/api/v1/categories?limit=1')).body.total).toBe(258);
  });

  it('reports the loaded corpus', async () => {
    expect(await data('/api/v1/status')).toMatchObject([{ plans: 5, provinces: 5, year_from: 2022, year_to: 2024, last_ingested_at: '2026-01-01T00:00:00Z' }]);
  });
});

describe('coverage', () => {
  it('finds social networks (mang_xa_hoi) named in all five plans, one or two passages each', async () => {
    // Sơn La §III.2.g "mạng xã hội (Facebook, Zalo...)"; Yên Bái §II.2 "zalo, facebook...";
    // Thái Nguyên "mạng xã hội (Fanpage, Zalo, Facebook...)"; Ninh Thuận two bullets (Zalo,
    // Fanpage); Tiền Giang two paragraphs ("nền tảng mạng xã hội").
    const rows = await data('/api/v1/coverage/plans?channel=mang_xa_hoi&measure=share');
    expect(by(rows, 'province_code', 'passages')).toEqual({ '14': 1, '15': 1, '19': 1, '58': 2, '82': 2 });
    expect(rows.every((r) => r.present === true && r.share === r.passages / CODABLE[r.province_code as keyof typeof CODABLE] && r.value === r.share)).toBe(true);
    expect(rows[0].category_label).toBe('Mạng xã hội');
  });

  it('counts public postal service (buu_chinh_cong_ich) passages per plan and keeps 0, not null, where ISO 9001 is absent', async () => {
    const postal = await data('/api/v1/coverage/plans?topic=buu_chinh_cong_ich');
    expect(by(postal, 'province_code', (r) => [r.passages, r.share])).toEqual({
      '14': [3, 3 / 76], '15': [1, 1 / 64], '19': [2, 2 / 89], '58': [2, 2 / 90], '82': [1, 1 / 106],
    });
    // "TCVN ISO 9001:2005" (Thái Nguyên) and "TCVN ISO 9001:2015" (Ninh Thuận) only
    const iso = await data('/api/v1/coverage/plans?topic=iso_9001&measure=presence');
    expect(by(iso, 'province_code', (r) => [r.present, r.passages, r.share, r.value])).toEqual({
      '14': [false, 0, 0, 0], '15': [false, 0, 0, 0], '19': [true, 1, 1 / 89, 1], '58': [true, 1, 1 / 90, 1], '82': [false, 0, 0, 0],
    });
  });

  it('counts the 2023 Yên Bái plan for Lào Cai and the Tiền Giang plan for Đồng Tháp under units=2025', async () => {
    const laoCai = await data('/api/v1/coverage/units?units=2025&province=10&channel=mang_xa_hoi,truyen_thanh_co_so');
    expect(laoCai.map((r) => [r.unit_name, r.year, r.category_id, r.plans, r.plans_with, r.passages, r.codable_passages])).toEqual([
      ['Lào Cai', 2023, 'mang_xa_hoi', 1, 1, 1, 64],
      ['Lào Cai', 2023, 'truyen_thanh_co_so', 1, 1, 3, 64],
    ]);
    const dongThap = await data('/api/v1/coverage/units?units=2025&province=87&channel=mang_xa_hoi,truyen_thanh_co_so&measure=share');
    expect(dongThap.map((r) => [r.unit_name, r.year, r.category_id, r.passages, r.present, r.value])).toEqual([
      ['Đồng Tháp', 2024, 'mang_xa_hoi', 2, true, 2 / 106],
      ['Đồng Tháp', 2024, 'truyen_thanh_co_so', 0, false, 0],
    ]);
    // under the 2024 map the plans stay with Yên Bái and Tiền Giang; Lào Cai and Đồng Tháp have none
    expect(await data('/api/v1/coverage/units?province=10,87&channel=mang_xa_hoi')).toEqual([]);
    expect((await data('/api/v1/coverage/units?province=15,82&channel=mang_xa_hoi')).map((r) => [r.unit_name, r.passages])).toEqual([['Yên Bái', 1], ['Tiền Giang', 2]]);
    // a province of a unit names the unit: province=15 under units=2025 is Lào Cai
    expect((await data('/api/v1/coverage/units?units=2025&province=15&channel=mang_xa_hoi'))[0].unit_code).toBe('10');
  });

  it('splits unit coverage by issuer level: the Ninh Thuận plan is a department’s', async () => {
    const dept = await data('/api/v1/coverage/units?units=2025&issuer_level=department&channel=mang_xa_hoi');
    expect(dept.map((r) => [r.scope, r.unit_name, r.year, r.passages, r.codable_passages])).toEqual([['department', 'Khánh Hòa', 2022, 2, 90]]);
    expect(await data('/api/v1/coverage/units?units=2025&issuer_level=province&province=58&channel=mang_xa_hoi')).toEqual([]);
  });

  it('rolls units up to regions, per year', async () => {
    const rows = await data('/api/v1/coverage/regions?units=2025&region=trung_du_mien_nui_phia_bac&channel=truyen_thanh_co_so');
    expect(rows.map((r) => [r.year, r.units_with_plan, r.units_with, r.unit_share, r.plans, r.passages, r.codable_passages])).toEqual([
      [2023, 1, 1, 1, 1, 3, 64], // Yên Bái, counted for Lào Cai
      [2024, 2, 2, 1, 2, 2, 76 + 89], // Sơn La and Thái Nguyên, one passage each
    ]);
    const south = await data('/api/v1/coverage/regions?units=2025&region=dong_bang_song_cuu_long&channel=truyen_thanh_co_so&measure=presence');
    expect(south.map((r) => [r.year, r.units_with_plan, r.units_with, r.passages, r.present, r.value])).toEqual([[2024, 1, 0, 0, false, 0]]);
  });
});

describe('matrix, change and compare', () => {
  it('keeps null for the 31 units without a 2024 plan and 0 for Đồng Tháp, whose plan has no grassroots radio', async () => {
    const rows = await data('/api/v1/matrix?units=2025&year=2024&channel=truyen_thanh_co_so&measure=presence');
    expect(rows).toHaveLength(34);
    expect(rows.filter((r) => r.has_plan).map((r) => [r.unit_code, r.plans, r.passages, r.share, r.present, r.value])).toEqual([
      ['14', 1, 1, 1 / 76, true, 1], ['19', 1, 1, 1 / 89, true, 1], ['87', 1, 0, 0, false, 0],
    ]);
    const laoCai = rows.find((r) => r.unit_code === '10');
    expect(laoCai).toMatchObject({ unit_name: 'Lào Cai', has_plan: false, plans: 0, passages: null, share: null, present: null, value: null });
    // the same unit a year earlier: the Yên Bái plan
    expect((await data('/api/v1/matrix?units=2025&year=2023&province=10&channel=truyen_thanh_co_so'))[0]).toMatchObject({ has_plan: true, passages: 3, value: 3 });
  });

  it('sees every plan as its unit’s first: change is null, never 0, in /change and in the matrix', async () => {
    // no unit has two plan years among the five plans: 5 plans × 258 categories, all "first"
    expect((await get('/api/v1/change?limit=1')).body.total).toBe(5 * 258);
    expect((await get('/api/v1/change?transition=added,dropped,kept,absent&limit=1')).body.total).toBe(0);
    expect(await data('/api/v1/change?units=2025&province=15&channel=mang_xa_hoi')).toMatchObject([{
      unit_code: '10', unit_name: 'Lào Cai', year: 2023, plans: 1, passages: 1, share: 1 / 64, present: true,
      prev_year: null, prev_passages: null, prev_present: null, change_passages: null, change_share: null, transition: 'first',
    }]);
    const change = await data('/api/v1/matrix?units=2025&year=2024&channel=mang_xa_hoi&measure=change');
    expect(change.filter((r) => r.has_plan).map((r) => [r.unit_code, r.passages, r.prev_year, r.value])).toEqual([['14', 1, null, null], ['19', 1, null, null], ['87', 2, null, null]]);
  });

  it('compares Sơn La and Tiền Giang in 2024, marking the channels only one of them uses', async () => {
    // Sơn La only: "họp ở thôn, bản … người có uy tín", "hệ thống phát thanh, truyền thanh các
    // xã". Tiền Giang only: "tờ gấp, pa nô, áp phích", "thi đua, khen thưởng". Both post
    // procedures publicly ("công bố, công khai TTHC tại …", "công khai … tại nơi giải quyết").
    const rows = await data('/api/v1/compare?province=14,82&year=2024&dimension=channel&measure=presence&differs=true');
    expect(rows.map((r) => [r.category_id, r.unit_code, r.value])).toEqual([
      ['an_pham', '14', 0], ['an_pham', '82', 1],
      ['hop_dan_nguoi_uy_tin', '14', 1], ['hop_dan_nguoi_uy_tin', '82', 0],
      ['thi_dua_khen_thuong', '14', 0], ['thi_dua_khen_thuong', '82', 1],
      ['truyen_thanh_co_so', '14', 1], ['truyen_thanh_co_so', '82', 0],
    ]);
    // both name social networks, in a different number of passages
    const social = await data('/api/v1/compare?province=14,82&year=2024&channel=mang_xa_hoi');
    expect(social.map((r) => [r.unit_code, r.value, r.differs])).toEqual([['14', 1, true], ['82', 2, true]]);
    expect((await data('/api/v1/compare?province=14,82&year=2024&channel=mang_xa_hoi&measure=presence')).map((r) => r.differs)).toEqual([false, false]);
  });

  it('compares a unit without a plan as unknown, not as different', async () => {
    const rows = await data('/api/v1/compare?units=2025&province=15,87&year=2024&channel=truyen_thanh_co_so&measure=presence');
    expect(rows.map((r) => [r.unit_code, r.has_plan, r.passages, r.value, r.differs, r.units_compared, r.units_with_plan])).toEqual([
      ['10', false, null, null, false, 2, 1], ['87', true, 0, 0, false, 2, 1],
    ]);
  });
});

describe('agencies', () => {
  it('names the lead of each of the eight rows of the Yên Bái annex', async () => {
    const rows = await data('/api/v1/annex-tasks?units=2025&province=10');
    expect(rows.map((r) => [r.row_no, r.lead_text, r.lead])).toEqual([
      ['1', '- Các sở, ban, ngành tỉnh - UBND cấp huyện, cấp xã', ['so_ban_nganh', 'ubnd_huyen', 'ubnd_xa']],
      ['2', '- Các sở, ban, ngành tỉnh - UBND cấp huyện, cấp xã', ['so_ban_nganh', 'ubnd_huyen', 'ubnd_xa']],
      ['3', 'Cổng thông tin điện tử tỉnh', ['cong_ttdt_tinh']],
      ['4', '- Các sở, ban, ngành tỉnh - UBND cấp huyện', ['so_ban_nganh', 'ubnd_huyen']],
      ['5', 'Đài Phát thanh và Truyền hình tỉnh', ['dai_ptth']],
      ['6', 'Báo Yên Bái', ['bao_tinh']],
      // district and commune radio stations are no agency of the codebook
      ['7', 'Đài truyền thanh cấp huyện, cấp xã', []],
      ['8', '- Các sở, ban, ngành tỉnh - UBND cấp huyện, cấp xã', ['so_ban_nganh', 'ubnd_huyen', 'ubnd_xa']],
    ]);
    expect(rows.map((r) => r.time_text)).toEqual([...Array(5).fill('Thường xuyên trong năm'), 'Mỗi tháng: 02 chuyên mục', 'Thường xuyên trong năm', 'Thường xuyên trong năm']);
    expect(rows.every((r) => r.province_name === 'Yên Bái' && r.unit_2025_name === 'Lào Cai')).toBe(true);
    // an agency filter keeps the rows it leads or coordinates
    expect((await data('/api/v1/annex-tasks?province=15&agency=bao_tinh')).map((r) => r.row_no)).toEqual(['6']);
    // Thái Nguyên's annex: Sở Khoa học và Công nghệ leads row 6, Văn phòng UBND tỉnh coordinates row 4
    const tn = await data('/api/v1/annex-tasks?province=19');
    expect(by(tn, 'row_no', (r) => [r.lead, r.coordinate])).toMatchObject({ '4': [['so_ban_nganh', 'ubnd_huyen'], ['van_phong_ubnd']], '6': [['so_khcn'], ['so_ban_nganh', 'ubnd_huyen']] });
  });

  it('gives who leads (chu_tri) in the Yên Bái plan, from the assignment section and the annex', async () => {
    // annex rows 1, 2, 4, 8 (departments, districts; communes not in row 4); III.1.c Sở TTTT;
    // III.1.d Đài PTTH and annex row 5; annex rows 3 and 6; III.1.b Sở Nội vụ
    const rows = await data('/api/v1/agencies/roles?province=15&role=chu_tri');
    expect(by(rows, 'agency_id', 'passages')).toEqual({
      bao_tinh: 1, cong_ttdt_tinh: 1, dai_ptth: 2, so_ban_nganh: 4, so_noi_vu: 1, so_tttt: 1, ubnd_huyen: 4, ubnd_xa: 3,
    });
    expect(rows.every((r) => r.plans === 1 && r.role_label === 'Chủ trì')).toBe(true);
    // "Theo dõi, kiểm tra, đôn đốc …" under b) Sở Nội vụ; reports "gửi về Ủy ban nhân dân tỉnh (qua Sở Nội vụ)"
    const noiVu = await data('/api/v1/agencies/roles?province=15&agency=so_noi_vu');
    expect(by(noiVu, 'role', 'passages')).toEqual({ chu_tri: 1, nhan_bao_cao: 1, theo_doi_kiem_tra: 1, thuc_hien: 1 });
  });

  it('links the radio and television station to broadcasting in four plans', async () => {
    // Yên Bái: "Phối hợp với … Đài Phát thanh và Truyền hình tỉnh" (III.1.b), its own item III.1.d, annex row 5
    const yb = await data('/api/v1/agencies/channels?province=15&agency=dai_ptth&channel=truyen_hinh_phat_thanh');
    expect(yb).toMatchObject([{ agency_label: 'Đài Phát thanh và Truyền hình tỉnh', channel_label: 'Phát thanh, truyền hình', plans: 1, passages: 3, provinces: ['15'] }]);
    // the Ninh Thuận plan (a department's) assigns nothing to the station
    expect(await data('/api/v1/agencies/channels?agency=dai_ptth&channel=truyen_hinh_phat_thanh')).toMatchObject([{ plans: 4, provinces: ['14', '15', '19', '82'] }]);
  });

  it('links an agency to the channels of the bullets under its assignment item', async () => {
    // Sơn La V.5 "5. Văn phòng Ủy ban nhân dân tỉnh", then "- … đăng tải trên Cổng thông tin điện tử
    // của tỉnh" and "- Nâng cao chất lượng Chuyên mục … trên Cổng Thông tin điện tử của tỉnh"
    expect(await data('/api/v1/agencies/channels?province=14&agency=van_phong_ubnd')).toMatchObject([{ channel_id: 'cong_thong_tin', plans: 1, passages: 2 }]);
    // V.9 "9. Đài Phát thanh và Truyền hình tỉnh; Báo Sơn La, …" and its bullet on broadcasts
    expect(await data('/api/v1/agencies/channels?province=14&agency=dai_ptth&channel=truyen_hinh_phat_thanh')).toMatchObject([{ passages: 2 }]);
  });
});

describe('facts', () => {
  it('finds Resolution 76/NQ-CP cited by Sơn La, Yên Bái, Thái Nguyên and Ninh Thuận, not by Tiền Giang', async () => {
    const rows = (await data('/api/v1/legal-refs?ref_level=central&limit=1000')).filter((r) => r.number === '76/NQ-CP');
    expect(rows.map((r) => [r.province_name, r.doc_type, r.plans, r.mentions, r.years])).toEqual([
      ['Sơn La', 'Nghị quyết', 1, 1, ['2024']],
      ['Yên Bái', 'Nghị quyết', 1, 2, ['2023']], // I.2 "Bám sát nội dung …" and III.1.đ
      ['Thái Nguyên', 'Nghị quyết', 1, 1, ['2024']],
      ['Ninh Thuận', 'Nghị quyết', 1, 1, ['2022']],
    ]);
    // under the 2025 map the Yên Bái citation belongs to Lào Cai
    expect((await data('/api/v1/legal-refs?units=2025&province=10&ref_level=central')).find((r) => r.number === '76/NQ-CP')).toMatchObject({ province_name: 'Yên Bái', unit_2025_code: '10' });
  });

  it('gives the indices with the targets Ninh Thuận sets for them', async () => {
    const rows = (await data('/api/v1/indices?province=58')).filter((r) => r.target);
    expect(rows.map((r) => [r.index_id, r.target])).toEqual([
      ['par_index', 'tăng 10 bậc; TOP 20'], // "(PAR INDEX), … (PAPI) phấn đấu tăng 10 bậc …, TOP 20"
      ['pci', 'tăng 0,5-1 điểm; TOP 15'],
      ['sipas', 'tăng 1%; đạt mức từ 90% trở lên; TOP 25'],
      ['papi', 'tăng 10 bậc; TOP 20'],
    ]);
    // Yên Bái names six indices in one passage and sets no target
    const yb = await data('/api/v1/indices?province=15');
    expect(yb.map((r) => [r.index_id, r.target])).toEqual([['par_index', null], ['sipas', null], ['papi', null], ['pci', null], ['ddci', null], ['dti', null]]);
    expect(yb[0].highlighted).toContain('<mark>Chỉ số CCHC (PAR INDEX)</mark>');
  });

  it('gives the deadlines and quantified targets as written', async () => {
    const deadlines = await data('/api/v1/deadlines');
    expect(deadlines.map((r) => [r.province_code, r.text, r.normalized])).toEqual([
      ['14', 'chậm nhất ngày 22/01/2024', '2024-01-22'],
      ['14', 'hoàn thành trong quý II/2024', '2024-Q2'],
      ['15', 'trước ngày 31/01/2023', '2023-01-31'],
      ['19', 'Quý II', '2024-Q2'], // annex row 3 "Quý II, Quý III/2024"
      ['19', 'Quý III/2024', '2024-Q3'],
      ['19', 'Quý II/2024', '2024-Q2'],
      ['58', 'trước 27/02/2022', '2022-02-27'],
    ]);
    expect(deadlines[2].highlighted).toContain('<mark>trước ngày 31/01/2023</mark>');
    const targets = await data('/api/v1/targets?province=14');
    expect(targets.map((r) => [r.text, r.count, r.unit, r.period])).toEqual([
      ['04 số/tháng', 4, 'số', 'tháng'],
      ['Hàng tháng, có ít nhất 02 tin, bài', 2, 'tin, bài', 'tháng'],
      ['định kỳ 2 lần/năm', 2, 'lần', 'năm'],
    ]);
  });
});

/** Text folded like the search: no diacritics, đ → d, lower case, runs of non-letters as one space. */
const fold = (s: string) => s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[đĐ]/g, 'd').toLowerCase().replace(/[^a-z0-9]+/g, ' ').trim();
const unescape = (s: string) => s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, '&');
const marks = (html: string) => [...html.matchAll(/<mark>(.*?)<\/mark>/g)].map((m) => unescape(m[1]!));

describe('evidence, codes and search', () => {
  it('shows the one Yên Bái passage naming social networks, the words marked', async () => {
    const rows = await data(`/api/v1/evidence?document=${YEN_BAI}&category=mang_xa_hoi`);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ seq: 27, section_path: 'II.2', block: 'bullet', dimension: 'channel', category_label: 'Mạng xã hội' });
    expect(marks(rows[0].highlighted)).toEqual(['zalo', 'facebook']);
    const codes = await data(`/api/v1/codes?document=${YEN_BAI}&channel=mang_xa_hoi`);
    expect(codes.map((r) => [r.passage_id, r.rule_ids])).toEqual([[`${YEN_BAI}:27`, ['mang_xa_hoi:Facebook', 'mang_xa_hoi:Zalo']]]);
  });

  it('shows the four annex rows the departments lead in Yên Bái, the lead cell marked', async () => {
    const rows = await data(`/api/v1/evidence?units=2025&province=10&category=so_ban_nganh:chu_tri`);
    expect(rows.map((r) => [r.seq, r.section_path, r.rule_ids, marks(r.highlighted)])).toEqual([
      [70, 'PL1', ['annex-lead'], ['Các sở, ban, ngành']],
      [71, 'PL1', ['annex-lead'], ['Các sở, ban, ngành']],
      [73, 'PL1', ['annex-lead'], ['Các sở, ban, ngành']],
      [77, 'PL1', ['annex-lead'], ['Các sở, ban, ngành']],
    ]);
  });

  it('backs every non-zero channel and topic cell with as many passages, each marking the words its rules matched', async () => {
    const cells = (await data('/api/v1/coverage/plans?dimension=channel,topic&limit=10000')).filter((c) => c.passages > 0);
    expect(cells.length).toBeGreaterThan(100);
    for (const cell of cells) {
      const rows = await data(`/api/v1/evidence?document=${cell.document_id}&dimension=${cell.dimension}&category=${cell.category_id}`);
      expect(rows, `${cell.province_code} ${cell.category_id}`).toHaveLength(cell.passages);
      for (const r of rows) {
        const marked = marks(r.highlighted).map(fold).join(' | ');
        // a rule id is "<category>:<cue>"; a cue naming every province ({tinh}) is left out
        for (const cue of r.rule_ids.map((id: string) => id.slice(id.indexOf(':') + 1)).filter((c: string) => !c.includes('{'))) {
          expect(marked, `${r.passage_id} ${cell.category_id}`).toContain(fold(cue));
        }
      }
    }
  });

  it('searches without diacritics, đ folded to d, in any case', async () => {
    const plain = await get('/api/v1/search?q=thu%20tuc%20hanh%20chinh&limit=1000');
    expect(plain.body.total).toBe(26);
    expect(plain.body.data.reduce((n: Record<string, number>, r: any) => ({ ...n, [r.province_code]: (n[r.province_code] ?? 0) + 1 }), {})).toEqual({ '14': 5, '15': 2, '19': 3, '58': 9, '82': 7 });
    expect(plain.body.data.reduce((n: number, r: any) => n + r.hits, 0)).toBe(37);
    expect(plain.body.data.every((r: any) => fold(r.snippets[0].match) === 'thu tuc hanh chinh')).toBe(true);
    expect((await get('/api/v1/search?q=TH%E1%BB%A6%20T%E1%BB%A4C%20H%C3%80NH%20CH%C3%8DNH&limit=1')).body.total).toBe(26);
    // "đường dây nóng": Yên Bái annex row 1, Thái Nguyên twice, Ninh Thuận once
    for (const q of ['duong day nong', 'đường dây nóng', 'DUONG DAY NONG', 'đuong day nong']) {
      const r = await data(`/api/v1/search?q=${encodeURIComponent(q)}`);
      expect(r.map((x) => x.province_code), q).toEqual(['15', '19', '19', '58']);
      expect(r.every((x) => /<mark>đường dây nóng<\/mark>/i.test(x.highlighted))).toBe(true);
    }
  });
});

describe('the overview’s aggregates', () => {
  it('counts plans per year and sums them up: 2022 Ninh Thuận, 2023 Yên Bái, 2024 the other three', async () => {
    expect(await data('/api/v1/plans/per-year')).toEqual([{ year: 2022, plans: 1 }, { year: 2023, plans: 1 }, { year: 2024, plans: 3 }]);
    expect(await data('/api/v1/plans/summary')).toEqual([{ plans: 5, units: 5, years: 3, year_first: 2022, year_last: 2024 }]);
    expect(await data('/api/v1/plans/summary?year=2024&units=2025')).toEqual([{ plans: 3, units: 3, years: 1, year_first: 2024, year_last: 2024 }]);
  });

  it('orders the plan list on the server: by year, and the latest plan first', async () => {
    expect((await data('/api/v1/plans?sort=year&limit=2')).map((r) => r.document_id)).toEqual([NINH_THUAN, YEN_BAI]);
    expect((await data('/api/v1/plans?sort=-year&limit=2&offset=3')).map((r) => r.document_id)).toEqual([YEN_BAI, NINH_THUAN]);
    expect([SON_LA, THAI_NGUYEN, TIEN_GIANG]).toContain((await data('/api/v1/plans?sort=latest&limit=1'))[0].document_id);
  });

  it('totals social networks over the five unit-years: 7 passages, present in 5, mean share', async () => {
    const total = async (measure: string) => (await data(`/api/v1/coverage/totals?channel=mang_xa_hoi&measure=${measure}`))[0];
    expect(await total('count')).toMatchObject({ category_id: 'mang_xa_hoi', category_label: 'Mạng xã hội', unit_years: 5, value: 7 });
    expect((await total('presence')).value).toBe(5);
    expect((await total('share')).value).toBeCloseTo((1 / 76 + 1 / 64 + 1 / 89 + 2 / 90 + 2 / 106) / 5, 12);
  });

  it('gives postal service coverage per 2025 unit over the chosen years, each plan once', async () => {
    const rows = await data('/api/v1/coverage/period?topic=buu_chinh_cong_ich&units=2025');
    expect(by(rows, 'unit_code', (r) => [r.unit_name, r.plans, r.passages, r.share])).toEqual({
      '10': ['Lào Cai', 1, 1, 1 / 64], '14': ['Sơn La', 1, 3, 3 / 76], '19': ['Thái Nguyên', 1, 2, 2 / 89], '56': ['Khánh Hòa', 1, 2, 2 / 90], '87': ['Đồng Tháp', 1, 1, 1 / 106],
    });
    expect(by(await data('/api/v1/coverage/period?topic=buu_chinh_cong_ich&units=2025&year_from=2023'), 'unit_code', 'passages')).toEqual({ '10': 1, '14': 3, '19': 2, '87': 1 });
  });
});

describe('coverage of this file', () => {
  it('asks every list endpoint of /api/v1', () => {
    expect([...asked].filter((p) => V1_ENDPOINTS.some((e) => e.path === p)).sort()).toEqual(V1_ENDPOINTS.map((e) => e.path).sort());
  });
});
