// The plan as a list of blocks (header lines, headings, paragraphs, table rows) before it is
// rendered in one of the text styles, and the writer that collects blocks and their tags.

export type Block =
  /** Lines kept as they are (header, signature, recipients); `gap` blank lines before, in paragraph style. */
  | { kind: 'lines'; lines: string[]; group?: 'header' | 'sign' | 'recipients' | 'title' }
  /** A heading or paragraph (a bullet includes its marker); `lint: false` for text whose words are not codes. */
  | { kind: 'para'; text: string; tags: readonly string[]; heading?: boolean; lint?: boolean }
  | { kind: 'table'; header: string[]; rows: Array<{ cells: string[]; tags: readonly string[] }> };

/** Collects the blocks of one plan and the union of their tags. */
export class Writer {
  readonly blocks: Block[] = [];
  readonly tags = new Set<string>();

  lines(lines: string[], group?: 'header' | 'sign' | 'recipients' | 'title'): void {
    this.blocks.push({ kind: 'lines', lines, ...(group ? { group } : {}) });
  }

  heading(text: string, tags: readonly string[] = []): void {
    this.para(text, tags, true);
  }

  para(text: string, tags: readonly string[] = [], heading = false, lint = true): void {
    this.blocks.push({ kind: 'para', text, tags, ...(heading ? { heading } : {}), ...(lint ? {} : { lint }) });
    for (const t of tags) this.tags.add(t);
  }

  table(header: string[], rows: Array<{ cells: string[]; tags: readonly string[] }>): void {
    this.blocks.push({ kind: 'table', header, rows });
    for (const r of rows) for (const t of r.tags) this.tags.add(t);
  }
}

const ROMAN = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X', 'XI', 'XII'];
const LETTERS = ['a', 'b', 'c', 'd', 'đ', 'e', 'g', 'h', 'i', 'k', 'l', 'm', 'n', 'o', 'p', 'q', 'r', 's', 't', 'u'];

/** "I", "II"… for section numbers. */
export const roman = (i: number): string => ROMAN[i] ?? String(i + 1);

/** "a", "b", "c", "d", "đ", "e", "g"… (Vietnamese order, no f/j). */
export const letter = (i: number): string => LETTERS[i] ?? `${LETTERS[i % LETTERS.length]}${Math.floor(i / LETTERS.length)}`;

/** The bullet marker for item `i` in a list style. */
export function marker(style: 'dash' | 'letter' | 'number' | 'plus', i: number): string {
  if (style === 'dash') return '- ';
  if (style === 'plus') return '+ ';
  if (style === 'letter') return `${letter(i)}) `;
  return `${i + 1}. `;
}

/** Upper-cases the first letter. */
export const capitalize = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);
