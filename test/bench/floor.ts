// The floor of the ingest: reading the same bytes and one pass of normalization, nothing else.

import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { cleanCharacters } from '../../ingest/src/text/clean.ts';

/** Seconds to read every .txt file of `dir` and normalize its characters once; total bytes. */
export function measureFloor(dir: string): { seconds: number; bytes: number } {
  const files = readdirSync(dir).filter((f) => f.endsWith('.txt')).map((f) => join(dir, f));
  const decoder = new TextDecoder();
  let bytes = 0;
  let sink = 0;
  const t0 = performance.now();
  for (const f of files) {
    const b = readFileSync(f);
    bytes += b.byteLength;
    sink += cleanCharacters(decoder.decode(b)).length;
  }
  const seconds = (performance.now() - t0) / 1000;
  if (sink < 0) throw new Error('unreachable');
  return { seconds, bytes };
}
