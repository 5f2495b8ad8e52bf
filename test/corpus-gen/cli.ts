// CLI: `npx tsx test/corpus-gen/cli.ts --n 100 --seed 1 --out /tmp/corpus` generates a labelled
// corpus of plans, printing progress to stderr.

import { resolve } from 'node:path';
import { generateCorpus } from './generate.ts';

function arg(name: string, fallback?: string): string {
  const i = process.argv.indexOf(`--${name}`);
  const v = i >= 0 ? process.argv[i + 1] : fallback;
  if (v === undefined) throw new Error(`missing --${name}`);
  return v;
}

function int(name: string, fallback: string): number {
  const v = Number(arg(name, fallback));
  if (!Number.isInteger(v) || v < 0) throw new Error(`--${name} must be a non-negative integer`);
  return v;
}

try {
  const n = int('n', '100');
  const seed = int('seed', '1');
  const out = resolve(arg('out'));
  const started = Date.now();
  const step = Math.max(1, Math.floor(n / 20));
  const { files, bytes } = await generateCorpus({
    n,
    seed,
    outDir: out,
    onProgress: (done, total) => {
      if (done % step === 0 || done === total) process.stderr.write(`\r${done}/${total} plans`);
    },
  });
  const secs = (Date.now() - started) / 1000;
  process.stderr.write(`\n${files} plans, ${(bytes / 1024 / 1024).toFixed(1)} MB in ${secs.toFixed(1)} s → ${out}\n`);
} catch (e) {
  process.stderr.write(`corpus-gen: ${(e as Error).message}\n`);
  process.exitCode = 1;
}
