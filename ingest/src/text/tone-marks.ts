// One tone-mark placement for Vietnamese: the traditional one (hòa, thủy, khỏe), which the
// province names in provinces.csv use. `hoà` and `hòa` are the same word; we store one form.

const TONES = '\u0300\u0301\u0303\u0309\u0323';
// In NFD, an open syllable ending in oa/oe/uy with the tone on its last vowel (new style):
// move the tone to the first vowel. Not after q (in "quý" the u belongs to the consonant).
const NEW_STYLE = new RegExp(
  `(^|[^\\p{L}\\p{M}]|[^qQ\\p{M}])([oOuU])([aAeEyY])([${TONES}])(?![\\p{L}\\p{M}])`,
  'gu',
);

/** Rewrites new-style tone placement (`hoà`, `thuỷ`) to the traditional one (`hòa`, `thủy`). Input and output are NFC. */
export function normalizeToneMarks(text: string): string {
  const nfd = text.normalize('NFD');
  const fixed = nfd.replace(NEW_STYLE, (m, pre: string, v1: string, v2: string, tone: string) => {
    if ((v1 === 'o' || v1 === 'O') && !/[aAeE]/.test(v2)) return m;
    if ((v1 === 'u' || v1 === 'U') && !/[yY]/.test(v2)) return m;
    return `${pre}${v1}${tone}${v2}`;
  });
  return fixed.normalize('NFC');
}
