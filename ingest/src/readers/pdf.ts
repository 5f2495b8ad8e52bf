// PDF through unpdf (pdf.js): the text layer of every page, lines rebuilt from item positions.
// A PDF without a text layer is a scan, which we refuse rather than read as empty.

import { getDocumentProxy } from 'unpdf';
import { RejectError } from '../errors.ts';
import { pageText, type PdfTextItem, type TableState } from './pdf-lines.ts';

interface RawItem {
  str?: string;
  transform?: number[];
  width?: number;
  height?: number;
}

function toItem(raw: RawItem): PdfTextItem | null {
  if (typeof raw.str !== 'string' || !raw.transform) return null;
  const [a = 0, b = 0, c = 0, d = 0, e = 0, f = 0] = raw.transform;
  // Rotated text (a vertical stamp, a margin note) is not part of the reading order.
  if (Math.abs(b) > 1e-3 || Math.abs(c) > 1e-3 || a <= 0) return null;
  return { str: raw.str, x: e, y: f, width: raw.width ?? 0, fontSize: Math.hypot(c, d) || raw.height || 10 };
}

/** Text of a PDF, pages separated by a blank line; throws RejectError for unreadable or scanned files. */
export async function readPdf(bytes: Uint8Array): Promise<string> {
  let pdf: Awaited<ReturnType<typeof getDocumentProxy>>;
  try {
    // pdf.js takes ownership of (detaches) the buffer it is given: hand it a copy.
    pdf = await getDocumentProxy(new Uint8Array(bytes), { verbosity: 0 });
  } catch (e) {
    const name = (e as Error).name;
    if (name === 'PasswordException') throw new RejectError('unreadable', 'encrypted PDF: remove the password first');
    throw new RejectError('unreadable', `not a readable PDF: ${(e as Error).message.split('\n')[0]}`);
  }
  const pages: string[] = [];
  const tables: TableState = { cols: null };
  try {
    for (let n = 1; n <= pdf.numPages; n++) {
      const page = await pdf.getPage(n);
      const content = await page.getTextContent();
      const items = (content.items as RawItem[]).map(toItem).filter((i): i is PdfTextItem => i !== null);
      pages.push(pageText(items, tables).join('\n'));
      page.cleanup();
    }
  } catch (e) {
    throw new RejectError('unreadable', `PDF could not be read: ${(e as Error).message.split('\n')[0]}`);
  } finally {
    await pdf.destroy();
  }
  const text = pages.filter((p) => p.trim() !== '').join('\n\n');
  const letters = text.match(/\p{L}/gu)?.length ?? 0;
  // A scan may carry a stamp or a signature line as text; a real text layer has hundreds of letters a page.
  if (letters < Math.max(30, 60 * pages.length)) {
    throw new RejectError('unreadable', `scanned PDF without a text layer; OCR it first (${letters} letters of text in ${pages.length} page(s))`);
  }
  return text;
}
