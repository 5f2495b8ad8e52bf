// Character-level clean-up of a plan's text before it is split into lines: Unicode NFC, one
// tone-mark placement, dashes, spaces, markdown emphasis, HTML fragments and OCR crumbs.

import { normalizeToneMarks } from './tone-marks.ts';

const ENTITIES: Record<string, string> = { nbsp: ' ', amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/** Decodes the few HTML entities that survive in scraped text. */
export function decodeEntities(s: string): string {
  return s.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (m, e: string) => {
    if (e[0] === '#') {
      const n = e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
      return Number.isFinite(n) && n > 0 && n < 0x110000 ? String.fromCodePoint(n) : m;
    }
    return ENTITIES[e.toLowerCase()] ?? m;
  });
}

/** Turns HTML fragments inside a line (table cells of scraped plans) into plain text; list items become "- ". */
export function stripHtml(s: string): string {
  if (!/<\/?[a-z][^>]*>/i.test(s)) return s;
  return decodeEntities(
    s
      .replace(/<li\b[^>]*>/gi, ' - ')
      .replace(/<\/?(p|div|br|ul|ol|tr|td|th|table|tbody|thead|span|strong|em|b|i|u|sup|sub|a|li|h\d)\b[^>]*>/gi, ' '),
  );
}

/** Removes markdown emphasis and short italic OCR crumbs (`*hoz*` at a line's end). */
export function stripEmphasis(line: string): string {
  return line
    .replace(/\s*\*[a-zà-ỹđ ]{1,5}\*\s*$/u, '') // OCR crumbs printed in italics after the text
    .replace(/^\s*\*\s+/, '- ') // a markdown bullet
    .replace(/\*+/g, '');
}

/** Unicode and punctuation normalization that keeps line structure. */
export function cleanCharacters(raw: string): string {
  return normalizeToneMarks(
    raw
      .replace(/^\uFEFF/, '')
      .replace(/\r\n?/g, '\n')
      .normalize('NFC')
      .replace(/[\u00A0\u2007\u202F\u3000]/g, ' ')
      .replace(/[\u200B-\u200D\u2060\uFEFF\u00AD]/g, '')
      .replace(/[\u2010-\u2015\u2212]/g, '-')
      .replace(/[\u2018\u2019]/g, "'")
      .replace(/\u2026/g, '...')
      .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g, ' '),
  );
}
