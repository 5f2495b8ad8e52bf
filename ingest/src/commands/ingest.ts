// `cchc ingest [paths…] --db FILE [--report] [--json]`: reads every plan, loads what is new,
// records what is refused. Paths are checked before the database is opened, so a missing path
// or an empty file changes nothing.

import { readFile, readdir, stat } from 'node:fs/promises';
import { extname, join, resolve } from 'node:path';
import type { IO } from '../io.ts';
import { ingestFiles, type FileOutcome } from '../ingest-files.ts';
import { rebuildDatabase } from '../rebuild.ts';
import { ingestRemote, isLockError } from '../remote-ingest.ts';
import { parseArgs } from './args.ts';

export const SUPPORTED = new Set(['.txt', '.md', '.docx', '.pdf', '.html', '.htm']);
export const DEFAULT_DB = 'data/cchc.duckdb';

/** Expands directories (recursively) into supported files, sorted; reports bad paths. */
export async function collectFiles(paths: string[]): Promise<{ files: string[]; errors: string[] }> {
  const files: string[] = [];
  const errors: string[] = [];
  const walk = async (p: string, explicit: boolean): Promise<void> => {
    let st;
    try {
      st = await stat(p);
    } catch {
      errors.push(`${p}: no such file or directory`);
      return;
    }
    if (st.isDirectory()) {
      for (const name of (await readdir(p)).sort()) {
        if (!name.startsWith('.')) await walk(join(p, name), false);
      }
    } else if (explicit || SUPPORTED.has(extname(p).toLowerCase())) {
      if (st.size === 0) errors.push(`${p}: empty file`);
      else if (st.size < 256 && (await readFile(p, 'utf8')).trim() === '') errors.push(`${p}: empty file (only whitespace)`);
      else files.push(p);
    }
  };
  for (const p of paths) await walk(p, true);
  return { files, errors };
}

function summary(outcomes: FileOutcome[]): string {
  const n = (s: FileOutcome['status']) => outcomes.filter((o) => o.status === s).length;
  return `${outcomes.length} file(s): ${n('ingested')} ingested, ${n('duplicate')} already loaded, ${n('recoded')} coded again (codebook changed), ${n('rejected')} rejected`;
}

export async function ingestCommand(argv: string[], io: IO): Promise<number> {
  let args;
  try {
    args = parseArgs(argv, ['db']);
  } catch (e) {
    io.err(`cchc: ${(e as Error).message}`);
    return 2;
  }
  const db = resolve(args.values.get('db') ?? process.env.CCHC_DB ?? DEFAULT_DB);
  const rebuild = args.flags.has('rebuild');
  const paths = args.positional.length || rebuild ? args.positional : ['data/plans'];
  const { files, errors } = await collectFiles(paths);
  if (errors.length) {
    for (const e of errors) io.err(`cchc: ${e}`);
    io.err('cchc: nothing was loaded; the database was not touched');
    return 1;
  }
  if (files.length === 0 && !rebuild) {
    io.err(`cchc: no plan files (${[...SUPPORTED].join(', ')}) under ${paths.join(', ')}`);
    return 1;
  }
  const progress = (i: number, total: number, o: FileOutcome) => {
    const line = `[${i}/${total}] ${o.status.padEnd(9)} ${o.file}${o.reason ? ` — ${o.reason}` : ''}`;
    if (io.isTTY && o.status !== 'rejected') process.stderr.write(`\r\x1b[K${line}`);
    else if (total > 1 || o.status === 'rejected') io.err(line);
  };
  let outcomes: FileOutcome[];
  try {
    outcomes = rebuild
      ? await rebuildDatabase(db, files, { progress, now: () => new Date() })
      : await ingestFiles(files, db, { progress, now: () => new Date() });
  } catch (e) {
    if (!isLockError(e)) throw e;
    const server = process.env.CCHC_SERVER ?? 'http://127.0.0.1:8787';
    const token = process.env.CCHC_TOKEN;
    if (rebuild || !token) {
      io.err(`cchc: ${db} is held by a running server; ${rebuild ? 'stop it to rebuild' : `set CCHC_TOKEN (the server's token) to ingest through it at ${server}, or stop the server`}`);
      return 1;
    }
    io.err(`cchc: ${db} is held by a running server; sending the files to ${server}`);
    try {
      outcomes = await ingestRemote(files, server, token, progress);
    } catch (err) {
      io.err(`cchc: ${(err as Error).message}`);
      return 1;
    }
  }
  if (io.isTTY) process.stderr.write('\n');
  if (args.flags.has('json')) io.out(JSON.stringify({ database: db, files: outcomes }, null, 2));
  else if (args.flags.has('report')) {
    for (const o of outcomes) {
      io.out(`${o.file}: ${o.status}${o.id ? ` (${o.id})` : ''}${o.reason ? ` — ${o.reason}` : ''}`);
      if (o.found) io.out(`  found: ${o.found.join(', ')}`);
      if (o.missing?.length) io.out(`  missing: ${o.missing.join(', ')}`);
      for (const w of o.warnings ?? []) io.out(`  warning: ${w}`);
    }
  }
  io.err(`cchc: ${summary(outcomes)} → ${db}`);
  return 0;
}
