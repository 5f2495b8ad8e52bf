// The walking skeleton's ingest: five real plans into a real DuckDB file.

import { copyFileSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DuckDBInstance } from '@duckdb/node-api';
import { main } from '../ingest/src/cli.ts';
import { ingestFiles } from '../ingest/src/ingest-files.ts';
import { PLAN_FILES, PLANS_DIR, tempDir } from './helpers/corpus.ts';

async function rows(dbPath: string, sql: string) {
  const inst = await DuckDBInstance.create(dbPath, { access_mode: 'READ_ONLY' });
  const conn = await inst.connect();
  try {
    return (await conn.runAndReadAll(sql)).getRowObjectsJson();
  } finally {
    conn.closeSync();
    inst.closeSync();
  }
}

function quietIO() {
  const out: string[] = [];
  const err: string[] = [];
  return { io: { out: (s: string) => out.push(s), err: (s: string) => err.push(s) }, out, err };
}

const EXPECTED = [
  { file: '000_e573ba16e32a2a28.txt', province_code: '14', year_from: 2024, year_to: 2024, doc_number: null, decision_number: '49/QĐ-UBND', issue_date: '2024-01-11' },
  { file: '001_12f2dc6f1ddb9df2.txt', province_code: '15', year_from: 2023, year_to: 2023, doc_number: '285/KH-UBND', decision_number: null, issue_date: '2022-12-30' },
  { file: '002_3714a13f6a7c5234.txt', province_code: '82', year_from: 2024, year_to: 2024, doc_number: '66/KH-UBND', decision_number: null, issue_date: '2024-03-06' },
  { file: '003_d8cb906838380ef2.txt', province_code: '58', year_from: 2022, year_to: 2022, doc_number: '/KH-SLĐTBXH', decision_number: null, issue_date: '2022-02' },
  { file: '004_2899750bb1d31229.txt', province_code: '19', year_from: 2024, year_to: 2024, doc_number: '36/KH-UBND', decision_number: null, issue_date: '2024-03-05' },
];

describe('cchc ingest of the five sample plans', () => {
  const tmp = tempDir();
  const dbPath = join(tmp.dir, 'cchc.duckdb');
  afterAll(() => tmp.cleanup());

  beforeAll(async () => {
    const { io } = quietIO();
    expect(await main(['ingest', PLANS_DIR, '--db', dbPath], io)).toBe(0);
  });

  it('loads one document per plan with the province, plan year and number a reader sees', async () => {
    const docs = await rows(dbPath, `SELECT source_name AS file, province_code, year_from, year_to, doc_number, decision_number, issue_date FROM documents ORDER BY source_name`);
    expect(docs).toEqual(EXPECTED);
  });

  it('loads the 63 provinces and passages for every plan, each inside its document text', async () => {
    const [p] = await rows(dbPath, 'SELECT count(*)::INTEGER AS n FROM provinces');
    expect(p?.n).toBe(63);
    const per = await rows(dbPath, `SELECT d.source_name, count(*)::INTEGER AS n, bool_and(substr(d.text, p.start_offset + 1, p.end_offset - p.start_offset) = p.text) AS faithful
      FROM passages p JOIN documents d ON d.id = p.document_id GROUP BY 1 ORDER BY 1`);
    expect(per).toHaveLength(5);
    for (const r of per) {
      expect(r.n as number).toBeGreaterThan(60);
      expect(r.faithful).toBe(true);
    }
  });

  it('changes nothing when the same files are ingested again', async () => {
    const snapshot = async () => rows(dbPath, `SELECT (SELECT count(*) FROM documents)::INTEGER AS d, (SELECT count(*) FROM passages)::INTEGER AS p,
      (SELECT string_agg(id || ingested_at::VARCHAR, ',' ORDER BY id) FROM documents) AS ids`);
    const before = await snapshot();
    const { io, err } = quietIO();
    expect(await main(['ingest', PLANS_DIR, '--db', dbPath], io)).toBe(0);
    expect(err.join('\n')).toContain('0 ingested, 5 already loaded');
    expect(await snapshot()).toEqual(before);
  });

  it('reports a missing path in one line naming it, exits non-zero and leaves the database alone', async () => {
    const before = readFileSync(dbPath);
    const { io, err } = quietIO();
    const code = await main(['ingest', PLAN_FILES[0]!, join(tmp.dir, 'nope.txt'), '--db', dbPath], io);
    expect(code).not.toBe(0);
    expect(err[0]).toMatch(/nope\.txt: no such file or directory$/);
    expect(readFileSync(dbPath).equals(before)).toBe(true);
  });

  it('reports an empty file the same way and never creates a database for it', async () => {
    const empty = join(tmp.dir, 'empty.txt');
    writeFileSync(empty, '');
    const fresh = join(tmp.dir, 'fresh.duckdb');
    const { io, err } = quietIO();
    expect(await main(['ingest', empty, '--db', fresh], io)).not.toBe(0);
    expect(err[0]).toMatch(/empty\.txt: empty file/);
    expect(existsSync(fresh)).toBe(false);
  });

  it('records a non-plan as rejected with its reason and loads nothing of it', async () => {
    const news = join(tmp.dir, 'tin-tuc.txt');
    writeFileSync(news, 'Sáng nay, Sở Nội vụ tỉnh Sơn La tổ chức hội nghị tập huấn về cải cách hành chính cho cán bộ, công chức.\n\nHội nghị đã thu hút đông đảo đại biểu tham dự.');
    const copy = join(tmp.dir, 'copy.duckdb');
    copyFileSync(dbPath, copy);
    const out = await ingestFiles([news], copy);
    expect(out[0]).toMatchObject({ status: 'rejected' });
    const r = await rows(copy, `SELECT source_name, code, (SELECT count(*) FROM documents)::INTEGER AS docs FROM rejected`);
    expect(r).toEqual([{ source_name: 'tin-tuc.txt', code: 'not_a_plan', docs: 5 }]);
  });
});
