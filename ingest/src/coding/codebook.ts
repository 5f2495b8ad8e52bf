// The codebook as data (data/codebook/*.json): loaded, checked, hashed (the hash is part of the
// model version, so editing a rule re-codes the corpus on the next ingest) and compiled into one
// phrase index for the matcher.

import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadProvinces } from '../facts/provinces.ts';
import { PhraseIndex, phraseTokens } from './matcher.ts';

/** data/codebook, or another folder named by CCHC_CODEBOOK_DIR (to try rule changes on a copy). */
export const CODEBOOK_DIR = process.env.CCHC_CODEBOOK_DIR || fileURLToPath(new URL('../../../data/codebook', import.meta.url));

export type Group = 'topic' | 'channel' | 'attribute' | 'audience' | 'agency' | 'role';

/** The files, in the order they are hashed, and the group each one codes. */
export const PARTS: ReadonlyArray<{ file: string; group: Group }> = [
  { file: 'topics.json', group: 'topic' },
  { file: 'channels.json', group: 'channel' },
  { file: 'attributes.json', group: 'attribute' },
  { file: 'audiences.json', group: 'audience' },
  { file: 'agencies.json', group: 'agency' },
  { file: 'roles.json', group: 'role' },
];

export interface Entry {
  id: string;
  parent: string | null;
  label_vi: string;
  label_en: string;
  definition: string;
  cues: string[];
  exclude: string[];
}

export interface RoleCue {
  kind: 'subject' | 'object';
  phrases: string[];
  /** Object cues: how far after the cue (characters) the first agency may start. */
  window?: number;
  /** Object cues: words that may stand right before an agency further in the clause (`qua Sở Nội vụ`). */
  through?: string[];
}

export interface RoleEntry extends Omit<Entry, 'cues'> {
  cues: RoleCue[];
}

/** What a phrase of the index stands for. */
export interface CueValue {
  group: Group;
  id: string;
  /** An exclusion phrase: cancels matches of `id` it contains. */
  exclude: boolean;
  /** The phrase as written in the codebook (the rule). */
  phrase: string;
  roleCue?: RoleCue;
}

export interface Codebook {
  entries: Record<Exclude<Group, 'role'>, Entry[]>;
  roles: RoleEntry[];
  /** Parent area of each theme, family of each channel. */
  parentOf: Map<string, string>;
  index: PhraseIndex<CueValue>;
  /** `cb-` + 12 hex digits of the files' hash. */
  version: string;
}

const ID = /^[a-z0-9_]{1,64}$/;
const TINH = '{tinh}';

function fail(file: string, msg: string): never {
  throw new Error(`codebook ${file}: ${msg}`);
}

function strings(v: unknown, file: string, what: string): string[] {
  if (v === undefined) return [];
  if (!Array.isArray(v) || v.some((s) => typeof s !== 'string' || !s.trim())) fail(file, `${what} must be a list of non-empty strings`);
  return v as string[];
}

function entryOf(o: unknown, file: string): Entry & { rawCues: unknown } {
  if (!o || typeof o !== 'object') fail(file, 'every entry must be an object');
  const e = o as Record<string, unknown>;
  const id = e.id;
  if (typeof id !== 'string' || !ID.test(id)) fail(file, `bad id ${JSON.stringify(id)}`);
  const text = (k: string) => (typeof e[k] === 'string' ? (e[k] as string) : '');
  if (!text('label_vi')) fail(file, `${id}: label_vi is missing`);
  const parent = typeof e.parent === 'string' ? e.parent : typeof e.family === 'string' ? e.family : null;
  return { id, parent, label_vi: text('label_vi'), label_en: text('label_en'), definition: text('definition'), cues: [], exclude: strings(e.exclude, file, `${id}.exclude`), rawCues: e.cues };
}

/** Province names and aliases, for `{tinh}` in a cue. */
function provinceNames(): string[] {
  const names = new Set<string>();
  for (const p of loadProvinces()) for (const n of [p.name, ...p.aliases]) names.add(n);
  return [...names];
}

function expand(phrase: string, provinces: () => string[]): string[] {
  return phrase.includes(TINH) ? provinces().map((n) => phrase.replace(TINH, n)) : [phrase];
}

/** Reads, checks and compiles the codebook in `dir`. Throws with the file and entry at fault. */
export function loadCodebook(dir: string = CODEBOOK_DIR): Codebook {
  const hash = createHash('sha256');
  const entries = { topic: [], channel: [], attribute: [], audience: [], agency: [] } as Codebook['entries'];
  let roles: RoleEntry[] = [];
  const parentOf = new Map<string, string>();
  const index = new PhraseIndex<CueValue>();
  let provinceCache: string[] | null = null;
  const provinces = () => (provinceCache ??= provinceNames());

  for (const { file, group } of PARTS) {
    const path = join(dir, file);
    let text: string;
    try {
      text = readFileSync(path, 'utf8');
    } catch {
      fail(file, `cannot read ${path}`);
    }
    hash.update(`${file}\n${text}\n`);
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch (e) {
      fail(file, `not valid JSON (${e instanceof Error ? e.message : String(e)})`);
    }
    const list = (json as { entries?: unknown })?.entries;
    if (!Array.isArray(list) || list.length === 0) fail(file, 'needs a non-empty "entries" list');
    const seen = new Set<string>();
    for (const raw of list) {
      const e = entryOf(raw, file);
      if (seen.has(e.id)) fail(file, `duplicate id ${e.id}`);
      seen.add(e.id);
      const add = (phrase: string, value: Omit<CueValue, 'phrase'>) => {
        for (const p of expand(phrase, provinces)) {
          if (phraseTokens(p).length === 0) fail(file, `${e.id}: phrase "${phrase}" has no words`);
          index.add(p, { ...value, phrase });
        }
      };
      for (const x of e.exclude) add(x, { group, id: e.id, exclude: true });
      if (group === 'role') {
        const cues = (e.rawCues ?? []) as unknown;
        if (!Array.isArray(cues)) fail(file, `${e.id}.cues must be a list`);
        const roleCues: RoleCue[] = cues.map((c) => {
          const o = c as Record<string, unknown>;
          if (o?.kind !== 'subject' && o?.kind !== 'object') fail(file, `${e.id}: a cue's kind is "subject" or "object"`);
          const rc: RoleCue = { kind: o.kind, phrases: strings(o.phrases, file, `${e.id}.phrases`) };
          if (o.window !== undefined) {
            if (typeof o.window !== 'number' || o.window < 0) fail(file, `${e.id}.window must be a number`);
            rc.window = o.window;
          }
          if (o.through !== undefined) rc.through = strings(o.through, file, `${e.id}.through`).map((w) => phraseTokens(w).join(' '));
          return rc;
        });
        for (const rc of roleCues) for (const p of rc.phrases) add(p, { group, id: e.id, exclude: false, roleCue: rc });
        const { rawCues: _r, cues: _c, ...rest } = e;
        roles.push({ ...rest, cues: roleCues });
      } else {
        const cues = strings(e.rawCues, file, `${e.id}.cues`);
        for (const c of cues) add(c, { group, id: e.id, exclude: false });
        const { rawCues: _r, ...rest } = e;
        entries[group].push({ ...rest, cues });
        if (e.parent) parentOf.set(e.id, e.parent);
      }
    }
  }
  // A theme's parent must be a top-level area of the same file.
  for (const t of entries.topic) {
    if (t.parent && !entries.topic.some((p) => p.id === t.parent && p.parent === null)) fail('topics.json', `${t.id}: parent ${t.parent} is not an area`);
  }
  roles = roles.sort((a, b) => a.id.localeCompare(b.id));
  return { entries, roles, parentOf, index, version: `cb-${hash.digest('hex').slice(0, 12)}` };
}

let cached: Codebook | null = null;

/** The project's codebook, loaded once per process. */
export function codebook(): Codebook {
  return (cached ??= loadCodebook());
}
