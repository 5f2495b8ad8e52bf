// Reads one source file into text: the format from the bytes' signature first, the extension
// second; text files through encoding detection, Word, PDF and saved web pages through their
// own readers. Every refusal is a RejectError naming what was wrong.

import { extname } from 'node:path';
import { RejectError } from '../errors.ts';
import { contentKind } from './content-kind.ts';
import { readDocx } from './docx.ts';
import { decodeText, repairLegacyFontText } from './encoding.ts';
import { readHtml } from './html.ts';
import { readPdf } from './pdf.ts';

export interface SourceText {
  text: string;
  format: 'txt' | 'md' | 'docx' | 'pdf' | 'html';
  /** utf-8, utf-8-bom, utf-16le, utf-16be, windows-1258, tcvn3, vni, a page's declared charset, or n/a (docx, pdf). */
  encoding: string;
  /** How the encoding was told, when it was not plain UTF-8 (a one-line note for `cchc inspect`). */
  detail?: string;
}

export { encodeTcvn3, TCVN3_ENCODE } from './tcvn3.ts';
export { encodeVni, VNI_PAIRS } from './vni.ts';
export { encodeWindows1258 } from './windows-1258.ts';

const TEXT_EXTENSIONS = new Set(['', '.txt', '.text', '.md', '.markdown']);
const HTML_EXTENSIONS = new Set(['.html', '.htm', '.xhtml']);

/** Text typed in a legacy font inside a container format, re-decoded; else the text as it is. */
function withFontRepair(text: string, encoding: string): Pick<SourceText, 'text' | 'encoding' | 'detail'> {
  const repaired = repairLegacyFontText(text);
  return repaired ? { text: repaired.text, encoding: repaired.encoding, detail: `text typed in a ${repaired.encoding} font` } : { text, encoding };
}

/** Reads a file's bytes as text; throws RejectError for what cannot or should not be read. */
export async function readSource(bytes: Uint8Array, fileName: string): Promise<SourceText> {
  if (bytes.byteLength === 0) throw new RejectError('empty', `${fileName}: empty file`);
  const ext = extname(fileName).toLowerCase();
  const sniffed = contentKind(bytes);
  switch (sniffed.kind) {
    case 'pdf':
      return { format: 'pdf', ...withFontRepair(await readPdf(bytes), 'n/a') };
    case 'docx':
      return { format: 'docx', ...withFontRepair(await readDocx(bytes), 'n/a') };
    case 'other_document':
      throw new RejectError('unsupported_format', `${sniffed.what}, not a .txt, .md, .docx, .pdf or .html document${/\.doc|RTF/.test(sniffed.what) ? ': save it as .docx' : ''}`);
    case 'binary':
      throw new RejectError('binary', `binary content (looks like ${sniffed.what}): not a text document`);
    case 'html': {
      const page = readHtml(bytes);
      return { format: 'html', ...page, ...(page.encoding.startsWith('utf') ? withFontRepair(page.text, page.encoding) : {}) };
    }
    case 'text':
      break;
  }
  if (ext === '.pdf') throw new RejectError('unsupported_format', 'not a PDF: the content does not start with %PDF');
  if (ext === '.docx') throw new RejectError('unsupported_format', 'not a .docx: the content is not a ZIP package');
  if (HTML_EXTENSIONS.has(ext)) {
    const page = readHtml(bytes);
    return { format: 'html', ...page, ...(page.encoding.startsWith('utf') ? withFontRepair(page.text, page.encoding) : {}) };
  }
  if (!TEXT_EXTENSIONS.has(ext)) {
    throw new RejectError('unsupported_format', `unsupported file type "${ext}": send .txt, .md, .docx, .pdf or .html`);
  }
  const decoded = decodeText(bytes);
  return { text: decoded.text, format: ext === '.md' || ext === '.markdown' ? 'md' : 'txt', encoding: decoded.encoding, ...(decoded.detail ? { detail: decoded.detail } : {}) };
}
