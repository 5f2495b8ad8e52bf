// xlsx exports through exceljs's streaming writer: a data sheet written row by row as pages
// arrive, then a sheet recording the filters, the data version and the query time.

import { PassThrough, Readable } from 'node:stream';
import ExcelJS from 'exceljs';
import type { Row } from '../db.ts';
import type { Column } from './columns.ts';

export interface XlsxOptions {
  columns: Column[];
  headers: 'en' | 'vi';
  rows: AsyncIterable<Row[]>;
  /** Rows of the second sheet: [name, value]. */
  about: Array<[string, string]>;
  onError?: (e: unknown) => void;
}

const cell = (v: unknown): ExcelJS.CellValue => {
  if (v === null || v === undefined) return null;
  if (typeof v === 'number' || typeof v === 'boolean') return v;
  if (Array.isArray(v)) return v.map((x) => (x !== null && typeof x === 'object' ? JSON.stringify(x) : String(x))).join('; ');
  if (typeof v === 'object') return JSON.stringify(v);
  return String(v);
};

/** Resolves when `out` takes writes again, or is closed. */
function drained(out: PassThrough): Promise<void> {
  // 'close' may have been emitted already: a destroyed stream never drains
  if (out.destroyed || !out.writableNeedDrain) return Promise.resolve();
  return new Promise((resolve) => {
    const done = () => {
      out.off('drain', done).off('close', done);
      resolve();
    };
    out.on('drain', done).on('close', done);
  });
}

/** The workbook as a web stream; pages are pulled as the client reads. */
export function xlsxStream(opts: XlsxOptions): ReadableStream<Uint8Array> {
  const out = new PassThrough();
  const vi = opts.headers === 'vi';
  void (async () => {
    const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useStyles: false, useSharedStrings: false });
    const data = wb.addWorksheet(vi ? 'Dữ liệu' : 'data');
    data.addRow(opts.columns.map((c) => (vi ? c.vi : c.key))).commit();
    for await (const batch of opts.rows) {
      for (const r of batch) data.addRow(opts.columns.map((c) => cell(r[c.key]))).commit();
      // wait for the client when it reads slower than we write; 'close' when it goes away
      await drained(out);
      // leaving the loop ends the rows' iterator, which gives back its database connection
      if (out.destroyed) return;
    }
    data.commit();
    const about = wb.addWorksheet(vi ? 'Truy vấn' : 'query');
    about.addRow(vi ? ['Tham số', 'Giá trị'] : ['parameter', 'value']).commit();
    for (const [k, v] of opts.about) about.addRow([k, v]).commit();
    about.commit();
    await wb.commit();
  })().catch((e: unknown) => {
    opts.onError?.(e);
    out.destroy(e instanceof Error ? e : new Error(String(e)));
  });
  return Readable.toWeb(out) as ReadableStream<Uint8Array>;
}
