// Category order for charts and tables: topic areas each followed by their themes, channels by
// family, everything else in codebook order. Pure functions over the codebook entries.

import type { CodebookEntry } from './v1/types';

export const CHANNEL_FAMILIES = ['mass_media', 'digital', 'print_visual', 'direct', 'feedback', 'integration'] as const;

/** Topic ids: each area, then its themes, in codebook order; ids the codebook lacks at the end. */
export function orderTopics(entries: readonly CodebookEntry[], present: readonly string[] = []): string[] {
  const areas = entries.filter((e) => !e.parent);
  const out: string[] = [];
  for (const a of areas) {
    out.push(a.id);
    for (const t of entries) if (t.parent === a.id) out.push(t.id);
  }
  for (const e of entries) if (!out.includes(e.id)) out.push(e.id);
  for (const id of present) if (!out.includes(id)) out.push(id);
  return out;
}

/** Channel ids grouped by family (family order above), codebook order within a family. */
export function orderChannels(entries: readonly CodebookEntry[], present: readonly string[] = []): string[] {
  const fam = (e: CodebookEntry) => String(e.family ?? e.parent ?? '');
  const rank = (f: string) => {
    const i = (CHANNEL_FAMILIES as readonly string[]).indexOf(f);
    return i < 0 ? CHANNEL_FAMILIES.length : i;
  };
  const out = entries
    .map((e, i) => ({ e, i }))
    .sort((a, b) => rank(fam(a.e)) - rank(fam(b.e)) || a.i - b.i)
    .map(({ e }) => e.id);
  for (const id of present) if (!out.includes(id)) out.push(id);
  return out;
}

/** Orders ids as given by `order`, unknown ids after, alphabetically. */
export function byOrder(order: readonly string[]): (a: string, b: string) => number {
  const rank = new Map(order.map((id, i) => [id, i]));
  return (a, b) => (rank.get(a) ?? 1e9) - (rank.get(b) ?? 1e9) || a.localeCompare(b);
}
