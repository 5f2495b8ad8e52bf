// What a file's bytes are, from their signature: the formats we read, the ones we name when we
// refuse them (a .doc, an Excel workbook, a JPEG), and text.

export type ContentKind =
  | { kind: 'pdf' | 'docx' | 'html' | 'text' }
  | { kind: 'other_document'; what: string }
  | { kind: 'binary'; what: string };

const has = (b: Uint8Array, sig: number[], at = 0) => sig.every((v, i) => b[at + i] === v);
const ascii = (s: string) => [...s].map((c) => c.charCodeAt(0));

// [signature, what it is, offset]; two-letter signatures also need a NUL byte near the start,
// so a text that happens to begin with "MZ" stays text.
const BINARY: Array<[number[], string, number?]> = [
  [[0xff, 0xd8, 0xff], 'a JPEG image'],
  [[0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], 'a PNG image'],
  [ascii('GIF87a'), 'a GIF image'],
  [ascii('GIF89a'), 'a GIF image'],
  [[0x49, 0x49, 0x2a, 0x00], 'a TIFF image'],
  [[0x4d, 0x4d, 0x00, 0x2a], 'a TIFF image'],
  [ascii('WEBP'), 'a WebP image', 8],
  [[0x1f, 0x8b], 'a gzip archive'],
  [[0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c], 'a 7-Zip archive'],
  [ascii('Rar!'), 'a RAR archive'],
  [[0x7f, 0x45, 0x4c, 0x46], 'an executable (ELF)'],
  [ascii('MZ'), 'a Windows program'],
  [ascii('ID3'), 'an MP3 file'],
  [ascii('ftyp'), 'a video (MP4)', 4],
];

/** Latin-1 view of the first bytes, skipping a byte-order mark; UTF-16 read as such. */
function head(b: Uint8Array, n: number): string {
  if (has(b, [0xff, 0xfe])) return new TextDecoder('utf-16le').decode(b.subarray(2, 2 + 2 * n));
  if (has(b, [0xfe, 0xff])) return new TextDecoder('utf-16be').decode(b.subarray(2, 2 + 2 * n));
  const start = has(b, [0xef, 0xbb, 0xbf]) ? 3 : 0;
  return Buffer.from(b.buffer, b.byteOffset + start, Math.max(0, Math.min(n, b.byteLength - start))).toString('latin1');
}

/** Names a ZIP package by its parts: a .docx has word/document.xml. */
function zipKind(b: Uint8Array): ContentKind {
  const names = Buffer.from(b.buffer, b.byteOffset, b.byteLength).toString('latin1');
  if (names.includes('word/document.xml')) return { kind: 'docx' };
  if (names.includes('xl/workbook.xml')) return { kind: 'other_document', what: 'an Excel workbook (.xlsx)' };
  if (names.includes('ppt/presentation.xml')) return { kind: 'other_document', what: 'a PowerPoint file (.pptx)' };
  if (names.includes('application/vnd.oasis.opendocument.text')) return { kind: 'other_document', what: 'an OpenDocument text (.odt)' };
  return { kind: 'other_document', what: 'a ZIP archive' };
}

/** Sniffs the content of a file from its bytes. */
export function contentKind(b: Uint8Array): ContentKind {
  if (head(b, 1024).includes('%PDF-')) return { kind: 'pdf' };
  if (has(b, [0x50, 0x4b, 0x03, 0x04]) || has(b, [0x50, 0x4b, 0x05, 0x06])) return zipKind(b);
  if (has(b, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])) {
    return { kind: 'other_document', what: 'a legacy Office 97–2003 file (.doc/.xls)' };
  }
  if (has(b, ascii('{\\rtf'))) return { kind: 'other_document', what: 'an RTF document' };
  const nul = b.subarray(0, 512).includes(0);
  for (const [sig, what, at] of BINARY) {
    if (has(b, sig, at ?? 0) && (sig.length > 3 || sig[0]! >= 0x80 || nul)) return { kind: 'binary', what };
  }
  const start = head(b, 2048).replace(/^(?:\s|<!--[\s\S]*?-->|<\?xml[^>]*>)*/, '');
  if (/^<(?:!doctype\s+html|html[\s>]|head[\s>]|body[\s>]|meta\s)/i.test(start)) return { kind: 'html' };
  return { kind: 'text' };
}
