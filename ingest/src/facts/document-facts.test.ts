import { describe, expect, it } from 'vitest';
import { organCase } from './document-facts.ts';

describe('organCase', () => {
  it('writes organ names as they are written in running text', () => {
    expect(organCase('BỘ NỘI VỤ')).toBe('Bộ Nội vụ');
    expect(organCase('SỞ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI')).toBe('Sở Lao động - Thương binh và Xã hội');
    expect(organCase('ỦY BAN NHÂN DÂN HUYỆN MỘC CHÂU')).toBe('Ủy ban nhân dân huyện Mộc Châu');
  });
});
