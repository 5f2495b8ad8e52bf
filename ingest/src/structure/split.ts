// Splits a plan's logical lines into a section tree and passages, and tells the zones apart:
// front matter and promulgating decision (preamble), the plan body, recipients, signature, annex.

import type { BlockKind, Passage, Section, SectionKind } from '../model.ts';
import type { LogicalLine } from '../text/lines.ts';
import { kindOfHeading } from './section-kind.ts';

const ROMAN = /^([IVXLC]{1,6})\.\s+(.*)$/u;
const ARABIC = /^(\d{1,2})\.\s+(.*)$/u;
const LETTER = /^([a-zđ])\)\s+(.*)$/u;
const BULLET = /^[-+•*]\s+/u;
const PLAN_TITLE = /^KẾ HOẠCH\b/u;
const ANNEX = /^PHỤ LỤC\b/iu;
const RECIPIENTS = /^Nơi nhận\b/iu;
const SIGNATURE_TITLE = /^(KT\.|TM\.|Q\.|TL\.|PHÓ )?\s*(CHỦ TỊCH|GIÁM ĐỐC|PHÓ CHỦ TỊCH|PHÓ GIÁM ĐỐC|BỘ TRƯỞNG|THỨ TRƯỞNG|CHÁNH VĂN PHÒNG|TRƯỞNG PHÒNG)\b/u;

export interface Structure {
  text: string;
  sections: Section[];
  passages: Passage[];
  /** Index (into passages) where the plan itself begins, after any decision that promulgates it. */
  titleSeq: number | null;
}

/** A heading-only line: short, no sentence punctuation at its end. */
function isHeadingLike(body: string): boolean {
  return body.length <= 90 && !/[.;]$/.test(body);
}

/** Builds sections and passages from logical lines; offsets point into the returned text. */
export function splitStructure(lines: LogicalLine[]): Structure {
  const text = lines.map((l) => l.text).join('\n');
  const sections: Section[] = [{ path: '', parent: null, level: 0, label: '', heading: '', kind: 'other', start: 0, end: text.length }];
  const passages: Passage[] = [];
  const titleIdx = lines.findIndex((l, i) => PLAN_TITLE.test(l.text) && l.kind === 'text' && i < lines.length - 1 && !/^KẾ HOẠCH\s+(số|này)/iu.test(l.text));
  let stack: Section[] = [sections[0]!];
  let zone: 'preamble' | 'body' | 'recipients' | 'signature' | 'annex' = titleIdx > 0 ? 'preamble' : 'body';
  let annexCount = 0;
  let preambleZone: 'preamble' | 'recipients' | 'signature' = 'preamble';
  let offset = 0;
  const open = (level: number, label: string, heading: string, start: number, named = true): Section => {
    while (stack.length > 1 && stack[stack.length - 1]!.level >= level) stack.pop();
    const parent = stack[stack.length - 1]!;
    const path = parent.path ? `${parent.path}.${label}` : label;
    const kind: SectionKind = (named ? kindOfHeading(heading) : null) ?? parent.kind;
    const s: Section = { path, parent: parent.path, level, label, heading, kind, start, end: start };
    // A later section with the same path (a plan that restarts numbering) gets a suffix.
    let unique = path;
    for (let n = 2; sections.some((x) => x.path === unique); n++) unique = `${path}~${n}`;
    s.path = unique;
    sections.push(s);
    stack.push(s);
    return s;
  };
  lines.forEach((line, i) => {
    const t = line.text;
    const start = offset;
    const end = start + t.length;
    offset = end + 1;
    let block: BlockKind = line.kind === 'text' ? 'paragraph' : line.kind;
    if (i === titleIdx) {
      zone = 'body';
      stack = [sections[0]!];
    }
    if (ANNEX.test(t) && line.kind === 'text') {
      zone = 'annex';
      annexCount++;
      stack = [sections[0]!];
      const s = open(1, `PL${annexCount}`, t, start);
      s.kind = 'annex';
      block = 'heading';
    } else if (zone !== 'annex' && RECIPIENTS.test(t)) {
      zone = 'recipients';
    } else if (zone === 'recipients' && !BULLET.test(t)) {
      zone = 'signature';
    } else if (zone === 'body' && SIGNATURE_TITLE.test(t) && t === t.toUpperCase() && t.length < 60) {
      zone = 'signature';
    } else if (zone === 'signature' && t.length > 60) {
      zone = 'body'; // footnotes or text after the signature block
      stack = [sections[0]!];
    }
    if (zone === 'body' && line.kind === 'text') {
      const m = ROMAN.exec(t) ?? ARABIC.exec(t) ?? LETTER.exec(t);
      if (m) {
        const label = m[1]!;
        const body = m[2]!;
        const level = ROMAN.test(t) ? 1 : ARABIC.test(t) ? 2 : 3;
        // "3. Đối tượng: cán bộ…" names its section before the colon; a long item names none.
        const lead = /^([^:.;]{2,50}):/u.exec(body)?.[1];
        const named = isHeadingLike(body) || lead !== undefined;
        const heading = isHeadingLike(body) ? body.replace(/:$/, '') : (lead ?? body.split(/[:.;]/)[0] ?? body);
        open(level, label, heading.slice(0, 200), start, named);
        if (isHeadingLike(body)) block = 'heading';
      } else if (BULLET.test(t)) block = 'bullet';
    }
    // The promulgating decision has its own recipients and signature before the plan's title.
    if (i < titleIdx) {
      if (RECIPIENTS.test(t)) preambleZone = 'recipients';
      else if (preambleZone === 'recipients' && !BULLET.test(t)) preambleZone = 'signature';
      else if (preambleZone === 'signature' && t.length > 60) preambleZone = 'preamble';
      block = preambleZone;
    } else if (zone === 'preamble') block = 'preamble';
    else if (zone === 'recipients') block = 'recipients';
    else if (zone === 'signature') block = 'signature';
    else if (i === titleIdx) block = 'heading';
    const sec = stack[stack.length - 1]!;
    for (const s of stack) s.end = Math.max(s.end, end);
    passages.push({ seq: passages.length, sectionPath: sec.path, kind: sec.kind, block, heading: sec.heading, text: t, start, end });
  });
  return { text, sections, passages, titleSeq: titleIdx >= 0 ? titleIdx : null };
}
