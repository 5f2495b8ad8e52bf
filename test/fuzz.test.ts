// Property test: generated and mutated inputs never throw out of the ingest; each one is parsed or
// rejected with a reason, and the database never holds a partial document.

import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { DuckDBInstance } from '@duckdb/node-api';
import { isRejectError } from '../ingest/src/errors.ts';
import { ingestFiles } from '../ingest/src/ingest-files.ts';
import { parseDocument } from '../ingest/src/parse.ts';
import { PLAN_FILES, tempDir } from './helpers/corpus.ts';

const plans = PLAN_FILES.map((f) => readFileSync(f, 'utf8'));
const enc = new TextEncoder();

/** Mutations of real plans: truncation, shuffled lines, random bytes, huge lines, deep nesting. */
const mutated = fc.oneof(
  fc.tuple(fc.nat(plans.length - 1), fc.double({ min: 0, max: 1, noNaN: true })).map(([i, r]) => enc.encode(plans[i]!.slice(0, Math.floor(plans[i]!.length * r)))),
  fc.tuple(fc.nat(plans.length - 1), fc.integer()).map(([i, seed]) => {
    const lines = plans[i]!.split('\n');
    const rnd = fc.sample(fc.shuffledSubarray(lines, { minLength: lines.length, maxLength: lines.length }), { seed, numRuns: 1 })[0]!;
    return enc.encode(rnd.join('\n'));
  }),
  fc.uint8Array({ minLength: 1, maxLength: 4000 }),
  fc.tuple(fc.nat(plans.length - 1), fc.uint8Array({ minLength: 1, maxLength: 64 }), fc.nat()).map(([i, noise, at]) => {
    const b = enc.encode(plans[i]!);
    const pos = at % b.length;
    return new Uint8Array([...b.subarray(0, pos), ...noise, ...b.subarray(pos)]);
  }),
  fc.tuple(fc.constantFrom('a', 'Kế hoạch ', '*', '|', '\t', '- ', 'I. ', '1. '), fc.integer({ min: 1000, max: 200_000 })).map(([s, n]) => enc.encode(`KẾ HOẠCH\nTuyên truyền cải cách hành chính năm 2024\n${s.repeat(Math.ceil(n / s.length))}`)),
  fc.integer({ min: 1, max: 2000 }).map((depth) => enc.encode(`KẾ HOẠCH\nTuyên truyền cải cách hành chính năm 2024\n${Array.from({ length: depth }, (_, i) => `${'+ '.repeat(1 + (i % 7))}${['I.', '1.', 'a)', '-'][i % 4]} mục ${i} <li><ul><p>`).join('\n')}`)),
  fc.string({ unit: 'binary', maxLength: 3000 }).map((s) => enc.encode(s)),
);

describe('fuzzed ingest', () => {
  it('parses or rejects with a reason each of 2,000 generated inputs, never throwing anything else', async () => {
    let parsed = 0;
    let rejected = 0;
    await fc.assert(
      fc.asyncProperty(mutated, async (bytes) => {
        try {
          const doc = await parseDocument(bytes, 'fuzz.txt');
          for (const p of doc.passages) expect(doc.text.slice(p.start, p.end)).toBe(p.text);
          if (doc.document.is_plan) parsed++;
          else {
            expect(doc.document.reject_reason).toBeTruthy();
            rejected++;
          }
        } catch (e) {
          if (!isRejectError(e)) throw e;
          expect(e.reason.length).toBeGreaterThan(0);
          rejected++;
        }
      }),
      { numRuns: 2000, seed: 20261122 },
    );
    expect(parsed + rejected).toBe(2000);
    expect(parsed).toBeGreaterThan(0);
    expect(rejected).toBeGreaterThan(0);
  });

  const tmp = tempDir();
  afterAll(() => tmp.cleanup());

  it('leaves no partial document in the database after ingesting 300 mutated files', async () => {
    const samples = fc.sample(mutated, { numRuns: 300, seed: 7 });
    const files = samples.map((b, i) => {
      const f = join(tmp.dir, `f${i}.txt`);
      writeFileSync(f, b);
      return f;
    }).filter((f) => readFileSync(f).toString('utf8').trim() !== '');
    const dbPath = join(tmp.dir, 'fuzz.duckdb');
    const outcomes = await ingestFiles(files, dbPath);
    expect(outcomes).toHaveLength(files.length);
    const inst = await DuckDBInstance.create(dbPath, { access_mode: 'READ_ONLY' });
    const conn = await inst.connect();
    const [r] = (await conn.runAndReadAll(`SELECT
      (SELECT count(*) FROM documents)::INTEGER AS docs,
      (SELECT count(*) FROM rejected)::INTEGER AS rejected,
      (SELECT count(*) FROM documents d WHERE passage_count <> (SELECT count(*) FROM passages p WHERE p.document_id = d.id))::INTEGER AS partial,
      (SELECT count(*) FROM passages p WHERE NOT EXISTS (SELECT 1 FROM documents d WHERE d.id = p.document_id))::INTEGER AS orphans`)).getRowObjectsJson();
    conn.closeSync();
    inst.closeSync();
    const ingested = new Set(outcomes.filter((o) => o.status === 'ingested').map((o) => o.id)).size;
    const refused = new Set(outcomes.filter((o) => o.status === 'rejected').map((o) => o.id)).size;
    expect(r).toEqual({ docs: ingested, rejected: refused, partial: 0, orphans: 0 });
  });
});
