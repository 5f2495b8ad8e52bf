// Child process of the benchmark: ingests a folder into a fresh database and prints JSON with the
// wall time and this process's peak RSS (worker threads included), so the parent measures the
// ingest alone. BENCH_WORKERS overrides the number of parse threads.

import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { ingestFiles } from '../../ingest/src/ingest-files.ts';
import { defaultWorkers } from '../../ingest/src/parse-pool.ts';

const [dir, dbPath] = process.argv.slice(2) as [string, string];
const files = readdirSync(dir).filter((f) => f.endsWith('.txt')).sort().map((f) => join(dir, f));
const workers = process.env.BENCH_WORKERS ? Number(process.env.BENCH_WORKERS) : defaultWorkers(files.length);
const t0 = performance.now();
let last = 0;
const outcomes = await ingestFiles(files, dbPath, {
  keepSources: false,
  workers,
  progress: (done, total) => {
    if (done - last >= 1000 || done === total) {
      last = done;
      process.stderr.write(`  ingest ${done}/${total} (${((performance.now() - t0) / 1000).toFixed(1)} s)\n`);
    }
  },
});
const seconds = (performance.now() - t0) / 1000;
process.stdout.write(JSON.stringify({
  seconds,
  files: files.length,
  ingested: outcomes.filter((o) => o.status === 'ingested').length,
  rejected: outcomes.filter((o) => o.status === 'rejected').length,
  workers,
  peak_rss_mb: process.resourceUsage().maxRSS / 1024,
}) + '\n');
