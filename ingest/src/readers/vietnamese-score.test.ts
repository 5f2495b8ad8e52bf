import { describe, expect, it } from 'vitest';
import { isVietnameseSyllable, looksVietnamese, scoreVietnamese } from './vietnamese-score.ts';

describe('isVietnameseSyllable', () => {
  it('accepts syllables of every shape, in either case', () => {
    for (const w of ['a', 'của', 'người', 'nghiêng', 'khuyến', 'quốc', 'giữa', 'gì', 'hoạch', 'TRUYỀN', 'Ủy', 'thuở', 'oanh', 'boong']) {
      expect(isVietnameseSyllable(w), w).toBe(true);
    }
  });

  it('refuses foreign words, two tones, and a falling tone on a stop-final syllable', () => {
    for (const w of ['gouvernement', 'français', 'online', 'caùc', 'hoạcj', 'áà', 'càc', 'ngàyy']) {
      expect(isVietnameseSyllable(w), w).toBe(false);
    }
  });
});

describe('looksVietnamese', () => {
  it('tells Vietnamese from French and from mis-decoded Vietnamese', () => {
    expect(looksVietnamese(scoreVietnamese('Kế hoạch tuyên truyền cải cách hành chính của Ủy ban nhân dân tỉnh Yên Bái năm 2023.'))).toBe(true);
    expect(looksVietnamese(scoreVietnamese("Le gouvernement a présenté un projet de loi visant à réformer l'administration."))).toBe(false);
    expect(looksVietnamese(scoreVietnamese('KÕ ho¹ch tuyªn truyÒn c¶i c¸ch hµnh chÝnh cña ñy ban nh©n d©n tØnh.'))).toBe(false);
  });
});
