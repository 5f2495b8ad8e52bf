// The codebook as the method page shows it: every part of data/codebook/*.json with all its
// fields (definitions, cues, exclusions), read once; a part without a readable file is given
// from the ids and labels the API validates against.

import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CODEBOOK_PARTS, type Codebook } from './codebook.ts';

export interface CodebookPartDocument {
  part: string;
  about: string | null;
  source: 'file' | 'fallback';
  entries: Array<Record<string, unknown>>;
}

const PART = /^[a-z_]{1,40}$/;

/** Every part, the API's own parts first (in their order), then any other file in the folder. */
export function codebookDocument(dir: string, cb: Codebook, log: (msg: string) => void = () => {}): CodebookPartDocument[] {
  const files = existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.json')).map((f) => f.slice(0, -5)).filter((p) => PART.test(p)) : [];
  const names = [...CODEBOOK_PARTS, ...files.filter((f) => !(CODEBOOK_PARTS as readonly string[]).includes(f)).sort()];
  const out: CodebookPartDocument[] = [];
  for (const part of names) {
    const fromFile = files.includes(part) ? readPart(join(dir, `${part}.json`), part, log) : null;
    if (fromFile) out.push(fromFile);
    else if ((CODEBOOK_PARTS as readonly string[]).includes(part)) {
      const key = part as (typeof CODEBOOK_PARTS)[number];
      out.push({ part, about: null, source: 'fallback', entries: cb.parts[key].map((e) => ({ ...e })) });
    }
  }
  return out;
}

function readPart(file: string, part: string, log: (msg: string) => void): CodebookPartDocument | null {
  try {
    const json: unknown = JSON.parse(readFileSync(file, 'utf8'));
    const obj = json && typeof json === 'object' && !Array.isArray(json) ? (json as Record<string, unknown>) : null;
    const list = Array.isArray(json) ? json : obj && Array.isArray(obj.entries) ? obj.entries : null;
    if (!list) return null;
    const entries = list.filter((e): e is Record<string, unknown> => Boolean(e) && typeof e === 'object' && typeof (e as { id?: unknown }).id === 'string');
    return { part, about: obj && typeof obj.about === 'string' ? obj.about : null, source: 'file', entries };
  } catch {
    log(`[api] codebook ${file} is not readable JSON; left out of /api/v1/codebook`);
    return null;
  }
}
