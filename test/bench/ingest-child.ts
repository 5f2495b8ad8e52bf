// Child process of the benchmark: ingests a folder into a fresh database and prints JSON with the
// wall time and this process's peak RSS, so the parent measures the ingest alone.

import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { ingestFiles } from '../../ingest/src/ingest-files.ts';

const [dir, dbPath] = process.argv.slice(2) as [string, string];
const files = readdirSync(dir).filter((f) => f.endsWith('.txt')).sort().map((f) => join(dir, f));
const t0 = performance.now();
let last = 0;
const outcomes = await ingestFiles(files, dbPath, {
  keepSources: false,
  progress: (done, total) => {
    if (done - last >= 500 || done === total) {
      last = done;
      process.stderr.write(`  ingest ${done}/${total}\n`);
    }
  },
});
const seconds = (performance.now() - t0) / 1000;
process.stdout.write(JSON.stringify({
  seconds,
  files: files.length,
  ingested: outcomes.filter((o) => o.status === 'ingested').length,
  rejected: outcomes.filter((o) => o.status === 'rejected').length,
  peak_rss_mb: process.resourceUsage().maxRSS / 1024,
}) + '\n');
