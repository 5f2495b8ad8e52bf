// CSV per RFC 4180 (CRLF, quoted when needed), UTF-8 with a BOM so Excel reads Vietnamese, and
// cells a spreadsheet would run as a formula neutralised with a leading apostrophe.

export const BOM = '\uFEFF';

/** Text of one value: lists joined with '; ', objects as JSON, null as empty. */
export function cellText(v: unknown): string {
  if (v === null || v === undefined) return '';
  if (Array.isArray(v)) return v.map((x) => (x !== null && typeof x === 'object' ? JSON.stringify(x) : String(x ?? ''))).join('; ');
  if (typeof v === 'object') return JSON.stringify(v);
  return String(v);
}

/** One CSV field: formula-looking text gets a leading "'", then RFC 4180 quoting. */
export function csvField(v: unknown): string {
  let s = cellText(v);
  // = + - @ start formulas in Excel/LibreOffice/Sheets; tab and CR can hide one. Numbers are typed
  // values (a negative change), not text, and stay as they are.
  if (typeof v !== 'number' && /^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** One CSV record with its CRLF. */
export function csvLine(values: readonly unknown[]): string {
  return values.map(csvField).join(',') + '\r\n';
}

/** CSV as a web stream: BOM and header first, then one chunk per page, pulled as the client reads. */
export function csvStream(
  columns: ReadonlyArray<{ key: string; vi: string }>,
  headers: 'en' | 'vi',
  rows: AsyncIterable<ReadonlyArray<Record<string, unknown>>>,
  onError: (e: unknown) => void = () => {},
): ReadableStream<Uint8Array> {
  const enc = new TextEncoder();
  const it = rows[Symbol.asyncIterator]();
  let started = false;
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      if (!started) {
        started = true;
        controller.enqueue(enc.encode(BOM + csvLine(columns.map((c) => (headers === 'vi' ? c.vi : c.key)))));
        return;
      }
      try {
        const next = await it.next();
        if (next.done) controller.close();
        else controller.enqueue(enc.encode(next.value.map((r) => csvLine(columns.map((c) => r[c.key]))).join('')));
      } catch (e) {
        onError(e);
        controller.error(new Error('export failed'));
      }
    },
    async cancel() {
      await it.return?.(undefined);
    },
  });
}
