// The views on a synthetic corpus whose figures are known by hand (test/helpers/with-database.ts).

import { beforeAll, afterAll, describe, expect, it } from 'vitest';
import { DuckDBInstance, listValue, type DuckDBConnection, type DuckDBValue } from '@duckdb/node-api';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildSyntheticDb, withDatabase } from '../test/helpers/with-database.ts';
import { SQL_DIR } from './index.ts';

let instance: DuckDBInstance;
let conn: DuckDBConnection;
let cleanup: () => void;

beforeAll(async () => {
  const built = await buildSyntheticDb();
  cleanup = built.cleanup;
  instance = await DuckDBInstance.create(built.dbPath, { access_mode: 'READ_ONLY' });
  conn = await instance.connect();
});

afterAll(() => {
  conn?.closeSync();
  instance?.closeSync();
  cleanup?.();
});

const rows = async (sql: string, params?: Record<string, DuckDBValue>) =>
  (await conn.runAndReadAll(sql, params)).getRowObjectsJson() as Record<string, any>[];
const one = async (sql: string, params?: Record<string, DuckDBValue>) => {
  const r = await rows(sql, params);
  expect(r).toHaveLength(1);
  return r[0]!;
};

describe('view files', () => {
  it('hold one view each, named after the file, with a header comment giving the grain and columns', () => {
    const dir = join(SQL_DIR, 'views');
    for (const f of readdirSync(dir).filter((x) => x.endsWith('.sql'))) {
      const sql = readFileSync(join(dir, f), 'utf8');
      const name = f.replace(/\.sql$/, '');
      expect(sql.startsWith(`-- ${name}`), f).toBe(true);
      expect(sql, f).toMatch(/-- Grain: /);
      expect(sql, f).toMatch(/-- Columns: /);
      const creates = sql.match(/CREATE OR REPLACE (VIEW|MACRO) (\w+)/g) ?? [];
      expect(creates, f).toEqual([expect.stringMatching(new RegExp(` ${name}$`))]);
    }
  });

  it('apply although files sort before the views they build on, and again on an existing database', async () => {
    await withDatabase(async (db) => {
      const { applySchema } = await import('./index.ts');
      await applySchema(db.conn);
      const views = await db.rows("SELECT count(*)::INTEGER AS n FROM duckdb_views() WHERE NOT internal");
      const files = readdirSync(join(SQL_DIR, 'views')).filter((f) => f.endsWith('.sql'));
      const macros = files.filter((f) => readFileSync(join(SQL_DIR, 'views', f), 'utf8').includes('CREATE OR REPLACE MACRO'));
      expect(macros.length).toBeGreaterThan(0);
      expect(views[0]!.n).toBe(files.length - macros.length);
    });
  });
});

describe('plan dimension', () => {
  it('counts codable passages without recipients, preamble and signature', async () => {
    const a = await one("SELECT * FROM plan_units WHERE document_id = 'aaaa000000000001'");
    expect(a).toMatchObject({ province_name: 'Lào Cai', region: 'trung_du_mien_nui_phia_bac', unit_2025_code: '10', passage_count: 5, codable_passages: 3 });
    expect((await one("SELECT codable_passages FROM plan_units WHERE document_id = 'cccc000000000003'")).codable_passages).toBe(8);
  });

  it('names the 2025 unit after the province whose code it carries', async () => {
    expect(await one("SELECT unit_2025_code, unit_2025_name FROM plan_units WHERE province_code = '15'")).toEqual({ unit_2025_code: '10', unit_2025_name: 'Lào Cai' });
    expect(await one("SELECT unit_2025_code, unit_2025_name FROM plan_units WHERE province_code = '82'")).toEqual({ unit_2025_code: '87', unit_2025_name: 'Đồng Tháp' });
  });

  it('spreads a period plan over each of its years', async () => {
    expect(await rows("SELECT year FROM plan_years WHERE province_code = '14' ORDER BY year")).toEqual([{ year: 2022 }, { year: 2023 }]);
    expect((await one('SELECT count(*)::INTEGER AS n FROM plan_years')).n).toBe(7);
  });

  it('lists 63/34-style units: five provinces make five 2024 units and three 2025 units', async () => {
    expect(await rows('SELECT units, unit_code, provinces FROM units ORDER BY units, unit_code')).toEqual([
      { units: '2024', unit_code: '10', provinces: ['10'] },
      { units: '2024', unit_code: '14', provinces: ['14'] },
      { units: '2024', unit_code: '15', provinces: ['15'] },
      { units: '2024', unit_code: '82', provinces: ['82'] },
      { units: '2024', unit_code: '87', provinces: ['87'] },
      { units: '2025', unit_code: '10', provinces: ['10', '15'] },
      { units: '2025', unit_code: '14', provinces: ['14'] },
      { units: '2025', unit_code: '87', provinces: ['82', '87'] },
    ]);
  });
});

describe('unit mapping', () => {
  it('maps each province to itself under 2024 and to its 2025 unit under 2025', async () => {
    expect(await rows("SELECT units, unit_code, unit_name, unit_region FROM province_units WHERE province_code = '82' ORDER BY units")).toEqual([
      { units: '2024', unit_code: '82', unit_name: 'Tiền Giang', unit_region: 'dong_bang_song_cuu_long' },
      { units: '2025', unit_code: '87', unit_name: 'Đồng Tháp', unit_region: 'dong_bang_song_cuu_long' },
    ]);
  });

  it('counts each plan under scope all and under its own issuer level', async () => {
    expect(await rows("SELECT scope, unit_code, year FROM unit_plans WHERE units = '2025' AND document_id = 'eeee000000000005' ORDER BY scope")).toEqual([
      { scope: 'all', unit_code: '87', year: 2024 },
      { scope: 'department', unit_code: '87', year: 2024 },
    ]);
  });

  it('sums plans and codable passages per unit-year', async () => {
    expect(await one("SELECT plans, codable_passages, document_ids, province_codes FROM unit_years WHERE units = '2025' AND scope = 'all' AND unit_code = '87' AND year = 2024")).toEqual({
      plans: 2, codable_passages: 4, document_ids: ['dddd000000000004', 'eeee000000000005'], province_codes: ['82', '87'],
    });
  });
});

describe('category evidence', () => {
  it('keeps every matched span with its rule and the theme it came through', async () => {
    expect(await rows("SELECT dimension, category_id, rule_id, via, rel_start, rel_end FROM category_spans WHERE passage_id = 'bbbb000000000002:1' ORDER BY category_id")).toEqual([
      { dimension: 'topic', category_id: 'chinh_phu_so', rule_id: 'syn.chinh_phu_so', via: 'dvc_truc_tuyen', rel_start: 16, rel_end: 39 },
      { dimension: 'topic', category_id: 'dvc_truc_tuyen', rule_id: 'syn.dvc_truc_tuyen', via: null, rel_start: 16, rel_end: 39 },
    ]);
  });

  it('keeps distinct passages and leaves the recipients list out', async () => {
    expect(await rows("SELECT passage_id, spans FROM category_passages WHERE document_id = 'aaaa000000000001' AND category_id = 'truyen_hinh_phat_thanh' ORDER BY passage_id")).toEqual([
      { passage_id: 'aaaa000000000001:2', spans: 1 },
      { passage_id: 'aaaa000000000001:3', spans: 1 },
    ]);
    expect(await rows("SELECT * FROM category_passages WHERE passage_id = 'aaaa000000000001:4'")).toEqual([]);
  });

  it('turns agency roles into agency_role and agency categories', async () => {
    expect(await rows("SELECT dimension, category_id FROM category_passages WHERE passage_id = 'aaaa000000000001:3' AND dimension LIKE 'agency%' ORDER BY 1, 2")).toEqual([
      { dimension: 'agency', category_id: 'dai_ptth' },
      { dimension: 'agency', category_id: 'so_noi_vu' },
      { dimension: 'agency_role', category_id: 'dai_ptth:phoi_hop' },
      { dimension: 'agency_role', category_id: 'so_noi_vu:chu_tri' },
    ]);
  });

  it('gives spans relative to the passage text', async () => {
    const e = await one("SELECT text, spans FROM category_evidence WHERE passage_id = 'aaaa000000000001:2' AND category_id = 'tthc'");
    const s = e.spans[0];
    expect(e.text.slice(s.start, s.end)).toBe('thủ tục hành chính');
    expect(s).toMatchObject({ rule_id: 'syn.tthc', via: null });
  });

  it('lists every codebook category even when no plan mentions it', async () => {
    expect(await one("SELECT dimension, parent, in_codebook FROM categories WHERE category_id = 'iso_9001'")).toEqual({ dimension: 'topic', parent: 'chinh_phu_so', in_codebook: true });
    expect((await one("SELECT count(*)::INTEGER AS n FROM categories WHERE dimension = 'agency_role'")).n).toBe(27 * 7);
  });
});

describe('coverage per plan', () => {
  it('gives present, passages and share of codable passages, with 0 rows for absent categories', async () => {
    expect(await one("SELECT passages, codable_passages, share, present FROM plan_coverage WHERE document_id = 'aaaa000000000001' AND category_id = 'truyen_hinh_phat_thanh'"))
      .toEqual({ passages: 2, codable_passages: 3, share: 2 / 3, present: true });
    expect(await one("SELECT passages, share, present FROM plan_coverage WHERE document_id = 'aaaa000000000001' AND category_id = 'iso_9001'"))
      .toEqual({ passages: 0, share: 0, present: false });
    expect((await one("SELECT passages FROM plan_coverage WHERE document_id = 'aaaa000000000001' AND dimension = 'agency_role' AND category_id = 'so_noi_vu:nhan_bao_cao'")).passages).toBe(0);
  });
});

describe('coverage per unit-year', () => {
  it('counts a 2023 Yên Bái plan for Lào Cai (10) under the 2025 units', async () => {
    expect(await one("SELECT unit_name, plans, passages, codable_passages FROM unit_year_coverage WHERE units = '2025' AND scope = 'all' AND unit_code = '10' AND year = 2023 AND category_id = 'tthc'"))
      .toEqual({ unit_name: 'Lào Cai', plans: 1, passages: 1, codable_passages: 3 });
    expect(await rows("SELECT * FROM unit_year_coverage WHERE units = '2024' AND unit_code = '10' AND year = 2023")).toEqual([]);
  });

  it('adds Tiền Giang to Đồng Tháp (87) under the 2025 units, per issuer scope', async () => {
    const q = "SELECT scope, plans, plans_with, passages, codable_passages, share FROM unit_year_coverage WHERE units = '2025' AND unit_code = '87' AND year = 2024 AND category_id = 'tthc' ORDER BY scope";
    expect(await rows(q)).toEqual([
      { scope: 'all', plans: 2, plans_with: 1, passages: 1, codable_passages: 4, share: 0.25 },
      { scope: 'department', plans: 1, plans_with: 0, passages: 0, codable_passages: 2, share: 0 },
      { scope: 'province', plans: 1, plans_with: 1, passages: 1, codable_passages: 2, share: 0.5 },
    ]);
  });

  it('rolls units up to their region', async () => {
    const q = "SELECT units, units_with_plan, units_with, unit_share, passages FROM region_year_coverage WHERE scope = 'all' AND region = 'dong_bang_song_cuu_long' AND year = 2024 AND category_id = 'tthc' ORDER BY units";
    expect(await rows(q)).toEqual([
      { units: '2024', units_with_plan: 2, units_with: 1, unit_share: 0.5, passages: 1 },
      { units: '2025', units_with_plan: 1, units_with: 1, unit_share: 1, passages: 1 },
    ]);
  });
});

describe('unit × category matrix', () => {
  it('keeps NULL for no plan and 0 for a plan without the category', async () => {
    const cell = (units: string, unit: string, year: number, cat: string) =>
      one('SELECT has_plan, passages, share, present FROM unit_category_matrix WHERE units = $units AND scope = $scope AND unit_code = $unit AND year = $year AND category_id = $cat', { units, scope: 'all', unit, year, cat });
    expect(await cell('2025', '87', 2023, 'tthc')).toEqual({ has_plan: false, passages: null, share: null, present: null });
    expect(await cell('2025', '10', 2023, 'truyen_hinh_phat_thanh')).toEqual({ has_plan: true, passages: 0, share: 0, present: false });
    expect(await cell('2025', '14', 2023, 'tthc')).toEqual({ has_plan: true, passages: 1, share: 1, present: true });
  });

  it('crosses every unit with every year any plan covers', async () => {
    const n = await one("SELECT count(DISTINCT unit_code)::INTEGER AS units, count(DISTINCT year)::INTEGER AS years FROM unit_category_matrix WHERE units = '2025'");
    expect(n).toEqual({ units: 3, years: 3 });
  });
});

describe('year-over-year change', () => {
  it('measures against the unit’s previous plan year, not year − 1', async () => {
    const r = await one("SELECT prev_year, passages, prev_passages, change_passages, transition FROM unit_year_change WHERE units = '2024' AND scope = 'all' AND unit_code = '10' AND year = 2024 AND category_id = 'truyen_hinh_phat_thanh'");
    expect(r).toEqual({ prev_year: 2022, passages: 2, prev_passages: 2, change_passages: 0, transition: 'kept' });
  });

  it('sees the Yên Bái plan as Lào Cai’s 2023 plan under the 2025 units', async () => {
    const r = await one("SELECT prev_year, change_passages, transition FROM unit_year_change WHERE units = '2025' AND scope = 'all' AND unit_code = '10' AND year = 2024 AND category_id = 'truyen_hinh_phat_thanh'");
    expect(r).toEqual({ prev_year: 2023, change_passages: 2, transition: 'added' });
    expect((await one("SELECT transition FROM unit_year_change WHERE units = '2025' AND scope = 'all' AND unit_code = '10' AND year = 2022 AND category_id = 'tthc'")).transition).toBe('first');
  });
});

describe('comparison of units', () => {
  it('flags the categories on which the chosen units differ', async () => {
    const r = await rows(
      "SELECT unit_code, category_id, present, differs_presence, differs_count, differs_share, units_compared FROM unit_comparison($units, 'all', 2024, $codes) WHERE category_id IN ('tthc', 'mang_xa_hoi') ORDER BY category_id, unit_code",
      { units: '2024', codes: listValue(['10', '82']) },
    );
    expect(r).toEqual([
      { unit_code: '10', category_id: 'mang_xa_hoi', present: true, differs_presence: true, differs_count: true, differs_share: true, units_compared: 2 },
      { unit_code: '82', category_id: 'mang_xa_hoi', present: false, differs_presence: true, differs_count: true, differs_share: true, units_compared: 2 },
      { unit_code: '10', category_id: 'tthc', present: true, differs_presence: false, differs_count: false, differs_share: true, units_compared: 2 },
      { unit_code: '82', category_id: 'tthc', present: true, differs_presence: false, differs_count: false, differs_share: true, units_compared: 2 },
    ]);
  });
});

describe('agencies', () => {
  it('lists agency × role per plan', async () => {
    expect(await rows("SELECT agency_id, role, passages FROM plan_agency_roles WHERE document_id = 'aaaa000000000001' ORDER BY 1, 2")).toEqual([
      { agency_id: 'dai_ptth', role: 'phoi_hop', passages: 1 },
      { agency_id: 'so_noi_vu', role: 'chu_tri', passages: 1 },
    ]);
  });

  it('links an agency to a channel when one passage codes both', async () => {
    expect(await rows("SELECT document_id, agency_id, channel_id, passages FROM agency_channel_links ORDER BY 1, 2, 3")).toEqual([
      { document_id: 'aaaa000000000001', agency_id: 'dai_ptth', channel_id: 'truyen_hinh_phat_thanh', passages: 1 },
      { document_id: 'aaaa000000000001', agency_id: 'so_noi_vu', channel_id: 'truyen_hinh_phat_thanh', passages: 1 },
      { document_id: 'cccc000000000003', agency_id: 'dai_ptth', channel_id: 'truyen_hinh_phat_thanh', passages: 1 },
      { document_id: 'dddd000000000004', agency_id: 'bao_tinh', channel_id: 'bao_chi', passages: 1 },
    ]);
  });
});

describe('facts', () => {
  it('gives the legal references each province cites', async () => {
    expect(await one('SELECT province_name, ref_level, doc_type, number, mentions FROM plan_legal_refs')).toEqual({ province_name: 'Lào Cai', ref_level: 'central', doc_type: 'Nghị quyết', number: '76/NQ-CP', mentions: 1 });
  });

  it('gives indices with targets, deadlines, quantified targets and annex tasks with plan context', async () => {
    const i = await one('SELECT index_id, target, passage_text, span_start, span_end, year_from FROM plan_indices');
    expect(i).toMatchObject({ index_id: 'par_index', target: 'tăng 5 bậc', year_from: 2024 });
    expect(i.passage_text.slice(i.span_start, i.span_end)).toBe('Chỉ số PAR INDEX');
    const d = await one('SELECT normalized, passage_text, span_start, span_end FROM plan_deadlines');
    expect(d.passage_text.slice(d.span_start, d.span_end)).toBe('trước ngày 31/01/2024');
    expect(await one('SELECT count, unit, period, province_name FROM plan_targets')).toEqual({ count: 2, unit: 'tin, bài', period: 'tháng', province_name: 'Lào Cai' });
    expect(await one('SELECT row_no, form, lead, coordinate, unit_2025_code FROM annex_tasks')).toEqual({ row_no: '1', form: 'Tọa đàm', lead: ['so_noi_vu'], coordinate: ['so_tu_phap'], unit_2025_code: '10' });
  });
});
