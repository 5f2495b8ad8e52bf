// Annex task tables into rows (number, form, content, time, lead and coordinating agencies),
// whatever the column order: columns are recognised by their header words.

import type { AnnexRow, Passage } from '../model.ts';
import { fold } from '../text/fold.ts';
import { CELL_SEPARATOR } from '../text/lines.ts';

type Column = 'row_no' | 'form' | 'content' | 'time' | 'lead_text' | 'coordinate_text' | 'other';

const HEADER_CUES: Array<[Column, RegExp]> = [
  ['row_no', /^(s?tt|so tt)$/],
  ['lead_text', /chu tri/],
  ['coordinate_text', /phoi hop/],
  ['time', /thoi gian|tien do|thoi han/],
  ['form', /hinh thuc/],
  ['content', /noi dung|nhiem vu|hoat dong/],
];

/** Default layout when a table has no header row (the most common one in the corpus). */
const DEFAULT: Column[] = ['row_no', 'form', 'content', 'time', 'lead_text', 'coordinate_text'];

function columnsOf(header: string[]): Column[] {
  return header.map((h) => HEADER_CUES.find(([, re]) => re.test(fold(h)))?.[0] ?? 'other');
}

/** Rows of every annex table, in order; agency ids (`lead`, `coordinate`) are filled by the coder. */
export function extractAnnexRows(passages: Passage[]): AnnexRow[] {
  const rows: AnnexRow[] = [];
  let cols: Column[] = DEFAULT;
  for (const p of passages) {
    if (p.block === 'table_header') cols = columnsOf(p.text.split(CELL_SEPARATOR));
    if (p.block !== 'table_row' || p.kind !== 'annex') continue;
    const cells = p.text.split(CELL_SEPARATOR);
    const row: AnnexRow = {
      passageSeq: p.seq, row_no: '', form: null, content: null, time: null,
      lead_text: null, coordinate_text: null, lead: [], coordinate: [],
    };
    cells.forEach((c, i) => {
      const col = cols[i];
      const v = c.trim() || null;
      if (!col || col === 'other' || v === null) return;
      if (col === 'row_no') row.row_no = v;
      else row[col] = v;
    });
    rows.push(row);
  }
  return rows;
}
