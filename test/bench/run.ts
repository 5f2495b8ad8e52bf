// `npm run bench [-- --n N] [--seed S] [--seconds T]`: generates N plans, measures ingest
// throughput against its floor, API latency under load against raw DuckDB, the overview's first
// render and JS size, and coding precision/recall against the generated labels. Writes
// bench/results.json and bench/results.md.

import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { measureFloor } from './floor.ts';
import { measureEndpoint } from './load.ts';
import { measureRawSql } from './raw-sql.ts';
import { round } from './percentiles.ts';
import { measureWeb } from './web.ts';
import { measureCoding } from './coding.ts';
import { ENDPOINTS } from './endpoints.ts';
import { startServerProcess } from '../helpers/server-process.ts';
import { ROOT } from '../helpers/corpus.ts';

function arg(name: string, def: number): number {
  const i = process.argv.indexOf(`--${name}`);
  const v = i >= 0 ? Number(process.argv[i + 1]) : def;
  if (!Number.isFinite(v) || v <= 0) throw new Error(`--${name} must be a positive number`);
  return v;
}

const n = arg('n', 10_000);
const seed = arg('seed', 1);
const seconds = arg('seconds', n >= 1000 ? 5 : 1);
const outDir = join(ROOT, process.env.BENCH_OUT ?? 'bench');
const log = (s: string) => process.stderr.write(`${s}\n`);

const work = mkdtempSync(join(tmpdir(), 'cchc-bench-'));
try {
  const corpus = join(work, 'corpus');
  log(`▸ generating ${n} plans (seed ${seed})`);
  const { generateCorpus } = await import('../corpus-gen/generate.ts');
  await generateCorpus({ n, seed, outDir: corpus });

  log('▸ floor: read + one normalization pass');
  const floor = measureFloor(corpus);

  log('▸ ingest (child process)');
  const dbPath = join(work, 'bench.duckdb');
  const child = execFileSync(process.execPath, ['--import', 'tsx', join(ROOT, 'test/bench/ingest-child.ts'), corpus, dbPath], { cwd: ROOT, stdio: ['ignore', 'pipe', 'inherit'], maxBuffer: 1 << 20 });
  const ing = JSON.parse(String(child).trim().split('\n').pop()!) as { seconds: number; files: number; ingested: number; peak_rss_mb: number };
  const mb = floor.bytes / 1024 / 1024;

  log('▸ API under load (20 clients per endpoint)');
  const server = await startServerProcess(dbPath);
  const api: Record<string, Record<string, number>> = {};
  let web = { first_render_ms: Number.NaN, js_gzip_kb: Number.NaN };
  try {
    for (const e of ENDPOINTS) {
      const path = await e.path(server.url);
      const lat = await measureEndpoint(server.url, path, 20, seconds);
      const raw = e.sql ? await measureRawSql(dbPath, e.sql.text, e.sql.params) : null;
      api[e.name] = { ...lat, ...(raw ? { raw_p50_ms: raw.p50_ms, raw_ratio: round(lat.p50_ms / Math.max(raw.p50_ms, 0.001)) } : {}) };
      log(`  ${e.name}: p50 ${lat.p50_ms} ms, p95 ${lat.p95_ms} ms, p99 ${lat.p99_ms} ms${raw ? `, raw p50 ${raw.p50_ms} ms` : ''}`);
    }
    log('▸ overview first render (headless Chromium)');
    web = await measureWeb(server.url);
  } finally {
    await server.stop();
  }

  log('▸ coding precision/recall against the generated labels');
  const coding = await measureCoding(dbPath, corpus);

  const results = {
    n,
    seed,
    machine: { cpus: cpus().length, cpu_model: cpus()[0]?.model ?? 'unknown', memory_gb: round(totalmem() / 1024 ** 3, 1), node: process.version, platform: process.platform },
    ingest: {
      files: ing.files,
      ingested: ing.ingested,
      seconds: round(ing.seconds),
      plans_per_s: round(ing.files / ing.seconds, 1),
      mb_per_s: round(mb / ing.seconds),
      megabytes: round(mb, 1),
      floor_seconds: round(floor.seconds, 3),
      floor_ratio: round(ing.seconds / floor.seconds),
      peak_rss_mb: round(ing.peak_rss_mb, 1),
    },
    api,
    web,
    coding,
    at: new Date().toISOString(),
  };
  mkdirSync(outDir, { recursive: true });
  writeFileSync(join(outDir, 'results.json'), JSON.stringify(results, null, 2) + '\n');
  const md = [
    `| measure | value |`, `|---|---|`,
    `| plans | ${n} (${results.ingest.megabytes} MB) |`,
    `| ingest | ${results.ingest.plans_per_s} plans/s, ${results.ingest.mb_per_s} MB/s, ${results.ingest.seconds} s |`,
    `| ingest / floor | ${results.ingest.floor_ratio}× (floor ${results.ingest.floor_seconds} s) |`,
    `| ingest peak RSS | ${results.ingest.peak_rss_mb} MB |`,
    ...Object.entries(api).map(([k, v]) => `| API ${k} (20 clients) | p50 ${v.p50_ms} / p95 ${v.p95_ms} / p99 ${v.p99_ms} ms${v.raw_ratio !== undefined ? `, ${v.raw_ratio}× raw` : ''} |`),
    `| overview first render | ${web.first_render_ms} ms |`,
    `| overview JS (gzip) | ${web.js_gzip_kb} KB |`,
    `| coding precision / recall | ${coding.precision} / ${coding.recall} |`,
  ].join('\n');
  writeFileSync(join(outDir, 'results.md'), md + '\n');
  process.stdout.write(md + '\n');
} finally {
  rmSync(work, { recursive: true, force: true });
}
