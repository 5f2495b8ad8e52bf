// The benchmark is a script, not a test; this runs it at N=50 (short load phases) into a temp
// folder to prove it works end to end, and checks the shape of what it writes, never its timings.

import { execFile } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { WEB_BUILD } from '../apps/api/src/server.ts';
import { ENDPOINTS } from './bench/endpoints.ts';
import { ROOT, tempDir } from './helpers/corpus.ts';

const run = promisify(execFile);
const tmp = tempDir('cchc-bench-test-');
afterAll(() => tmp.cleanup());

/** The value at a dotted path, e.g. `api.matrix.p95_ms`. */
const at = (o: unknown, path: string): unknown => path.split('.').reduce<unknown>((v, k) => (v as Record<string, unknown> | undefined)?.[k], o);

describe('npm run bench', () => {
  it('writes results.json with every required figure as a finite number, and a markdown table', async () => {
    if (!existsSync(join(WEB_BUILD, 'index.html'))) throw new Error(`dashboard not built at ${WEB_BUILD}: run "npm test" (it builds it)`);
    await run(process.execPath, ['--import', 'tsx', 'test/bench/run.ts', '--n', '50', '--seconds', '0.5'], {
      cwd: ROOT,
      env: { ...process.env, BENCH_OUT: tmp.dir },
      maxBuffer: 16 << 20,
    });
    const results = JSON.parse(readFileSync(join(tmp.dir, 'results.json'), 'utf8'));
    const required = [
      'n', 'ingest.plans_per_s', 'ingest.mb_per_s', 'ingest.floor_ratio', 'ingest.peak_rss_mb',
      'web.first_render_ms', 'web.js_gzip_kb', 'coding.precision', 'coding.recall',
      'machine.cpus', 'machine.memory_gb',
      ...ENDPOINTS.flatMap((e) => ['p50_ms', 'p95_ms', 'p99_ms', 'raw_ratio', 'cached_p50_ms', 'cached_p95_ms', 'cached_p99_ms', 'cold_ms'].map((k) => `api.${e.name}.${k}`)),
    ];
    const notFinite = required.filter((k) => !Number.isFinite(at(results, k)));
    expect(notFinite).toEqual([]);
    expect(results.n).toBe(50);
    expect(typeof results.machine.cpu_model).toBe('string');
    for (const e of ENDPOINTS) {
      expect(results.api[e.name].requests, e.name).toBeGreaterThan(0);
      expect(results.api[e.name].failed, e.name).toBe(0);
    }
    expect(Object.values(results.api).filter((a) => (a as { coverage: boolean }).coverage).length).toBeGreaterThanOrEqual(4);
    // The generated labels are read against the database: a broken join or label format gives 0.
    expect(results.coding.tp).toBeGreaterThan(0);
    expect(results.coding.recall).toBeGreaterThan(0.5);
    expect(results.coding.precision).toBeGreaterThan(0.5);
    for (const k of ['coverage_worst_p95_ms', 'coverage_worst_raw_ratio', 'ingest_seconds', 'overview_first_render_ms']) expect(typeof results.targets[k]?.met, k).toBe('boolean');
    const md = readFileSync(join(tmp.dir, 'results.md'), 'utf8');
    expect(md).toMatch(/^\| measure .*\|\n\|---\|---\|\n/);
    expect(md).toContain('coding precision / recall');
  }, 300_000);
});
