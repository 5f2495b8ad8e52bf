// `cchc explain <document> <id>`: every passage that codes the document with a category or agency
// id, with the matched words highlighted. <document> is a file (parsed on the spot, no database)
// or a document in the database: its id (or a prefix), its source file name, or `<province>:<year>`.

import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { DuckDBInstance } from '@duckdb/node-api';
import type { IO } from '../io.ts';
import { isRejectError } from '../errors.ts';
import { parseDocument } from '../parse.ts';
import { parseArgs } from './args.ts';

/** One piece of evidence: a passage, the spans that matched in it, and what fired. */
export interface Evidence {
  passageSeq: number;
  sectionPath: string;
  passageText: string;
  passageStart: number;
  spans: Array<{ start: number; end: number; what: string; rule: string }>;
}

const USAGE = 'usage: cchc explain <document> <category-or-agency-id> [--db data/cchc.duckdb] [--plain]';

/** Wraps each span of `text` (offsets relative to `text`) in markers. */
export function highlight(text: string, spans: Array<{ start: number; end: number }>, open: string, close: string): string {
  const merged = [...spans].sort((a, b) => a.start - b.start).reduce<Array<{ start: number; end: number }>>((acc, s) => {
    const start = Math.max(0, s.start);
    const end = Math.min(text.length, s.end);
    if (end <= start) return acc;
    const last = acc[acc.length - 1];
    if (last && start <= last.end) last.end = Math.max(last.end, end);
    else acc.push({ start, end });
    return acc;
  }, []);
  let out = '';
  let at = 0;
  for (const s of merged) {
    out += text.slice(at, s.start) + open + text.slice(s.start, s.end) + close;
    at = s.end;
  }
  return out + text.slice(at);
}

function group(rows: Array<{ seq: number; path: string; text: string; pstart: number; start: number; end: number; what: string; rule: string }>): Evidence[] {
  const bySeq = new Map<number, Evidence>();
  for (const r of rows) {
    let e = bySeq.get(r.seq);
    if (!e) {
      e = { passageSeq: r.seq, sectionPath: r.path, passageText: r.text, passageStart: r.pstart, spans: [] };
      bySeq.set(r.seq, e);
    }
    e.spans.push({ start: r.start, end: r.end, what: r.what, rule: r.rule });
  }
  return [...bySeq.values()].sort((a, b) => a.passageSeq - b.passageSeq);
}

/** Evidence for `id` in a file parsed on the spot. */
async function fromFile(file: string, id: string): Promise<{ label: string; evidence: Evidence[] }> {
  const doc = await parseDocument(await readFile(file), file);
  const rows: Parameters<typeof group>[0] = [];
  const passage = (seq: number) => doc.passages[seq]!;
  for (const c of doc.codes) {
    if (c.id !== id) continue;
    const p = passage(c.passageSeq);
    rows.push({ seq: p.seq, path: p.sectionPath, text: p.text, pstart: p.start, start: c.start, end: c.end, what: c.via ? `${c.dimension} ${c.id} (via ${c.via})` : `${c.dimension} ${c.id}`, rule: c.rule });
  }
  for (const r of doc.agency_roles) {
    if (r.agency !== id && r.role !== id) continue;
    const p = passage(r.passageSeq);
    rows.push({ seq: p.seq, path: p.sectionPath, text: p.text, pstart: p.start, start: r.start, end: r.end, what: `${r.agency} ${r.role}`, rule: r.rule });
  }
  const d = doc.document;
  return { label: `${doc.sourceName} (${d.province_name ?? '?'} ${d.year_from ?? '?'})`, evidence: group(rows) };
}

/** Evidence for `id` in a document of the database. */
async function fromDatabase(dbPath: string, ref: string, id: string): Promise<{ label: string; evidence: Evidence[] } | string> {
  if (!existsSync(dbPath)) return `no database at ${dbPath} (run \`cchc ingest\` first, or pass a file)`;
  const instance = await DuckDBInstance.create(dbPath, { access_mode: 'READ_ONLY' });
  const conn = await instance.connect();
  try {
    const [prov, year] = ref.split(':');
    const docs = (await conn.runAndReadAll(
      `SELECT d.id, d.source_name, p.name AS province, d.year_from
         FROM documents d LEFT JOIN provinces p ON p.code = d.province_code
        WHERE d.id LIKE $1 || '%' OR d.source_name = $2
           OR (d.province_code = $3 AND CAST(d.year_from AS VARCHAR) = $4)
        ORDER BY d.id`,
      [ref.toLowerCase(), ref, prov ?? '', year ?? ''],
    )).getRowObjectsJson() as Array<{ id: string; source_name: string; province: string | null; year_from: number | null }>;
    if (docs.length === 0) return `no document matches "${ref}"`;
    if (docs.length > 1) return `"${ref}" matches ${docs.length} documents: ${docs.map((d) => `${d.id} ${d.source_name}`).join('; ')}`;
    const doc = docs[0]!;
    const rows = (await conn.runAndReadAll(
      `SELECT p.seq, p.section_path AS path, p.text, p.start_offset AS pstart, c.span_start AS start, c.span_end AS "end",
              c.dimension || ' ' || c.category_id || coalesce(' (via ' || c.via || ')', '') AS what, c.rule_id AS rule
         FROM codes c JOIN passages p USING (passage_id)
        WHERE c.document_id = $1 AND c.category_id = $2
       UNION ALL
       SELECT p.seq, p.section_path, p.text, p.start_offset, r.span_start, r.span_end, r.agency_id || ' ' || r.role, r.rule_id
         FROM agency_roles r JOIN passages p USING (passage_id)
        WHERE r.document_id = $1 AND (r.agency_id = $2 OR r.role = $2)`,
      [doc.id, id],
    )).getRowObjectsJson() as Array<{ seq: number; path: string; text: string; pstart: number; start: number; end: number; what: string; rule: string }>;
    return {
      label: `${doc.source_name} (${doc.province ?? '?'} ${doc.year_from ?? '?'}, ${doc.id})`,
      evidence: group(rows.map((r) => ({ ...r, seq: Number(r.seq), pstart: Number(r.pstart), start: Number(r.start), end: Number(r.end) }))),
    };
  } finally {
    conn.closeSync();
    instance.closeSync();
  }
}

export async function explain(argv: string[], io: IO): Promise<number> {
  const args = parseArgs(argv, ['db']);
  const [ref, id] = args.positional;
  if (!ref || !id) {
    io.err(USAGE);
    return 2;
  }
  const plain = args.flags.has('plain') || !process.stdout.isTTY;
  const [open, close] = plain ? ['[[', ']]'] : ['\x1b[1;33m', '\x1b[0m'];
  let result: { label: string; evidence: Evidence[] } | string;
  try {
    result = existsSync(ref) ? await fromFile(ref, id) : await fromDatabase(args.values.get('db') ?? 'data/cchc.duckdb', ref, id);
  } catch (e) {
    if (isRejectError(e)) {
      io.err(`cchc: ${ref}: rejected: ${e.reason}`);
      return 1;
    }
    throw e;
  }
  if (typeof result === 'string') {
    io.err(`cchc: ${result}`);
    return 1;
  }
  const { label, evidence } = result;
  if (evidence.length === 0) {
    io.out(`${label}: nothing coded "${id}"`);
    return 0;
  }
  io.out(`${label}: ${evidence.length} passage(s) coded "${id}"`);
  for (const e of evidence) {
    const rel = e.spans.map((s) => ({ start: s.start - e.passageStart, end: s.end - e.passageStart }));
    io.out('');
    io.out(`§${e.sectionPath || '—'} #${e.passageSeq}: ${highlight(e.passageText, rel, open, close)}`);
    for (const s of e.spans) io.out(`    ${s.what} — rule ${s.rule} — “${e.passageText.slice(s.start - e.passageStart, s.end - e.passageStart)}”`);
  }
  return 0;
}
