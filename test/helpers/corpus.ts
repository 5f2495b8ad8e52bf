// Test helpers: the five sample plans, a fresh DuckDB file built from them in a temp folder.

import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ingestFiles } from '../../ingest/src/ingest-files.ts';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));
export const PLANS_DIR = join(ROOT, 'data/plans');
export const PLAN_FILES = readdirSync(PLANS_DIR).filter((f) => f.endsWith('.txt')).sort().map((f) => join(PLANS_DIR, f));

/** A temp folder removed by the returned cleanup. */
export function tempDir(prefix = 'cchc-test-'): { dir: string; cleanup: () => void } {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

/** Builds a database from the five plans at a fixed clock; returns its path and a cleanup. */
export async function buildCorpusDb(): Promise<{ dbPath: string; cleanup: () => void }> {
  const { dir, cleanup } = tempDir();
  const dbPath = join(dir, 'cchc.duckdb');
  await ingestFiles(PLAN_FILES, dbPath, { now: () => new Date('2026-01-01T00:00:00Z') });
  return { dbPath, cleanup };
}
