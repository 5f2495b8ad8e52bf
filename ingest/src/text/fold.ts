// Folding for diacritic- and case-insensitive comparison: lower case, no tone or vowel marks,
// đ → d, whitespace collapsed. DuckDB's strip_accents keeps đ, so we fold ourselves.

/** Folds one string: `Đài Phát thanh` → `dai phat thanh`. Length may change; see `foldWithMap` for offsets. */
export function fold(s: string): string {
  return s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * Folds character by character, keeping the length (one folded char per UTF-16 unit of NFC input),
 * so an index in the result is the same index in the input.
 */
export function foldSameLength(s: string): string {
  let out = '';
  for (const ch of s) {
    const base = ch.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[đĐ]/g, 'd').toLowerCase();
    const one = base.length === ch.length ? base : base.charAt(0).padEnd(ch.length, ' ');
    out += /\s/.test(one) ? ' '.repeat(ch.length) : one;
  }
  return out;
}
