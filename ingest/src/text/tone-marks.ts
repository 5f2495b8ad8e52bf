// One tone-mark placement for Vietnamese: the traditional one (hòa, thủy, khỏe), which the
// province names in provinces.csv use. `hoà` and `hòa` are the same word; we store one form.

const TONES = ['\u0300', '\u0301', '\u0309', '\u0303', '\u0323'];

/** Precomposed "second vowel with tone" → [its base vowel, the tone mark]. */
const SECOND = new Map<string, [string, string]>();
for (const v of ['a', 'e', 'y', 'A', 'E', 'Y']) {
  for (const t of TONES) SECOND.set((v + t).normalize('NFC'), [v, t]);
}
const O_SECOND = [...SECOND.keys()].filter((k) => /[aeAE]/.test(k.normalize('NFD').charAt(0))).join('');
const U_SECOND = [...SECOND.keys()].filter((k) => /[yY]/.test(k.normalize('NFD').charAt(0))).join('');
// An open syllable ending in oa/oe/uy with the tone on its last vowel (new style). Not after q
// (in "quý" the u belongs to the consonant).
const NEW_STYLE = new RegExp(`([oO])([${O_SECOND}])(?![\\p{L}\\p{M}])|(?<![qQ])([uU])([${U_SECOND}])(?![\\p{L}\\p{M}])`, 'gu');

/** Rewrites new-style tone placement (`hoà`, `thuỷ`) to the traditional one (`hòa`, `thủy`). Input and output are NFC. */
export function normalizeToneMarks(text: string): string {
  return text.replace(NEW_STYLE, (m, o?: string, os?: string, u?: string, us?: string) => {
    const first = (o ?? u)!;
    const [base, tone] = SECOND.get((os ?? us)!)!;
    return (first + tone).normalize('NFC') + base;
  });
}
