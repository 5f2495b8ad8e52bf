// A small argument parser for the CLI: positionals, `--flag`, `--key value`.

export interface ParsedArgs {
  positional: string[];
  flags: Set<string>;
  values: Map<string, string>;
}

/** Splits argv; `valued` names options that take a value. */
export function parseArgs(argv: string[], valued: string[]): ParsedArgs {
  const out: ParsedArgs = { positional: [], flags: new Set(), values: new Map() };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a.startsWith('--')) {
      const [k, inline] = a.slice(2).split('=', 2) as [string, string | undefined];
      if (valued.includes(k)) {
        const v = inline ?? argv[++i];
        if (v === undefined) throw new Error(`option --${k} needs a value`);
        out.values.set(k, v);
      } else out.flags.add(k);
    } else out.positional.push(a);
  }
  return out;
}
