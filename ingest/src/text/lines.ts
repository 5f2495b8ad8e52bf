// Splits cleaned plan text into logical lines: wrapped lines re-joined, tab tables assembled into
// one line per row (cells joined by " | "), header cut lines (`|`, `----`) dropped.

import { stripEmphasis, stripHtml } from './clean.ts';

export interface LogicalLine {
  text: string;
  kind: 'text' | 'table_row' | 'table_header';
  /** Cells of a table row (already cleaned); empty for text lines. */
  cells: string[];
}

export const CELL_SEPARATOR = ' | ';

const BLOCK_START = /^(?:[-+•*–]\s|[a-zđ]\)\s|\d{1,2}(?:\.\d{1,2})*[.)]\s|[IVXLC]{1,6}\.\s|Điều \d|PHỤ LỤC|Phụ lục|Nơi nhận|KT\.|TM\.|Căn cứ|Số:|Trên đây|\((?:Ban hành )?[Kk]èm theo)/u;
const TERMINAL = /[.;:!?]["”)]?$|\/\.$/u;
const SEPARATOR = /^(?:\|+|[-_=*]{3,}|[-_=]{3,}\|?)$/;
const TABLE_HEADER = /^(?:S?TT|STT|Số TT)\t/iu;

function isAllCaps(s: string): boolean {
  const letters = s.replace(/[^\p{L}]/gu, '');
  return letters.length >= 2 && letters === letters.toUpperCase();
}

// Words that cannot end a sentence or a heading: a line ending in one was cut by wrapping.
const CONNECTORS = new Set(
  ('của và với theo tại về cho các những trong trên từ đến là do để bằng hiện số ngày giữa như gồm thuộc qua kèm ' +
    'hoặc cùng nhằm vào việc được bởi tới đối nhất mọi cả hợp hành thực tổ chức ban có cấp').split(' '),
);

function lastWord(s: string): string {
  const m = /([\p{L}\p{M}]+)\W*$/u.exec(s);
  return m?.[1] ?? '';
}

/**
 * Decides whether `next` continues `prev` (a line wrapped by a web scrape or a PDF). Across a
 * blank line (a page break in the source) only an unmistakable cut joins.
 */
export function continues(prev: string, next: string, afterBlank = false): boolean {
  if (afterBlank) {
    if (BLOCK_START.test(next) || isAllCaps(prev) || /[.:!?]["”)]?$/u.test(prev)) return false;
    if (/^\p{Ll}/u.test(next) || /\s-$/.test(prev)) return true;
    return !/;$/.test(prev) && (/,$/.test(prev) || CONNECTORS.has(lastWord(prev)));
  }
  // A dash followed by a lower-case word is a hyphen the wrap put at a line start.
  if (/^[-+]\s+\p{Ll}/u.test(next) && !TERMINAL.test(prev)) return true;
  if (BLOCK_START.test(next)) return false;
  if (/^\p{Ll}/u.test(next) && !/:$/.test(prev)) return true;
  if (TERMINAL.test(prev) && !/[^.]\.\.\.$/.test(prev)) return false;
  if (/^[\d(“"'/,&]/u.test(next)) return true;
  // An upper-case start continues only a capitalised name cut in two ("Đài" / "Phát thanh"),
  // or an all-caps heading cut in two; sentence case after an all-caps line is a new block.
  if (isAllCaps(prev)) return isAllCaps(next);
  const w = lastWord(prev);
  if (/,$/.test(prev) || CONNECTORS.has(w)) return true;
  return w.length > 0 && /^\p{Lu}/u.test(w) && !isAllCaps(next);
}

function cleanCell(c: string): string {
  return stripEmphasis(stripHtml(c)).replace(/\s+/g, ' ').trim();
}

/** Splits cleaned text into logical lines. */
export function toLogicalLines(cleaned: string): LogicalLine[] {
  const out: LogicalLine[] = [];
  let para: string | null = null;
  let table: string[][] | null = null;
  let blankSince = false;
  const flushPara = () => {
    if (para !== null && para.trim()) out.push({ text: para.trim(), kind: 'text', cells: [] });
    para = null;
  };
  const flushTable = () => {
    if (!table) return;
    table.forEach((cells, i) => {
      const clean = cells.map(cleanCell);
      while (clean.length > 1 && clean[clean.length - 1] === '') clean.pop();
      const kind = i === 0 && TABLE_HEADER.test(cells.join('\t') + '\t') ? 'table_header' : 'table_row';
      out.push({ text: clean.join(CELL_SEPARATOR), kind, cells: clean });
    });
    table = null;
  };
  for (const rawLine of cleaned.split('\n')) {
    const line = rawLine.replace(/[ ]+$/g, '');
    if (line.includes('\t') && line.replace(/\t/g, '').trim() !== '') {
      flushPara();
      const cells = line.split('\t');
      const isContinuation = table !== null && /^\t/.test(line) || (table !== null && !/^\s*\d+\s*$/.test(cells[0] ?? '') && !TABLE_HEADER.test(line));
      if (table && isContinuation) {
        const last = table[table.length - 1]!;
        cells.forEach((c, i) => {
          if (c.trim()) last[i] = last[i] ? `${last[i]} ${c}` : c;
        });
      } else {
        table ??= [];
        table.push(cells);
      }
      blankSince = false;
      continue;
    }
    const text = stripEmphasis(line.trim()).replace(/^-\s+\+\s+/, '+ ').replace(/[ \t]+/g, ' ');
    if (text === '') {
      blankSince = true;
      continue;
    }
    if (SEPARATOR.test(text)) {
      flushPara();
      flushTable();
      blankSince = true;
      continue;
    }
    if (table) flushTable();
    if (para !== null && continues(para, text, blankSince)) para += ` ${text}`;
    else {
      flushPara();
      para = text;
    }
    blankSince = false;
  }
  flushPara();
  flushTable();
  return out;
}
