// Word .docx through mammoth: its HTML walked like a web page, so paragraphs become lines and
// tables (the annex) tab-separated rows.

import mammoth from 'mammoth';
import { RejectError } from '../errors.ts';
import { htmlToText } from './html-text.ts';
import { parseHtml } from './html-tree.ts';

/** Text of a .docx package; throws RejectError `unreadable` when mammoth cannot open it. */
export async function readDocx(bytes: Uint8Array): Promise<string> {
  let html: string;
  try {
    const result = await mammoth.convertToHtml(
      { buffer: Buffer.from(bytes) },
      {
        // Empty paragraphs are the blank lines of a Word document; they separate blocks.
        ignoreEmptyParagraphs: false,
        // Images carry no plan text: skip reading and base64-encoding them.
        convertImage: mammoth.images.imgElement(async () => ({ src: '' })),
      },
    );
    html = result.value;
  } catch (e) {
    throw new RejectError('unreadable', `not a readable .docx: ${(e as Error).message.split('\n')[0]}`);
  }
  return htmlToText(parseHtml(html), { splitTabs: true });
}
