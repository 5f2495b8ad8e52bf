// `npm test`: install, make sure Chromium is there, build the dashboard, then typecheck and run
// every vitest suite (unit, integration on real DuckDB files, browser end-to-end).

import { buildWeb, ensureSystemPackages, install, pnpm } from './lib.mjs';

install();
ensureSystemPackages();
buildWeb();
console.error('▸ typecheck');
pnpm(['exec', 'tsc', '-p', 'tsconfig.json']);
pnpm(['--filter', '@cchc/web', 'check']);
console.error('▸ tests');
pnpm(['exec', 'vitest', 'run', ...process.argv.slice(2)], { env: { TZ: 'Asia/Ho_Chi_Minh' } });
