import { describe, expect, it } from 'vitest';
import type { DocumentSummary } from './api';
import { countPlansPerYear, fillYears, groupByProvince, parseYear, summarize } from './plans';

const doc = (over: Partial<DocumentSummary>): DocumentSummary => ({
  id: 'x', source_name: 'x.txt', title: '', province_code: '14', province_name: 'Sơn La', year_from: 2024, year_to: 2024,
  doc_number: null, decision_number: null, issue_date: null, issuer: null, issuer_level: null, passage_count: 0, ...over,
});

describe('countPlansPerYear', () => {
  it('counts a multi-year plan in each of its years and fills gaps with zero', () => {
    const rows = countPlansPerYear([doc({ id: 'a', year_from: 2021, year_to: 2022 }), doc({ id: 'b', year_from: 2024, year_to: 2024 })]);
    expect(rows).toEqual([{ year: 2021, count: 1 }, { year: 2022, count: 1 }, { year: 2023, count: 0 }, { year: 2024, count: 1 }]);
  });
  it('gives no bars for no plans', () => {
    expect(countPlansPerYear([])).toEqual([]);
  });
});

describe('fillYears', () => {
  it('fills the years between the API’s counts with zero', () => {
    expect(fillYears([{ year: 2021, plans: 2 }, { year: 2024, plans: 1 }])).toEqual([
      { year: 2021, count: 2 }, { year: 2022, count: 0 }, { year: 2023, count: 0 }, { year: 2024, count: 1 },
    ]);
  });
  it('gives no bars for no rows', () => {
    expect(fillYears([])).toEqual([]);
  });
});

describe('groupByProvince', () => {
  it('orders provinces by Vietnamese collation, then plans by year, with unknown provinces last', () => {
    const groups = groupByProvince([
      doc({ id: 'c', province_code: null, province_name: null }),
      doc({ id: 'b', province_code: '82', province_name: 'Tiền Giang' }),
      doc({ id: 'a2', year_from: 2025, year_to: 2025 }),
      doc({ id: 'a1', year_from: 2023, year_to: 2023 }),
    ]);
    expect(groups.map((g) => [g.name, g.plans.map((p) => p.id)])).toEqual([
      ['Sơn La', ['a1', 'a2']],
      ['Tiền Giang', ['b']],
      ['Chưa xác định', ['c']],
    ]);
  });
});

describe('summarize', () => {
  it('counts plans, distinct provinces and covered years', () => {
    expect(summarize([doc({ id: 'a' }), doc({ id: 'b', year_from: 2023, year_to: 2024 })])).toEqual({ plans: 2, provinces: 1, years: [2023, 2024] });
  });
});

describe('parseYear', () => {
  it('accepts a four-digit year and ignores anything else', () => {
    expect(parseYear('2024')).toBe(2024);
    expect(parseYear(null)).toBeNull();
    expect(parseYear('abc')).toBeNull();
    expect(parseYear('0024')).toBeNull();
  });
});
