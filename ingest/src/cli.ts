// The `cchc` command line: ingest, inspect, explain.

import type { IO } from './io.ts';

const USAGE = `usage:
  cchc ingest [paths…] [--db data/cchc.duckdb] [--report] [--json] [--rebuild]
  cchc inspect FILE [--json]
  cchc explain <document> <category-or-agency-id> [--db data/cchc.duckdb]`;

/** Runs one command; returns the exit code. */
export async function main(argv: string[], io: IO): Promise<number> {
  const [cmd, ...rest] = argv;
  switch (cmd) {
    case 'ingest':
      return (await import('./commands/ingest.ts')).ingestCommand(rest, io);
    case 'inspect':
      return (await import('./commands/inspect.ts')).inspectCommand(rest, io);
    case 'explain':
      return (await import('./commands/explain.ts')).explain(rest, io);
    case undefined:
    case '-h':
    case '--help':
      io.out(USAGE);
      return cmd === undefined ? 2 : 0;
    default:
      io.err(`cchc: unknown command "${cmd}"\n${USAGE}`);
      return 2;
  }
}
