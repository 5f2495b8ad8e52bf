// Document numbers and symbols: "66/KH-UBND", "49 /QĐ-UBND", "/KH-SLĐTBXH" (number left blank).

export interface DocNumber {
  /** Number and symbol as one string, spaces removed: `285/KH-UBND`, `/KH-SLĐTBXH`. */
  full: string;
  number: string | null;
  symbol: string;
  index: number;
  length: number;
}

const NUMBER = /(\d{1,5})?\s*\/\s*((?:KH|QĐ|QD|CV|TB|BC|CT|NQ)(?:[-–][A-ZĐ0-9&]+)+)/u;

/** The first `number/SYMBOL` in `s`, with a blank number allowed. */
export function parseDocNumber(s: string): DocNumber | null {
  const m = NUMBER.exec(s);
  if (!m) return null;
  const number = m[1] ?? null;
  const symbol = m[2]!.replace(/–/g, '-').replace(/^QD-/, 'QĐ-');
  return { full: `${number ?? ''}/${symbol}`, number, symbol, index: m.index, length: m[0].length };
}
