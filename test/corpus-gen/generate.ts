// Deterministic generator of realistic CCHC communication plans with known labels, for the
// national-scale benchmark: `generateCorpus({ n, seed, outDir })` writes
// `<nnnnn>_<province>_<year>.txt` and `<same>.labels.json`. Plan i depends only on (seed, i).

import { mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { composePlan } from './compose.ts';
import type { PlanLabels } from './labels.ts';
import { labelsOf } from './labels.ts';
import { drawPlanSpec } from './plan-spec.ts';
import { createRng, planSeed } from './prng.ts';
import { renderPlan } from './render.ts';

export interface GeneratedPlan {
  /** File stem: `00042_14_2024`. */
  name: string;
  text: string;
  labels: PlanLabels;
}

export interface CorpusOptions {
  n: number;
  seed: number;
  outDir: string;
  /** Called after each plan is written (the CLI prints progress; tests pass nothing). */
  onProgress?: (done: number, total: number) => void;
}

export interface CorpusSummary {
  files: number;
  bytes: number;
}

/** Generates plan `index` of the corpus seeded with `seed`. */
export function generatePlan(seed: number, index: number): GeneratedPlan {
  const rng = createRng(planSeed(seed, index));
  const spec = drawPlanSpec(rng, index);
  const composed = composePlan(spec, rng);
  const text = renderPlan(composed.blocks, spec.style, rng);
  const labels = labelsOf(spec, composed);
  const name = `${String(index).padStart(5, '0')}_${labels.province_code}_${labels.year_from}`;
  return { name, text, labels };
}

/** Writes a file through a temporary name, so a reader never sees half of it. */
function writeAtomic(path: string, data: string): number {
  const tmp = `${path}.tmp`;
  writeFileSync(tmp, data);
  renameSync(tmp, path);
  return Buffer.byteLength(data);
}

/** Generates `n` plans with their labels into `outDir` (created if missing). */
export async function generateCorpus(opts: CorpusOptions): Promise<CorpusSummary> {
  const { n, seed, outDir, onProgress } = opts;
  if (!Number.isInteger(n) || n < 0) throw new Error(`n must be a non-negative integer, got ${n}`);
  if (!Number.isInteger(seed)) throw new Error(`seed must be an integer, got ${seed}`);
  mkdirSync(outDir, { recursive: true });
  let bytes = 0;
  for (let i = 0; i < n; i++) {
    const plan = generatePlan(seed, i);
    bytes += writeAtomic(join(outDir, `${plan.name}.txt`), plan.text);
    bytes += writeAtomic(join(outDir, `${plan.name}.labels.json`), `${JSON.stringify(plan.labels, null, 2)}\n`);
    onProgress?.(i + 1, n);
  }
  return { files: n, bytes };
}
