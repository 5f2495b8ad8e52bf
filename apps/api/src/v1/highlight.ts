// Showing evidence: spans wrapped in <mark> (text HTML-escaped), and keyword-in-context
// snippets for diacritic-insensitive search.

import { foldSameLength } from '../../../../ingest/src/text/fold.ts';

const ESC: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export const escapeHtml = (s: string): string => s.replace(/[&<>"']/g, (c) => ESC[c]!);

export interface Span { start: number; end: number }

/** Sorted, clamped, merged spans (overlapping or touching spans become one). */
export function mergeSpans(spans: readonly Span[], length: number): Span[] {
  const sorted = spans
    .map((s) => ({ start: Math.max(0, Math.min(length, s.start)), end: Math.max(0, Math.min(length, s.end)) }))
    .filter((s) => s.end > s.start)
    .sort((a, b) => a.start - b.start);
  const out: Span[] = [];
  for (const s of sorted) {
    const last = out[out.length - 1];
    if (last && s.start <= last.end) last.end = Math.max(last.end, s.end);
    else out.push({ ...s });
  }
  return out;
}

/** The text as HTML with each span in <mark>…</mark>. */
export function markSpans(text: string, spans: readonly Span[]): string {
  let html = '';
  let at = 0;
  for (const s of mergeSpans(spans, text.length)) {
    html += escapeHtml(text.slice(at, s.start)) + '<mark>' + escapeHtml(text.slice(s.start, s.end)) + '</mark>';
    at = s.end;
  }
  return html + escapeHtml(text.slice(at));
}

export interface Snippet { before: string; match: string; after: string }

/** Where a folded query occurs in a text (offsets into the text itself). */
export function findFolded(text: string, foldedQuery: string): Span[] {
  const words = foldedQuery.split(' ').filter(Boolean).map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  if (words.length === 0) return [];
  const re = new RegExp(words.join('\\s+'), 'g');
  const folded = foldSameLength(text);
  const out: Span[] = [];
  for (let m = re.exec(folded); m; m = re.exec(folded)) {
    out.push({ start: m.index, end: m.index + m[0].length });
    if (m[0].length === 0) re.lastIndex++;
  }
  return out;
}

/** Keyword-in-context: up to `max` snippets of `width` characters either side of each hit. */
export function kwic(text: string, hits: readonly Span[], width = 60, max = 3): Snippet[] {
  return hits.slice(0, max).map((h) => {
    const from = Math.max(0, h.start - width);
    const to = Math.min(text.length, h.end + width);
    return {
      before: (from > 0 ? '…' : '') + text.slice(from, h.start),
      match: text.slice(h.start, h.end),
      after: text.slice(h.end, to) + (to < text.length ? '…' : ''),
    };
  });
}
