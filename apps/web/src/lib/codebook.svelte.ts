// The codebook, fetched once from /api/v1/codebook: category labels in both languages, parents
// and families, definitions and cues. Until it arrives (or if it fails) labels fall back to the
// API's own Vietnamese label, then to the id.

import { i18n } from './i18n.svelte';
import { DIMENSION_LABELS, FAMILY_LABELS, REGION_LABELS } from './labels-v1';
import { fetchJson } from './v1/client';
import type { CodebookEntry, CodebookPart, Dimension } from './v1/types';

const PART_OF: Record<string, string> = {
  topic: 'topics',
  channel: 'channels',
  audience: 'audiences',
  attribute: 'attributes',
  agency: 'agencies',
  role: 'roles',
};

export const codebook = $state<{ parts: CodebookPart[]; loaded: boolean; error: boolean }>({ parts: [], loaded: false, error: false });

let started: Promise<void> | null = null;

/** Starts loading the codebook (once). */
export function loadCodebook(fetchFn: typeof fetch = fetch): Promise<void> {
  started ??= fetchJson('/api/v1/codebook', fetchFn)
    .then(async (res) => {
      if (!res.ok) throw new Error(String(res.status));
      const body = (await res.json()) as { data: CodebookPart[] };
      codebook.parts = body.data;
      codebook.loaded = true;
    })
    .catch(() => {
      codebook.error = true;
      started = null;
    });
  return started;
}

/** The entries of a part (`topics`, `channels`, …). */
export function entriesOf(part: string): CodebookEntry[] {
  return codebook.parts.find((p) => p.part === part)?.entries ?? [];
}

/** The codebook entry for a dimension's category id. */
export function entryOf(dimension: string, id: string): CodebookEntry | undefined {
  const part = PART_OF[dimension];
  return part ? entriesOf(part).find((e) => e.id === id) : undefined;
}

function pick(e: CodebookEntry | undefined): string | null {
  if (!e) return null;
  return (i18n.lang === 'en' ? e.label_en || e.label_vi : e.label_vi || e.label_en) ?? null;
}

/** A category's label in the current language; `fallback` is the API's label. */
export function categoryName(dimension: Dimension | string, id: string, fallback?: string | null): string {
  if (dimension === 'agency_role') {
    const [agency = '', role = ''] = id.split(':');
    const a = pick(entryOf('agency', agency));
    const r = pick(entryOf('role', role));
    if (a && r) return `${a} – ${r}`;
    return fallback ?? id;
  }
  return pick(entryOf(dimension, id)) ?? fallback ?? id;
}

/** A role's label. */
export const roleName = (id: string, fallback?: string | null): string => pick(entryOf('role', id)) ?? fallback ?? id;

/** The parent area of a topic, or the family of a channel. */
export function parentOf(dimension: string, id: string): string | null {
  const e = entryOf(dimension, id);
  return (e?.parent as string | null | undefined) ?? (e?.family as string | null | undefined) ?? null;
}

const pair = (table: Record<string, readonly [string, string]>, id: string) => {
  const p = table[id];
  return p ? (i18n.lang === 'en' ? p[1] : p[0]) : id;
};

export const regionName = (id: string | null | undefined): string => (id ? pair(REGION_LABELS, id) : '—');
export const familyName = (id: string): string => pair(FAMILY_LABELS, id);
export const dimensionName = (id: string): string => pair(DIMENSION_LABELS, id);

/** Ids of a dimension in codebook order (areas before their themes for topics). */
export function categoryIds(dimension: string): string[] {
  const part = PART_OF[dimension];
  return part ? entriesOf(part).map((e) => e.id) : [];
}
