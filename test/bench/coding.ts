// Coding precision and recall against the generator's labels: presence of each topic, channel,
// audience and agency-role pair per plan, micro-averaged over the corpus.

import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import { round } from './percentiles.ts';

interface Labels { topics?: string[]; channels?: string[]; audiences?: string[]; agency_roles?: string[] }

export interface Score { precision: number; recall: number; tp: number; fp: number; fn: number }

export function score(expected: Set<string>, actual: Set<string>, acc = { tp: 0, fp: 0, fn: 0 }) {
  for (const a of actual) if (expected.has(a)) acc.tp++; else acc.fp++;
  for (const e of expected) if (!actual.has(e)) acc.fn++;
  return acc;
}

const ratio = (a: number, b: number) => (b === 0 ? 1 : round(a / b, 4));

/** Compares the database's codes with `<plan>.labels.json` beside each generated plan. */
export async function measureCoding(dbPath: string, corpusDir: string): Promise<Score & { by_dimension: Record<string, Score> }> {
  const inst = await DuckDBInstance.create(dbPath, { access_mode: 'READ_ONLY' });
  const conn = await inst.connect();
  try {
    const rows = (await conn.runAndReadAll(`
      SELECT d.source_name, c.dimension AS dim, c.category_id AS id FROM codes c JOIN documents d ON d.id = c.document_id WHERE c.dimension IN ('topic', 'channel', 'audience')
      UNION SELECT d.source_name, 'agency_role', r.agency_id || ':' || r.role FROM agency_roles r JOIN documents d ON d.id = r.document_id`)).getRowObjectsJson();
    const docs = (await conn.runAndReadAll('SELECT source_name FROM documents')).getRowObjectsJson().map((r) => String(r.source_name));
    const actual = new Map<string, Set<string>>();
    for (const r of rows) {
      const k = `${r.source_name}|${r.dim}`;
      if (!actual.has(k)) actual.set(k, new Set());
      actual.get(k)!.add(String(r.id));
    }
    const dims: Array<[string, keyof Labels]> = [['topic', 'topics'], ['channel', 'channels'], ['audience', 'audiences'], ['agency_role', 'agency_roles']];
    const total = { tp: 0, fp: 0, fn: 0 };
    const by: Record<string, { tp: number; fp: number; fn: number }> = {};
    for (const name of docs) {
      const lf = join(corpusDir, name.replace(/\.txt$/, '.labels.json'));
      if (!existsSync(lf)) continue;
      const labels = JSON.parse(readFileSync(lf, 'utf8')) as Labels;
      for (const [dim, key] of dims) {
        by[dim] ??= { tp: 0, fp: 0, fn: 0 };
        const exp = new Set(labels[key] ?? []);
        const act = actual.get(`${name}|${dim}`) ?? new Set<string>();
        score(exp, act, by[dim]);
        score(exp, act, total);
      }
    }
    const fin = (a: { tp: number; fp: number; fn: number }): Score => ({ ...a, precision: ratio(a.tp, a.tp + a.fp), recall: ratio(a.tp, a.tp + a.fn) });
    return { ...fin(total), by_dimension: Object.fromEntries(Object.entries(by).map(([k, v]) => [k, fin(v)])) };
  } finally {
    conn.closeSync();
    inst.closeSync();
  }
}
