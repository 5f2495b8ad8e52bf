// One file in, one parsed document model out: read → clean → logical lines → structure → facts → codes.
// Never touches a database; `cchc inspect` prints exactly this.

import { createHash } from 'node:crypto';
import { basename } from 'node:path';
import { codebook } from './coding/codebook.ts';
import { codeDocument } from './coding/code-document.ts';
import { RejectError } from './errors.ts';
import { extractDocumentFacts } from './facts/document-facts.ts';
import { extractFacts } from './facts/extract-facts.ts';
import { notAPlanReason } from './facts/plan-check.ts';
import type { ParsedDocument } from './model.ts';
import { readSource } from './readers/index.ts';
import { extractAnnexRows } from './structure/annex-rows.ts';
import { splitStructure } from './structure/split.ts';
import { cleanCharacters } from './text/clean.ts';
import { toLogicalLines } from './text/lines.ts';

/** Content hash of the source bytes: the document's id, so the same file is never loaded twice. */
export function documentId(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex').slice(0, 16);
}

/** Parses already-decoded text (the readers' output). */
export function parseText(raw: string, meta: { id: string; sourceName: string; format: string; encoding: string; bytes: number }): ParsedDocument {
  const structure = splitStructure(toLogicalLines(cleanCharacters(raw)));
  if (structure.passages.length === 0) throw new RejectError('empty', `${meta.sourceName}: no text after normalization`);
  const facts = extractDocumentFacts(structure);
  const reason = notAPlanReason(facts.title, structure.titleSeq !== null, structure.text);
  const coded = codeDocument({ passages: structure.passages, sections: structure.sections, annex_rows: extractAnnexRows(structure.passages) }, codebook());
  const warnings: string[] = [];
  for (const f of ['province_code', 'year_from', 'doc_number', 'issue_date', 'issuer'] as const) {
    if (facts[f] === null) warnings.push(`${f} not found`);
  }
  return {
    ...meta,
    text: structure.text,
    document: { is_plan: reason === null, reject_reason: reason, ...facts },
    sections: structure.sections,
    passages: structure.passages,
    ...extractFacts(structure.passages),
    annex_rows: coded.annex_rows,
    codes: coded.codes,
    agency_roles: coded.agency_roles,
    warnings,
  };
}

/** Reads and parses one file's bytes; throws RejectError for a file that cannot be read. */
export async function parseDocument(bytes: Uint8Array, fileName: string): Promise<ParsedDocument> {
  const source = await readSource(bytes, fileName);
  return parseText(source.text, {
    id: documentId(bytes),
    sourceName: basename(fileName),
    format: source.format,
    encoding: source.encoding,
    bytes: bytes.byteLength,
  });
}
