// HTML character references: the named ones saved legal pages use (Latin-1 letters, Vietnamese
// letters of HTML5, typographic punctuation) and every numeric one.

// HTML 4's names for U+00A0–U+00FF, in code point order.
const LATIN1 = (
  'nbsp iexcl cent pound curren yen brvbar sect uml copy ordf laquo not shy reg macr deg plusmn sup2 sup3 acute ' +
  'micro para middot cedil sup1 ordm raquo frac14 frac12 frac34 iquest Agrave Aacute Acirc Atilde Auml Aring AElig ' +
  'Ccedil Egrave Eacute Ecirc Euml Igrave Iacute Icirc Iuml ETH Ntilde Ograve Oacute Ocirc Otilde Ouml times Oslash ' +
  'Ugrave Uacute Ucirc Uuml Yacute THORN szlig agrave aacute acirc atilde auml aring aelig ccedil egrave eacute ecirc ' +
  'euml igrave iacute icirc iuml eth ntilde ograve oacute ocirc otilde ouml divide oslash ugrave uacute ucirc uuml ' +
  'yacute thorn yuml'
).split(' ');

const OTHERS: Record<string, string> = {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'",
  Abreve: 'Ă', abreve: 'ă', Dstrok: 'Đ', dstrok: 'đ', Itilde: 'Ĩ', itilde: 'ĩ', Utilde: 'Ũ', utilde: 'ũ',
  OElig: 'Œ', oelig: 'œ', circ: 'ˆ', tilde: '˜',
  ndash: '–', mdash: '—', lsquo: '‘', rsquo: '’', sbquo: '‚', ldquo: '“', rdquo: '”', bdquo: '„', hellip: '…',
  bull: '•', prime: '′', Prime: '″', lsaquo: '‹', rsaquo: '›', euro: '€', trade: '™', dagger: '†', Dagger: '‡',
  permil: '‰', ensp: ' ', emsp: ' ', thinsp: ' ', zwnj: '\u200C', zwj: '\u200D', lrm: '\u200E', rlm: '\u200F',
  larr: '←', rarr: '→', uarr: '↑', darr: '↓', hyphen: '‐', dash: '‐', minus: '−', le: '≤', ge: '≥', ne: '≠',
};

const NAMED = new Map<string, string>(Object.entries(OTHERS));
LATIN1.forEach((name, i) => NAMED.set(name, String.fromCharCode(0xa0 + i)));

// Windows-1252 meanings of C1 code points in numeric references (&#150; is an en dash on old pages).
const C1 = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008DŽ\u008F\u0090‘’“”•–—˜™š›œ\u009DžŸ';

function fromCode(n: number): string | null {
  if (!Number.isFinite(n) || n <= 0 || n >= 0x110000 || (n >= 0xd800 && n <= 0xdfff)) return null;
  if (n >= 0x80 && n <= 0x9f) return C1[n - 0x80]!;
  return String.fromCodePoint(n);
}

/** Decodes character references; unknown names are left as written. */
export function decodeHtmlEntities(s: string): string {
  if (!s.includes('&')) return s;
  return s.replace(/&(#[xX][0-9a-fA-F]{1,6}|#\d{1,7}|[A-Za-z][A-Za-z0-9]{1,31});?/g, (m, e: string) => {
    if (e[0] === '#') {
      const n = e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
      return fromCode(n) ?? m;
    }
    const v = NAMED.get(e) ?? NAMED.get(e.toLowerCase());
    // Without its semicolon only a legacy Latin-1 name counts ("&nbsp" yes, "&abreve" no).
    if (v === undefined || (!m.endsWith(';') && !LATIN1.includes(e) && !['amp', 'lt', 'gt', 'quot'].includes(e))) return m;
    return v;
  });
}
