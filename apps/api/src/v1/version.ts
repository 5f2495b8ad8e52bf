// The data version: a hash of the loaded plans (id and parser/codebook model version of each)
// and of the codebook the API validates against. Sent as X-Data-Version and in JSON bodies.
// Computed once per database and kept until the server's writer changes it (hashing every id
// costs ~10 ms a request at 10,000 plans, as much as the query it labels).

import type { ReadDb, ServerDb } from '../db.ts';

const known = new WeakMap<ReadDb, Map<string, Promise<string>>>();

export async function dataVersion(db: ReadDb, codebookHash: string): Promise<string> {
  let byCodebook = known.get(db);
  if (!byCodebook) {
    const fresh = new Map<string, Promise<string>>();
    byCodebook = fresh;
    known.set(db, fresh);
    (db as Partial<ServerDb>).onChange?.(() => fresh.clear());
  }
  let v = byCodebook.get(codebookHash);
  if (!v) {
    v = compute(db, codebookHash);
    byCodebook.set(codebookHash, v);
    v.catch(() => byCodebook.delete(codebookHash));
  }
  return v;
}

async function compute(db: ReadDb, codebookHash: string): Promise<string> {
  const [row] = await db.query(
    `SELECT md5(coalesce(string_agg(id || ':' || model_version, ',' ORDER BY id), '') || '|' || $codebook) AS v FROM documents`,
    { codebook: codebookHash },
  );
  return String(row?.v ?? '').slice(0, 16);
}
