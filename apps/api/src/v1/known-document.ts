// A document id a client sends must name a loaded plan: an unknown one is a 400 naming the
// parameter, not an empty answer that looks like "no passages".

import type { ReadDb } from '../db.ts';
import { problem } from '../problem.ts';

/** Throws the 400 problem when `id` is given and no loaded document has it. */
export async function checkDocument(db: ReadDb, id: string | undefined, param = 'document'): Promise<void> {
  if (id === undefined) return;
  const rows = await db.query('SELECT 1 AS hit FROM documents WHERE id = $id', { id });
  if (rows.length === 0) problem(400, 'Invalid parameter', `${param}: no loaded plan has the id "${id}"`, param);
}
