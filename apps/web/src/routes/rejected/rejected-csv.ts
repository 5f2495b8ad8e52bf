// The "Tải CSV" export of the refused files: UTF-8 with a BOM (so Excel reads Vietnamese), and
// cells that a spreadsheet would run as a formula defused with a leading apostrophe.

import { formatDateTime, rejectCodeLabel, type RejectedFile } from './rejected';

/** One CSV cell: formula-looking text prefixed with `'`, quoted when it holds `,` `"` or a line break. */
export function csvCell(v: string | number): string {
  let s = String(v);
  if (typeof v === 'string' && /^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return /[",\r\n]/.test(s) ? `"${s.replaceAll('"', '""')}"` : s;
}

export const CSV_HEADER = ['Tên tệp', 'Lý do', 'Mã', 'Loại', 'Kích thước (byte)', 'Thời điểm (giờ Việt Nam)', 'Mã nội dung'];

/** The table as CSV text, BOM first, CRLF line ends (RFC 4180). */
export function rejectedCsv(rows: readonly RejectedFile[]): string {
  const lines = [CSV_HEADER, ...rows.map((r) => [r.source_name, r.reason, r.code, rejectCodeLabel(r.code), r.source_bytes, formatDateTime(r.rejected_at), r.id])];
  return '\uFEFF' + lines.map((cells) => cells.map(csvCell).join(',')).join('\r\n') + '\r\n';
}

/** `tep-bi-tu-choi-2026-01-01.csv`, dated in Vietnam's time zone. */
export function csvFileName(now: Date): string {
  const d = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Ho_Chi_Minh', year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);
  return `tep-bi-tu-choi-${d}.csv`;
}
