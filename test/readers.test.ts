/// <reference path="../ingest/node_modules/@types/pdfkit/index.d.ts" />
// The file readers end to end: each sample plan rebuilt as a Word file, a PDF, a saved web page and
// in the legacy Vietnamese encodings must parse to the same document facts as its .txt; garbage
// is refused with the reason (encoding, format, binary) named.

import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { basename } from 'node:path';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { isRejectError, type RejectCode } from '../ingest/src/errors.ts';
import type { ParsedDocument } from '../ingest/src/model.ts';
import { parseDocument } from '../ingest/src/parse.ts';
import { encodeTcvn3, encodeVni, encodeWindows1258, readSource } from '../ingest/src/readers/index.ts';
import { PLAN_FILES } from './helpers/corpus.ts';

// docx and pdfkit are dev dependencies of the ingest package: load them from there.
const requireIngest = createRequire(new URL('../ingest/package.json', import.meta.url));
const docx = requireIngest('docx') as typeof import('../ingest/node_modules/docx');
const PDFDocument = requireIngest('pdfkit') as typeof import('pdfkit');
const FONT = '/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf';

const FACTS = ['province_code', 'year_from', 'year_to', 'doc_number', 'decision_number', 'issue_date', 'issuer_level', 'signer_name'] as const;
const facts = (d: ParsedDocument) => Object.fromEntries(FACTS.map((k) => [k, d.document[k]]));

type Block =
  | { type: 'p'; text: string }
  | { type: 'blank' }
  | { type: 'table'; rows: string[][] }
  /** A table used for layout: each cell holds lines (the two-column header, the signature block). */
  | { type: 'layout'; rows: string[][][] };

/** A plan's .txt as blocks: paragraphs, blank lines, and runs of tab-separated lines as tables. */
function blocksOf(text: string): Block[] {
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  const blocks: Block[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (line.includes('\t')) {
      const last = blocks[blocks.length - 1];
      const row = line.split('\t');
      if (last?.type === 'table') last.rows.push(row);
      else blocks.push({ type: 'table', rows: [row] });
      continue;
    }
    if (line.trim() === '') {
      // Blank lines inside a table (the txt's page breaks) stay inside it.
      const next = lines.slice(i + 1).find((l) => l.trim() !== '');
      if (blocks[blocks.length - 1]?.type === 'table' && next?.includes('\t')) continue;
      blocks.push({ type: 'blank' });
    } else blocks.push({ type: 'p', text: line });
  }
  return blocks;
}

/**
 * Plan 002 as the province published it: its .txt is a scrape where "|" lines separate the cells
 * of the two layout tables (header: organ | motto, number | place and date; signature:
 * recipients | signer). Those parts become layout tables again.
 */
function publishedBlocks(text: string): Block[] {
  const lines = text.split('\n');
  const cells = (from: number, to: number) => {
    const groups: string[][] = [[]];
    for (const l of lines.slice(from, to)) {
      if (l.trim() === '|') groups.push([]);
      else groups[groups.length - 1]!.push(l);
    }
    return groups.filter((g) => g.length > 0);
  };
  const title = lines.indexOf('KẾ HOẠCH');
  const recipients = lines.indexOf('Nơi nhận:');
  const signed = lines.findIndex((l, i) => i > recipients && /^Nguyễn Thành Diệu$/.test(l));
  const [organ, motto, number, placeDate] = cells(0, title);
  const [sent, signer] = cells(recipients, signed + 2);
  return [
    { type: 'layout', rows: [[organ!, motto!], [number!, placeDate!]] },
    ...blocksOf(lines.slice(title, recipients).join('\n')),
    { type: 'layout', rows: [[sent!, signer!]] },
    ...blocksOf(lines.slice(signed + 2).join('\n')),
  ];
}

const width = (rows: string[][]) => Math.max(...rows.map((r) => r.length));
const padded = (row: string[], n: number) => [...row, ...Array<string>(Math.max(0, n - row.length)).fill('')];

async function toDocx(text: string, blocks = blocksOf(text)): Promise<Uint8Array> {
  const { Document, Packer, Paragraph, Table, TableCell, TableRow, TextRun } = docx;
  const children = blocks.map((b) => {
    if (b.type === 'p') return new Paragraph({ children: [new TextRun(b.text)] });
    if (b.type === 'blank') return new Paragraph({});
    if (b.type === 'layout') {
      return new Table({
        rows: b.rows.map((r) => new TableRow({ children: r.map((cell) => new TableCell({ children: cell.map((l) => new Paragraph(l)) })) })),
      });
    }
    const n = width(b.rows);
    return new Table({
      rows: b.rows.map((r) => new TableRow({ children: padded(r, n).map((c) => new TableCell({ children: [new Paragraph(c)] })) })),
    });
  });
  return new Uint8Array(await Packer.toBuffer(new Document({ sections: [{ children }] })));
}

const escapeHtml = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/à/g, '&agrave;').replace(/ơ/g, '&#417;').replace(/ệ/g, '&#x1EC7;');

/** A page as a legal-documents site saves it: header, menu, scripts, the plan in the content div, a sidebar. */
function toHtml(text: string, charset = 'utf-8', blocks = blocksOf(text)): string {
  const body = blocks
    .map((b) => {
      if (b.type === 'p') return `<p style="margin:6pt 0">${escapeHtml(b.text)}</p>`;
      if (b.type === 'blank') return '<p>&nbsp;</p>';
      if (b.type === 'layout') {
        const rows = b.rows.map((r) => `<tr>${r.map((cell) => `<td width="50%" align="center"><p>${cell.map(escapeHtml).join('<br>\n')}</p></td>`).join('')}</tr>`);
        return `<table width="100%" border="0">${rows.join('')}</table>`;
      }
      const n = width(b.rows);
      const rows = b.rows.map((r) => `<tr>${padded(r, n).map((c) => `<td valign="top"><p>${escapeHtml(c)}</p></td>`).join('')}</tr>`);
      return `<table border="1" cellspacing="0" cellpadding="4">\n<tbody>\n${rows.join('\n')}\n</tbody></table>`;
    })
    .join('\n');
  return `<!DOCTYPE html>
<html lang="vi"><head>
<meta http-equiv="Content-Type" content="text/html; charset=${charset}">
<title>Kế hoạch tuyên truyền cải cách hành chính - Thư viện pháp luật</title>
<script type="text/javascript">var adSlots = ["<p>Quảng cáo</p>"]; if (a < b && c > d) { document.write("<div>x</div>"); }</script>
<style>.content1 p { margin: 0 } td > p { text-indent: 0 }</style>
</head>
<body>
<header class="site-header"><div class="logo"><a href="/">THƯ VIỆN PHÁP LUẬT</a></div>
<nav id="menu"><ul><li><a href="/">Trang chủ</a></li><li><a href="/van-ban">Văn bản pháp luật</a></li><li><a href="/hoi-dap">Hỏi đáp pháp luật</a></li></ul></nav>
<form class="search"><input name="q" placeholder="Tìm văn bản"><button>Tìm</button></form></header>
<div id="main"><div class="breadcrumb"><a href="/">Trang chủ</a> &gt; <a href="/van-ban">Văn bản</a> &gt; Hành chính</div>
<div class="left-column">
<div class="content1"><div id="divContentDoc">
${body}
</div></div>
<div class="doc-tools"><a href="#">Tải về</a> | <a href="#">In</a></div>
</div>
<aside class="sidebar"><h3>Văn bản liên quan</h3><ul><li><a href="/1">Quyết định 35/QĐ-BNV năm 2024</a></li><li><a href="/2">Nghị quyết 76/NQ-CP năm 2021</a></li></ul></aside>
</div>
<footer><p>Bản quyền © Thư viện pháp luật. Giấy phép số 27/GP-TTĐT.</p></footer>
<script>window.dataLayer = []; function gtag(){dataLayer.push(arguments);}</script>
<!-- <p>KẾ HOẠCH bị chú thích</p> -->
</body></html>`;
}

/** Lays the plan out with pdfkit: paragraphs wrapped at the page width, tables as columns of wrapped cells. */
async function toPdf(text: string, blocks = blocksOf(text)): Promise<Uint8Array> {
  const doc = new PDFDocument({ size: 'A4', margin: 50 });
  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<void>((resolve) => doc.on('end', () => resolve()));
  doc.font(FONT).fontSize(10);
  const left = 50;
  const usable = doc.page.width - 100;
  const bottom = doc.page.height - 50;
  for (const b of blocks) {
    if (b.type === 'blank') doc.moveDown(1);
    else if (b.type === 'p') doc.text(b.text, left, doc.y, { width: usable });
    else if (b.type === 'layout') {
      // Two centred columns, as the header and the signature of a Vietnamese document are set.
      let y = doc.y + 6;
      for (const row of b.rows) {
        const h = Math.max(...row.map((cell) => doc.heightOfString(cell.join('\n'), { width: usable / 2 - 20 })));
        row.forEach((cell, i) => doc.text(cell.join('\n'), left + i * (usable / 2), y, { width: usable / 2 - 20, align: 'center' }));
        y += h + 14;
      }
      doc.x = left;
      doc.y = y;
    } else {
      const n = width(b.rows);
      const first = 28;
      const rest = (usable - first) / (n - 1);
      const xs = Array.from({ length: n }, (_, i) => (i === 0 ? left : left + first + (i - 1) * rest));
      const ws = Array.from({ length: n }, (_, i) => (i === 0 ? first : rest) - 8);
      let y = doc.y + 6;
      for (const row of b.rows) {
        const cells = padded(row, n);
        const h = Math.max(...cells.map((c, i) => (c ? doc.heightOfString(c, { width: ws[i] }) : 0)));
        if (y + h > bottom) {
          doc.addPage();
          y = 50;
        }
        cells.forEach((c, i) => {
          if (c) doc.text(c, xs[i], y, { width: ws[i] });
        });
        y += h + 8;
      }
      doc.x = left;
      doc.y = y + 6;
    }
  }
  doc.end();
  await done;
  return new Uint8Array(Buffer.concat(chunks));
}

function utf16le(text: string, bom: boolean): Uint8Array {
  const body = Buffer.from(text, 'utf16le');
  return new Uint8Array(bom ? Buffer.concat([Buffer.from([0xff, 0xfe]), body]) : body);
}

function utf16be(text: string): Uint8Array {
  const le = Buffer.from(text, 'utf16le');
  const be = Buffer.alloc(le.length);
  for (let i = 0; i + 1 < le.length; i += 2) {
    be[i] = le[i + 1]!;
    be[i + 1] = le[i]!;
  }
  return new Uint8Array(Buffer.concat([Buffer.from([0xfe, 0xff]), be]));
}

/** The RejectError a file is refused with (fails the test when it is read). */
async function refusal(bytes: Uint8Array, name: string): Promise<{ code: RejectCode; reason: string }> {
  try {
    await readSource(bytes, name);
  } catch (e) {
    if (isRejectError(e)) return { code: e.code, reason: e.reason };
    throw e;
  }
  throw new Error(`${name} was read, not refused`);
}

const PLANS = PLAN_FILES.map((file) => ({ file, name: basename(file), text: readFileSync(file, 'utf8') }));
// Yên Bái 2023 and Thái Nguyên 2024: the plans with annex tables.
const WITH_ANNEX = PLANS.filter((p) => /^00[14]_/.test(p.name));

describe.each(PLANS)('the plan $name in another encoding', ({ file, name, text }) => {
  let expected: ParsedDocument;
  beforeAll(async () => {
    expected = await parseDocument(readFileSync(file), name);
  });

  const copies: Array<[string, (t: string) => Uint8Array, string]> = [
    ['TCVN3 (ABC)', encodeTcvn3, 'tcvn3'],
    ['VNI Windows', encodeVni, 'vni'],
    ['Windows-1258', encodeWindows1258, 'windows-1258'],
    ['UTF-16LE with a byte-order mark', (t) => utf16le(t, true), 'utf-16le'],
    ['UTF-16LE without a byte-order mark', (t) => utf16le(t, false), 'utf-16le'],
    ['UTF-16BE', utf16be, 'utf-16be'],
    ['UTF-8 with a byte-order mark', (t) => new Uint8Array([0xef, 0xbb, 0xbf, ...Buffer.from(t, 'utf8')]), 'utf-8-bom'],
  ];
  it.each(copies)('gives the facts and annex rows of the .txt when the copy is in %s', async (_label, encode, encoding) => {
    const doc = await parseDocument(encode(text), name);
    expect(doc.encoding).toBe(encoding);
    expect(facts(doc)).toEqual(facts(expected));
    expect(doc.annex_rows).toHaveLength(expected.annex_rows.length);
  });

  it('decodes VNI, Windows-1258 and UTF-16 copies to exactly the original text', async () => {
    for (const bytes of [encodeVni(text), encodeWindows1258(text), utf16le(text, false)]) {
      expect((await readSource(bytes, name)).text).toBe(text.normalize('NFC'));
    }
  });
});

describe.each(PLANS)('the plan $name in another format', ({ file, name, text }) => {
  let expected: ParsedDocument;
  beforeAll(async () => {
    expected = await parseDocument(readFileSync(file), name);
  });

  it('reads the Word version, the annex kept as a real table', async () => {
    const doc = await parseDocument(await toDocx(text), name.replace(/\.txt$/, '.docx'));
    expect([doc.format, doc.encoding]).toEqual(['docx', 'n/a']);
    expect(facts(doc)).toEqual(facts(expected));
    expect(doc.annex_rows).toHaveLength(expected.annex_rows.length);
  });

  it('reads the saved web page, leaving out the site around the plan', async () => {
    const doc = await parseDocument(new TextEncoder().encode(toHtml(text)), name.replace(/\.txt$/, '.html'));
    expect([doc.format, doc.encoding]).toEqual(['html', 'utf-8']);
    expect(facts(doc)).toEqual(facts(expected));
    expect(doc.annex_rows).toHaveLength(expected.annex_rows.length);
    expect(doc.text).not.toMatch(/THƯ VIỆN PHÁP LUẬT|Trang chủ|Văn bản liên quan|Bản quyền|dataLayer|Quảng cáo|bị chú thích/u);
  });

  it('reads the web page saved in the charset its <meta> declares (Windows-1258)', async () => {
    const doc = await parseDocument(encodeWindows1258(toHtml(text, 'windows-1258')), name.replace(/\.txt$/, '.htm'));
    expect([doc.format, doc.encoding]).toEqual(['html', 'windows-1258']);
    expect(facts(doc)).toEqual(facts(expected));
  });

  it('reads the PDF, its lines rebuilt from the text positions', async () => {
    const doc = await parseDocument(await toPdf(text), name.replace(/\.txt$/, '.pdf'));
    expect([doc.format, doc.encoding]).toEqual(['pdf', 'n/a']);
    expect(facts(doc)).toEqual(facts(expected));
    expect(doc.annex_rows).toHaveLength(expected.annex_rows.length);
  });
});

describe('plan 002 as published, header and signature set in two-column layout tables', () => {
  const plan = PLANS.find((p) => p.name.startsWith('002_'))!;
  const published = publishedBlocks(plan.text);
  let expected: Record<string, unknown>;
  beforeAll(async () => {
    expected = facts(await parseDocument(new TextEncoder().encode(plan.text), plan.name));
  });

  it.each([
    ['Word', async () => toDocx(plan.text, published), '.docx'],
    ['web page', async () => new TextEncoder().encode(toHtml(plan.text, 'utf-8', published)), '.html'],
    ['PDF', async () => toPdf(plan.text, published), '.pdf'],
  ] as const)('reads the %s version to the facts of the .txt', async (_label, build, ext) => {
    const doc = await parseDocument(await build(), `002${ext}`);
    expect(facts(doc)).toEqual(expected);
    expect(doc.document.signer_title).toBe('KT. CHỦ TỊCH / PHÓ CHỦ TỊCH');
  });
});

describe('annex tables', () => {
  it.each(WITH_ANNEX)('come out of the Word, web and PDF versions of $name as rows of cells', async ({ name, text }) => {
    const txt = await parseDocument(new TextEncoder().encode(text), name);
    expect(txt.annex_rows.length).toBeGreaterThan(4);
    for (const [bytes, ext] of [[await toDocx(text), '.docx'], [new TextEncoder().encode(toHtml(text)), '.html'], [await toPdf(text), '.pdf']] as const) {
      const doc = await parseDocument(bytes, name.replace(/\.txt$/, ext));
      expect(doc.annex_rows.map((r) => r.row_no)).toEqual(txt.annex_rows.map((r) => r.row_no));
      expect(doc.annex_rows.map((r) => r.lead_text)).toEqual(txt.annex_rows.map((r) => r.lead_text));
    }
  });
});

describe('legacy encodings', () => {
  it('reads TCVN3 by the standard table (0xB8 á, 0xB5 à, 0xAE đ, 0xA7 Đ) and restores capitals the font drew', async () => {
    const bytes = new Uint8Array(Buffer.from('C\xe9NG H\xdfA X\xb7 H\xe9I - \xa7\xe9c l\xcbp\nK\xd5 HO\xb9CH tuy\xaan truy\xd2n \xae\xb5i \xb8nh s\xb8ng\n', 'latin1'));
    const src = await readSource(bytes, 'tcvn3.txt');
    expect(src.encoding).toBe('tcvn3');
    expect(src.text).toBe('CỘNG HÒA XÃ HỘI - Độc lập\nKẾ HOẠCH tuyên truyền đài ánh sáng\n');
  });

  it('reads VNI by its base letters and marks', async () => {
    const src = await readSource(encodeVni('Cộng hòa xã hội chủ nghĩa Việt Nam. Kế hoạch tuyên truyền cải cách hành chính của Ủy ban nhân dân tỉnh.'), 'vni.txt');
    expect(src.encoding).toBe('vni');
    expect(Buffer.from(encodeVni('Việt Nam đơn vị')).toString('latin1')).toBe('Vieät Nam ñôn vò');
    expect(src.text).toBe('Cộng hòa xã hội chủ nghĩa Việt Nam. Kế hoạch tuyên truyền cải cách hành chính của Ủy ban nhân dân tỉnh.');
  });

  it('reads a Word file typed in a TCVN3 font (.VnTime) as Vietnamese', async () => {
    const plan = PLANS[4]!;
    const legacy = Buffer.from(encodeTcvn3(plan.text)).toString('latin1');
    const doc = await parseDocument(await toDocx(legacy), 'vntime.docx');
    expect(doc.encoding).toBe('tcvn3');
    expect(facts(doc)).toEqual(facts(await parseDocument(new TextEncoder().encode(plan.text), plan.name)));
  });

  it('keeps reading a UTF-8 file with a few damaged bytes as UTF-8', async () => {
    const b = Buffer.from(PLANS[1]!.text, 'utf8');
    b[500] = 0xff;
    b[5000] = 0xc3;
    const src = await readSource(new Uint8Array(b), 'damaged.txt');
    expect(src.encoding).toBe('utf-8');
    expect(src.text).toContain('Thông tin, tuyên truyền cải cách hành chính năm 2023');
  });
});

describe('garbage', () => {
  it('refuses random bytes as binary or as no known encoding', async () => {
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ minLength: 64, maxLength: 4000 }), async (bytes) => {
        const r = await refusal(bytes, 'random.txt');
        expect(['binary', 'encoding']).toContain(r.code);
        expect(r.reason).toMatch(/^binary content|not Vietnamese text|could not be decoded confidently/);
      }),
      { numRuns: 200, seed: 3 },
    );
  });

  it('refuses a JPEG named .txt, naming the format', async () => {
    const jpeg = new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, ...Buffer.from('JFIF'), 0x00, 0x01, 0x01, 0x00, 0x00, 0x48, ...Array(200).fill(0x20)]);
    expect(await refusal(jpeg, 'ke-hoach.txt')).toEqual({ code: 'binary', reason: 'binary content (looks like a JPEG image): not a text document' });
  });

  it('refuses a French text in Latin-1 as not Vietnamese in any known encoding', async () => {
    const french = Buffer.from(
      "Le gouvernement français a présenté mercredi un projet de loi visant à réformer l'administration territoriale. " +
        "Les députés examineront le texte à l'automne ; il prévoit une simplification des démarches pour les citoyens, " +
        'les associations et les entreprises, ainsi qu’une dématérialisation complète des procédures avant la fin de l’année.',
      'latin1',
    );
    const r = await refusal(new Uint8Array(french), 'plan.txt');
    expect(r.code).toBe('encoding');
    expect(r.reason).toMatch(/^not Vietnamese text: not UTF-8, and no Vietnamese legacy encoding \(Windows-1258, TCVN3, VNI\)/);
  });

  it('names TCVN3 as the suspect when a damaged TCVN3 file cannot be decoded confidently', async () => {
    const bytes = encodeTcvn3(PLANS[3]!.text.slice(0, 6000));
    // Every other toned letter replaced by a byte TCVN3 leaves to Windows punctuation.
    let k = 0;
    for (let i = 0; i < bytes.length; i++) if (bytes[i]! >= 0xb5 && k++ % 2 === 0) bytes[i] = 0x80 + (i % 16);
    const r = await refusal(bytes, 'cu.txt');
    expect(r.code).toBe('encoding');
    expect(r.reason).toMatch(/looks like TCVN3 \(ABC\) Vietnamese but could not be decoded confidently/);
  });

  it('refuses a PDF without a text layer, asking for OCR', async () => {
    const doc = new PDFDocument({ size: 'A4' });
    const chunks: Buffer[] = [];
    doc.on('data', (c: Buffer) => chunks.push(c));
    const done = new Promise<void>((resolve) => doc.on('end', () => resolve()));
    doc.rect(50, 50, 400, 600).fill('#cccccc');
    doc.end();
    await done;
    const r = await refusal(new Uint8Array(Buffer.concat(chunks)), 'scan.pdf');
    expect(r.code).toBe('unreadable');
    expect(r.reason).toMatch(/^scanned PDF without a text layer; OCR it first/);
  });

  it('refuses content that does not match its extension, and unknown extensions', async () => {
    const text = new TextEncoder().encode(PLANS[0]!.text);
    expect(await refusal(text, 'plan.pdf')).toMatchObject({ code: 'unsupported_format', reason: expect.stringMatching(/^not a PDF/) });
    expect(await refusal(text, 'plan.docx')).toMatchObject({ code: 'unsupported_format', reason: expect.stringMatching(/^not a \.docx/) });
    expect(await refusal(text, 'plan.exe')).toMatchObject({ code: 'unsupported_format', reason: expect.stringMatching(/^unsupported file type "\.exe"/) });
    const xlsx = new Uint8Array([0x50, 0x4b, 0x03, 0x04, ...Array(26).fill(0), ...Buffer.from('xl/workbook.xml')]);
    expect(await refusal(xlsx, 'plan.docx')).toMatchObject({ code: 'unsupported_format', reason: expect.stringMatching(/Excel workbook/) });
    const ole = new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, ...Array(500).fill(0)]);
    expect(await refusal(ole, 'plan.doc')).toMatchObject({ code: 'unsupported_format', reason: expect.stringMatching(/save it as \.docx/) });
    expect(await refusal(new Uint8Array(), 'empty.txt')).toEqual({ code: 'empty', reason: 'empty.txt: empty file' });
  });

  it('refuses a broken .docx package as unreadable', async () => {
    const good = await toDocx(PLANS[1]!.text);
    const r = await refusal(good.slice(0, 400), 'cut.docx');
    expect(r.code).toBe('unreadable');
  });
});
