// `cchc ingest --rebuild`: re-ingests every kept source (plus any new paths) into a fresh database
// file, then swaps it in with a rename, so readers never see a half-built database.

import { existsSync, renameSync, rmSync } from 'node:fs';
import { ingestFiles, type FileOutcome, type IngestOptions } from './ingest-files.ts';
import { listSources } from './sources.ts';

/** Rebuilds `dbPath` from its kept sources and `extra` files; returns the outcomes. */
export async function rebuildDatabase(dbPath: string, extra: string[], opts: IngestOptions = {}): Promise<FileOutcome[]> {
  const tmp = `${dbPath}.rebuild`;
  for (const f of [tmp, `${tmp}.wal`]) rmSync(f, { force: true });
  const sources = listSources(dbPath);
  let outcomes: FileOutcome[];
  try {
    // Sources are kept beside the live database; the temp file is in the same folder, so the
    // rebuilt one finds (and re-keeps, idempotently) the same sources.
    outcomes = await ingestFiles([...sources, ...extra], tmp, opts);
  } catch (e) {
    for (const f of [tmp, `${tmp}.wal`]) rmSync(f, { force: true });
    throw e;
  }
  if (existsSync(`${dbPath}.wal`)) rmSync(`${dbPath}.wal`);
  renameSync(tmp, dbPath);
  return outcomes;
}
