// A saved page of a legal-documents website (thuvienphapluat.vn, vanban.chinhphu.vn…): decoded by
// its <meta charset>, stripped of scripts, menus and page furniture, its document part as text.

import iconv from 'iconv-lite';
import { isRejectError } from '../errors.ts';
import { bestLegacy, decodeText, type DecodedText } from './encoding.ts';
import { elements, find, parseHtml, type HtmlElement } from './html-tree.ts';
import { htmlToText, NEVER_TEXT, textOf } from './html-text.ts';
import { looksVietnamese } from './vietnamese-score.ts';
import { decodeWindows1258 } from './windows-1258.ts';

/** The charset a page declares in its first bytes (`<meta charset>` or `http-equiv`), lower-cased. */
export function declaredCharset(bytes: Uint8Array): string | null {
  const head = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.byteLength, 8192)).toString('latin1');
  const m = /<meta\b[^>]*?\bcharset\s*=\s*["']?\s*([A-Za-z0-9_:.-]+)/i.exec(head);
  return m ? m[1]!.toLowerCase() : null;
}

/** Decodes a page: byte-order mark, then the declared charset, then the text detection. */
export function decodeHtml(bytes: Uint8Array): DecodedText {
  const declared = declaredCharset(bytes);
  const bom = bytes[0] === 0xef || bytes[0] === 0xff || bytes[0] === 0xfe;
  if (bom || !declared || /^utf-?8$/.test(declared) || !iconv.encodingExists(declared)) return decodeText(bytes);
  if (/^(windows-1258|cp1258)$/.test(declared)) return { text: decodeWindows1258(bytes), encoding: 'windows-1258' };
  if (/^utf-?16/.test(declared)) return decodeText(bytes);
  // Pages typed in TCVN3 or VNI fonts were saved as "Western" (windows-1252): a declared
  // single-byte charset competes with the Vietnamese ones.
  try {
    return decodeText(bytes);
  } catch (e) {
    if (!isRejectError(e) || e.code !== 'encoding') throw e;
    const own = (b: Uint8Array) => iconv.decode(Buffer.from(b.buffer, b.byteOffset, b.byteLength), declared);
    const best = bestLegacy(bytes, [[declared, own]]);
    return looksVietnamese(best.score) ? { text: best.text, encoding: best.encoding } : { text: own(bytes), encoding: declared };
  }
}

/** Class or id words of the document part on the legal sites, and of article bodies in general. */
const CONTENT_HINT = /(?:^|[\s_-])(content1|divContentDoc|contentDoc|toanvan|noidung|noi-dung|fulltext|vbContent|vanban|entry-content|article-content|post-content|doc-content|detail-content|content-detail|main-content)(?:$|[\s_-])/i;
const FURNITURE = /(?:^|[\s_-])(header|footer|menu|navbar|breadcrumbs?|sidebar|banner|social|share|comments?|related|advert|ads|cookie)(?:$|[\s_-])/i;

const hints = (e: HtmlElement) => `${e.attrs.id ?? ''} ${e.attrs.class ?? ''}`;
const size = (e: HtmlElement) => textOf(e).replace(/\s+/g, '').length;

function remove(e: HtmlElement): void {
  if (!e.parent) return;
  e.parent.children = e.parent.children.filter((c) => c !== e);
}

function linkHeavy(e: HtmlElement): boolean {
  if (!['ul', 'ol', 'div', 'section', 'aside', 'menu', 'dl'].includes(e.name)) return false;
  const links = [...elements(e)].filter((x) => x.name === 'a');
  if (links.length < 3) return false;
  const linked = links.reduce((n, a) => n + size(a), 0);
  return linked >= 0.6 * size(e);
}

function contains(outer: HtmlElement, inner: HtmlElement): boolean {
  for (let e: HtmlElement | null = inner; e; e = e.parent) if (e === outer) return true;
  return false;
}

/** The element holding the document: a content-hinted element or article, else the body narrowed down. */
export function mainContent(root: HtmlElement): HtmlElement {
  for (const e of [...elements(root)]) if (NEVER_TEXT.has(e.name) || e.name === 'aside') remove(e);
  const body = find(root, 'body') ?? root;
  const total = size(body);
  const candidates = [...elements(body)]
    .filter((e) => e.name === 'article' || e.name === 'main' || CONTENT_HINT.test(hints(e)))
    .map((e) => ({ e, n: size(e) }))
    .filter((c) => c.n >= 0.2 * total && c.n > 0)
    .sort((a, b) => b.n - a.n);
  if (candidates.length) {
    let best = candidates[0]!;
    for (const c of candidates) if (c !== best && contains(best.e, c.e) && c.n >= 0.9 * best.n) best = c;
    return best.e;
  }
  for (const e of [...elements(body)]) {
    if (!e.parent) continue;
    if (e.name === 'header' || e.name === 'footer' || FURNITURE.test(hints(e)) || linkHeavy(e)) remove(e);
  }
  // Narrow to a container holding nearly all the text, as long as there is one.
  let cur = body;
  for (;;) {
    const n = size(cur);
    const child = cur.children.find(
      (c): c is HtmlElement => typeof c !== 'string' && ['div', 'section', 'center', 'font', 'span'].includes(c.name) && size(c) >= 0.85 * n,
    );
    if (!child || n === 0) return cur;
    cur = child;
  }
}

/** Reads a saved web page: its document text and the charset it was decoded with. */
export function readHtml(bytes: Uint8Array): DecodedText {
  const decoded = decodeHtml(bytes);
  const root = parseHtml(decoded.text);
  return { ...decoded, text: htmlToText(mainContent(root)) };
}
