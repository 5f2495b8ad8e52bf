import { describe, expect, it } from 'vitest';
import { categoryTotals, heatCells, unitYearAxis, type CellRow } from './coverage';

const row = (over: Partial<CellRow>): CellRow => ({
  units: '2024', unit_code: '14', unit_name: 'Sơn La', year: 2024, dimension: 'topic', category_id: 'tthc', category_label: null, value: 1, ...over,
});

describe('unit-year columns', () => {
  it('sorts by Vietnamese name then year and names the year only when several are shown', () => {
    const rows = [row({ unit_code: '82', unit_name: 'Tiền Giang' }), row({ year: 2023 }), row({})];
    expect(unitYearAxis(rows, true).map((a) => a.label)).toEqual(['Sơn La 2023', 'Sơn La 2024', 'Tiền Giang 2024']);
    expect(unitYearAxis(rows, false).map((a) => a.key)).toEqual(['14@2023', '14@2024', '82@2024']);
  });
});

describe('heat cells', () => {
  it('opens the evidence of the unit for that year, and notes a first plan under change', () => {
    const [c] = heatCells([row({ change_passages: null })], 'change', { units: '2025', issuer_level: 'province' }, 'first');
    expect(c).toMatchObject({ value: null, note: 'first', evidence: { category: 'tthc', params: { province: ['14'], year: 2024, units: '2024', issuer_level: 'province' } } });
  });
});

describe('period cells', () => {
  it('give one column per unit and open the evidence of the unit over the chosen years', () => {
    const rows = [row({ year: null, unit_code: '82', unit_name: 'Tiền Giang' }), row({ year: null })];
    expect(unitYearAxis(rows, true)).toEqual([{ key: '14', label: 'Sơn La' }, { key: '82', label: 'Tiền Giang' }]);
    const [c] = heatCells([row({ year: null })], 'count', { units: '2024', year_from: 2022, year_to: 2024 }, 'first');
    expect(c).toMatchObject({ col: '14', value: 1, evidence: { params: { province: ['14'], year_from: 2022, year_to: 2024, units: '2024' } } });
    expect(c!.evidence!.params.year).toBeUndefined();
  });
});

describe('category totals', () => {
  it('adds counts, counts presence and averages shares', () => {
    const rows = [row({ value: 2 }), row({ unit_code: '15', value: 0 }), row({ category_id: 'bo_may', value: 0 })];
    expect(categoryTotals(rows, 'count').get('tthc')).toBe(2);
    expect(categoryTotals(rows, 'presence').get('tthc')).toBe(1);
    expect(categoryTotals([row({ value: 0.2 }), row({ value: 0.4 })], 'share').get('tthc')).toBeCloseTo(0.3);
  });
});
