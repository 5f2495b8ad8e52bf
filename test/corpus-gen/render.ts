// Turns a plan's blocks into text in one of two styles seen in the sample plans: paragraphs
// separated by blank lines (with page-break splits and markdown emphasis), or a web scrape
// hard-wrapped at 60–90 characters with `|` cut lines. Tables are tab-separated in both, with
// some rows' cells wrapped onto a continuation line that starts with a tab.

import type { Block } from './document.ts';
import type { TextStyle } from './plan-spec.ts';
import type { Rng } from './prng.ts';

/** Wraps a paragraph at word boundaries; the first line is shorter, as scraped text often is. */
export function wrap(text: string, width: number, first: number): string {
  const words = text.split(' ');
  const lines: string[] = [];
  let line = '';
  let limit = first;
  for (const word of words) {
    if (line && line.length + 1 + word.length > limit) {
      lines.push(line);
      line = word;
      limit = width;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines.join('\n');
}

/** Splits at a "; " or ". " near the middle, as a page break does; never inside a clause. */
function pageBreak(text: string, rng: Rng): string {
  const mid = Math.floor(text.length * (0.3 + rng.next() * 0.4));
  const after = text.slice(mid).search(/[;.] /);
  if (after < 0) return text;
  const at = mid + after + 1;
  return `${text.slice(0, at)}\n\n${text.slice(at + 1)}`;
}

/** Splits a cell's text at a space into a head and a tail (the tail joins back with one space). */
function splitCell(cell: string, rng: Rng): [string, string] {
  const spaces: number[] = [];
  for (let i = 1; i < cell.length - 1; i++) if (cell[i] === ' ') spaces.push(i);
  if (cell.length < 16 || spaces.length === 0) return [cell, ''];
  const at = spaces[Math.floor(spaces.length * (0.3 + rng.next() * 0.5))]!;
  return [cell.slice(0, at), cell.slice(at + 1)];
}

function renderTable(b: Extract<Block, { kind: 'table' }>, rng: Rng): string {
  const out = [b.header.join('\t')];
  for (const row of b.rows) {
    if (rng.chance(0.2)) {
      // A row whose long cells continue on the next line, after an empty number cell.
      const parts = row.cells.map((c, i) => (i === 0 ? ([c, ''] as [string, string]) : splitCell(c, rng)));
      out.push(parts.map((p) => p[0]).join('\t'));
      out.push(`${rng.chance(0.5) ? '\n' : ''}${parts.map((p) => p[1]).join('\t')}`);
    } else out.push(row.cells.join('\t'));
  }
  return out.join('\n');
}

/** Renders the blocks of one plan. */
export function renderPlan(blocks: readonly Block[], style: TextStyle, rng: Rng): string {
  const italicQuotes = style === 'paragraph' && rng.chance(0.3);
  if (style === 'web') {
    const width = rng.int(60, 90);
    const out: string[] = [];
    for (const b of blocks) {
      if (b.kind === 'lines') out.push(b.lines.join('\n'));
      else if (b.kind === 'table') out.push(renderTable(b, rng));
      else out.push(wrap(b.text, width, width - rng.int(0, 25)));
    }
    return `${out.join('\n')}\n`;
  }
  const parts: string[] = [];
  for (const b of blocks) {
    if (b.kind === 'lines') {
      const gap = b.group === 'sign' && b.lines[0] !== '' ? '\n\n\n' : b.lines[0] === 'PHỤ LỤC' ? '\n\n\n' : '';
      parts.push(gap + b.lines.join('\n'));
    } else if (b.kind === 'table') parts.push(renderTable(b, rng));
    else {
      let t = b.text;
      if (italicQuotes) t = t.replace(/“([^”]{3,80})”/g, '“*$1*”');
      if (t.length > 400 && rng.chance(0.08)) t = pageBreak(t, rng);
      parts.push(t);
    }
  }
  return `${'\n'.repeat(rng.int(0, 2))}${parts.join('\n\n')}\n`;
}
