import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fold, FOLD_UNIT_SAFE, foldSameLength, foldWhole } from './fold.ts';

describe('fold', () => {
  it('removes diacritics, folds đ and case, collapses spaces', () => {
    expect(fold('  Đài Phát\n thanh   và Truyền hình ')).toBe('dai phat thanh va truyen hinh');
  });

  it('folds every character of its unit-by-unit fast path as the whole-string definition does', () => {
    for (let c = 0; c < 0x10000; c++) {
      const ch = String.fromCharCode(c);
      if (!FOLD_UNIT_SAFE.test(ch)) continue;
      // inside a word, so that spaces are kept and compared
      expect(fold(`a${ch}b`), c.toString(16)).toBe(foldWhole(`a${ch}b`));
    }
  });

  it('gives the same result on either path for any mix of Vietnamese, spaces and other scripts', () => {
    const alphabet = [...'aAđĐăÂêÔơƯ ỳỸạẶệỆ\t\n\u00a0\u2009\u3000\ufeff.,-–“”σΣς\u0301\u0323é中😀İ'];
    fc.assert(fc.property(fc.array(fc.constantFrom(...alphabet), { maxLength: 40 }), (chars) => {
      const s = chars.join('');
      expect(fold(s)).toBe(foldWhole(s));
    }), { numRuns: 2000, seed: 7 });
  });
});

describe('foldSameLength', () => {
  it('keeps every index of the input', () => {
    const s = 'Sở Nội vụ\tĐắk Lắk';
    const f = foldSameLength(s);
    expect(f.length).toBe(s.length);
    expect(f).toBe('so noi vu dak lak');
  });
});
