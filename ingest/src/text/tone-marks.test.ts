import { describe, expect, it } from 'vitest';
import { normalizeToneMarks } from './tone-marks.ts';

describe('normalizeToneMarks', () => {
  it('moves the tone of open oa/oe/uy syllables to the first vowel', () => {
    expect(normalizeToneMarks('Hoà Bình, Thanh Hoá, thuỷ lợi, khoẻ')).toBe('Hòa Bình, Thanh Hóa, thủy lợi, khỏe');
  });
  it('leaves closed syllables and qu alone', () => {
    expect(normalizeToneMarks('hoàng, toán, quý, quỹ, huyện')).toBe('hoàng, toán, quý, quỹ, huyện');
  });
  it('keeps already traditional text unchanged', () => {
    const s = 'Cộng hòa xã hội chủ nghĩa Việt Nam; văn hóa công vụ';
    expect(normalizeToneMarks(s)).toBe(s);
  });
  it('handles upper case', () => {
    expect(normalizeToneMarks('CỘNG HOÀ')).toBe('CỘNG HÒA');
  });
});
