// A small, tolerant HTML tree builder for saved web pages and mammoth's output: never throws,
// closes what the page forgot to close (p, li, td, tr…), keeps script and style as raw text.

import { decodeHtmlEntities } from './html-entities.ts';

export interface HtmlElement {
  name: string;
  attrs: Record<string, string>;
  children: HtmlNode[];
  parent: HtmlElement | null;
}
export type HtmlNode = HtmlElement | string;

const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'param', 'source', 'track', 'wbr']);
const RAW_TEXT = new Set(['script', 'style', 'textarea', 'title', 'noscript', 'xmp', 'iframe', 'noembed', 'noframes']);
/** Elements whose start closes an open <p>. */
const CLOSES_P = new Set([
  'address', 'article', 'aside', 'blockquote', 'center', 'div', 'dl', 'fieldset', 'figure', 'footer', 'form', 'h1', 'h2',
  'h3', 'h4', 'h5', 'h6', 'header', 'hr', 'main', 'nav', 'ol', 'p', 'pre', 'section', 'table', 'ul', 'li', 'dd', 'dt',
]);
/** Start tag → open elements it closes, up to (not past) a boundary element. */
const IMPLIED: Record<string, { closes: string[]; boundary: string[] }> = {
  li: { closes: ['li'], boundary: ['ul', 'ol', 'table'] },
  dt: { closes: ['dt', 'dd'], boundary: ['dl', 'table'] },
  dd: { closes: ['dt', 'dd'], boundary: ['dl', 'table'] },
  tr: { closes: ['tr', 'td', 'th'], boundary: ['table', 'tbody', 'thead', 'tfoot'] },
  td: { closes: ['td', 'th'], boundary: ['tr', 'table'] },
  th: { closes: ['td', 'th'], boundary: ['tr', 'table'] },
  tbody: { closes: ['tbody', 'thead', 'tfoot', 'tr', 'td', 'th'], boundary: ['table'] },
  thead: { closes: ['tbody', 'thead', 'tfoot', 'tr', 'td', 'th'], boundary: ['table'] },
  tfoot: { closes: ['tbody', 'thead', 'tfoot', 'tr', 'td', 'th'], boundary: ['table'] },
  option: { closes: ['option'], boundary: ['select'] },
};

const TAG = /<(\/?)([a-zA-Z][a-zA-Z0-9:-]*)((?:[^>"']|"[^"]*"|'[^']*')*)>/y;
const LOOSE_TAG = /<(\/?)([a-zA-Z][a-zA-Z0-9:-]*)([^>]*)>/y;

function parseAttrs(s: string): Record<string, string> {
  const attrs: Record<string, string> = {};
  for (const m of s.matchAll(/([^\s"'<>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+)))?/g)) {
    const name = m[1]!.toLowerCase();
    if (!(name in attrs)) attrs[name] = decodeHtmlEntities(m[2] ?? m[3] ?? m[4] ?? '');
  }
  return attrs;
}

/** Parses an HTML document or fragment into a tree under a synthetic `#root` element. */
export function parseHtml(html: string): HtmlElement {
  const root: HtmlElement = { name: '#root', attrs: {}, children: [], parent: null };
  let cur = root;
  const open = (name: string, attrs: Record<string, string>) => {
    const el: HtmlElement = { name, attrs, children: [], parent: cur };
    cur.children.push(el);
    if (!VOID.has(name)) cur = el;
    return el;
  };
  const closeTo = (name: string, boundary: string[] = []): boolean => {
    for (let e: HtmlElement | null = cur; e && e !== root; e = e.parent) {
      if (e.name === name) {
        cur = e.parent ?? root;
        return true;
      }
      if (boundary.includes(e.name)) return false;
    }
    return false;
  };
  const closeImplied = (name: string) => {
    const rule = IMPLIED[name];
    if (rule) {
      for (let e: HtmlElement | null = cur; e && e !== root && !rule.boundary.includes(e.name); e = e.parent) {
        if (rule.closes.includes(e.name)) {
          cur = e.parent ?? root;
          break;
        }
      }
    }
    if (CLOSES_P.has(name)) closeTo('p', ['table', 'td', 'th', 'li', 'div', 'section', 'article', 'body']);
  };

  let i = 0;
  const n = html.length;
  while (i < n) {
    const lt = html.indexOf('<', i);
    if (lt < 0) {
      cur.children.push(decodeHtmlEntities(html.slice(i)));
      break;
    }
    if (lt > i) cur.children.push(decodeHtmlEntities(html.slice(i, lt)));
    i = lt;
    if (html.startsWith('<!--', i)) {
      const end = html.indexOf('-->', i + 4);
      i = end < 0 ? n : end + 3;
      continue;
    }
    if (html.startsWith('<![CDATA[', i)) {
      const end = html.indexOf(']]>', i);
      cur.children.push(html.slice(i + 9, end < 0 ? n : end));
      i = end < 0 ? n : end + 3;
      continue;
    }
    if (html[i + 1] === '!' || html[i + 1] === '?') {
      const end = html.indexOf('>', i);
      i = end < 0 ? n : end + 1;
      continue;
    }
    TAG.lastIndex = i;
    let m = TAG.exec(html);
    // An unbalanced quote inside a tag would swallow the page: read such a tag up to the first ">".
    if (!m || m[0].length > 2048) {
      LOOSE_TAG.lastIndex = i;
      m = LOOSE_TAG.exec(html);
    }
    if (!m) {
      cur.children.push('<');
      i++;
      continue;
    }
    i += m[0].length;
    const name = m[2]!.toLowerCase();
    if (m[1]) {
      if (!closeTo(name, name === 'p' ? ['table', 'td', 'th', 'li', 'div'] : [])) {
        // A stray </p> is an empty paragraph and a stray </br> a line break, as browsers read them.
        if (name === 'p' || name === 'br') cur.children.push({ name, attrs: {}, children: [], parent: cur });
      }
      continue;
    }
    closeImplied(name);
    const el = open(name, parseAttrs(m[3] ?? ''));
    if (RAW_TEXT.has(name) && !/\/\s*$/.test(m[3] ?? '')) {
      const close = new RegExp(`</${name}\\s*>`, 'ig');
      close.lastIndex = i;
      const cm = close.exec(html);
      el.children.push(html.slice(i, cm ? cm.index : n));
      i = cm ? cm.index + cm[0].length : n;
      cur = el.parent ?? root;
    }
  }
  return root;
}

/** Elements in document order (depth first), the root's descendants only. */
export function* elements(node: HtmlElement): Generator<HtmlElement> {
  for (const c of node.children) {
    if (typeof c === 'string') continue;
    yield c;
    yield* elements(c);
  }
}

/** The first element named `name`, or null. */
export function find(node: HtmlElement, name: string): HtmlElement | null {
  for (const e of elements(node)) if (e.name === name) return e;
  return null;
}
