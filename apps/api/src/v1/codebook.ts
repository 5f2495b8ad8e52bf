// The codebook as the API sees it: ids (the whitelist every category parameter is checked
// against) and labels, read once from data/codebook/*.json, with CODEBOOK.md's ids as fallback.

import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { FALLBACK } from './codebook-fallback.ts';

export const CODEBOOK_DIR = fileURLToPath(new URL('../../../../data/codebook', import.meta.url));

export type CodebookPart = keyof typeof FALLBACK;
export const CODEBOOK_PARTS = ['topics', 'channels', 'audiences', 'agencies', 'roles'] as const satisfies readonly CodebookPart[];

export interface CodebookEntry {
  id: string;
  label_vi: string | null;
  label_en: string | null;
  /** Topic: its area; channel: its family. */
  parent: string | null;
}

export interface Codebook {
  parts: Record<CodebookPart, CodebookEntry[]>;
  /** Which parts came from files and which from the fallback. */
  sources: Record<CodebookPart, 'file' | 'fallback'>;
  /** Hash of what was read (part of the data version). */
  hash: string;
}

const ID = /^[a-z0-9_]{1,64}$/;

const str = (v: unknown): string | null => (typeof v === 'string' && v.trim() ? v : null);

/** Entries from a parsed JSON file: an array of entries, or an object holding one. */
export function entriesOf(json: unknown): CodebookEntry[] | null {
  let list: unknown = json;
  if (!Array.isArray(list) && list && typeof list === 'object') {
    list = Object.values(list).find((v) => Array.isArray(v) && v.some((e) => e && typeof e === 'object' && 'id' in e));
  }
  if (!Array.isArray(list)) return null;
  const out: CodebookEntry[] = [];
  for (const e of list) {
    if (!e || typeof e !== 'object') continue;
    const o = e as Record<string, unknown>;
    const id = str(o.id);
    if (!id || !ID.test(id)) continue;
    out.push({ id, label_vi: str(o.label_vi), label_en: str(o.label_en), parent: str(o.parent) ?? str(o.family) });
  }
  return out.length > 0 ? out : null;
}

/** Reads data/codebook/<part>.json for each part; a missing or unreadable file falls back to CODEBOOK.md's ids. */
export function loadCodebook(dir: string = CODEBOOK_DIR, log: (msg: string) => void = () => {}): Codebook {
  const hash = createHash('sha256');
  const parts = {} as Codebook['parts'];
  const sources = {} as Codebook['sources'];
  for (const part of CODEBOOK_PARTS) {
    const file = join(dir, `${part}.json`);
    let entries: CodebookEntry[] | null = null;
    if (existsSync(file)) {
      const text = readFileSync(file, 'utf8');
      try {
        entries = entriesOf(JSON.parse(text));
      } catch {
        entries = null;
      }
      if (entries) hash.update(`${part}\n${text}\n`);
      else log(`[api] codebook ${file} is not a list of entries with ids; using CODEBOOK.md's ids`);
    }
    sources[part] = entries ? 'file' : 'fallback';
    if (!entries) {
      entries = FALLBACK[part].map(([id, label_vi, parent]) => ({ id, label_vi, label_en: null, parent: parent ?? null }));
      hash.update(`${part}\nfallback-1\n`);
    }
    parts[part] = entries;
  }
  return { parts, sources, hash: hash.digest('hex').slice(0, 16) };
}

/** The ids of one part. */
export const idsOf = (cb: Codebook, part: CodebookPart): string[] => cb.parts[part].map((e) => e.id);

/** Vietnamese label of a category cell ('<agency>:<role>' for agency roles), or null. */
export function categoryLabel(cb: Codebook, dimension: string, categoryId: string): string | null {
  const find = (part: CodebookPart, id: string) => cb.parts[part].find((e) => e.id === id)?.label_vi ?? null;
  switch (dimension) {
    case 'topic': return find('topics', categoryId);
    case 'channel': return find('channels', categoryId);
    case 'audience': return find('audiences', categoryId);
    case 'agency': return find('agencies', categoryId);
    case 'attribute': return categoryId === 'tieng_dan_toc' ? 'Tiếng dân tộc thiểu số' : null;
    case 'agency_role': {
      const [agency = '', role = ''] = categoryId.split(':');
      const a = find('agencies', agency);
      const r = find('roles', role);
      return a && r ? `${a} – ${r}` : null;
    }
    default: return null;
  }
}
