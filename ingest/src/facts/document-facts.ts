// Document facts (CODEBOOK §5): province, plan year or period, number, issue date, issuer and
// level, signer, promulgating decision, recipients — each with where it was read and how sure.

import type { DocumentFacts, IssuerLevel, Passage, Provenance } from '../model.ts';
import type { Structure } from '../structure/split.ts';
import { fold } from '../text/fold.ts';
import { parseAnyDate, parseLongDate } from './dates.ts';
import { parseDocNumber } from './doc-number.ts';
import { countProvinces, findProvince, provinceByCode } from './provinces.ts';

type Facts = Omit<DocumentFacts, 'is_plan' | 'reject_reason'>;

const at = (p: Passage | undefined, source: Provenance['source'], confidence: number): Provenance =>
  p ? { source, confidence, start: p.start, end: p.end } : { source: 'none', confidence: 0 };

function titleOf(s: Structure): { title: string | null; passage?: Passage } {
  if (s.titleSeq === null) return { title: null };
  const head = s.passages[s.titleSeq]!;
  const rest = head.text.replace(/^KẾ HOẠCH\s*/u, '').replace(/\s*\((Ban hành )?kèm theo[^)]*\)?$/iu, '').trim();
  if (rest) return { title: rest, passage: head };
  const next = s.passages[s.titleSeq + 1];
  return { title: next?.text.replace(/\s*\((Ban hành )?kèm theo[^)]*\)?$/iu, '').trim() ?? null, passage: next };
}

function yearsOf(title: string): { from: number; to: number } | null {
  const f = fold(title);
  const period = /giai doan\s+(\d{4})\s*-\s*(\d{4})/.exec(f);
  if (period) return { from: Number(period[1]), to: Number(period[2]) };
  const year = /nam\s+(\d{4})/.exec(f);
  return year ? { from: Number(year[1]), to: Number(year[1]) } : null;
}

function levelOfSymbol(symbol: string | null): IssuerLevel | null {
  if (!symbol) return null;
  const issuer = symbol.split('-').slice(1).join('-');
  if (/^(BNV|BTTTT|BTP|TTG|TTg|CP)$/u.test(issuer)) return 'ministry';
  if (/^UBND$/u.test(issuer)) return 'province';
  if (/^S[A-ZĐ&]{1,10}$/u.test(issuer) || /^VP$/u.test(issuer)) return 'department';
  return null;
}

/** "BỘ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI" → "Bộ Lao động - Thương binh và Xã hội" (how organ names are written). */
export function organCase(s: string): string {
  const up = (x: string) => x.toUpperCase();
  return s
    .replace(/\s+/g, ' ')
    .toLowerCase()
    .replace(/^\p{Ll}/u, up)
    .replace(/^((?:Bộ|Sở) )(\p{Ll})/u, (_m, a: string, c: string) => a + up(c))
    .replace(/(- | và )(\p{Ll})/gu, (_m, a: string, c: string) => a + up(c))
    // Place names after the unit word are proper nouns: every word capitalised.
    .replace(/((?:tỉnh|huyện|thành phố|thị xã|quận|xã|phường|thị trấn) )(.+)$/u, (_m, a: string, rest: string) => a + rest.replace(/(^|\s)(\p{Ll})/gu, (_x, b: string, c: string) => b + up(c)));
}

function placeDateOf(front: Passage[]): string | null {
  const p = front.find((x) => /^[\p{L} .-]{2,40},\s*ngày(?=\s)/u.test(x.text) && parseLongDate(x.text));
  return p ? parseLongDate(p.text)!.value : null;
}

const SIGN_TITLE = /^(KT\.|TM\.|Q\.)?\s*(CHỦ TỊCH|GIÁM ĐỐC|BỘ TRƯỞNG)/u;

/** Reads the document facts from a split plan. */
export function extractDocumentFacts(s: Structure): Facts {
  const prov: Record<string, Provenance> = {};
  const ps = s.passages;
  const front = ps.filter((p) => p.block === 'preamble' || (s.titleSeq !== null && p.seq <= s.titleSeq + 3));
  const { title, passage: titleP } = titleOf(s);

  // Document number: the header "Số:" line, else the annex note "kèm theo Kế hoạch số …".
  let doc: ReturnType<typeof parseDocNumber> = null;
  const numberLine = front.find((p) => /^Số\s*:/u.test(p.text));
  const headerNumber = numberLine ? parseDocNumber(numberLine.text) : null;
  // A "Số: …/QĐ-…" header belongs to the decision that wraps the plan, not to the plan.
  if (headerNumber && !/^QĐ-/u.test(headerNumber.symbol)) {
    doc = headerNumber;
    prov.doc_number = at(numberLine, 'header', 0.95);
  }
  const selfRef = ps.find((p) => /kèm theo Kế hoạch số/iu.test(p.text));
  if (!doc && selfRef) {
    doc = parseDocNumber(selfRef.text.slice(selfRef.text.search(/Kế hoạch số/iu)));
    prov.doc_number = at(selfRef, 'annex', 0.85);
  }

  // A plan promulgated by a decision: "(Ban hành kèm theo Quyết định số 49 /QĐ-UBND ngày …)".
  let decision_number: string | null = null;
  let decision_date: string | null = null;
  const decisionRef = ps.find((p) => /kèm theo Quyết định số/iu.test(p.text));
  if (decisionRef) {
    const tail = decisionRef.text.slice(decisionRef.text.search(/Quyết định số/iu));
    decision_number = parseDocNumber(tail)?.full ?? null;
    decision_date = parseAnyDate(tail)?.value ?? null;
    prov.decision_number = at(decisionRef, 'decision', 0.9);
  } else if (headerNumber && /^QĐ-/u.test(headerNumber.symbol)) {
    decision_number = headerNumber.full;
    decision_date = placeDateOf(front);
    prov.decision_number = at(numberLine, 'header', 0.9);
  }

  // Issue date: the place-and-date line, else the date beside the self-reference, else the decision's.
  let issue_date: string | null = null;
  const placeDate = front.find((p) => /^[\p{L} .-]{2,40},\s*ngày(?=\s)/u.test(p.text) && parseLongDate(p.text));
  if (placeDate) {
    issue_date = parseLongDate(placeDate.text)!.value;
    prov.issue_date = at(placeDate, 'place_date', 0.95);
  } else if (selfRef && doc) {
    issue_date = parseAnyDate(selfRef.text.slice(selfRef.text.search(/Kế hoạch số/iu)))?.value ?? null;
    if (issue_date) prov.issue_date = at(selfRef, 'annex', 0.85);
  }
  if (!issue_date && decision_date) {
    issue_date = decision_date;
    prov.issue_date = at(decisionRef, 'decision', 0.85);
  }

  // Province: header organ line, title, place-and-date line, then the body's most cited province.
  let province_code: string | null = null;
  const tries: Array<[Passage | undefined, Provenance['source'], number, boolean]> = [
    [front.find((p) => /^(ỦY BAN NHÂN DÂN|UBND|SỞ)(?=\s|$)/u.test(p.text)), 'header', 0.95, true],
    [titleP, 'title', 0.9, true],
    [placeDate, 'place_date', 0.85, false],
  ];
  const ministry = front.some((p) => /^BỘ(?=\s)/u.test(p.text) && p.text === p.text.toUpperCase());
  if (ministry) tries.length = 0; // a ministry's plan is national: "Hà Nội, ngày …" is only where it was signed
  for (const [p, source, conf, prefix] of tries) {
    const hit = p ? findProvince(p.text, { requirePrefix: prefix }) : null;
    if (hit) {
      province_code = hit.code;
      prov.province_code = at(p, source, conf);
      break;
    }
  }
  if (!province_code && !ministry) {
    const counts = [...countProvinces(s.text).entries()].sort((a, b) => b[1] - a[1]);
    if (counts[0]) {
      province_code = counts[0][0];
      prov.province_code = { source: 'body', confidence: counts.length === 1 ? 0.7 : 0.5 };
    }
  }
  const province_name = province_code ? (provinceByCode(province_code)?.name ?? null) : null;

  const years = title ? yearsOf(title) : null;
  if (years) prov.year_from = prov.year_to = at(titleP, 'title', 0.9);

  // Issuer: the header organ, else who "ban hành"/"xây dựng" the plan in the opening, else the symbol.
  let issuer: string | null = null;
  let issuer_level: IssuerLevel | null = null;
  const organ = front.find((p) => /^(ỦY BAN NHÂN DÂN|SỞ|BỘ)(?=\s|$)/u.test(p.text) && p.text === p.text.toUpperCase());
  const opening = ps.slice(s.titleSeq ?? 0, (s.titleSeq ?? 0) + 5).map((p) => p.text).join(' ');
  const dept = /(Sở [\p{L} ,–-]+?)\s+(xây dựng|ban hành)\s+kế hoạch/iu.exec(opening);
  const level = levelOfSymbol(doc?.symbol ?? null);
  if (organ) {
    issuer = /^ỦY BAN NHÂN DÂN TỈNH/u.test(organ.text) && province_name ? `Ủy ban nhân dân tỉnh ${province_name}` : organCase(organ.text);
    issuer_level = /^BỘ/u.test(organ.text) ? 'ministry' : /^SỞ/u.test(organ.text) ? 'department' : /HUYỆN|THỊ XÃ/u.test(organ.text) ? 'district' : /(^|\s)(XÃ|PHƯỜNG|THỊ TRẤN)(\s|$)/u.test(organ.text) ? 'commune' : 'province';
    prov.issuer = at(organ, 'header', 0.95);
  } else if (dept || level === 'department') {
    issuer = dept ? `${dept[1]!.trim()}${province_name ? ` tỉnh ${province_name}` : ''}` : doc!.symbol;
    issuer_level = 'department';
    prov.issuer = { source: 'body', confidence: dept ? 0.8 : 0.6 };
  } else if (level || /(Ủy ban nhân dân tỉnh|UBND tỉnh)\s+ban hành/iu.test(opening)) {
    issuer_level = level ?? 'province';
    issuer = issuer_level === 'province' && province_name ? `Ủy ban nhân dân tỉnh ${province_name}` : (doc?.symbol ?? null);
    prov.issuer = { source: 'body', confidence: 0.75 };
  }
  if (issuer) prov.issuer_level = prov.issuer!;

  // Signer: the signature block (the decision's, when the plan itself is unsigned).
  let signer_title: string | null = null;
  let signer_name: string | null = null;
  const sig = ps.filter((p) => (p.block === 'signature' || p.block === 'preamble') && SIGN_TITLE.test(p.text) && p.text === p.text.toUpperCase());
  const isName = (p: Passage | undefined) => !!p && /^(\p{Lu}[\p{Ll}]*\s){1,4}\p{Lu}[\p{Ll}]*$/u.test(p.text);
  const signed = sig.filter((p) => isName(ps[p.seq + 1]));
  const sigP = signed.find((p) => p.seq > (s.titleSeq ?? -1)) ?? signed[0];
  if (sigP) {
    signer_title = sigP.text.replace(/\s+(PHÓ CHỦ TỊCH|PHÓ GIÁM ĐỐC)$/u, ' / $1');
    const next = ps[sigP.seq + 1];
    signer_name = next!.text;
    prov.signer_name = at(next, 'signature', 0.9);
    prov.signer_title = at(sigP, 'signature', 0.9);
  }

  const recipientLines = ps.filter((p) => p.block === 'recipients' && !/^Nơi nhận/iu.test(p.text));
  const own = recipientLines.filter((p) => s.titleSeq === null || p.seq > s.titleSeq);
  const recipients = (own.length ? own : recipientLines)
    .map((p) => p.text.replace(/^[-+]\s*/, '').replace(/[;.]\s*(B\/c|P\/h|chỉ đạo|thực hiện|biết)?\s*$/u, '').trim())
    .filter((r) => r && !/^Lưu\b/u.test(r));
  if (recipients.length) prov.recipients = { source: 'recipients', confidence: 0.9 };

  return {
    title,
    province_code,
    province_name,
    year_from: years?.from ?? null,
    year_to: years?.to ?? null,
    doc_number: doc?.full ?? null,
    doc_symbol: doc?.symbol ?? null,
    decision_number,
    decision_date,
    issue_date,
    issuer,
    issuer_level,
    signer_name,
    signer_title,
    recipients,
    provenance: prov,
  };
}
