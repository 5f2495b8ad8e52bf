// Shared steps of the two README commands. Only Node and npm are assumed: pnpm is run through
// npx at a pinned version, Chromium and fonts come from Debian's packages when missing.

import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('..', import.meta.url));
export const PNPM = ['-y', 'pnpm@10.34.9'];

/** Runs a command in the repo root, inheriting stdio; exits the process on failure. */
export function run(cmd, args, opts = {}) {
  const r = spawnSync(cmd, args, { cwd: ROOT, stdio: 'inherit', ...opts, env: { ...process.env, ...opts.env } });
  if (r.status !== 0) {
    console.error(`\n✗ ${cmd} ${args.join(' ')} failed (exit ${r.status ?? r.signal})`);
    process.exit(r.status || 1);
  }
}

export function pnpm(args, opts) {
  run('npx', [...PNPM, ...args], opts);
}

/** Installs the workspace exactly as locked. */
export function install() {
  console.error('▸ installing dependencies (pnpm, from pnpm-lock.yaml)');
  pnpm(['install', '--frozen-lockfile', '--reporter=append-only']);
}

/** Builds the dashboard into apps/web/build. */
export function buildWeb() {
  console.error('▸ building the dashboard');
  pnpm(['--filter', '@cchc/web', 'build']);
}

/** Debian's chromium and a Vietnamese-capable font, for the browser and PDF tests. */
export function ensureSystemPackages() {
  const missing = [];
  if (!existsSync('/usr/bin/chromium')) missing.push('chromium');
  if (!existsSync('/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf')) missing.push('fonts-dejavu-core');
  if (missing.length === 0) return;
  if (process.getuid?.() !== 0) {
    console.error(`✗ missing Debian packages: ${missing.join(' ')} (run: sudo apt-get install -y ${missing.join(' ')})`);
    process.exit(1);
  }
  console.error(`▸ installing Debian packages: ${missing.join(' ')}`);
  run('apt-get', ['update', '-qq']);
  run('apt-get', ['install', '-y', '-qq', '--no-install-recommends', ...missing], { env: { DEBIAN_FRONTEND: 'noninteractive' } });
}
