import { describe, expect, it } from 'vitest';
import { parseAnyDate, parseLongDate, parseShortDate } from './dates.ts';
import { parseDocNumber } from './doc-number.ts';

describe('dates', () => {
  it('reads long dates and keeps a blank day as a month', () => {
    expect(parseLongDate('Tiền Giang, ngày 06 tháng 3 năm 2024')?.value).toBe('2024-03-06');
    expect(parseLongDate('Ninh Thuận, ngày tháng 02 năm 2022')?.value).toBe('2022-02');
  });
  it('reads short dates with stray spaces', () => {
    expect(parseShortDate('ngày 30 /12 /2022 của')?.value).toBe('2022-12-30');
    expect(parseAnyDate('ngày 05/3/2024')?.value).toBe('2024-03-05');
  });
  it('rejects impossible dates', () => {
    expect(parseShortDate('45/13/2022')).toBeNull();
  });
});

describe('parseDocNumber', () => {
  it('joins number and symbol and allows a blank number', () => {
    expect(parseDocNumber('Kế hoạch số 285 /KH-UBND ngày')?.full).toBe('285/KH-UBND');
    expect(parseDocNumber('Số: /KH-SLĐTBXH')).toMatchObject({ full: '/KH-SLĐTBXH', number: null, symbol: 'KH-SLĐTBXH' });
    expect(parseDocNumber('Quyết định số 49 /QĐ-UBND')?.full).toBe('49/QĐ-UBND');
  });
});
