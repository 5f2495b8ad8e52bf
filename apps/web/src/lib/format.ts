// Display formatting for Vietnamese readers: dates as dd/mm/yyyy, numbers with Vietnamese grouping.

const MISSING = '—';

/**
 * An ISO date as Vietnamese readers write it: `2024-01-11` → `11/01/2024`, `2022-02` → `02/2022`
 * (the plan left the day blank), `2022` → `2022`. Missing values give an em dash; anything else
 * is shown as it came.
 */
export function formatDate(iso: string | null | undefined): string {
  if (!iso) return MISSING;
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(iso.trim());
  if (!m) return iso;
  const [, y, mo, d] = m;
  if (d) return `${d}/${mo}/${y}`;
  if (mo) return `${mo}/${y}`;
  return y!;
}

const numberFormat = new Intl.NumberFormat('vi-VN');

/** A count with Vietnamese digit grouping (`1.234`). */
export function formatNumber(n: number): string {
  return numberFormat.format(n);
}

/** A plan's period: `2024`, or `2021–2025` when it spans several years. */
export function formatYears(from: number | null, to: number | null): string {
  if (from == null) return to == null ? MISSING : String(to);
  if (to == null || to === from) return String(from);
  return `${from}–${to}`;
}

/** A value or an em dash. */
export function orDash(v: string | number | null | undefined): string {
  return v == null || v === '' ? MISSING : String(v);
}

const dateTimeFormat = new Intl.DateTimeFormat('vi-VN', {
  timeZone: 'Asia/Ho_Chi_Minh',
  day: '2-digit',
  month: '2-digit',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
});

/** An ISO instant as Hanoi time, `dd/mm/yyyy hh:mm`; a dash when missing or unreadable. */
export function formatDateTime(iso: string | null | undefined): string {
  if (!iso) return MISSING;
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? MISSING : dateTimeFormat.format(d);
}

/** A measure's value for display: shares as percentages, counts as integers, change signed. */
export function formatValue(v: number | null | undefined, measure: string): string {
  if (v == null) return MISSING;
  if (measure === 'share') return `${(v * 100).toLocaleString('vi-VN', { maximumFractionDigits: 1 })}%`;
  if (measure === 'presence') return v > 0 ? '✓' : '·';
  if (measure === 'change') return v > 0 ? `+${formatNumber(v)}` : formatNumber(v);
  return formatNumber(v);
}
