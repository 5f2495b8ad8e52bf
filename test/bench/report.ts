// The benchmark's results: the JSON shape, the targets of issue 8 checked against it, and the
// markdown table; both files written through a temporary name.

import { mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ApiResult } from './api.ts';
import type { Score } from './coding.ts';

export interface Results {
  n: number;
  seed: number;
  machine: { cpus: number; cpu_model: string; memory_gb: number; node: string; platform: string; load_avg_1m_at_start: number };
  ingest: {
    files: number; ingested: number; rejected: number; workers: number; seconds: number; plans_per_s: number; mb_per_s: number;
    megabytes: number; floor_seconds: number; floor_ratio: number; peak_rss_mb: number;
  };
  api: Record<string, ApiResult>;
  /**
   * `first_render_ms`: as deployed (the server warms the overview's answers when it starts and after
   * each write); `cold_first_render_ms`: the same page from a server with its cache off.
   */
  web: { first_render_ms: number; js_gzip_kb: number; runs_ms: number[]; cold_first_render_ms: number; cold_runs_ms: number[] };
  coding: Score & { by_dimension: Record<string, Score> };
  targets: Record<string, { value: number; limit: number; met: boolean }>;
  /** Each run's own figures when there were several (the figures above are their medians). */
  runs?: Array<Pick<Results, 'ingest' | 'api' | 'web'>>;
  at: string;
}

/** The "done when" of issue 8, meant for N = 10,000 on the 2-core machine. */
export function checkTargets(r: Omit<Results, 'targets'>): Results['targets'] {
  const t: Results['targets'] = {};
  const at = (name: string, value: number, limit: number, below = true) => (t[name] = { value, limit, met: below ? value <= limit : value >= limit });
  at('ingest_seconds', r.ingest.seconds, 60);
  at('ingest_floor_ratio', r.ingest.floor_ratio, 6);
  at('ingest_peak_rss_mb', r.ingest.peak_rss_mb, 2048);
  const coverage = Object.entries(r.api).filter(([, a]) => a.coverage);
  // As deployed: answers kept until the next write (the first request after a write is a miss).
  at('coverage_worst_p95_ms', Math.max(...coverage.map(([, a]) => a.cached_p95_ms)), 50);
  // Every request to DuckDB (cache off) against the same statements run directly.
  at('coverage_worst_raw_ratio', Math.max(...coverage.map(([, a]) => a.raw_ratio)), 3);
  at('overview_first_render_ms', r.web.first_render_ms, 1500);
  return t;
}

export function markdown(r: Results, clients: number): string {
  const i = r.ingest;
  return [
    `| measure (${r.n} plans, ${i.megabytes} MB; ${r.machine.cpus} × ${r.machine.cpu_model}${r.runs ? `; median of ${r.runs.length} runs` : ''}) | value |`,
    '|---|---|',
    `| ingest | ${i.seconds} s: ${i.plans_per_s} plans/s, ${i.mb_per_s} MB/s (${i.workers} parse workers) |`,
    `| ingest / floor (read + normalize, ${i.floor_seconds} s) | ${i.floor_ratio}× |`,
    `| ingest peak RSS | ${i.peak_rss_mb} MB |`,
    ...Object.entries(r.api).map(([k, a]) =>
      `| API ${k}${a.coverage ? ' (coverage)' : ''}, ${clients} clients | as deployed p50 ${a.cached_p50_ms} / p95 ${a.cached_p95_ms} / p99 ${a.cached_p99_ms} ms (first request ${a.cold_ms} ms); cache off p50 ${a.p50_ms} / p95 ${a.p95_ms} / p99 ${a.p99_ms} ms, ${a.raw_ratio}× raw (raw p50 ${a.raw_p50_ms} ms, alone ${a.raw_alone_p50_ms} ms) |`),
    `| coverage, worst p95 with the cache off | ${Math.max(...Object.values(r.api).filter((a) => a.coverage).map((a) => a.p95_ms))} ms |`,
    `| overview first render, as deployed | ${r.web.first_render_ms} ms |`,
    `| overview first render, server cache off | ${r.web.cold_first_render_ms} ms |`,
    `| overview JS (gzip) | ${r.web.js_gzip_kb} KB |`,
    `| coding precision / recall | ${r.coding.precision} / ${r.coding.recall} |`,
    ...Object.entries(r.targets).map(([k, t]) => `| target ${k} ≤ ${t.limit} | ${t.value} ${t.met ? '✓' : '✗'} |`),
  ].join('\n') + '\n';
}

function writeAtomic(path: string, text: string): void {
  const tmp = `${path}.${process.pid}.tmp`;
  writeFileSync(tmp, text);
  renameSync(tmp, path);
}

/** Writes results.json and results.md into `dir` (created if missing). */
export function writeResults(dir: string, r: Results, clients: number): string {
  mkdirSync(dir, { recursive: true });
  const md = markdown(r, clients);
  writeAtomic(join(dir, 'results.json'), JSON.stringify(r, null, 2) + '\n');
  writeAtomic(join(dir, 'results.md'), md);
  return md;
}
