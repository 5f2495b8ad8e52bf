// /api/v1/gaps end to end: the five plans and a Ministry-style reference plan written for this
// test (test/fixtures/reference/bnv-2024-gaps-reference.txt) in a fresh database, served by the
// real server. Expected omissions come from the codes as stored, by a plain query over the codes
// and agency_roles tables that shares nothing with the gaps views, and from a few categories a
// reader can check in the plans themselves.

import { join } from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ingestFiles } from '../ingest/src/ingest-files.ts';
import { PLAN_FILES, ROOT, tempDir } from './helpers/corpus.ts';
import { startServerProcess, type ServerProcess } from './helpers/server-process.ts';

const REFERENCE_FILE = join(ROOT, 'test/fixtures/reference/bnv-2024-gaps-reference.txt');

/** The five plans by province code: name and plan year. */
const PLANS = {
  '14': { name: 'Sơn La', year: 2024 },
  '15': { name: 'Yên Bái', year: 2023 },
  '82': { name: 'Tiền Giang', year: 2024 },
  '58': { name: 'Ninh Thuận', year: 2022 },
  '19': { name: 'Thái Nguyên', year: 2024 },
} as const;
type Code = keyof typeof PLANS;
const CODES = Object.keys(PLANS) as Code[];

let server: ServerProcess;
let cleanup: () => void;
/** Document id of each plan, and of the reference. */
const ids = {} as Record<Code | 'reference', string>;
/** '<dimension>:<id>' categories of each document, from the codes and agency_roles tables. */
const sets = new Map<string, Set<string>>();
let coded = false;

/**
 * A document's categories straight from the stored codes: topics, channels and audiences from
 * `codes`, '<agency>:<role>' from `agency_roles`, leaving out what sits on the recipients list,
 * the preamble and the signature block (they name agencies, not plan content).
 */
const CATEGORY_SETS_SQL = `
  SELECT c.document_id, c.dimension || ':' || c.category_id AS category
  FROM codes c JOIN passages p ON p.passage_id = c.passage_id
  WHERE c.dimension IN ('topic', 'channel', 'audience') AND p.block NOT IN ('recipients', 'preamble', 'signature')
  UNION
  SELECT r.document_id, 'agency_role:' || r.agency_id || ':' || r.role
  FROM agency_roles r JOIN passages p ON p.passage_id = r.passage_id
  WHERE p.block NOT IN ('recipients', 'preamble', 'signature')`;

beforeAll(async () => {
  const tmp = tempDir('cchc-gaps-');
  cleanup = tmp.cleanup;
  const dbPath = join(tmp.dir, 'gaps.duckdb');
  await ingestFiles([...PLAN_FILES, REFERENCE_FILE], dbPath, { now: () => new Date('2026-01-01T00:00:00Z') });
  const instance = await DuckDBInstance.create(dbPath, { access_mode: 'READ_ONLY' });
  const conn = await instance.connect();
  try {
    const rows = async (sql: string) => (await conn.runAndReadAll(sql)).getRowObjectsJson();
    for (const d of await rows('SELECT id, province_code, issuer_level FROM documents')) {
      if (d.issuer_level === 'ministry') ids.reference = String(d.id);
      else ids[String(d.province_code) as Code] = String(d.id);
    }
    for (const r of await rows(CATEGORY_SETS_SQL)) {
      const id = String(r.document_id);
      if (!sets.has(id)) sets.set(id, new Set());
      sets.get(id)!.add(String(r.category));
    }
    coded = Number((await rows('SELECT count(*) AS n FROM codes'))[0]!.n) > 0;
  } finally {
    conn.closeSync();
    instance.closeSync();
  }
  server = await startServerProcess(dbPath);
}, 180_000);

afterAll(async () => {
  await server?.stop();
  cleanup?.();
});

const setOf = (id: string) => sets.get(id) ?? new Set<string>();
const minus = (a: Set<string>, b: Set<string>) => [...a].filter((x) => !b.has(x)).sort();
const both = (a: Set<string>, b: Set<string>) => [...a].filter((x) => b.has(x)).sort();

const get = async (path: string, init?: RequestInit) => {
  const res = await fetch(`${server.url}${path}`, init);
  const type = res.headers.get('content-type') ?? '';
  const body = type.includes('json') ? ((await res.json()) as any) : await res.text();
  return { status: res.status, type, body };
};
const ok = async (path: string, init?: RequestInit) => {
  const r = await get(path, init);
  expect(r.status, JSON.stringify(r.body).slice(0, 500)).toBe(200);
  return r.body;
};

interface GapRow { dimension: string; category_id: string; status: string; [k: string]: any }
const key = (r: GapRow) => `${r.dimension}:${r.category_id}`;
const byStatus = (rows: GapRow[]) => ({
  have: rows.filter((r) => r.status === 'have').map(key).sort(),
  missing: rows.filter((r) => r.status === 'missing').map(key).sort(),
  extra: rows.filter((r) => r.status === 'extra').map(key).sort(),
});
const expected = (plan: string, reference: string) => ({
  have: both(setOf(reference), setOf(plan)),
  missing: minus(setOf(reference), setOf(plan)),
  extra: minus(setOf(plan), setOf(reference)),
});

describe('gaps against the reference plan', () => {
  it('finds the reference as a Ministry plan of 2024 and the five plans', () => {
    expect(Object.keys(ids).sort()).toEqual([...CODES, 'reference'].sort());
  });

  it.each(CODES)('gives exactly the missing and extra categories the stored codes give for plan %s', async (code) => {
    const body = await ok(`/api/v1/gaps?reference=${ids.reference}&province=${code}&limit=10000`);
    expect(body.reason).toBe('document');
    expect(body.reference).toMatchObject({ id: ids.reference, kind: 'document', issuer_level: 'ministry', year: 2024, categories: setOf(ids.reference).size });
    expect(new Set(body.data.map((r: GapRow) => r.document_id))).toEqual(new Set(body.data.length ? [ids[code]] : []));
    expect(byStatus(body.data)).toEqual(expected(ids[code], ids.reference));
    if (coded) {
      // not vacuous once plans are coded: the reference has categories and so does the plan
      expect(setOf(ids.reference).size).toBeGreaterThan(10);
      expect(setOf(ids[code]).size).toBeGreaterThan(10);
    }
    const [summary] = (await ok(`/api/v1/gaps/summary?reference=${ids.reference}&province=${code}`)).data;
    const e = expected(ids[code], ids.reference);
    expect(summary).toMatchObject({
      document_id: ids[code], province_name: PLANS[code].name, year: PLANS[code].year, reference_id: ids.reference,
      reference_categories: setOf(ids.reference).size, have: e.have.length, missing: e.missing.length, extra: e.extra.length,
      conformance: setOf(ids.reference).size ? e.have.length / setOf(ids.reference).size : null,
    });
  });

  it('holds the 2024 plans against the Ministry plan of 2024 by default, with the same rows', async () => {
    const body = await ok('/api/v1/gaps?year=2024&limit=10000');
    expect(body).toMatchObject({ reason: 'ministry_plan', reference: { id: ids.reference, kind: 'ministry_plan', number: '35/QĐ-BNV', year: 2024 }, years_without_reference: [] });
    expect(body.message).toContain('35/QĐ-BNV');
    const docs = [...new Set(body.data.map((r: GapRow) => r.document_id))].sort();
    expect(docs).toEqual([ids['14'], ids['19'], ids['82']].sort());
    for (const code of ['14', '19', '82'] as const) {
      const rows = body.data.filter((r: GapRow) => r.document_id === ids[code]);
      expect(rows.every((r: GapRow) => r.reference_kind === 'ministry_plan' && r.reference_id === ids.reference)).toBe(true);
      expect(byStatus(rows)).toEqual(expected(ids[code], ids.reference));
    }
  });

  it('carries the evidence of both sides, enough to fetch /api/v1/evidence', async (ctx) => {
    if (!coded) ctx.skip();
    const rows: GapRow[] = (await ok(`/api/v1/gaps?reference=${ids.reference}&province=19&limit=10000`)).data;
    const have = rows.find((r) => r.status === 'have')!;
    expect(have.plan_passage_ids.length).toBe(have.plan_passages);
    expect(have.reference_passage_ids.length).toBe(have.reference_passages);
    expect(have.plan_excerpt.length).toBeGreaterThan(0);
    expect(have.reference_excerpt.length).toBeGreaterThan(0);
    const missing = rows.find((r) => r.status === 'missing')!;
    expect(missing).toMatchObject({ in_reference: true, in_plan: false, plan_passage_ids: null, plan_excerpt: null });
    const evidence = await ok(`/api/v1/evidence?document=${ids.reference}&dimension=${missing.dimension}&category=${missing.category_id}`);
    expect(evidence.data.map((e: any) => e.passage_id)).toEqual(missing.reference_passage_ids);
    expect(evidence.data[0].text).toContain(missing.reference_excerpt.replace(/^…|…$/g, '').slice(0, 40));
    const extra = rows.find((r) => r.status === 'extra')!;
    expect(extra).toMatchObject({ in_reference: false, in_plan: true, reference_passage_ids: null });
    expect(extra.plan_passage_ids.every((id: string) => id.startsWith(`${ids['19']}:`))).toBe(true);
  });
});

/** Categories a reader finds (or does not find) in the texts: the reference names them, the plan never does, or the reverse. */
const READABLE: Array<{ code: Code; status: 'missing' | 'extra'; category: string; why: string }> = [
  { code: '15', status: 'missing', category: 'channel:thi_dua_khen_thuong', why: 'reference solution 8 ties communication to thi đua, khen thưởng; Yên Bái never mentions either' },
  { code: '15', status: 'missing', category: 'topic:phong_chong_tham_nhung', why: 'reference item đ) names phòng, chống tham nhũng, tiêu cực; Yên Bái does not' },
  { code: '15', status: 'missing', category: 'topic:iso_9001', why: 'reference item g) names TCVN ISO 9001; Yên Bái does not' },
  { code: '14', status: 'missing', category: 'topic:iso_9001', why: 'no ISO 9001 in the Sơn La plan' },
  { code: '82', status: 'missing', category: 'topic:iso_9001', why: 'no ISO 9001 in the Tiền Giang plan' },
  { code: '58', status: 'missing', category: 'topic:de_an_06', why: 'reference item g) names Đề án 06; the Ninh Thuận department plan has neither it nor QĐ 06/QĐ-TTg' },
  { code: '19', status: 'missing', category: 'channel:ban_tin', why: 'reference solution 5: the electronic CCHC bulletin; Thái Nguyên has no bản tin' },
  { code: '14', status: 'extra', category: 'audience:dan_toc_thieu_so', why: 'Sơn La asks for outreach to đồng bào dân tộc thiểu số; the reference does not' },
  { code: '14', status: 'extra', category: 'channel:hop_dan_nguoi_uy_tin', why: 'Sơn La: họp ở thôn, bản and người có uy tín' },
  { code: '15', status: 'extra', category: 'channel:an_pham', why: 'Yên Bái: tờ rơi, panô, áp phích; the reference prints nothing' },
  { code: '15', status: 'extra', category: 'channel:niem_yet', why: 'Yên Bái annex row 1: niêm yết công khai' },
  { code: '82', status: 'extra', category: 'channel:an_pham', why: 'Tiền Giang: tờ gấp, pa nô' },
];

describe('categories a reader can check in the plans', () => {
  it.for(READABLE)('plan $code: $category is $status ($why)', async ({ code, status, category }, ctx) => {
    if (!coded) ctx.skip();
    const [dimension, ...rest] = category.split(':');
    const rows: GapRow[] = (await ok(`/api/v1/gaps?reference=${ids.reference}&province=${code}&dimension=${dimension}&limit=10000`)).data;
    const row = rows.find((r) => r.category_id === rest.join(':'));
    expect(row?.status).toBe(status);
  });

  it('a category both name is had: the Tiền Giang plan carries Đề án 06', async (ctx) => {
    if (!coded) ctx.skip();
    const rows: GapRow[] = (await ok(`/api/v1/gaps?reference=${ids.reference}&province=82&topic=de_an_06`)).data;
    expect(rows.map((r) => [r.category_id, r.status])).toEqual([['de_an_06', 'have']]);
  });
});

describe('a plan as the reference', () => {
  it('Sơn La 2024 as the reference for Thái Nguyên 2024 gives what /compare gives for the two', async () => {
    const gaps: GapRow[] = (await ok(`/api/v1/gaps?reference=${ids['14']}&province=19&limit=10000`)).data;
    const compare = (await ok('/api/v1/compare?province=14,19&year=2024&measure=presence&limit=10000')).data as any[];
    const present = (unit: string) => new Set(compare
      .filter((r) => r.unit_code === unit && r.present && ['topic', 'channel', 'audience', 'agency_role'].includes(r.dimension))
      .map((r) => `${r.dimension}:${r.category_id}`));
    const sonLa = present('14');
    const thaiNguyen = present('19');
    expect(byStatus(gaps)).toEqual({ have: both(sonLa, thaiNguyen), missing: minus(sonLa, thaiNguyen), extra: minus(thaiNguyen, sonLa) });
    expect(byStatus(gaps)).toEqual(expected(ids['19'], ids['14']));
  });

  it('leaves the reference plan itself out of the plans held against it', async () => {
    const body = await ok(`/api/v1/gaps/summary?reference=${ids['14']}`);
    expect(body.data.map((r: any) => r.document_id).sort()).toEqual([ids['15'], ids['19'], ids['58'], ids['82']].sort());
    expect(body.reference).toMatchObject({ kind: 'document', province_name: 'Sơn La', year: 2024 });
  });

  it('answers an unknown reference id with a 404 that says so', async () => {
    const r = await get('/api/v1/gaps?reference=0123456789abcdef');
    expect(r.status).toBe(404);
    expect(r.body).toMatchObject({ status: 404, param: 'reference' });
    expect(r.body.detail).toContain('0123456789abcdef');
    expect(r.body.message).toContain('Không tìm thấy');
  });
});

describe('a year without a Ministry plan', () => {
  it.each([
    ['/api/v1/gaps?year=2023'],
    ['/api/v1/gaps/summary?year=2023'],
    ['/api/v1/gaps?province=15'],
    ['/api/v1/gaps/summary?group=province_year&year=2023'],
    ['/api/v1/gaps/summary?group=region&year=2022'],
  ])('%s is an explicit "no reference", not an empty success', async (path) => {
    const body = await ok(path);
    const year = path.includes('2022') ? 2022 : 2023;
    expect(body).toMatchObject({ reference: null, references: [], reason: 'no_reference', total: 0, data: [], years_without_reference: [year] });
    expect(body.message).toBe(`Không có kế hoạch của Bộ Nội vụ cho năm ${year}.`);
  });

  it('names the years left out when the selection spans years with and without one', async () => {
    const body = await ok('/api/v1/gaps/summary');
    expect(body).toMatchObject({ reason: 'ministry_plan', reference: { id: ids.reference }, years_without_reference: [2022, 2023] });
    expect(body.data.map((r: any) => r.year)).toEqual([2024, 2024, 2024]);
    expect(body.message).toContain('2022, 2023');
  });

  it('refuses an export that could only be empty', async () => {
    const r = await get('/api/v1/gaps?year=2023&format=csv');
    expect(r.status).toBe(404);
    expect(r.body).toMatchObject({ reason: 'no_reference', param: 'reference' });
  });
});

describe('a checklist as the reference', () => {
  it('gives the same answer as the document whose categories it lists, per plan, province-year and region', async () => {
    const checklist = [...setOf(ids.reference)].sort();
    if (checklist.length === 0) return; // nothing coded yet: a checklist needs at least one id
    const file = `# the reference's categories\n${checklist.join('\n')}\n`;
    for (const group of ['plan', 'province_year', 'region'] as const) {
      const viaDoc = await ok(`/api/v1/gaps/summary?reference=${ids.reference}&group=${group}`);
      const viaList = await ok(`/api/v1/gaps/summary?group=${group}`, { method: 'POST', body: file, headers: { 'content-type': 'text/plain' } });
      expect(viaList.reference).toMatchObject({ kind: 'checklist', categories: checklist.length, category_ids: checklist });
      const pick = (rows: any[]) => rows.map(({ units, scope, document_id, province_code, region, year, members, reference_categories, have, missing, extra, conformance, rank }) =>
        ({ units, scope, document_id, province_code, region, year, members, reference_categories, have, missing, extra, conformance, rank }));
      expect(pick(viaList.data), group).toEqual(pick(viaDoc.data));
      const rowsDoc = (await ok(`/api/v1/gaps?reference=${ids.reference}&group=${group}&limit=10000`)).data;
      const rowsList = (await ok(`/api/v1/gaps?group=${group}&limit=10000`, { method: 'POST', body: JSON.stringify(checklist), headers: { 'content-type': 'application/json' } })).data;
      const strip = (rows: any[]) => rows.map(({ reference_kind: _k, reference_id: _i, reference_passages: _a, reference_passage_ids: _b, reference_passage_id: _c, reference_excerpt: _d, ...r }) => r);
      expect(strip(rowsList), group).toEqual(strip(rowsDoc));
    }
  });

  it('accepts a short checklist in the query and validates every id against the codebook', async () => {
    const body = await ok('/api/v1/gaps?reference_categories=topic:tthc,channel:bao_chi,iso_9001,so_noi_vu:chu_tri&province=19');
    expect(body.query.reference_categories).toEqual(['agency_role:so_noi_vu:chu_tri', 'channel:bao_chi', 'topic:iso_9001', 'topic:tthc']);
    const inList = body.data.filter((r: GapRow) => r.in_reference).map(key).sort();
    expect(inList).toEqual(body.query.reference_categories);
    for (const r of body.data.filter((x: GapRow) => x.in_reference)) {
      expect(r.status).toBe(setOf(ids['19']).has(key(r)) ? 'have' : 'missing');
    }
  });
});

describe('rollups', () => {
  it('rolls 2024 up per province-year (one plan each: the plan’s answer) and per region (the mean)', async () => {
    const plans = (await ok('/api/v1/gaps/summary?year=2024')).data as any[];
    const units = (await ok('/api/v1/gaps/summary?year=2024&group=province_year')).data as any[];
    expect(units.map((u) => [u.province_code, u.have, u.missing, u.extra, u.conformance]).sort())
      .toEqual(plans.map((p) => [p.province_code, p.have, p.missing, p.extra, p.conformance]).sort());
    const regions = (await ok('/api/v1/gaps/summary?year=2024&group=region')).data as any[];
    const north = regions.find((r) => r.region === 'trung_du_mien_nui_phia_bac');
    const members = plans.filter((p) => p.region === 'trung_du_mien_nui_phia_bac');
    expect(north.members).toBe(2);
    if (!coded) return;
    expect(north.conformance).toBeCloseTo((members[0].conformance + members[1].conformance) / 2, 10);
    expect(plans.map((p) => p.conformance)).toEqual([...plans.map((p) => p.conformance)].sort((a, b) => b - a));
    expect(plans.map((p) => p.rank)).toEqual([1, 2, 3]);
  });

  it('lists, per region and reference category, the units that lack it', async (ctx) => {
    if (!coded) ctx.skip();
    const rows: GapRow[] = (await ok('/api/v1/gaps?year=2024&group=region&topic=iso_9001')).data;
    const north = rows.find((r) => r.region === 'trung_du_mien_nui_phia_bac')!;
    const lacking = (['14', '19'] as const).filter((c) => !setOf(ids[c]).has('topic:iso_9001'));
    expect(north.members_without).toEqual(lacking);
    expect(north.status).toBe(lacking.length === 0 ? 'have' : lacking.length === 2 ? 'missing' : 'partial');
  });

  it('exports the rows as CSV', async () => {
    const r = await get(`/api/v1/gaps?reference=${ids.reference}&province=15&format=csv`);
    expect(r.status).toBe(200);
    const lines = (r.body as string).replace(/^\uFEFF/, '').trimEnd().split('\r\n');
    expect(lines[0]!.split(',').slice(0, 3)).toEqual(['group', 'units', 'scope']);
    expect(lines.length - 1).toBe(new Set([...setOf(ids.reference), ...setOf(ids['15'])]).size);
  });
});

describe('malformed parameters', () => {
  it.each([
    ['reference=xyz', 'reference'],
    ['group=county', 'group'],
    ['status=gone', 'status'],
    ['reference_categories=topic:nope', 'reference_categories'],
    ['reference_categories=agency:so_noi_vu', 'reference_categories'],
    ['reference_categories=so_noi_vu:boss', 'reference_categories'],
    [`reference_categories=tthc&reference=${'a'.repeat(16)}`, 'reference_categories'],
    ['group=region&province=19', 'province'],
    ['year=abc', 'year'],
    ['year_from=2024&year_to=2022', 'year_to'],
    ['limit=0', 'limit'],
    ['measure=count', 'measure'],
  ])('?%s → 400 naming %s', async (query, param) => {
    const r = await get(`/api/v1/gaps?${query}`);
    expect(r.status, JSON.stringify(r.body)).toBe(400);
    expect(r.body).toMatchObject({ title: 'Invalid parameter', status: 400, param });
  });

  it('refuses a POSTed checklist that is not one', async () => {
    for (const body of ['[1, 2]', '{"x": 1}', '[', 'topic:tthc, bogus']) {
      const r = await get('/api/v1/gaps', { method: 'POST', body, headers: { 'content-type': 'text/plain' } });
      expect(r.status, body).toBe(400);
      expect(r.body.param).toBe('reference_categories');
    }
  });
});
