// Kills the server (SIGKILL) at random points during a stream of uploads, restarts it, and checks
// that every plan acknowledged before the kill is intact and the database is consistent. 20 times.

import { readFileSync } from 'node:fs';
import { DuckDBInstance } from '@duckdb/node-api';
import { afterAll, describe, expect, it } from 'vitest';
import { buildCorpusDb, PLAN_FILES } from './helpers/corpus.ts';
import { startServerProcess } from './helpers/server-process.ts';

const TOKEN = 'crash-token';
const BASE = readFileSync(PLAN_FILES[1]!, 'utf8');
const cleanups: Array<() => void> = [];
afterAll(() => cleanups.forEach((c) => c()));

/** A deterministic pseudo-random sequence (no Math.random in tests). */
function lcg(seed: number) {
  let s = seed >>> 0;
  return () => ((s = (Math.imul(s, 1664525) + 1013904223) >>> 0) / 2 ** 32);
}

async function integrity(dbPath: string) {
  const inst = await DuckDBInstance.create(dbPath);
  const conn = await inst.connect();
  try {
    const [r] = (await conn.runAndReadAll(`SELECT
      (SELECT count(*) FROM documents)::INTEGER AS docs,
      (SELECT count(*) FROM documents d WHERE passage_count <> (SELECT count(*) FROM passages p WHERE p.document_id = d.id))::INTEGER AS partial,
      (SELECT count(*) FROM passages p WHERE p.document_id NOT IN (SELECT id FROM documents))::INTEGER AS orphan_passages,
      (SELECT count(*) FROM codes c WHERE c.passage_id NOT IN (SELECT passage_id FROM passages))::INTEGER AS orphan_codes,
      (SELECT count(*) FROM sections s WHERE s.document_id NOT IN (SELECT id FROM documents))::INTEGER AS orphan_sections`)).getRowObjectsJson();
    const ids = (await conn.runAndReadAll('SELECT id FROM documents')).getRowObjectsJson().map((x) => String(x.id));
    const n = (k: string) => Number((r as Record<string, unknown>)[k]);
    return { partial: n('partial'), orphan_passages: n('orphan_passages'), orphan_codes: n('orphan_codes'), orphan_sections: n('orphan_sections'), ids: new Set(ids) };
  } finally {
    conn.closeSync();
    inst.closeSync();
  }
}

describe('crash safety', () => {
  it('keeps every acknowledged plan and no partial rows across 20 SIGKILLs during uploads', async () => {
    const { dbPath, cleanup } = await buildCorpusDb();
    cleanups.push(cleanup);
    const rnd = lcg(42);
    const acknowledged = new Set<string>();
    let n = 0;
    for (let round = 0; round < 20; round++) {
      const server = await startServerProcess(dbPath, { CCHC_TOKEN: TOKEN });
      // The kill comes at a random point after the round's first acknowledgement, so every round
      // kills a server that has written (whatever the machine's speed) and none is vacuous.
      let firstAck: () => void = () => {};
      const acked = new Promise<void>((r) => (firstAck = r));
      let killed = false;
      const uploading = (async () => {
        while (!killed) {
          const fd = new FormData();
          const text = BASE.replace('285 /KH-UBND', `${1000 + n} /KH-UBND`);
          n++;
          fd.append('file', new File([text], `plan-${n}.txt`));
          try {
            const res = await fetch(`${server.url}/api/v1/documents`, { method: 'POST', body: fd, headers: { authorization: `Bearer ${TOKEN}` } });
            const body = (await res.json()) as any;
            for (const d of body.data ?? []) if (d.status === 'ingested') { acknowledged.add(d.id); firstAck(); }
          } catch {
            return; // the server is gone
          }
        }
      })();
      await acked;
      await new Promise((r) => setTimeout(r, Math.floor(rnd() * 900)));
      await server.stop('SIGKILL');
      killed = true;
      await uploading;
      const check = await integrity(dbPath);
      expect({ partial: check.partial, orphan_passages: check.orphan_passages, orphan_codes: check.orphan_codes, orphan_sections: check.orphan_sections })
        .toEqual({ partial: 0, orphan_passages: 0, orphan_codes: 0, orphan_sections: 0 });
      for (const id of acknowledged) expect(check.ids.has(id), `acknowledged plan ${id} lost in round ${round}`).toBe(true);
    }
    expect(acknowledged.size).toBeGreaterThanOrEqual(20);
  }, 300_000);
});
