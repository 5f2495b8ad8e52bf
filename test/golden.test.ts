// Golden files: each sample plan's document facts, section tree and annex rows, as a person
// reads them. A missing expected file is written for review locally, and is an error under CI.

import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../ingest/src/parse.ts';
import { PLAN_FILES, ROOT } from './helpers/corpus.ts';

const OUT = join(ROOT, 'test/golden/output');

async function summarize(file: string) {
  const doc = await parseDocument(readFileSync(file), file);
  const { provenance, ...facts } = doc.document;
  return {
    document: facts,
    provenance: Object.fromEntries(Object.entries(provenance).map(([k, v]) => [k, v.source])),
    sections: doc.sections.map((s) => `${s.path} [${s.kind}] ${s.heading}`),
    annex_rows: doc.annex_rows.map((r) => ({ row_no: r.row_no, form: r.form, time: r.time, lead_text: r.lead_text, coordinate_text: r.coordinate_text, lead: r.lead, coordinate: r.coordinate })),
  };
}

describe('golden parse of the sample plans', () => {
  for (const file of PLAN_FILES) {
    it(`reads ${basename(file)} as a person does`, async () => {
      const actual = await summarize(file);
      const expectedPath = join(OUT, basename(file).replace(/\.\w+$/, '.json'));
      if (!existsSync(expectedPath)) {
        if (process.env.CI) throw new Error(`missing golden file ${expectedPath}`);
        writeFileSync(expectedPath, JSON.stringify(actual, null, 2) + '\n');
        console.warn(`wrote ${expectedPath}: review it`);
      }
      expect(actual).toEqual(JSON.parse(readFileSync(expectedPath, 'utf8')));
    });
  }
});
