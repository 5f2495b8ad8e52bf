// The data version: a hash of the loaded plans (id and parser/codebook model version of each)
// and of the codebook the API validates against. Sent as X-Data-Version and in JSON bodies.

import type { ReadDb } from '../db.ts';

export async function dataVersion(db: ReadDb, codebookHash: string): Promise<string> {
  const [row] = await db.query(
    `SELECT md5(coalesce(string_agg(id || ':' || model_version, ',' ORDER BY id), '') || '|' || $codebook) AS v FROM documents`,
    { codebook: codebookHash },
  );
  return String(row?.v ?? '').slice(0, 16);
}
