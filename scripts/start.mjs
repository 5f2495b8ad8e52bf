// `npm start`: install, build the dashboard, load data/plans into data/cchc.duckdb, serve on
// 127.0.0.1:8787 (PORT/HOST override).

import { buildWeb, install, pnpm, run } from './lib.mjs';

install();
buildWeb();
console.error('▸ loading data/plans into data/cchc.duckdb');
pnpm(['exec', 'cchc', 'ingest', 'data/plans', '--db', 'data/cchc.duckdb']);
console.error('▸ starting the server');
run('npx', ['tsx', 'apps/api/src/main.ts']);
