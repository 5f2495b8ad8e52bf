// `npm run bench [-- --n N] [--runs R] [--seed S] [--seconds T] [--clients C]`: generates N plans, measures
// ingest throughput against its floor, API latency under load against raw DuckDB, the overview's
// first render and JS size, and coding precision/recall against the generated labels. Writes
// results.json and results.md into bench/ (or $BENCH_OUT). With --runs R the ingest, the API and
// the first render are measured R times (a fresh database each run) and every figure is the median
// of the runs; each run's figures are kept under `runs`.

import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { cpus, loadavg, tmpdir, totalmem } from 'node:os';
import { join, resolve } from 'node:path';
import { ROOT } from '../helpers/corpus.ts';
import { measureApi } from './api.ts';
import { measureCoding } from './coding.ts';
import { measureFloor } from './floor.ts';
import { medianOf, round } from './percentiles.ts';
import { checkTargets, writeResults, type Results } from './report.ts';
import { measureWeb } from './web.ts';

function arg(name: string, def: number): number {
  const i = process.argv.indexOf(`--${name}`);
  const v = i >= 0 ? Number(process.argv[i + 1]) : def;
  if (!Number.isFinite(v) || v <= 0) throw new Error(`--${name} must be a positive number`);
  return v;
}

const n = arg('n', 10_000);
const seed = arg('seed', 1);
const seconds = arg('seconds', n >= 1000 ? 5 : 1);
const clients = arg('clients', 20);
const runs = arg('runs', 1);
const outDir = resolve(ROOT, process.env.BENCH_OUT ?? 'bench');
const log = (s: string) => process.stderr.write(`${s}\n`);

interface ChildResult { seconds: number; files: number; ingested: number; rejected: number; workers: number; peak_rss_mb: number }

const machine = {
  cpus: cpus().length, cpu_model: cpus()[0]?.model ?? 'unknown', memory_gb: round(totalmem() / 1024 ** 3, 1),
  node: process.version, platform: process.platform, load_avg_1m_at_start: round(loadavg()[0]!),
};
const work = mkdtempSync(join(tmpdir(), 'cchc-bench-'));
try {
  const corpus = join(work, 'corpus');
  log(`▸ generating ${n} plans (seed ${seed})`);
  const { generateCorpus } = await import('../corpus-gen/generate.ts');
  await generateCorpus({ n, seed, outDir: corpus });

  log('▸ floor: read + one normalization pass (best of 2)');
  const floors = [measureFloor(corpus), measureFloor(corpus)];
  const floor = { bytes: floors[0]!.bytes, seconds: Math.min(...floors.map((f) => f.seconds)) };

  const measured: Array<Pick<Results, 'ingest' | 'api' | 'web'>> = [];
  const dbPath = join(work, 'bench.duckdb');
  const mb = floor.bytes / 1024 / 1024;
  for (let r = 1; r <= runs; r++) {
    if (runs > 1) log(`▸ run ${r} of ${runs}`);
    rmSync(dbPath, { force: true });
    rmSync(`${dbPath}.wal`, { force: true });
    log('▸ ingest (child process)');
    const out = execFileSync(process.execPath, ['--import', 'tsx', join(ROOT, 'test/bench/ingest-child.ts'), corpus, dbPath], { cwd: ROOT, stdio: ['ignore', 'pipe', 'inherit'], maxBuffer: 1 << 20 });
    const ing = JSON.parse(String(out).trim().split('\n').pop()!) as ChildResult;
    log(`  ${ing.files} files in ${round(ing.seconds)} s, peak RSS ${round(ing.peak_rss_mb)} MB`);

    log(`▸ API under load (${clients} clients, ${seconds} s per endpoint)`);
    const web: Results['web'] = { first_render_ms: Number.NaN, js_gzip_kb: Number.NaN, runs_ms: [], cold_first_render_ms: Number.NaN, cold_runs_ms: [] };
    const api = await measureApi(dbPath, {
      clients, seconds, log,
      whileUp: async (server) => {
        log('▸ overview first render, server with its cache off (headless Chromium)');
        const cold = await measureWeb(server.url);
        Object.assign(web, { cold_first_render_ms: cold.first_render_ms, cold_runs_ms: cold.runs_ms });
        log(`  ${cold.first_render_ms} ms (runs ${cold.runs_ms.join(', ')})`);
      },
      whileDeployed: async (server) => {
        log('▸ overview first render, as deployed (headless Chromium)');
        const deployed = await measureWeb(server.url);
        Object.assign(web, deployed);
        log(`  ${deployed.first_render_ms} ms (runs ${deployed.runs_ms.join(', ')}), JS ${deployed.js_gzip_kb} KB gzip`);
      },
    });


    measured.push({
      ingest: {
        files: ing.files, ingested: ing.ingested, rejected: ing.rejected, workers: ing.workers,
        seconds: round(ing.seconds), plans_per_s: round(ing.files / ing.seconds, 1), mb_per_s: round(mb / ing.seconds),
        megabytes: round(mb, 1), floor_seconds: round(floor.seconds, 3), floor_ratio: round(ing.seconds / floor.seconds),
        peak_rss_mb: round(ing.peak_rss_mb, 1),
      },
      api, web,
    });
  }

  log('▸ coding precision/recall against the generated labels');
  const coding = await measureCoding(dbPath, corpus);

  const partial = { n, seed, machine, ...medianOf(measured), runs: measured.length > 1 ? measured : undefined, coding, at: new Date().toISOString() };
  const results: Results = { ...partial, targets: checkTargets(partial) };
  process.stdout.write(writeResults(outDir, results, clients));
} finally {
  rmSync(work, { recursive: true, force: true });
}
