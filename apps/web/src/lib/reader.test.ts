import { describe, expect, it } from 'vitest';
import { depthOf, indexCodes, markPieces, parseCategoryKey } from './reader';
import type { CodeRow } from './v1/types';

describe('markPieces', () => {
  it('marks merged spans and keeps the rest of the text', () => {
    expect(markPieces('Cải cách thủ tục hành chính', [{ start: 9, end: 16 }, { start: 14, end: 27 }])).toEqual([
      { text: 'Cải cách ', marked: false },
      { text: 'thủ tục hành chính', marked: true },
    ]);
  });
  it('clamps spans past the end and gives the text whole without spans', () => {
    expect(markPieces('abc', [{ start: 2, end: 10 }])).toEqual([{ text: 'ab', marked: false }, { text: 'c', marked: true }]);
    expect(markPieces('abc', [])).toEqual([{ text: 'abc', marked: false }]);
  });
});

describe('indexCodes', () => {
  it('groups codes by passage and lists each category with its passages in order', () => {
    const row = (seq: number, category_id: string) => ({ seq, dimension: 'topic', category_id, category_label: null, spans: [] }) as unknown as CodeRow;
    const { byPassage, categories } = indexCodes([row(9, 'tthc'), row(3, 'tthc'), row(3, 'mot_cua')]);
    expect(byPassage.get(3)).toHaveLength(2);
    expect(categories.find((c) => c.key === 'topic:tthc')?.seqs).toEqual([3, 9]);
  });
});

describe('paths and keys', () => {
  it('reads depth and category keys', () => {
    expect(depthOf('III.2.b')).toBe(3);
    expect(depthOf('')).toBe(0);
    expect(parseCategoryKey('agency_role:so_noi_vu:chu_tri')).toEqual({ dimension: 'agency_role', id: 'so_noi_vu:chu_tri' });
    expect(parseCategoryKey('bad key')).toBeNull();
  });
});
