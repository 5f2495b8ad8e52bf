// An HTML tree as plan text: blocks become lines, an empty block a blank line, a data table one
// line per row with cells joined by tabs (the structure splitter's table rows), a layout table
// (the two-column header or signature block) its cells one after another.

import type { HtmlElement, HtmlNode } from './html-tree.ts';

/** Elements that never hold document text. */
export const NEVER_TEXT = new Set([
  'script', 'style', 'noscript', 'template', 'head', 'title', 'meta', 'link', 'nav', 'form', 'button', 'select',
  'option', 'iframe', 'svg', 'canvas', 'object', 'embed', 'map', 'menu', 'input', 'textarea', 'dialog', 'img',
]);

const BLOCK = new Set([
  'address', 'article', 'aside', 'blockquote', 'body', 'center', 'dd', 'div', 'dl', 'dt', 'fieldset', 'figcaption',
  'figure', 'footer', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hr', 'html', 'li', 'main', 'ol', 'p', 'pre',
  'section', 'ul', 'caption',
]);

const TABLE_PARTS = new Set(['thead', 'tbody', 'tfoot']);

export interface HtmlTextOptions {
  /**
   * Tabs inside a paragraph separate parts of a line (Word's "Số: 66/KH-UBND⇥Tiền Giang, ngày…"):
   * each part after words becomes its own line. Off for web pages, where tabs are indentation.
   */
  splitTabs?: boolean;
}

const TAB_MARK = '\u0001';

/** Collects lines; text is whitespace-collapsed as a browser shows it. */
class Lines {
  readonly lines: string[] = [];
  private cur = '';

  constructor(readonly opts: HtmlTextOptions = {}) {}

  text(s: string, pre: boolean): void {
    if (this.opts.splitTabs) s = s.replace(/\t/g, TAB_MARK);
    if (pre) {
      const parts = s.split('\n');
      parts.forEach((p, i) => {
        if (i > 0) this.newline();
        this.cur += p;
      });
    } else this.cur += s.replace(/[ \t\n\r\f\u00a0]+/g, ' '); // a no-break space is a space in plan text
  }

  newline(): void {
    let part = '';
    for (const seg of this.cur.split(TAB_MARK)) {
      part = part ? `${part} ${seg}` : seg;
      // A part ends at a tab once it holds a word: "1.⇥Mục đích" stays one line.
      if (/\p{L}{2}/u.test(part)) {
        this.push(part);
        part = '';
      }
    }
    this.push(part);
    this.cur = '';
  }

  private push(s: string): void {
    const t = s.replace(/[ \t]+/g, ' ').trim();
    if (t) this.lines.push(t);
  }

  blank(): void {
    this.newline();
    if (this.lines.length > 0 && this.lines[this.lines.length - 1] !== '') this.lines.push('');
  }

  /** Lines pushed so far plus what is pending, to tell whether a block wrote anything. */
  get mark(): number {
    return this.lines.length * 2 + (this.cur.trim() ? 1 : 0);
  }
}

export function textOf(node: HtmlNode): string {
  if (typeof node === 'string') return node;
  if (NEVER_TEXT.has(node.name)) return '';
  return node.children.map(textOf).join(node.name === 'br' ? '\n' : ' ');
}

/** Rows of a table, not of the tables nested in its cells. */
function rowsOf(table: HtmlElement): HtmlElement[] {
  const rows: HtmlElement[] = [];
  const walk = (e: HtmlElement) => {
    for (const c of e.children) {
      if (typeof c === 'string') continue;
      if (c.name === 'tr') rows.push(c);
      else if (TABLE_PARTS.has(c.name)) walk(c);
    }
  };
  walk(table);
  return rows;
}

const cellsOf = (tr: HtmlElement) => tr.children.filter((c): c is HtmlElement => typeof c !== 'string' && (c.name === 'td' || c.name === 'th'));
const span = (e: HtmlElement, a: string) => Math.min(50, Math.max(1, Number.parseInt(e.attrs[a] ?? '1', 10) || 1));

/**
 * A table of data (the annex) rather than of layout: rows of three cells or more, or a numbered
 * first column ("TT", "STT").
 */
export function isDataTable(table: HtmlElement): boolean {
  const rows = rowsOf(table);
  const wide = rows.filter((r) => cellsOf(r).length >= 3).length;
  const first = rows[0] ? cellsOf(rows[0])[0] : undefined;
  const numbered = !!first && /^\s*(S\s*TT|TT|Số\s*TT)\s*$/iu.test(textOf(first));
  return wide >= 2 || (rows.length >= 2 && numbered);
}

/** One cell's text on one line. */
function cellText(cell: HtmlElement): string {
  const out = new Lines();
  renderChildren(cell, out, false);
  out.newline();
  return out.lines.filter((l) => l !== '').join(' ').replace(/\t/g, ' ');
}

function renderDataTable(table: HtmlElement, out: Lines): void {
  out.newline();
  // Cells still covered by a rowspan from above, per column index.
  let carry: number[] = [];
  for (const tr of rowsOf(table)) {
    const cells: string[] = [];
    const next: number[] = [];
    let col = 0;
    const fillCarried = () => {
      while ((carry[col] ?? 0) > 0) {
        next[col] = carry[col]! - 1;
        cells.push('');
        col++;
      }
    };
    for (const td of cellsOf(tr)) {
      fillCarried();
      const rs = span(td, 'rowspan');
      const cs = span(td, 'colspan');
      cells.push(cellText(td));
      for (let k = 0; k < cs; k++) {
        if (k > 0) cells.push('');
        if (rs > 1) next[col] = rs - 1;
        col++;
      }
    }
    fillCarried();
    carry = next;
    if (cells.some((c) => c.trim() !== '')) out.lines.push(cells.join('\t'));
  }
  out.blank();
}

function renderLayoutTable(table: HtmlElement, out: Lines, pre: boolean): void {
  out.blank();
  for (const tr of rowsOf(table)) {
    for (const td of cellsOf(tr)) {
      renderChildren(td, out, pre);
      out.blank();
    }
  }
}

function render(node: HtmlNode, out: Lines, pre: boolean): void {
  if (typeof node === 'string') {
    out.text(node, pre);
    return;
  }
  const name = node.name;
  if (NEVER_TEXT.has(name)) return;
  if (name === 'br') return out.newline();
  if (name === 'table') return isDataTable(node) ? renderDataTable(node, out) : renderLayoutTable(node, out, pre);
  if (name === 'td' || name === 'th' || name === 'tr') {
    // Cells outside any table (broken markup): their text, one after another.
    renderChildren(node, out, pre);
    if (name !== 'tr') out.text(' ', pre);
    else out.newline();
    return;
  }
  if (!BLOCK.has(name)) return renderChildren(node, out, pre);
  out.newline();
  const before = out.mark;
  if (name === 'li') {
    const text = textOf(node).trim();
    if (!text) return;
    if (!/^[-+•*–]/.test(text)) out.text('- ', false);
  }
  renderChildren(node, out, pre || name === 'pre');
  // An empty paragraph is a blank line: Word and web editors space a document with them.
  if (out.mark === before) out.blank();
  else out.newline();
  if (name === 'hr') out.blank();
}

function renderChildren(node: HtmlElement, out: Lines, pre: boolean): void {
  for (const c of node.children) render(c, out, pre);
}

/** The text of an element, as lines joined by newlines. */
export function htmlToText(node: HtmlElement, opts: HtmlTextOptions = {}): string {
  const out = new Lines(opts);
  render(node, out, false);
  out.newline();
  while (out.lines[out.lines.length - 1] === '') out.lines.pop();
  return out.lines.join('\n');
}
