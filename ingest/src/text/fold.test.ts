import { describe, expect, it } from 'vitest';
import { fold, foldSameLength } from './fold.ts';

describe('fold', () => {
  it('removes diacritics, folds đ and case, collapses spaces', () => {
    expect(fold('  Đài Phát\n thanh   và Truyền hình ')).toBe('dai phat thanh va truyen hinh');
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
