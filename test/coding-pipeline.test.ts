// Coding end to end: evidence that holds (every span inside its passage and made of the cue's
// words), themes counted for their areas, codes loaded with the document, `cchc explain`, and a
// codebook edit re-coding the corpus on the next ingest.

import { execFile } from 'node:child_process';
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DuckDBInstance } from '@duckdb/node-api';
import { main } from '../ingest/src/cli.ts';
import { codebook, loadCodebook } from '../ingest/src/coding/codebook.ts';
import { parseDocument } from '../ingest/src/parse.ts';
import { fold } from '../ingest/src/text/fold.ts';
import { PLAN_FILES, ROOT, buildCorpusDb, tempDir } from './helpers/corpus.ts';

const run = promisify(execFile);
const CLI = join(ROOT, 'ingest/bin/cchc.mjs');

async function query(dbPath: string, sql: string, params: string[] = []) {
  const inst = await DuckDBInstance.create(dbPath, { access_mode: 'READ_ONLY' });
  const conn = await inst.connect();
  try {
    return (await conn.runAndReadAll(sql, params)).getRowObjectsJson();
  } finally {
    conn.closeSync();
    inst.closeSync();
  }
}

describe('evidence of every code', () => {
  it('points inside its passage, at words of the rule that fired', async () => {
    const cb = codebook();
    for (const file of PLAN_FILES) {
      const doc = await parseDocument(readFileSync(file), file);
      expect(doc.codes.length).toBeGreaterThan(20);
      for (const c of doc.codes) {
        const p = doc.passages[c.passageSeq]!;
        expect(c.start).toBeGreaterThanOrEqual(p.start);
        expect(c.end).toBeLessThanOrEqual(p.end);
        expect(['recipients', 'preamble', 'signature']).not.toContain(p.block);
        const phrase = c.rule.slice(c.rule.indexOf(':') + 1);
        const words = (s: string) => fold(s).replace(/[^a-z0-9&]+/g, ' ').trim();
        if (!phrase.includes('{tinh}')) expect(words(doc.text.slice(c.start, c.end))).toBe(words(phrase));
        if (c.via) expect(cb.parentOf.get(c.via)).toBe(c.id);
      }
      for (const r of doc.agency_roles) {
        const p = doc.passages[r.passageSeq]!;
        expect(r.start).toBeGreaterThanOrEqual(p.start);
        expect(r.end).toBeLessThanOrEqual(p.end);
      }
    }
  });

  it('counts a theme for its parent area, on the same span', async () => {
    const doc = await parseDocument(readFileSync(PLAN_FILES[0]!), PLAN_FILES[0]!);
    const theme = doc.codes.find((c) => c.id === 'mot_cua' && !c.via)!;
    expect(theme).toBeDefined();
    expect(doc.codes).toContainEqual({ ...theme, id: 'tthc', via: 'mot_cua' });
  });

  it('never codes the recipients list, the decision preamble or the signature', async () => {
    // Sơn La's recipients name "Trường Chính trị tỉnh" and "Các cơ quan thông tấn, báo chí": no code may come from there.
    const doc = await parseDocument(readFileSync(PLAN_FILES[0]!), PLAN_FILES[0]!);
    const blocked = new Set(doc.passages.filter((p) => ['recipients', 'preamble', 'signature'].includes(p.block)).map((p) => p.seq));
    expect(blocked.size).toBeGreaterThan(10);
    expect(doc.codes.filter((c) => blocked.has(c.passageSeq))).toEqual([]);
    expect(doc.agency_roles.filter((r) => blocked.has(r.passageSeq))).toEqual([]);
  });
});

describe('the codebook as data', () => {
  it('rejects a malformed file with the file and entry at fault', () => {
    const tmp = tempDir();
    try {
      cpSync(join(ROOT, 'data/codebook'), tmp.dir, { recursive: true });
      const path = join(tmp.dir, 'channels.json');
      const json = JSON.parse(readFileSync(path, 'utf8'));
      json.entries[0].id = 'Bad Id';
      writeFileSync(path, JSON.stringify(json));
      expect(() => loadCodebook(tmp.dir)).toThrow(/channels\.json: bad id "Bad Id"/);
      json.entries[0].id = 'bao_chi';
      writeFileSync(path, JSON.stringify(json));
      expect(() => loadCodebook(tmp.dir)).toThrow(/duplicate id bao_chi/);
    } finally {
      tmp.cleanup();
    }
  });

  it('changes version when a rule changes', () => {
    const tmp = tempDir();
    try {
      cpSync(join(ROOT, 'data/codebook'), tmp.dir, { recursive: true });
      const before = loadCodebook(tmp.dir).version;
      const path = join(tmp.dir, 'channels.json');
      writeFileSync(path, readFileSync(path, 'utf8').replace('"Zalo", ', ''));
      expect(loadCodebook(tmp.dir).version).not.toBe(before);
      expect(before).toBe(codebook().version);
    } finally {
      tmp.cleanup();
    }
  });
});

describe('codes in the database, explain, re-coding', () => {
  let db: { dbPath: string; cleanup: () => void };
  beforeAll(async () => {
    db = await buildCorpusDb();
  });
  afterAll(() => db.cleanup());

  it('loads codes and agency roles with their passages', async () => {
    const [n] = await query(db.dbPath, `SELECT
      (SELECT count(*) FROM codes)::INTEGER AS codes,
      (SELECT count(*) FROM agency_roles)::INTEGER AS roles,
      (SELECT count(*) FROM codes c LEFT JOIN passages p USING (passage_id) WHERE p.passage_id IS NULL OR c.span_start < p.start_offset OR c.span_end > p.end_offset)::INTEGER AS bad`);
    expect(Number(n!.codes)).toBeGreaterThan(200);
    expect(Number(n!.roles)).toBeGreaterThan(50);
    expect(Number(n!.bad)).toBe(0);
    const lead = await query(db.dbPath, `SELECT DISTINCT d.province_code FROM agency_roles r JOIN documents d ON d.id = r.document_id
      WHERE r.agency_id = 'so_khcn' AND r.role = 'chu_tri' AND r.rule_id = 'annex-lead' ORDER BY 1`);
    expect(lead).toEqual([{ province_code: '19' }]);
  });

  it('explains a code of a plan in the database, with the matched words marked', async () => {
    const out: string[] = [];
    const err: string[] = [];
    const io = { out: (s: string) => out.push(s), err: (s: string) => err.push(s) };
    expect(await main(['explain', '14:2024', 'mang_xa_hoi', '--db', db.dbPath, '--plain'], io)).toBe(0);
    const text = out.join('\n');
    expect(text).toMatch(/passage\(s\) coded "mang_xa_hoi"/);
    expect(text).toMatch(/\[\[(?:Zalo|Facebook|mạng xã hội|Fanpage)\]\]/i);
    out.length = 0;
    expect(await main(['explain', '15:2023', 'so_noi_vu', '--db', db.dbPath, '--plain'], io)).toBe(0);
    expect(out.join('\n')).toMatch(/so_noi_vu nhan_bao_cao/);
    expect(await main(['explain', 'nonexistent', 'tthc', '--db', db.dbPath], io)).toBe(1);
    expect(err.join('\n')).toContain('no document matches "nonexistent"');
  });

  it('explains straight from a file, without a database', async () => {
    const out: string[] = [];
    const io = { out: (s: string) => out.push(s), err: () => {} };
    expect(await main(['explain', PLAN_FILES[4]!, 'so_khcn', '--plain'], io)).toBe(0);
    expect(out.join('\n')).toMatch(/so_khcn chu_tri — rule annex-lead/);
  });

  it('re-codes loaded plans on the next ingest after a codebook edit, and only then', async () => {
    const tmp = tempDir();
    try {
      const cbDir = join(tmp.dir, 'codebook');
      cpSync(join(ROOT, 'data/codebook'), cbDir, { recursive: true });
      const dbPath = join(tmp.dir, 'cchc.duckdb');
      const env = { ...process.env, CCHC_CODEBOOK_DIR: cbDir };
      const ingest = () => run(process.execPath, [CLI, 'ingest', ...PLAN_FILES, '--db', dbPath], { env, cwd: ROOT });
      await ingest();
      const zalo = `SELECT count(*)::INTEGER AS n FROM codes WHERE rule_id = 'mang_xa_hoi:Zalo'`;
      expect(Number((await query(dbPath, zalo))[0]!.n)).toBeGreaterThan(0);
      const again = await ingest();
      expect(again.stderr).toContain('0 ingested, 5 already loaded, 0 coded again');

      const path = join(cbDir, 'channels.json');
      writeFileSync(path, readFileSync(path, 'utf8').replace('"Zalo", ', ''));
      const recoded = await ingest();
      expect(recoded.stderr).toContain('0 ingested, 0 already loaded, 5 coded again');
      expect(Number((await query(dbPath, zalo))[0]!.n)).toBe(0);
      const versions = await query(dbPath, 'SELECT DISTINCT model_version FROM documents');
      expect(versions).toHaveLength(1);
      expect(String(versions[0]!.model_version)).toMatch(/^p\d+\+cb-[0-9a-f]{12}$/);
    } finally {
      tmp.cleanup();
    }
  }, 60_000);
});
