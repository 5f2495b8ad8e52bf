import { describe, expect, it } from 'vitest';
import { cleanCharacters, stripEmphasis, stripHtml } from './clean.ts';

describe('cleanCharacters', () => {
  it('normalizes NFC, dashes, non-breaking spaces and tone placement', () => {
    const decomposed = 'Hoà Bình'.normalize('NFD');
    expect(cleanCharacters(`${decomposed}\u00A0–\u00A0Lao động — xã hội\r\n`)).toBe('Hòa Bình - Lao động - xã hội\n');
  });
});

describe('stripEmphasis', () => {
  it('removes bold and italic markers but keeps the words', () => {
    expect(stripEmphasis('trước **ngày 31/01/2023**; (*năm 2020*)')).toBe('trước ngày 31/01/2023; (năm 2020)');
  });
  it('drops italic OCR crumbs at the end of a line', () => {
    expect(stripEmphasis('Nơi nhận: *ra đ*')).toBe('Nơi nhận:');
    expect(stripEmphasis('- Lưu: VT, NC. *hoz*')).toBe('- Lưu: VT, NC.');
  });
  it('keeps a markdown bullet star at line start only when followed by space', () => {
    expect(stripEmphasis('**KT. CHỦ TỊCH')).toBe('KT. CHỦ TỊCH');
  });
});

describe('stripHtml', () => {
  it('turns list items into dashes and drops tags', () => {
    expect(stripHtml('<p>mới ban hành.</p> <ul> <li>Mở chuyên mục</li> </ul>').replace(/\s+/g, ' ').trim())
      .toBe('mới ban hành. - Mở chuyên mục');
  });
});
