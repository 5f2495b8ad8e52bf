// The original files, kept content-addressed beside the database (`<db folder>/sources/`), so the
// corpus can always be rebuilt from its sources after a parser or codebook change.

import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, extname, join } from 'node:path';

/** Folder of kept sources for the database at `dbPath`. */
export function sourcesDir(dbPath: string): string {
  return join(dirname(dbPath), 'sources');
}

/** Stores `bytes` as `<sha256>.<ext>` (written to a temp name, then renamed); returns the path. */
export function keepSource(dbPath: string, bytes: Uint8Array, fileName: string): string {
  const dir = sourcesDir(dbPath);
  mkdirSync(dir, { recursive: true });
  const ext = extname(fileName).toLowerCase().replace(/[^.a-z0-9]/g, '') || '.txt';
  const path = join(dir, createHash('sha256').update(bytes).digest('hex') + ext);
  if (!existsSync(path)) {
    const tmp = `${path}.${process.pid}.tmp`;
    writeFileSync(tmp, bytes);
    renameSync(tmp, path);
  }
  return path;
}

/** Every kept source file, sorted. */
export function listSources(dbPath: string): string[] {
  const dir = sourcesDir(dbPath);
  if (!existsSync(dir)) return [];
  return readdirSync(dir).filter((f) => !f.endsWith('.tmp')).sort().map((f) => join(dir, f));
}
