import { describe, expect, it } from 'vitest';
import { apiParams, readFilters, selectedYears, withParam } from './filters';

describe('readFilters', () => {
  it('reads lists, years, units and the measure from the URL', () => {
    const f = readFilters(new URLSearchParams('year_from=2023&province=14,15&units=2025&topic=tthc&measure=share'));
    expect(f).toMatchObject({ year_from: 2023, year_to: null, province: ['14', '15'], units: '2025', topic: ['tthc'], measure: 'share' });
  });
  it('drops malformed values instead of sending them to the API', () => {
    const f = readFilters(new URLSearchParams("year=20x4&province=1,'x',14&measure=max&units=1999&topic=TTHC;drop"));
    expect(f).toMatchObject({ year: null, province: ['14'], measure: 'count', units: '2024', topic: [] });
  });
});

describe('apiParams', () => {
  it('passes only the chosen keys and puts a reversed year range the right way round', () => {
    const f = readFilters(new URLSearchParams('year_from=2024&year_to=2022&region=tay_nguyen&channel=bao_chi'));
    expect(apiParams(f, ['year_from', 'year_to', 'units', 'region'])).toEqual({ year_from: 2022, year_to: 2024, units: '2024', region: ['tay_nguyen'] });
  });
});

describe('withParam and selectedYears', () => {
  it('sets and removes parameters without touching the others', () => {
    const u = new URL('http://x/map?units=2025&topic=tthc');
    expect(withParam(u, 'topic', null).search).toBe('?units=2025');
    expect(withParam(u, 'province', ['14', '15']).searchParams.get('province')).toBe('14,15');
  });
  it('lists the years of a range, clamped to the data', () => {
    expect(selectedYears(readFilters(new URLSearchParams('year_from=2020')), 2022, 2024)).toEqual([2022, 2023, 2024]);
    expect(selectedYears(readFilters(new URLSearchParams('year=2023')), 2022, 2024)).toEqual([2023]);
  });
});
