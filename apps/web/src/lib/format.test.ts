import { describe, expect, it } from 'vitest';
import { formatDate, formatYears, orDash } from './format';

describe('formatDate', () => {
  it('writes a full date as dd/mm/yyyy', () => {
    expect(formatDate('2024-01-11')).toBe('11/01/2024');
  });
  it('writes mm/yyyy when the plan left the day blank', () => {
    expect(formatDate('2022-02')).toBe('02/2022');
  });
  it('writes a bare year as it is', () => {
    expect(formatDate('2022')).toBe('2022');
  });
  it('shows a dash for a missing date and passes anything unexpected through', () => {
    expect(formatDate(null)).toBe('—');
    expect(formatDate('')).toBe('—');
    expect(formatDate('đầu năm 2022')).toBe('đầu năm 2022');
  });
});

describe('formatYears', () => {
  it('shows one year, or a range for a multi-year plan', () => {
    expect(formatYears(2024, 2024)).toBe('2024');
    expect(formatYears(2021, 2025)).toBe('2021–2025');
    expect(formatYears(null, null)).toBe('—');
  });
});

describe('orDash', () => {
  it('keeps zero and replaces only missing values', () => {
    expect(orDash(0)).toBe('0');
    expect(orDash(null)).toBe('—');
  });
});
