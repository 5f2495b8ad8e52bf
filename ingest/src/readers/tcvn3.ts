// TCVN3 (ABC, TCVN 5712:1993 VN3), the single-byte encoding of the .VnTime fonts: bytes
// 0xA0–0xFF per the standard's table; upper-case toned letters share the lower-case codes
// (a ".VnTimeH" font drew them in capitals), so capitals are restored from context.

import iconv from 'iconv-lite';
import { isVietnameseSyllable } from './vietnamese-score.ts';

/** Unicode for bytes 0xA0–0xFF (TCVN 5712, checked against glibc's TCVN5712-1 table). */
export const TCVN3_HIGH =
  '\u00A0ĂÂÊÔƠƯĐăâêôơưđẰ' + // A0–AF
  '\u0300\u0309\u0303\u0301\u0323àảãáạẲằẳẵắẴ' + // B0–BF (B0–B4: combining tone marks)
  'ẮẦẨẪẤỀặầẩẫấậèỂẻẽ' + // C0–CF
  'éẹềểễếệìỉỄẾỒĩíịò' + // D0–DF
  'Ổỏõóọồổỗốộờởỡớợù' + // E0–EF
  'ỖủũúụừửữứựỳỷỹýỵỐ'; // F0–FF

// 0x80–0x9F are unused by the fonts; Windows wrote its own punctuation there (smart quotes, dashes).
const CP1252_80 = iconv.decode(Buffer.from(Array.from({ length: 32 }, (_, i) => 0x80 + i)), 'windows-1252');

const DECODE: string[] = Array.from({ length: 256 }, (_, b) =>
  b < 0x80 ? String.fromCharCode(b) : b < 0xa0 ? CP1252_80[b - 0x80]! : TCVN3_HIGH[b - 0xa0]!,
);

/** Unicode (NFC) → TCVN3 byte; upper-case toned letters map to their lower-case code, as typed with ABC. */
export const TCVN3_ENCODE: ReadonlyMap<string, number> = (() => {
  const m = new Map<string, number>();
  for (let b = 0xa0; b <= 0xff; b++) {
    const ch = TCVN3_HIGH[b - 0xa0]!;
    if (/\p{Ll}/u.test(ch)) m.set(ch, b);
  }
  for (let b = 0xa1; b <= 0xa7; b++) m.set(TCVN3_HIGH[b - 0xa0]!, b); // Ă Â Ê Ô Ơ Ư Đ have their own codes
  for (const [ch, b] of [...m]) {
    const up = ch.toUpperCase();
    if (!m.has(up)) m.set(up, b);
  }
  for (let b = 0x80; b < 0xa0; b++) if (CP1252_80[b - 0x80] !== '\uFFFD') m.set(CP1252_80[b - 0x80]!, b);
  return m;
})();

/** Encodes text as TCVN3 (what a .VnTime document saved as text holds); unknown characters become `?`. */
export function encodeTcvn3(text: string): Uint8Array {
  const out: number[] = [];
  for (const ch of text.normalize('NFC')) {
    const c = ch.codePointAt(0)!;
    out.push(c < 0x80 ? c : (TCVN3_ENCODE.get(ch) ?? 0x3f));
  }
  return Uint8Array.from(out);
}

/** Letters whose case TCVN3 keeps: ASCII and the seven with their own capital codes. */
const UPPER = /[A-ZĂÂÊÔƠƯĐ]/u;
const LOWER = /[a-zăâêôơưđ]/u;
const WORD = /[\p{L}\p{M}]+/gu;
/** A bullet or item number opening a line: what follows is written with a capital. */
const LIST_MARK = /^\s*(?:[-+•*]|\d{1,2}(?:\.\d{1,2})*[.)]|[IVX]{1,5}\.)\s+/u;

function capitalize(w: string): string {
  return w.charAt(0).toUpperCase() + w.slice(1);
}

// "Ủy ban" names an organ (Ủy ban nhân dân, Ủy ban Mặt trận…) wherever it stands in a sentence.
const PROPER_UY_BAN = /(?<![\p{L}\p{M}])ủy(?=\s+ban\s+(?:nhân\s+dân|\p{Lu}))/gu;

/** The word starts with a toned vowel, whose case TCVN3 does not tell. */
const openInitial = (w: string) => /^[^\x00-\x7f]/.test(w) && !LOWER.test(w.charAt(0)) && !UPPER.test(w.charAt(0));

type WordCase = 'caps' | 'small' | 'initial' | 'unknown';

/** What a word's unambiguous letters say about its case. */
function caseOf(w: string): WordCase {
  if (LOWER.test(w)) return 'small';
  if (UPPER.test(w.slice(1))) return 'caps';
  return UPPER.test(w.charAt(0)) ? 'initial' : 'unknown';
}

/**
 * Restores capitals TCVN3 could not write. A word with a capital after its first letter and no
 * small letter is all capitals ("HOạCH" → "HOẠCH"); a word whose letters leave it open ("Kế",
 * "ở") is all capitals between all-capital Vietnamese words ("Kế HOẠCH" → "KẾ HOẠCH"); a word
 * opening a sentence, a list item or a line after a finished one gets its first capital back.
 */
export function restoreCapitals(text: string): string {
  let prevEnds = true;
  return text
    .split('\n')
    .map((line) => {
      const words = [...line.matchAll(WORD)].map((m) => ({ w: m[0], at: m.index, kind: caseOf(m[0]) }));
      // Only real syllables set the context: abbreviations (UBND, KH) are capitals in any text.
      const context = words.map(({ w, kind }) => (kind === 'caps' ? (isVietnameseSyllable(w) ? 'caps' : null) : kind === 'small' ? 'small' : null));
      // The nearest deciding word on each side, for every word.
      const before: Array<'caps' | 'small' | null> = [];
      const after: Array<'caps' | 'small' | null> = [];
      for (let i = 0, last: 'caps' | 'small' | null = null; i < words.length; i++) {
        before[i] = last;
        last = context[i] ?? last;
      }
      for (let i = words.length - 1, last: 'caps' | 'small' | null = null; i >= 0; i--) {
        after[i] = last;
        last = context[i] ?? last;
      }
      const firstChar = line.length - line.trimStart().length;
      const listEnd = LIST_MARK.exec(line)?.[0].length ?? -1;
      let out = '';
      let last = 0;
      words.forEach(({ w, at, kind }, i) => {
        let fixed = w;
        if (kind === 'caps') fixed = w.toUpperCase();
        else if (kind !== 'small') {
          const b = before[i] ?? after[i];
          const a = after[i] ?? before[i];
          if (b === 'caps' && a === 'caps') fixed = w.toUpperCase();
        }
        // A name's syllables are all capitalised: "Báo ấp Bắc" → "Báo Ấp Bắc".
        const prev = words[i - 1];
        const next = words[i + 1];
        const titled = (x: typeof prev) => !!x && /^\p{Lu}/u.test(x.w) && x.kind !== 'caps';
        if (fixed === w && openInitial(w) && titled(prev) && titled(next) && line.slice(prev!.at + prev!.w.length, at) === ' ' && line.slice(at + w.length, next!.at) === ' ') fixed = capitalize(w);
        // Only the few characters before the word matter: long lines must stay linear.
        const sentenceStart = at === firstChar ? prevEnds : at === listEnd || /[.!?]["”)]?\s+$/u.test(line.slice(Math.max(0, at - 4), at));
        if (fixed === w && sentenceStart && openInitial(w)) fixed = capitalize(w);
        out += line.slice(last, at) + fixed;
        last = at + w.length;
      });
      out += line.slice(last);
      const t = line.trim();
      prevEnds = t === '' || /[.:;!?]["”)]?$/u.test(t);
      return out;
    })
    .join('\n')
    .replace(PROPER_UY_BAN, 'Ủy');
}

/** Decodes TCVN3 bytes to Unicode (NFC, capitals restored). */
export function decodeTcvn3(bytes: Uint8Array): string {
  let s = '';
  for (const b of bytes) s += DECODE[b];
  return restoreCapitals(s.normalize('NFC'));
}
