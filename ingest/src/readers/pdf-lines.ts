// Lines of a PDF page rebuilt from its positioned text items: a baseline change starts a line,
// a wide gap separates cells. Runs of lines with three or more cells are tables (one line per
// row, cells joined by tabs, columns found from the white space between them); runs of
// two-part lines are a two-column layout (header, signature), read one column after the other.

export interface PdfTextItem {
  str: string;
  /** Left edge and baseline, PDF user space (origin bottom-left). */
  x: number;
  y: number;
  width: number;
  fontSize: number;
}

interface Segment {
  x0: number;
  x1: number;
  text: string;
}

interface Line {
  y: number;
  size: number;
  items: PdfTextItem[];
  segments: Segment[];
}

/** Join items closer than this (in font sizes) into one segment; wider gaps separate cells. */
const CELL_GAP = 0.9;

function join(a: string, b: string, gap: number, size: number): string {
  if (!a) return b;
  const spaced = /\s$/.test(a) || /^\s/.test(b);
  return spaced || gap < 0.15 * size ? a + b : `${a} ${b}`;
}

function segmentsOf(items: PdfTextItem[], size: number): Segment[] {
  const segs: Segment[] = [];
  for (const it of items) {
    const last = segs[segs.length - 1];
    const gap = last ? it.x - last.x1 : Infinity;
    if (last && gap <= CELL_GAP * size) {
      last.text = join(last.text, it.str, gap, size);
      last.x1 = Math.max(last.x1, it.x + it.width);
    } else segs.push({ x0: it.x, x1: it.x + it.width, text: it.str });
  }
  for (const s of segs) s.text = s.text.replace(/\s+/g, ' ').trim();
  return segs.filter((s) => s.text !== '');
}

/** Groups items into lines, top to bottom, items left to right. */
export function groupLines(items: PdfTextItem[]): Line[] {
  const visible = items.filter((i) => i.str.trim() !== '' && Number.isFinite(i.x) && Number.isFinite(i.y));
  visible.sort((a, b) => b.y - a.y || a.x - b.x);
  const lines: Line[] = [];
  for (const it of visible) {
    const size = it.fontSize > 0 ? it.fontSize : 10;
    const line = lines[lines.length - 1];
    if (line && Math.abs(line.y - it.y) <= 0.5 * Math.max(line.size, size)) {
      line.items.push(it);
      line.size = Math.max(line.size, size);
    } else lines.push({ y: it.y, size, items: [it], segments: [] });
  }
  for (const l of lines) {
    l.items.sort((a, b) => a.x - b.x);
    l.segments = segmentsOf(l.items, l.size);
  }
  return lines.filter((l) => l.segments.length > 0);
}

/** Column ranges: the x-intervals covered by the segments, merged where they overlap. */
function columnsOf(lines: Line[]): Array<[number, number]> {
  const spans = lines.flatMap((l) => l.segments.map((s): [number, number] => [s.x0, s.x1])).sort((a, b) => a[0] - b[0]);
  const cols: Array<[number, number]> = [];
  for (const [a, b] of spans) {
    const last = cols[cols.length - 1];
    if (last && a <= last[1] + 1) last[1] = Math.max(last[1], b);
    else cols.push([a, b]);
  }
  return cols;
}

function lastIndex<T>(xs: T[], f: (x: T) => boolean): number {
  for (let i = xs.length - 1; i >= 0; i--) if (f(xs[i]!)) return i;
  return -1;
}

/** Whether every segment of `line` starts in a column and ends before the next one starts. */
function fitsColumns(line: Line, cols: Array<[number, number]>): boolean {
  return line.segments.every((s) => {
    const k = lastIndex(cols, ([a]) => a <= s.x0 + 2);
    const next = cols[k + 1];
    return k >= 0 && (!next || s.x1 < next[0] - 1);
  });
}

/** Columns carried from one table block to the next (a row split by a page break or a wide gap). */
export interface TableState {
  cols: Array<[number, number]> | null;
}

/** Keeps the previous block's columns when the new ones each fall in a different one of them. */
function alignColumns(cols: Array<[number, number]>, prev: Array<[number, number]> | null): Array<[number, number]> {
  if (!prev) return cols;
  const overlaps = (c: [number, number], p: [number, number]) => c[0] <= p[1] && c[1] >= p[0];
  const mapped = cols.map((c) => prev.findIndex((p) => overlaps(c, p)));
  const oneEach = mapped.every((i, k) => i >= 0 && lastIndex(prev, (p) => overlaps(cols[k]!, p)) === i) && new Set(mapped).size === mapped.length;
  if (!oneEach) return cols;
  return prev.map((p, i) => {
    const c = cols[mapped.indexOf(i)];
    return c ? [Math.min(p[0], c[0]), Math.max(p[1], c[1])] : p;
  });
}

function tableRows(lines: Line[], state: TableState): string[] {
  const cols = alignColumns(columnsOf(lines), state.cols);
  state.cols = cols;
  return lines.map((l) => {
    const cells: string[] = cols.map(() => '');
    for (const it of l.items) {
      const mid = it.x + it.width / 2;
      let k = cols.findIndex(([a, b]) => mid >= a - 1 && mid <= b + 1);
      if (k < 0) k = cols.reduce((best, [a], i) => (Math.abs(a - mid) < Math.abs(cols[best]![0] - mid) ? i : best), 0);
      cells[k] = join(cells[k]!, it.str, 1, l.size);
    }
    return cells.map((c) => c.replace(/\s+/g, ' ').trim()).join('\t');
  });
}

/** Rebuilds one page's lines; a blank line marks a wide vertical gap. */
export function pageText(items: PdfTextItem[], state: TableState = { cols: null }): string[] {
  const lines = groupLines(items);
  const out: string[] = [];
  let prev: Line | null = null;
  const gapBefore = (l: Line) => {
    if (prev && prev.y - l.y > 1.9 * Math.max(prev.size, l.size) && out[out.length - 1] !== '') out.push('');
  };
  for (let i = 0; i < lines.length; ) {
    const line = lines[i]!;
    gapBefore(line);
    if (line.segments.length >= 3) {
      // A table: rows of three cells or more, and the wrapped cell lines between them.
      const block = [line];
      const rowLines = [line];
      let rowCols = columnsOf(rowLines);
      let j = i + 1;
      for (; j < lines.length; j++) {
        const l = lines[j]!;
        // Rows are spaced wider than lines; a gap of more than three lines ends the table.
        if (block[block.length - 1]!.y - l.y > 4 * l.size) break;
        if (l.segments.length >= 3) {
          rowLines.push(l);
          rowCols = columnsOf(rowLines);
        } else if (!fitsColumns(l, rowCols)) break;
        block.push(l);
      }
      out.push(...tableRows(block, state));
      prev = block[block.length - 1]!;
      i = j;
      continue;
    }
    if (line.segments.length === 2) {
      // A two-column layout: consecutive lines split at the same gutter.
      const gutter = (l: Line): [number, number] | null => (l.segments.length === 2 ? [l.segments[0]!.x1, l.segments[1]!.x0] : null);
      const block = [line];
      let [left, right] = gutter(line)!;
      let j = i + 1;
      for (; j < lines.length; j++) {
        const l = lines[j]!;
        if (block[block.length - 1]!.y - l.y > 2.2 * l.size || l.segments.length > 2) break;
        const g = gutter(l);
        if (g) {
          if (g[0] >= right || g[1] <= left) break;
          left = Math.max(left, g[0]);
          right = Math.min(right, g[1]);
        } else if (!(l.segments[0]!.x1 <= right || l.segments[0]!.x0 >= left)) break;
        block.push(l);
      }
      if (block.filter((l) => l.segments.length === 2).length >= 2 || right - left > 3 * line.size) {
        const split = (left + right) / 2;
        const side = (want: 'left' | 'right') =>
          block.flatMap((l) => l.segments.filter((s) => (s.x0 + s.x1) / 2 < split === (want === 'left')).map((s) => s.text));
        out.push(...side('left'), '', ...side('right'), '');
        prev = block[block.length - 1]!;
        i = j;
        continue;
      }
    }
    out.push(line.segments.map((s) => s.text).join(' '));
    prev = line;
    i++;
  }
  // Page numbers ("2", "- 2 -", "Trang 2") at the top or bottom of the page.
  const pageNo = /^(?:[-–\s]*\d{1,4}[-–\s]*|Trang\s+\d{1,4}(?:\s*\/\s*\d{1,4})?)$/iu;
  while (out.length && (out[0] === '' || pageNo.test(out[0]!))) out.shift();
  while (out.length && (out[out.length - 1] === '' || pageNo.test(out[out.length - 1]!))) out.pop();
  return out;
}
