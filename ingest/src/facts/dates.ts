// Vietnamese date phrases: "ngày 06 tháng 3 năm 2024", "ngày  tháng 02 năm 2022", "30 /12 /2022".

const pad = (n: number) => String(n).padStart(2, '0');

function iso(day: number | null, month: number, year: number): string | null {
  if (month < 1 || month > 12 || year < 1900 || year > 2100) return null;
  if (day === null) return `${year}-${pad(month)}`;
  if (day < 1 || day > 31) return null;
  return `${year}-${pad(month)}-${pad(day)}`;
}

/** `ngày D tháng M năm Y` with a possibly blank day → `YYYY-MM-DD` or `YYYY-MM`. */
export function parseLongDate(s: string): { value: string; index: number; length: number } | null {
  const m = /ngày\s*(\d{1,2})?\s*tháng\s*(\d{1,2})\s*năm\s*(\d{4})/iu.exec(s);
  if (!m) return null;
  const v = iso(m[1] ? Number(m[1]) : null, Number(m[2]), Number(m[3]));
  return v ? { value: v, index: m.index, length: m[0].length } : null;
}

/** `D/M/YYYY` (spaces allowed around slashes) → `YYYY-MM-DD`. */
export function parseShortDate(s: string): { value: string; index: number; length: number } | null {
  const m = /(\d{1,2})\s*\/\s*(\d{1,2})\s*\/\s*(\d{4})/u.exec(s);
  if (!m) return null;
  const v = iso(Number(m[1]), Number(m[2]), Number(m[3]));
  return v ? { value: v, index: m.index, length: m[0].length } : null;
}

/** The first date of either form in `s`. */
export function parseAnyDate(s: string): { value: string; index: number; length: number } | null {
  const a = parseLongDate(s);
  const b = parseShortDate(s);
  if (a && b) return a.index <= b.index ? a : b;
  return a ?? b;
}
