// The stable JSON shape of `cchc inspect FILE --json` (documented in README.md): snake_case names,
// passages referenced by `passage` (their seq).

import type { ParsedDocument } from './model.ts';

/** Maps a parsed document to the documented inspect JSON. */
export function toInspectJson(doc: ParsedDocument) {
  const { provenance, ...document } = doc.document;
  const ref = <T extends { passageSeq: number }>(x: T) => {
    const { passageSeq, ...rest } = x;
    return { passage: passageSeq, ...rest };
  };
  return {
    id: doc.id,
    source_name: doc.sourceName,
    format: doc.format,
    encoding: doc.encoding,
    document: { ...document, provenance },
    sections: doc.sections,
    passages: doc.passages.map((p) => ({
      seq: p.seq, section_path: p.sectionPath, kind: p.kind, block: p.block, heading: p.heading, text: p.text, start: p.start, end: p.end,
    })),
    legal_refs: doc.legal_refs.map(ref),
    indices: doc.indices.map(ref),
    deadlines: doc.deadlines.map(ref),
    targets: doc.targets.map(ref),
    budget_sources: doc.budget_sources.map(ref),
    annex_rows: doc.annex_rows.map(ref),
    codes: doc.codes.map(ref),
    agency_roles: doc.agency_roles.map(ref),
    warnings: doc.warnings,
  };
}
