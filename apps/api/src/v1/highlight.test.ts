import { describe, expect, it } from 'vitest';
import { findFolded, kwic, markSpans, mergeSpans } from './highlight.ts';

describe('markSpans', () => {
  it('wraps spans in <mark> and escapes the rest', () => {
    expect(markSpans('a <b> & thủ tục hành chính', [{ start: 8, end: 26 }])).toBe('a &lt;b&gt; &amp; <mark>thủ tục hành chính</mark>');
  });

  it('merges overlapping spans and clamps spans outside the text', () => {
    expect(mergeSpans([{ start: 5, end: 9 }, { start: 0, end: 3 }, { start: 2, end: 4 }, { start: 8, end: 99 }], 10)).toEqual([{ start: 0, end: 4 }, { start: 5, end: 10 }]);
    expect(markSpans('abc', [{ start: -5, end: 1 }, { start: 2, end: 2 }])).toBe('<mark>a</mark>bc');
  });
});

describe('search snippets', () => {
  it('finds a folded query in the original text, across diacritics, case and runs of spaces', () => {
    const text = 'Tuyên truyền về Thủ  tục hành chính; thủ tục mới.';
    const hits = findFolded(text, 'thu tuc');
    expect(hits.map((h) => text.slice(h.start, h.end))).toEqual(['Thủ  tục', 'thủ tục']);
  });

  it('treats the query literally (regex characters are text)', () => {
    expect(findFolded('a (b) c.*', '(b) c.*')).toEqual([{ start: 2, end: 9 }]);
  });

  it('gives keyword-in-context with ellipses where the text was cut', () => {
    const text = `${'x'.repeat(100)} đài phát thanh ${'y'.repeat(100)}`;
    const [s] = kwic(text, findFolded(text, 'dai phat'), 10);
    expect(s).toEqual({ before: `…${'x'.repeat(9)} `, match: 'đài phát', after: ` thanh ${'y'.repeat(3)}…` });
  });
});
