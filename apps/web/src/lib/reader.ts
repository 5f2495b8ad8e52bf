// The plan reader's data: codes grouped by passage and by category, and a passage's text cut
// into plain and marked pieces for one category's spans. Pure functions.

import type { CodeRow, Span } from './v1/types';

/** `dimension:id`, the key of a category in the reader (and in `?category=`). */
export const categoryKey = (c: { dimension: string; category_id: string }) => `${c.dimension}:${c.category_id}`;

export interface ReaderCategory {
  key: string;
  dimension: string;
  id: string;
  label: string | null;
  /** Passage seqs, in reading order. */
  seqs: number[];
}

/** Codes per passage seq, and the categories of the plan with their passages. */
export function indexCodes(rows: readonly CodeRow[]): { byPassage: Map<number, CodeRow[]>; categories: ReaderCategory[] } {
  const byPassage = new Map<number, CodeRow[]>();
  const cats = new Map<string, ReaderCategory>();
  for (const r of rows) {
    byPassage.set(r.seq, [...(byPassage.get(r.seq) ?? []), r]);
    const key = categoryKey(r);
    let c = cats.get(key);
    if (!c) cats.set(key, (c = { key, dimension: r.dimension, id: r.category_id, label: r.category_label, seqs: [] }));
    if (!c.seqs.includes(r.seq)) c.seqs.push(r.seq);
  }
  for (const c of cats.values()) c.seqs.sort((a, b) => a - b);
  return { byPassage, categories: [...cats.values()] };
}

export interface Piece {
  text: string;
  marked: boolean;
}

/** The text as pieces, the spans (offsets into the text; merged, clamped) marked. */
export function markPieces(text: string, spans: readonly Span[]): Piece[] {
  const sorted = spans
    .map((s) => ({ start: Math.max(0, Math.min(text.length, s.start)), end: Math.max(0, Math.min(text.length, s.end)) }))
    .filter((s) => s.end > s.start)
    .sort((a, b) => a.start - b.start);
  const merged: Array<{ start: number; end: number }> = [];
  for (const s of sorted) {
    const last = merged[merged.length - 1];
    if (last && s.start <= last.end) last.end = Math.max(last.end, s.end);
    else merged.push({ ...s });
  }
  const out: Piece[] = [];
  let at = 0;
  for (const s of merged) {
    if (s.start > at) out.push({ text: text.slice(at, s.start), marked: false });
    out.push({ text: text.slice(s.start, s.end), marked: true });
    at = s.end;
  }
  if (at < text.length || out.length === 0) out.push({ text: text.slice(at), marked: false });
  return out;
}

/** Depth of a section path (`III.2.b` → 3; the front matter '' → 0). */
export const depthOf = (path: string | null | undefined): number => (path ? path.split('.').length : 0);

/** `?category=topic:tthc` → its parts, or null. */
export function parseCategoryKey(raw: string | null): { dimension: string; id: string } | null {
  const m = raw ? /^([a-z_]+):([a-z0-9_]+(?::[a-z0-9_]+)?)$/.exec(raw) : null;
  return m ? { dimension: m[1]!, id: m[2]! } : null;
}
