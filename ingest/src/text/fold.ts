// Folding for diacritic- and case-insensitive comparison: lower case, no tone or vowel marks,
// đ → d, whitespace collapsed. DuckDB's strip_accents keeps đ, so we fold ourselves.

/**
 * Characters for which folding unit by unit gives what folding the whole string gives (Latin,
 * Vietnamese, general punctuation and spaces: no combining marks, no context-dependent case);
 * fold.test.ts checks every one of them.
 */
export const FOLD_UNIT_SAFE = /^[\x00-\u02ff\u1e00-\u1eff\u2000-\u206f\u20a0-\u20cf\u3000\ufeff]*$/;

/** Folds one string: `Đài Phát thanh` → `dai phat thanh`. Length may change; see `foldWithMap` for offsets. */
export function fold(s: string): string {
  // Hot path (every passage is stored folded): the table-driven same-length fold, then the spaces.
  if (FOLD_UNIT_SAFE.test(s)) return foldSameLength(s).replace(/\s+/g, ' ').trim();
  return foldWhole(s);
}

/** `fold` by its definition, for any string. */
export function foldWhole(s: string): string {
  return s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

/** Folded unit of each UTF-16 unit met so far (0: not yet computed; no unit folds to 0). */
const FOLDED = new Uint16Array(0x10000);

/** The folded UTF-16 unit for one non-ASCII unit (cached): base letter, lower case, đ → d. */
function foldUnit(code: number): number {
  let f = FOLDED[code]!;
  if (f === 0) {
    const ch = String.fromCharCode(code);
    const base = ch.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[đĐ]/g, 'd').toLowerCase();
    f = /\s/.test(ch) ? 32 : base.length === 1 ? base.charCodeAt(0) : base.length === 0 ? 32 : code;
    FOLDED[code] = f;
  }
  return f;
}

/**
 * Folds unit by unit, keeping the length (one folded UTF-16 unit per input unit), so an index in
 * the result is the same index in the (NFC) input. Hot path of the matcher: table-driven.
 */
export function foldSameLength(s: string): string {
  // The facts and the coder fold the same passage one after another: remember the last few.
  const hit = RECENT.get(s);
  if (hit !== undefined) return hit;
  const r = foldUnits(s);
  if (RECENT.size >= RECENT_MAX) RECENT.clear();
  RECENT.set(s, r);
  return r;
}

const RECENT = new Map<string, string>();
const RECENT_MAX = 1024;

function foldUnits(s: string): string {
  const out = new Uint16Array(s.length);
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 128) out[i] = c >= 65 && c <= 90 ? c + 32 : c === 9 || c === 10 || c === 13 ? 32 : c;
    else if (c >= 0xd800 && c <= 0xdfff) out[i] = c;
    else out[i] = foldUnit(c);
  }
  let r = '';
  for (let i = 0; i < out.length; i += 8192) r += String.fromCharCode.apply(null, out.subarray(i, i + 8192) as unknown as number[]);
  return r;
}
