// `npm run bench [-- --n N]`: the benchmark (a script, not a test). Installs, builds the dashboard,
// then runs test/bench/run.ts.

import { buildWeb, ensureSystemPackages, install, run } from './lib.mjs';

install();
ensureSystemPackages();
buildWeb();
run(process.execPath, ['--import', 'tsx', 'test/bench/run.ts', ...process.argv.slice(2)]);
