// Content-type sniffing for uploads: the bytes must look like what the extension says.

import { extname } from 'node:path';

const startsWith = (b: Uint8Array, sig: number[]) => sig.every((v, i) => b[i] === v);

/** What the bytes look like, from their first bytes. */
export function looksLike(b: Uint8Array): 'pdf' | 'zip' | 'binary' | 'text' {
  if (startsWith(b, [0x25, 0x50, 0x44, 0x46])) return 'pdf';
  if (startsWith(b, [0x50, 0x4b, 0x03, 0x04])) return 'zip';
  const head = b.subarray(0, 4096);
  const utf16 = startsWith(b, [0xff, 0xfe]) || startsWith(b, [0xfe, 0xff]);
  let control = 0;
  for (const x of head) if (x === 0 || (x < 9 || (x > 13 && x < 32))) control++;
  return !utf16 && control > head.length * 0.01 ? 'binary' : 'text';
}

/** null when the content matches the extension, else the reason to refuse the file. */
export function sniff(bytes: Uint8Array, name: string): string | null {
  const ext = extname(name).toLowerCase();
  const kind = looksLike(bytes);
  if (bytes.byteLength === 0) return 'empty file';
  if (ext === '.pdf') return kind === 'pdf' ? null : 'not a PDF: the content does not start with %PDF';
  if (ext === '.docx') return kind === 'zip' ? null : 'not a .docx: the content is not a ZIP package';
  if (kind === 'text') return null;
  return `binary content (${kind === 'binary' ? 'control bytes' : `looks like ${kind.toUpperCase()}`}) in a ${ext} file`;
}
