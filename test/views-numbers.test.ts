// Exact numbers from the SQL views that no /api/v1 list endpoint serves directly (the building
// blocks and the gap views), over a DuckDB built from the five plans; and a check that every view
// of sql/views has its numbers pinned here or in api-v1-numbers.test.ts.

import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openReadDb, type ReadDb } from '../apps/api/src/db.ts';
import { buildCorpusDb, ROOT } from './helpers/corpus.ts';

let db: ReadDb;
let cleanup: () => void;

beforeAll(async () => {
  const built = await buildCorpusDb();
  cleanup = built.cleanup;
  db = await openReadDb(built.dbPath, 1);
});

afterAll(() => {
  db?.close();
  cleanup?.();
});

const YEN_BAI = '078d32063f0f2186';
const TIEN_GIANG = '26ab34b496c24cd1';
const SON_LA = 'b0b0d26c5331a025';
const NINH_THUAN = '4565bfa0903c4d08';
const THAI_NGUYEN = 'c53cbfc84c7f1953';

/** Views whose numbers api-v1-numbers.test.ts pins through the endpoint serving them. */
const SERVED: Record<string, string> = {
  agency_channel_links: '/agencies/channels', annex_tasks: '/annex-tasks', categories: '/categories',
  category_evidence: '/evidence, /codes', corpus_status: '/status', plan_agency_roles: '/agencies/roles',
  plan_coverage: '/coverage/plans', plan_deadlines: '/deadlines', plan_indices: '/indices', plan_legal_refs: '/legal-refs',
  plan_targets: '/targets', plan_units: '/plans', plan_years: '/plans/years', region_year_coverage: '/coverage/regions',
  unit_category_matrix: '/matrix', unit_comparison: '/compare', unit_year_change: '/change', unit_year_coverage: '/coverage/units',
  units: '/units',
};
/** Views pinned below. */
const pinned = new Set<string>();
const q = (view: string, sql: string, params: Record<string, string> = {}) => {
  pinned.add(view);
  return db.query(sql, params);
};

describe('building blocks', () => {
  it('keeps each matched span of Yên Bái’s social-network passage, once per passage for the counts', async () => {
    const spans = await q('category_spans', `SELECT rule_id, s.rel_start, s.rel_end, p.text FROM category_spans s JOIN passages p USING (passage_id)
      WHERE s.document_id = $d AND category_id = 'mang_xa_hoi' ORDER BY rel_start`, { d: YEN_BAI });
    expect(spans.map((s) => [s.rule_id, String(s.text).slice(Number(s.rel_start), Number(s.rel_end))])).toEqual([['mang_xa_hoi:Zalo', 'zalo'], ['mang_xa_hoi:Facebook', 'facebook']]);
    expect(await q('category_passages', `SELECT passage_id, spans FROM category_passages WHERE document_id = $d AND category_id = 'mang_xa_hoi'`, { d: YEN_BAI }))
      .toEqual([{ passage_id: `${YEN_BAI}:27`, spans: 2 }]);
  });

  it('finds no coded row outside its own plan’s passages in the five plans (load-batch.test.ts makes one)', async () => {
    expect(await q('coded_orphans', 'FROM coded_orphans((SELECT list(id) FROM documents))')).toEqual([]);
  });

  it('lists the codebook: 17 topics, 18 channels, 6 audiences, 1 attribute, 27 agencies and 27 × 7 agency roles', async () => {
    const rows = await q('codebook_categories', 'SELECT dimension, count(*)::INTEGER AS n FROM codebook_categories GROUP BY dimension ORDER BY dimension');
    expect(Object.fromEntries(rows.map((r) => [r.dimension, r.n]))).toEqual({ agency: 27, agency_role: 189, attribute: 1, audience: 6, channel: 18, topic: 17 });
  });

  it('maps the 63 provinces to themselves in 2024 and to 34 units in 2025', async () => {
    const rows = await q('province_units', `SELECT units, count(*)::INTEGER AS provinces, count(DISTINCT unit_code)::INTEGER AS units_n,
      list(unit_code ORDER BY province_code) FILTER (WHERE province_code IN ('06', '15', '58', '82')) AS merged
      FROM province_units GROUP BY units ORDER BY units`);
    expect(rows).toEqual([
      { units: '2024', provinces: 63, units_n: 63, merged: ['06', '15', '58', '82'] },
      { units: '2025', provinces: 63, units_n: 34, merged: ['19', '10', '56', '87'] },
    ]);
  });

  it('counts each plan for its unit and year, under scope all and under its issuer level', async () => {
    const plans = await q('unit_plans', `SELECT scope, unit_code, year, document_id FROM unit_plans WHERE units = '2025' ORDER BY scope, unit_code`);
    expect(plans.map((r) => [r.scope, r.unit_code, r.year, r.document_id])).toEqual([
      ['all', '10', 2023, YEN_BAI], ['all', '14', 2024, SON_LA], ['all', '19', 2024, THAI_NGUYEN], ['all', '56', 2022, NINH_THUAN], ['all', '87', 2024, TIEN_GIANG],
      ['department', '56', 2022, NINH_THUAN],
      ['province', '10', 2023, YEN_BAI], ['province', '14', 2024, SON_LA], ['province', '19', 2024, THAI_NGUYEN], ['province', '87', 2024, TIEN_GIANG],
    ]);
    const years = await q('unit_years', `SELECT unit_name, year, plans, codable_passages, province_codes FROM unit_years WHERE units = '2025' AND scope = 'all' ORDER BY unit_code`);
    expect(years.map((r) => [r.unit_name, r.year, r.plans, r.codable_passages, r.province_codes])).toEqual([
      ['Lào Cai', 2023, 1, 64, ['15']], ['Sơn La', 2024, 1, 76, ['14']], ['Thái Nguyên', 2024, 1, 89, ['19']], ['Khánh Hòa', 2022, 1, 90, ['58']], ['Đồng Tháp', 2024, 1, 106, ['82']],
    ]);
  });

  it('gives a unit-year’s category set with its passages: grassroots radio in Lào Cai’s 2023 (Yên Bái) plan', async () => {
    // II.2 "Đài truyền thanh cấp cơ sở", III.1.a "Đài truyền thanh cơ sở", annex row 7
    const [r] = await q('unit_year_categories', `SELECT plans_with, passages, passage_ids, passage_id FROM unit_year_categories
      WHERE units = '2025' AND scope = 'all' AND unit_code = '10' AND year = 2023 AND category_id = 'truyen_thanh_co_so'`);
    expect(r).toEqual({ plans_with: 1, passages: 3, passage_ids: [`${YEN_BAI}:27`, `${YEN_BAI}:38`, `${YEN_BAI}:76`], passage_id: `${YEN_BAI}:27` });
  });
});

describe('gaps', () => {
  it('finds no Ministry plan among the five, so no year has a default reference', async () => {
    const refs = await q('gap_references', 'SELECT year, reference_id, candidates, reason FROM gap_references ORDER BY year');
    expect(refs.map((r) => [r.year, r.reference_id, r.candidates, r.reason])).toEqual([[2022, null, 0, 'no_reference'], [2023, null, 0, 'no_reference'], [2024, null, 0, 'no_reference']]);
    const [pairs] = await q('gap_pairs', 'SELECT count(*)::INTEGER AS n, count(*) FILTER (WHERE default_reference)::INTEGER AS d FROM gap_pairs');
    expect(pairs).toEqual({ n: 5 * 4, d: 0 });
    const [uy] = await q('unit_year_gap_pairs', `SELECT count(*)::INTEGER AS n FROM unit_year_gap_pairs WHERE units = '2025' AND scope = 'all'`);
    expect(uy!.n).toBe(5 * 5);
  });

  it('gives a plan’s category with its first passage and an excerpt around the match', async () => {
    const [g] = await q('gap_categories', `SELECT passages, passage_id, excerpt FROM gap_categories WHERE document_id = $d AND category_id = 'mang_xa_hoi'`, { d: YEN_BAI });
    expect(g).toMatchObject({ passages: 1, passage_id: `${YEN_BAI}:27` });
    expect(String(g!.excerpt)).toMatch(/^….*tuyên truyền trên zalo, facebook\.\.\.$/);
    expect(String(g!.excerpt).length).toBeLessThanOrEqual(1 + 240);
  });

  it('holds the Yên Bái plan against the Tiền Giang plan, channel by channel', async () => {
    const rows = await q('plan_gaps', `SELECT category_id, status, plan_passages, reference_passages FROM plan_gaps
      WHERE document_id = $d AND reference_id = $r AND dimension = 'channel' AND status <> 'have' ORDER BY status, category_id`, { d: YEN_BAI, r: TIEN_GIANG });
    expect(rows.map((r) => [r.category_id, r.status, r.plan_passages, r.reference_passages])).toEqual([
      ['truyen_thanh_co_so', 'extra', 3, null],
      ['ban_tin', 'missing', null, 1], // Tiền Giang "bản tin"
      ['doi_thoai_hop_bao', 'missing', null, 1], // "họp báo"
      ['thi_dua_khen_thuong', 'missing', null, 1], // "thi đua, khen thưởng"
      ['video_phong_su', 'missing', null, 3], // "phóng sự, video clip"
    ]);
    const [social] = await db.query(`SELECT status, plan_passages, reference_passages FROM plan_gaps WHERE document_id = $d AND reference_id = $r AND category_id = 'mang_xa_hoi'`, { d: YEN_BAI, r: TIEN_GIANG });
    expect(social).toEqual({ status: 'have', plan_passages: 1, reference_passages: 2 });
  });

  it('sums the gaps of a plan and of a unit-year: Lào Cai 2023 is the Yên Bái plan, Đồng Tháp 2024 carries all of Tiền Giang', async () => {
    const [own] = await q('plan_gap_summary', `SELECT s.reference_categories, s.have, s.missing, s.extra, s.conformance,
      (SELECT count(*)::INTEGER FROM gap_categories WHERE document_id = $r) AS categories
      FROM plan_gap_summary s WHERE document_id = $d AND reference_id = $r`, { d: YEN_BAI, r: TIEN_GIANG });
    expect(own!.reference_categories).toBe(own!.categories);
    expect(Number(own!.have) + Number(own!.missing)).toBe(own!.categories);
    expect(own!.conformance).toBe(Number(own!.have) / Number(own!.categories));
    // Lào Cai 2023 is the Yên Bái plan alone: the same numbers as the plan
    const [unit] = await q('unit_year_gap_summary', `SELECT reference_categories, have, missing, extra, conformance FROM unit_year_gap_summary
      WHERE units = '2025' AND scope = 'all' AND unit_code = '10' AND year = 2023 AND reference_id = $r`, { r: TIEN_GIANG });
    expect(unit).toEqual({ reference_categories: own!.reference_categories, have: own!.have, missing: own!.missing, extra: own!.extra, conformance: own!.conformance });
    // Đồng Tháp 2024 is the Tiền Giang plan: it carries all of itself
    const [self] = await db.query(`SELECT have, missing, extra, conformance, reference_categories FROM unit_year_gap_summary
      WHERE units = '2025' AND scope = 'all' AND unit_code = '87' AND year = 2024 AND reference_id = $r`, { r: TIEN_GIANG });
    expect(self).toMatchObject({ missing: 0, extra: 0, conformance: 1, have: own!.reference_categories });
    const channels = await q('unit_year_gaps', `SELECT category_id, status, plans_without FROM unit_year_gaps
      WHERE units = '2025' AND scope = 'all' AND unit_code = '10' AND year = 2023 AND reference_id = $r AND dimension = 'channel' AND status = 'missing' ORDER BY category_id`, { r: TIEN_GIANG });
    expect(channels.map((r) => [r.category_id, r.plans_without])).toEqual([
      ['ban_tin', [YEN_BAI]], ['doi_thoai_hop_bao', [YEN_BAI]], ['thi_dua_khen_thuong', [YEN_BAI]], ['video_phong_su', [YEN_BAI]],
    ]);
  });

  it('rolls gaps up to the region: Sơn La and Thái Nguyên in 2024 against Tiền Giang', async () => {
    const [r] = await q('region_year_gap_summary', `SELECT units_compared, plans FROM region_year_gap_summary
      WHERE units = '2025' AND scope = 'all' AND region = 'trung_du_mien_nui_phia_bac' AND year = 2024 AND reference_id = $r`, { r: TIEN_GIANG });
    expect(r).toEqual({ units_compared: 2, plans: 2 });
    // both have social networks and grassroots radio; only Thái Nguyên has prize competitions
    // (thi_dua_khen_thuong) of Tiền Giang's channels; grassroots radio is theirs, not Tiền Giang's
    const cells = await q('region_year_gaps', `SELECT category_id, status, units_with, units_without FROM region_year_gaps
      WHERE units = '2025' AND scope = 'all' AND region = 'trung_du_mien_nui_phia_bac' AND year = 2024 AND reference_id = $r
        AND category_id IN ('mang_xa_hoi', 'thi_dua_khen_thuong', 'truyen_thanh_co_so') ORDER BY category_id`, { r: TIEN_GIANG });
    expect(cells.map((c) => [c.category_id, c.status, c.units_with, c.units_without])).toEqual([
      ['mang_xa_hoi', 'have', 2, []],
      ['thi_dua_khen_thuong', 'partial', 1, ['14']],
      ['truyen_thanh_co_so', 'extra', 2, null],
    ]);
  });
});

describe('coverage of the views', () => {
  it('pins a cell of every view of sql/views, here or through its endpoint', () => {
    const views = readdirSync(join(ROOT, 'sql/views')).filter((f) => f.endsWith('.sql')).map((f) => f.replace(/\.sql$/, '')).sort();
    expect([...new Set([...pinned, ...Object.keys(SERVED)])].sort()).toEqual(views);
  });
});
