// The overview's aggregated endpoints (plans per year, the plan summary, category totals, coverage
// over a period) and the plan list's server-side order and pages, checked on the synthetic corpus
// against the row-level endpoints they summarize.

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../apps/api/src/app.ts';
import { openServerDb, type ServerDb } from '../apps/api/src/db.ts';
import { buildSyntheticDb } from './helpers/with-database.ts';

let db: ServerDb;
let app: ReturnType<typeof createApp>;
let cleanup: () => void;

beforeAll(async () => {
  const built = await buildSyntheticDb();
  cleanup = built.cleanup;
  db = await openServerDb(built.dbPath, { writable: false });
  app = createApp({ db, log: () => {} });
});

afterAll(() => {
  db?.close();
  cleanup?.();
});

const body = async (path: string) => {
  const res = await app.request(path);
  const json = (await res.json()) as any;
  expect(res.status, JSON.stringify(json)).toBe(200);
  return json as { total: number; data: any[] };
};
const data = async (path: string) => (await body(path)).data;

const countBy = <T>(xs: T[], key: (x: T) => string | number) => {
  const m = new Map<string | number, number>();
  for (const x of xs) m.set(key(x), (m.get(key(x)) ?? 0) + 1);
  return m;
};

describe('plans per year', () => {
  it.each(['', 'units=2025&province=10', 'year_from=2024', 'channel=cuoc_thi', 'issuer_level=province'])(
    'counts each plan once in every year it covers (%s)',
    async (q) => {
      const years = await data(`/api/v1/plans/years?${q}&limit=10000`);
      const plans = await data(`/api/v1/plans?${q}&limit=10000`);
      // /plans/years keeps only the filtered years; the counts take every year of a matching plan
      const covered = plans.flatMap((p) => (p.year_from == null ? [] : Array.from({ length: (p.year_to ?? p.year_from) - p.year_from + 1 }, (_, i) => p.year_from + i)));
      const expected = [...countBy(covered, (y) => y)].sort((a, b) => Number(a[0]) - Number(b[0])).map(([year, n]) => ({ year, plans: n }));
      expect(await data(`/api/v1/plans/per-year?${q}`)).toEqual(expected);
      if (q === '') expect(expected.length).toBe(new Set(years.map((r) => r.year)).size);
    },
  );
});

describe('plan summary', () => {
  it.each(['units=2024', 'units=2025', 'units=2025&year_from=2024', 'topic=tthc'])('agrees with the plan list (%s)', async (q) => {
    const plans = await data(`/api/v1/plans?${q}&limit=10000`);
    const unit = q.includes('2025') ? 'unit_2025_code' : 'province_code';
    const years = new Set(plans.flatMap((p) => Array.from({ length: (p.year_to ?? p.year_from) - p.year_from + 1 }, (_, i) => p.year_from + i)));
    const [s] = await data(`/api/v1/plans/summary?${q}`);
    expect(s).toEqual({
      plans: plans.length,
      units: new Set(plans.map((p) => p[unit]).filter(Boolean)).size,
      years: years.size,
      year_first: Math.min(...years),
      year_last: Math.max(...years),
    });
    expect(s.plans).toBeGreaterThan(0);
  });

  it('counts Yên Bái and Lào Cai as one unit under units=2025', async () => {
    const [a] = await data('/api/v1/plans/summary?province=10,15');
    const [b] = await data('/api/v1/plans/summary?province=10,15&units=2025');
    expect([a.units, b.units]).toEqual([2, 1]);
  });
});

describe('plan list order and pages', () => {
  it('keeps the province order by default', async () => {
    expect(await data('/api/v1/plans?sort=province')).toEqual(await data('/api/v1/plans'));
  });

  it('puts the latest plan first under sort=latest', async () => {
    const all = await data('/api/v1/plans');
    const latest = [...all].sort((a, b) => (b.year_to ?? 0) - (a.year_to ?? 0) || (b.issue_date ?? '').localeCompare(a.issue_date ?? ''))[0];
    const first = await data('/api/v1/plans?sort=latest&limit=1');
    expect(first.map((r) => r.document_id)).toEqual([latest.document_id]);
  });

  it.each(['issue_date', '-issue_date', 'year', '-year', 'passages', '-passages'])('orders by %s and pages without overlap', async (sort) => {
    const all = await data(`/api/v1/plans?sort=${sort}`);
    const key = sort.replace('-', '') === 'passages' ? 'passage_count' : sort.replace('-', '') === 'year' ? 'year_from' : 'issue_date';
    const values = all.map((r) => r[key]).filter((v) => v != null);
    const sorted = [...values].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
    expect(values).toEqual(sort.startsWith('-') ? sorted.reverse() : sorted);
    const pages = [...(await data(`/api/v1/plans?sort=${sort}&limit=2`)), ...(await data(`/api/v1/plans?sort=${sort}&limit=2&offset=2`)), ...(await data(`/api/v1/plans?sort=${sort}&limit=2&offset=4`))];
    expect(pages.map((r) => r.document_id)).toEqual(all.map((r) => r.document_id));
  });

  it('refuses an unknown order, naming the parameter', async () => {
    const res = await app.request('/api/v1/plans?sort=title;DROP');
    expect(res.status).toBe(400);
    expect(await res.json()).toMatchObject({ param: 'sort' });
  });
});

describe('category totals', () => {
  it.each([
    ['count', '/coverage/units', 'value'],
    ['presence', '/coverage/units', 'value'],
    ['share', '/coverage/units', 'value'],
    ['change', '/change', 'change_passages'],
  ] as const)('sum the unit-year rows under measure=%s', async (measure, path, column) => {
    const q = `dimension=channel&units=2025${measure === 'change' ? '' : `&measure=${measure}`}`;
    const rows = await data(`/api/v1${path}?${q}&limit=10000`);
    const expected = new Map<string, number | null>();
    for (const id of new Set(rows.map((r) => r.category_id))) {
      const vs = rows.filter((r) => r.category_id === id).map((r) => r[column]).filter((v): v is number => v != null);
      const sum = vs.reduce((a, b) => a + (measure === 'presence' ? (b > 0 ? 1 : 0) : b), 0);
      expected.set(id, vs.length === 0 ? null : measure === 'share' ? sum / vs.length : sum);
    }
    const totals = await data(`/api/v1/coverage/totals?dimension=channel&units=2025&measure=${measure}`);
    expect(totals.map((r) => r.category_id)).toEqual([...expected.keys()].sort());
    for (const t of totals) {
      const e = expected.get(t.category_id);
      if (e == null) expect(t.value).toBeNull();
      else expect(t.value).toBeCloseTo(e, 10);
      expect(t.unit_years).toBe(rows.filter((r) => r.category_id === t.category_id).length);
    }
    expect(totals.some((t) => (t.value ?? 0) !== 0)).toBe(true);
  });
});

describe('coverage over a period', () => {
  it.each(['units=2024', 'units=2025', 'units=2025&year_from=2023&year_to=2024', 'units=2024&issuer_level=province'])(
    'adds up each unit’s plans once (%s)',
    async (q) => {
      const plans = await data(`/api/v1/coverage/plans?dimension=topic&${q.replace(/units=\d+&?/, '')}&limit=10000`);
      const u25 = q.includes('2025');
      const period = await data(`/api/v1/coverage/period?dimension=topic&${q}`);
      expect(period.length).toBeGreaterThan(0);
      for (const r of period) {
        const mine = plans.filter((p) => (u25 ? p.unit_2025_code : p.province_code) === r.unit_code && p.category_id === r.category_id);
        const passages = mine.reduce((a, p) => a + p.passages, 0);
        const codable = mine.reduce((a, p) => a + p.codable_passages, 0);
        expect(r).toMatchObject({ plans: mine.length, plans_with: mine.filter((p) => p.present).length, passages, codable_passages: codable, value: passages });
        expect(r.share).toBe(codable === 0 ? null : passages / codable);
        expect(r.scope).toBe(q.includes('issuer_level') ? 'province' : 'all');
      }
    },
  );

  it('is per year only: measure=change is refused', async () => {
    const res = await app.request('/api/v1/coverage/period?measure=change');
    expect(res.status).toBe(400);
  });
});
