// Province reference data (data/provinces.csv) and recognition of a province in text through its
// names and aliases, with or without diacritics.

import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { fold } from '../text/fold.ts';

export interface Province {
  code: string;
  name: string;
  kind: string;
  region: string;
  aliases: string[];
  merged_2025_into: string;
}

export const PROVINCES_CSV = fileURLToPath(new URL('../../../data/provinces.csv', import.meta.url));

let cache: Province[] | null = null;

/** The 63 provinces, read once from data/provinces.csv. */
export function loadProvinces(path = PROVINCES_CSV): Province[] {
  if (cache && path === PROVINCES_CSV) return cache;
  const [header, ...rows] = readFileSync(path, 'utf8').trim().split(/\r?\n/);
  const cols = (header ?? '').split(',');
  const list = rows.map((row) => {
    const cells = row.split(',');
    const get = (c: string) => (cells[cols.indexOf(c)] ?? '').trim();
    return {
      code: get('code'),
      name: get('name').normalize('NFC'),
      kind: get('kind'),
      region: get('region'),
      aliases: get('aliases') ? get('aliases').split('|').map((a) => a.normalize('NFC')) : [],
      merged_2025_into: get('merged_2025_into'),
    };
  });
  if (path === PROVINCES_CSV) cache = list;
  return list;
}

interface NameEntry { folded: string; code: string }

let names: NameEntry[] | null = null;

function nameEntries(): NameEntry[] {
  if (names) return names;
  const list: NameEntry[] = [];
  for (const p of loadProvinces()) {
    for (const n of [p.name, ...p.aliases]) list.push({ folded: fold(n), code: p.code });
  }
  // Longest first so "Thừa Thiên Huế" wins over "Huế", "Bà Rịa - Vũng Tàu" over parts.
  names = list.sort((a, b) => b.folded.length - a.folded.length);
  return names;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

interface NamePatterns {
  /** The name as it stands in text folded for `findProvince` (dashes spaced, spaces single). */
  spaced: string;
  /** After `tỉnh`/`thành phố`/`tp.`, or alone. */
  prefixed: RegExp;
  alone: RegExp;
  /** After `tỉnh`/`thành phố`, every occurrence. */
  counted: RegExp;
}

let patterns: NamePatterns[] | null = null;

/** Each name's regular expressions, compiled once (not once per call and name). */
function namePatterns(): NamePatterns[] {
  return (patterns ??= nameEntries().map(({ folded }) => {
    const n = folded.replace(/[–-]/g, ' - ').replace(/\s+/g, ' ');
    return {
      spaced: n,
      prefixed: new RegExp(`(?:tinh|thanh pho|tp\\.?)\\s+${escape(n)}(?![a-z0-9])`),
      alone: new RegExp(`(?:^|[^a-z0-9])${escape(n)}(?![a-z0-9])`),
      counted: new RegExp(`(?:tinh|thanh pho)\\s+${escape(folded)}(?![a-z0-9])`, 'g'),
    };
  }));
}

/** The province whose name (or alias) appears in `text` after `tỉnh`/`thành phố` or alone; null if none. */
export function findProvince(text: string, opts: { requirePrefix?: boolean } = {}): { code: string; index: number } | null {
  const f = fold(text).replace(/[–-]/g, ' - ').replace(/\s+/g, ' ');
  const entries = nameEntries();
  const pats = namePatterns();
  let best: { code: string; index: number } | null = null;
  for (let i = 0; i < entries.length; i++) {
    const p = pats[i]!;
    // A name absent from the text cannot match: skip its expression.
    if (!f.includes(p.spaced)) continue;
    const m = (opts.requirePrefix ? p.prefixed : p.alone).exec(f);
    if (m && (best === null || m.index < best.index)) best = { code: entries[i]!.code, index: m.index };
  }
  return best;
}

/** Every province mentioned with a `tỉnh`/`thành phố` prefix, with counts. */
export function countProvinces(text: string): Map<string, number> {
  const f = fold(text);
  const entries = nameEntries();
  const pats = namePatterns();
  const counts = new Map<string, number>();
  for (let i = 0; i < entries.length; i++) {
    const { folded, code } = entries[i]!;
    if (!f.includes(folded)) continue;
    const n = f.match(pats[i]!.counted)?.length ?? 0;
    if (n) counts.set(code, (counts.get(code) ?? 0) + n);
  }
  return counts;
}

export function provinceByCode(code: string): Province | undefined {
  return loadProvinces().find((p) => p.code === code);
}
