// Decoding a text file's bytes: byte-order marks, UTF-16 without one, UTF-8, and the legacy
// Vietnamese encodings (Windows-1258, TCVN3, VNI), chosen by how Vietnamese each decoding reads.

import iconv from 'iconv-lite';
import { RejectError } from '../errors.ts';
import { decodeTcvn3 } from './tcvn3.ts';
import { looksVietnamese, rank, scoreVietnamese, type VietnameseScore } from './vietnamese-score.ts';
import { decodeVni } from './vni.ts';
import { decodeWindows1258 } from './windows-1258.ts';

export type TextEncoding = 'utf-8' | 'utf-8-bom' | 'utf-16le' | 'utf-16be' | 'windows-1258' | 'tcvn3' | 'vni' | (string & {});

export interface DecodedText {
  text: string;
  encoding: TextEncoding;
  /** How the encoding was chosen, when it was not plain UTF-8. */
  detail?: string;
}

const LEGACY_NAMES: Record<string, string> = { 'windows-1258': 'Windows-1258', tcvn3: 'TCVN3 (ABC)', vni: 'VNI Windows' };

const startsWith = (b: Uint8Array, sig: number[]) => sig.every((v, i) => b[i] === v);

const LEGACY: Array<[TextEncoding, (b: Uint8Array) => string]> = [
  ['windows-1258', decodeWindows1258],
  ['tcvn3', decodeTcvn3],
  ['vni', decodeVni],
];

/** 'utf-16le' / 'utf-16be' when the NUL bytes fall on one side of the pairs, as in mostly-ASCII UTF-16. */
export function sniffUtf16(b: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const n = Math.min(b.length, 8192) & ~1;
  if (n < 4) return null;
  let evenNul = 0;
  let oddNul = 0;
  for (let i = 0; i < n; i += 2) {
    if (b[i] === 0) evenNul++;
    if (b[i + 1] === 0) oddNul++;
  }
  const pairs = n / 2;
  if (oddNul > pairs * 0.3 && evenNul < pairs * 0.02) return 'utf-16le';
  if (evenNul > pairs * 0.3 && oddNul < pairs * 0.02) return 'utf-16be';
  return null;
}

/** Share of control bytes (NUL and C0 controls other than tab, newlines, form feed, escape). */
function controlShare(b: Uint8Array): number {
  const n = Math.min(b.length, 65536);
  let c = 0;
  for (let i = 0; i < n; i++) {
    const x = b[i]!;
    if (x < 9 || (x > 13 && x < 32 && x !== 27) || x === 0x7f) c++;
  }
  return n === 0 ? 0 : c / n;
}

/** Counts well-formed multi-byte UTF-8 sequences and bytes that fit no sequence. */
function utf8Census(b: Uint8Array): { multi: number; bad: number } {
  let multi = 0;
  let bad = 0;
  for (let i = 0; i < b.length; ) {
    const x = b[i]!;
    const len = x < 0x80 ? 1 : x >= 0xc2 && x <= 0xdf ? 2 : x >= 0xe0 && x <= 0xef ? 3 : x >= 0xf0 && x <= 0xf4 ? 4 : 0;
    if (len === 1) {
      i++;
      continue;
    }
    let ok = len > 0 && i + len <= b.length;
    for (let k = 1; ok && k < len; k++) ok = (b[i + k]! & 0xc0) === 0x80;
    if (ok) {
      multi++;
      i += len;
    } else {
      bad++;
      i++;
    }
  }
  return { multi, bad };
}

function decodeUtf16(b: Uint8Array, enc: 'utf-16le' | 'utf-16be', bom: boolean): DecodedText {
  const start = bom ? 2 : 0;
  const text = new TextDecoder(enc).decode(b.subarray(start, start + ((b.length - start) & ~1)));
  const head = text.slice(0, 65536);
  const control = head.match(/[\u0000-\u0008\u000E-\u001A\u001C-\u001F\u007F]/g)?.length ?? 0;
  if (control > head.length * 0.01) {
    throw new RejectError('binary', `binary content (control characters in what looked like ${enc.toUpperCase()}): not a text file`);
  }
  return { text, encoding: enc, detail: bom ? undefined : `${enc.toUpperCase()} without byte-order mark (NUL-byte pattern)` };
}

function pct(x: number): string {
  return `${Math.round(x * 100)}%`;
}

/** Ranks the legacy decodings; returns the best with its score. */
export function bestLegacy(
  b: Uint8Array,
  extra: Array<[TextEncoding, (b: Uint8Array) => string]> = [],
  only?: TextEncoding[],
): { encoding: TextEncoding; text: string; score: VietnameseScore } {
  // Candidates are judged on the first 64 KB; only the winner decodes the whole file.
  const sample = b.subarray(0, 65536);
  let best: { encoding: TextEncoding; decode: (b: Uint8Array) => string; text: string; score: VietnameseScore } | null = null;
  for (const [encoding, decode] of [...extra, ...LEGACY.filter(([e]) => !only || only.includes(e))]) {
    const text = decode(sample);
    const score = scoreVietnamese(text);
    if (!best || rank(score) > rank(best.score)) best = { encoding, decode, text, score };
  }
  const { encoding, decode, text, score } = best!;
  return { encoding, score, text: b.length > sample.length ? decode(b) : text };
}

function legacyReason(best: { encoding: TextEncoding; score: VietnameseScore }): string {
  const name = LEGACY_NAMES[best.encoding] ?? best.encoding;
  if (best.score.syllables >= 0.5 && best.score.marked >= 0.05) {
    return `not UTF-8; looks like ${name} Vietnamese but could not be decoded confidently (${pct(best.score.syllables)} of words are Vietnamese syllables)`;
  }
  return `not Vietnamese text: not UTF-8, and no Vietnamese legacy encoding (Windows-1258, TCVN3, VNI) gives Vietnamese words (best: ${name}, ${pct(best.score.syllables)} of words)`;
}

/**
 * Decodes text bytes; throws RejectError `binary` for binary content and `encoding` when no
 * encoding gives convincing Vietnamese.
 */
export function decodeText(b: Uint8Array): DecodedText {
  if (startsWith(b, [0xef, 0xbb, 0xbf])) {
    return { text: new TextDecoder('utf-8').decode(b.subarray(3)), encoding: 'utf-8-bom' };
  }
  if (startsWith(b, [0xff, 0xfe])) return decodeUtf16(b, 'utf-16le', true);
  if (startsWith(b, [0xfe, 0xff])) return decodeUtf16(b, 'utf-16be', true);
  const utf16 = sniffUtf16(b);
  if (utf16) return decodeUtf16(b, utf16, false);
  const control = controlShare(b);
  if (control > 0.01) throw new RejectError('binary', `binary content (control bytes, ${pct(control)} of the start): not a text file`);
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(b), encoding: 'utf-8' };
  } catch {
    // not strict UTF-8: a damaged UTF-8 file or a legacy encoding
  }
  const { multi, bad } = utf8Census(b);
  if (multi >= 20 && bad * 20 <= multi) {
    return { text: new TextDecoder('utf-8').decode(b), encoding: 'utf-8', detail: `${bad} invalid UTF-8 byte(s) replaced` };
  }
  const best = bestLegacy(b);
  if (!looksVietnamese(best.score)) throw new RejectError('encoding', legacyReason(best));
  return {
    text: best.text,
    encoding: best.encoding,
    detail: `${LEGACY_NAMES[best.encoding]}: ${pct(best.score.syllables)} of words are Vietnamese syllables`,
  };
}

/**
 * Text typed in a TCVN3 or VNI font inside a Word file, PDF or web page comes out as Latin-1
 * look-alikes ("KÕ ho¹ch"); when the text does not read as Vietnamese but its Windows-1252
 * bytes do in a legacy encoding, returns that decoding.
 */
export function repairLegacyFontText(text: string): { text: string; encoding: TextEncoding } | null {
  const sample = text.slice(0, 60_000);
  if (looksVietnamese(scoreVietnamese(sample)) || !/[\u00a0-\u00ff]/.test(sample)) return null;
  // Characters the code page lacks become "?", as they would have in the font.
  const best = bestLegacy(new Uint8Array(iconv.encode(text, 'windows-1252')), [], ['tcvn3', 'vni']);
  return looksVietnamese(best.score) ? { text: best.text, encoding: best.encoding } : null;
}
