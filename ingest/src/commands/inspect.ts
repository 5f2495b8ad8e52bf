// `cchc inspect FILE [--json]`: parses one file without touching any database and prints its model.

import { readFile } from 'node:fs/promises';
import type { IO } from '../io.ts';
import { isRejectError } from '../errors.ts';
import { parseDocument } from '../parse.ts';
import { toInspectJson } from '../inspect-json.ts';
import { parseArgs } from './args.ts';

export async function inspectCommand(argv: string[], io: IO): Promise<number> {
  const args = parseArgs(argv, []);
  const file = args.positional[0];
  if (!file) {
    io.err('usage: cchc inspect FILE [--json]');
    return 2;
  }
  let bytes: Uint8Array;
  try {
    bytes = await readFile(file);
  } catch {
    io.err(`cchc: ${file}: no such file`);
    return 1;
  }
  try {
    const model = toInspectJson(await parseDocument(bytes, file));
    if (args.flags.has('json')) io.out(JSON.stringify(model, null, 2));
    else {
      const d = model.document;
      io.out(`${file}: ${d.is_plan ? 'plan' : `not a plan (${d.reject_reason})`}`);
      for (const k of ['province_name', 'year_from', 'year_to', 'doc_number', 'decision_number', 'issue_date', 'issuer', 'issuer_level', 'signer_name', 'signer_title'] as const) {
        io.out(`  ${k}: ${d[k] ?? '—'}`);
      }
      io.out(`  sections: ${model.sections.length}, passages: ${model.passages.length}, annex rows: ${model.annex_rows.length}, codes: ${model.codes.length}, agency roles: ${model.agency_roles.length}`);
    }
    return 0;
  } catch (e) {
    if (isRejectError(e)) {
      io.err(`cchc: ${file}: rejected: ${e.reason}`);
      return 1;
    }
    throw e;
  }
}
