// References to legal documents in a passage: "Nghị quyết số 76/NQ-CP ngày 15/7/2021",
// "Nghị định 107/2020/NĐ-CP", "Luật Ban hành văn bản quy phạm pháp luật năm 2015".

import type { LegalRef, Passage } from '../model.ts';
import { foldSameLength } from '../text/fold.ts';
import { parseLongDate, parseShortDate } from './dates.ts';

/** Folded type word → the type as stored. Longer words first, so the alternation prefers them. */
const TYPES: Array<[string, string]> = [
  ['chuong trinh hanh dong', 'Chương trình hành động'],
  ['thong tu lien tich', 'Thông tư liên tịch'],
  ['chuong trinh', 'Chương trình'],
  ['nghi quyet', 'Nghị quyết'],
  ['quyet dinh', 'Quyết định'],
  ['nghi dinh', 'Nghị định'],
  ['chi thi', 'Chỉ thị'],
  ['ke hoach', 'Kế hoạch'],
  ['thong tu', 'Thông tư'],
  ['cong van', 'Công văn'],
  ['cong dien', 'Công điện'],
  ['ket luan', 'Kết luận'],
  ['to trinh', 'Tờ trình'],
  ['thong bao', 'Thông báo'],
  ['huong dan', 'Hướng dẫn'],
  ['bao cao', 'Báo cáo'],
  ['van ban', 'Văn bản'],
  ['phap lenh', 'Pháp lệnh'],
  ['luat', 'Luật'],
];
const TYPE_WORD = new RegExp(`(?<![a-z0-9])(${TYPES.map(([f]) => f).join('|')})(?![a-z0-9])`, 'g');

const SYM = '[A-ZĐ][A-Za-zĐđ0-9]*(?:[-–][A-ZĐ][A-Za-zĐđ0-9]*)*';
/** `61/2018/NĐ-CP`, `18-NQ/TW`, `76/NQ-CP`, `285 /KH-UBND`, read right after the type word. */
const NUMBER = new RegExp(
  `\\s*(?:[Ss]ố\\s*:?\\s*)?(\\d{1,5}\\s*\\/\\s*\\d{4}\\s*\\/\\s*${SYM}|\\d{1,5}\\s*-\\s*[A-ZĐ][A-Za-zĐđ]*\\s*\\/\\s*${SYM}|\\d{1,5}\\s*\\/\\s*${SYM})`,
  'uy',
);

/** Stops a law's name: a date, a year, a clause boundary or a word that starts the rest of the sentence. */
const NAME_STOP = '(?=\\s+(?:ngày|năm\\s+\\d{4}|và\\s+Luật|của|theo|đã|được|trên|để|nhằm|trong|số|về|tại|hiện hành)(?![\\p{L}])|\\s*[;,.():]|\\s*$)';
const NAME = `\\p{Lu}[^;,.():]{1,100}?${NAME_STOP}`;
/** Law names that hold a comma of their own. */
const COMMA_NAMES = ['Phổ biến, giáo dục pháp luật', 'Khiếu nại, tố cáo', 'Cán bộ, công chức'];
const LAW_NAME = new RegExp(
  `\\s+((?:sửa đổi, bổ sung (?:một số điều của )?(?:các )?Luật (?:${COMMA_NAMES.join('|')}|${NAME})(?:\\s+và\\s+Luật ${NAME})*)|${COMMA_NAMES.join('|')}|${NAME})(?:\\s*\\(\\s*năm\\s+(\\d{4})\\s*\\)|\\s+năm\\s+(\\d{4}))?`,
  'uy',
);

/** Parts of a symbol that name the kind of document, not its issuer. */
const TYPE_CODES = new Set(['NQ', 'QĐ', 'QD', 'CT', 'CTr', 'KH', 'NĐ', 'ND', 'TT', 'TTLT', 'TTr', 'TB', 'HD', 'BC', 'CV', 'KL', 'CĐ', 'ĐA', 'QC']);

/**
 * The issuing level a symbol names: `CP`, `TTg`, ministries (`BNV`), `UBTVQH` → `central`; `TW` →
 * `party_central`; `TU` → `party_province`; `UBND`, `HĐND` → `province`; `S…` (`SNV`) → `department`.
 */
export function issuerLevelOf(symbol: string): string | null {
  const parts = symbol
    .split(/[-/–]/)
    .filter((t) => t !== '' && !/^\d+$/.test(t))
    .map((t) => t.replace(/\d+$/, ''))
    .filter((t) => !TYPE_CODES.has(t));
  for (const t of parts) {
    if (t === 'TW' || t === 'TƯ') return 'party_central';
    if (t === 'TU') return 'party_province';
    if (/^(UBTVQH|QH|CP|TTg|VPCP)$/.test(t)) return 'central';
    if (t === 'UBND' || t === 'HĐND') return 'province';
    if (/^B[A-ZĐ]{1,8}$/u.test(t) && t !== 'BCĐ') return 'central';
    if (/^S[A-ZĐ]{1,10}$/u.test(t)) return 'department';
  }
  return null;
}

/** A date right after a reference: `ngày 15/7/2021` or `ngày 19 tháng 6 năm 2015`. */
function adjacentDate(rest: string): { value: string; length: number } | null {
  const lead = /^\s*,?\s*(?=ngày)/u.exec(rest);
  if (!lead) return null;
  const from = rest.slice(lead[0].length);
  const long = parseLongDate(from);
  if (long && long.index === 0) return { value: long.value, length: lead[0].length + long.length };
  const word = /^ngày\s*/u.exec(from)!;
  const short = parseShortDate(from.slice(word[0].length));
  if (short && short.index === 0) return { value: short.value, length: lead[0].length + word[0].length + short.length };
  return null;
}

/** Every legal reference in one passage, in order; the same document mentioned twice is two rows. */
export function findLegalRefs(passage: Passage): LegalRef[] {
  const { text } = passage;
  const folded = foldSameLength(text);
  const refs: LegalRef[] = [];
  let consumed = 0;
  for (const m of folded.matchAll(TYPE_WORD)) {
    const at = m.index;
    if (at < consumed) continue; // a law named inside an amending law's name
    const typeEnd = at + m[0].length;
    const docType = TYPES.find(([f]) => f === m[1])![1];
    let number: string | null = null;
    let level: string | null = null;
    let end = typeEnd;
    NUMBER.lastIndex = typeEnd;
    const num = NUMBER.exec(text);
    if (num) {
      number = num[1]!.replace(/\s+/g, '').replace(/–/g, '-');
      level = issuerLevelOf(number.replace(/^\d+/, ''));
      end = typeEnd + num[0].length;
    } else if (docType === 'Luật' && text[at] === 'L') {
      LAW_NAME.lastIndex = typeEnd;
      const law = LAW_NAME.exec(text);
      if (law) {
        const year = law[2] ?? law[3];
        number = law[1]!.trim() + (year ? ` năm ${year}` : '');
        level = 'central'; // laws are passed by the National Assembly
        end = typeEnd + law[0].length;
      }
    }
    if (number === null) continue;
    const date = adjacentDate(text.slice(end));
    if (date) end += date.length;
    refs.push({
      passageSeq: passage.seq,
      doc_type: docType,
      number,
      date: date?.value ?? null,
      issuer_level: level,
      start: passage.start + at,
      end: passage.start + end,
    });
    consumed = end;
  }
  return refs;
}
