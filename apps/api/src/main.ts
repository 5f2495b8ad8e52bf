// Entry point: `PORT`, `HOST` and `CCHC_DB` from the environment (`CCHC_RESPONSE_CACHE=off`
// answers every request from the database, for the benchmark).

import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { startServer } from './server.ts';

const dbPath = resolve(process.env.CCHC_DB ?? new URL('../../../data/cchc.duckdb', import.meta.url).pathname);
if (!existsSync(dbPath)) {
  console.error(`cchc-api: no database at ${dbPath}; run "pnpm ingest" first`);
  process.exit(1);
}
const port = Number(process.env.PORT ?? 8787);
if (!Number.isInteger(port) || port < 0 || port > 65535) {
  console.error(`cchc-api: PORT must be a port number, got "${process.env.PORT}"`);
  process.exit(1);
}
const token = process.env.CCHC_TOKEN || undefined;
const responseCache = process.env.CCHC_RESPONSE_CACHE !== 'off';
const server = await startServer({ dbPath, port, host: process.env.HOST ?? '127.0.0.1', token, responseCache });
console.error(`cchc-api: dashboard and API on ${server.url}/ (database ${dbPath}; uploads ${token ? 'on' : 'off: set CCHC_TOKEN to allow them'})`);
for (const sig of ['SIGINT', 'SIGTERM'] as const) {
  process.on(sig, () => void server.close().then(() => process.exit(0)));
}
