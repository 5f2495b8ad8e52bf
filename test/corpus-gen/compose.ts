// Composes one plan from its spec: front matter (or a promulgating decision), title, opening,
// sections in a varying order, closing, recipients, signature and annex. Returns the blocks,
// the tags they carry, and the document facts as printed.

import { annexSelfRef, writeAnnex } from './annex.ts';
import { fill } from './context.ts';
import { daysBefore, isoDate, shortDate } from './dates.ts';
import { writeDecision } from './decision.ts';
import type { Block } from './document.ts';
import { Writer, roman } from './document.ts';
import type { Env } from './env.ts';
import { text } from './env.ts';
import { numberLine, writeHeader, writeRecipients, writeSignature, writeTitle } from './front-matter.ts';
import { writeOrganization } from './organization.ts';
import type { PlanSpec } from './plan-spec.ts';
import type { Rng } from './prng.ts';
import { writeAudiences, writeBudget, writeCitizens, writeContent, writeForms, writeOpening, writePurposes, writeReview, writeSolutions } from './sections.ts';

export interface ComposedPlan {
  blocks: Block[];
  tags: ReadonlySet<string>;
  /** `66/KH-UBND`, `/KH-SNV`, or null when the plan's own number is printed nowhere. */
  docNumber: string | null;
  decisionNumber: string | null;
  /** ISO date as printed (`2024-03-06`, `2022-02`), or null when no date is printed. */
  issueDate: string | null;
}

const TITLES: Readonly<Record<string, readonly string[]>> = {
  province: [
    'Tuyên truyền công tác cải cách hành chính {DV} {YP}',
    'Thông tin, tuyên truyền cải cách hành chính {YP} trên địa bàn {DV}',
    'Tuyên truyền cải cách hành chính {YP} trên địa bàn {DV}',
  ],
  department: ['Về việc tuyên truyền cải cách hành chính {YP}', 'Tuyên truyền cải cách hành chính {YP} của {ISSUER}'],
  district: ['Thông tin, tuyên truyền cải cách hành chính {YP} trên địa bàn huyện {DN}', 'Tuyên truyền cải cách hành chính huyện {DN} {YP}'],
};

function shortRef(rng: Rng, sign: PlanSpec['ctx']['sign']): string {
  return shortDate(daysBefore(rng, sign, 45));
}

/** Per-plan values for the placeholders the context does not fix (reference numbers, deadline, issuer). */
function extraVars(spec: PlanSpec, rng: Rng): Record<string, string> {
  const { ctx } = spec;
  const signDay = ctx.sign.dayBlank ? 15 : ctx.sign.day;
  let day = signDay + rng.int(7, 20);
  let month = ctx.sign.month;
  let year = ctx.sign.year;
  if (day > 28) {
    day -= 28;
    month += 1;
    if (month > 12) {
      month = 1;
      year += 1;
    }
  }
  const d = shortDate({ day, month, year, dayBlank: false });
  const han = rng.pick(['', '', ` (thời gian ban hành Kế hoạch *chậm nhất ngày ${d}*)`, ` trước **ngày ${d}**`, ` trước ngày ${d}`]);
  return {
    n1: String(rng.int(100, 3200)),
    d1: shortRef(rng, ctx.sign),
    n2: String(rng.int(10, 99)),
    d2: shortRef(rng, ctx.sign),
    tt: String(rng.int(5, 120)),
    dtt: shortDate(daysBefore(rng, ctx.sign, 10)),
    han,
    ISSUER: ctx.department?.name ?? '',
    DN: ctx.district ?? '',
  };
}

const CLOSINGS: Readonly<Record<string, ReadonlyArray<[string, string[]]>>> = {
  province: [
    ['Yêu cầu các cơ quan, đơn vị, địa phương nghiêm túc triển khai thực hiện./.', []],
    ['Trong quá trình thực hiện, nếu có khó khăn, vướng mắc, các cơ quan, đơn vị, địa phương phản ánh trực tiếp về Sở Nội vụ để tổng hợp, báo cáo {UB} xem xét, giải quyết./.', ['so_noi_vu:nhan_bao_cao', 'ubnd_tinh:nhan_bao_cao']],
    ['Quá trình thực hiện kế hoạch, nếu phát sinh vấn đề khó khăn, vướng mắc, các cơ quan, đơn vị báo cáo {UB} (qua Sở Nội vụ tổng hợp) xem xét, giải quyết./.', ['so_noi_vu:nhan_bao_cao', 'ubnd_tinh:nhan_bao_cao']],
  ],
  district: [
    ['Yêu cầu các cơ quan, đơn vị, {xa} nghiêm túc triển khai thực hiện./.', []],
    ['Trong quá trình thực hiện, nếu có khó khăn, vướng mắc, các cơ quan, đơn vị phản ánh về Phòng Nội vụ để tổng hợp, báo cáo {UB} xem xét, giải quyết./.', ['don_vi_truc_thuoc:nhan_bao_cao', 'ubnd_huyen:nhan_bao_cao']],
  ],
  department: [
    ['Trong quá trình thực hiện, nếu có khó khăn, vướng mắc, các phòng chuyên môn, đơn vị phản ánh trực tiếp về {ISSUER} (qua Văn phòng Sở) để kịp thời giải quyết./.', ['ISSUER:nhan_bao_cao', 'don_vi_truc_thuoc:nhan_bao_cao']],
    ['Yêu cầu các phòng, đơn vị thuộc Sở nghiêm túc triển khai thực hiện./.', []],
  ],
};

function writeClosing(env: Env, planName: string): void {
  const { rng, spec } = env;
  const [tail, roles] = rng.pick(CLOSINGS[spec.ctx.level]!);
  const tags = roles.map((r) => r.replace('ISSUER', spec.ctx.department?.agency ?? 'ISSUER'));
  const crumb = rng.chance(0.08) ? ' *quw*' : '';
  env.w.para(`Trên đây là ${planName}. ${text(env, tail)}${crumb}`, tags);
}

/** Writes the whole plan. */
export function composePlan(spec: PlanSpec, rng: Rng): ComposedPlan {
  const w = new Writer();
  const vars = { ...spec.ctx.vars, ...extraVars(spec, rng) };
  const env: Env = { rng, spec, w, vars, used: new Set() };
  const { ctx } = spec;
  const title = rng.pick(TITLES[ctx.level]!);
  const planName = fill(`Kế hoạch ${title.charAt(0).toLowerCase()}${title.slice(1)}`, vars).replace('Kế hoạch về việc', 'Kế hoạch');

  let attached: string | null = null;
  let docNumber: string | null = null;
  let issueDate: string | null = null;
  const decisionNumber = spec.decision ? `${spec.decision.number}/${spec.decision.symbol}` : null;
  if (spec.decision) {
    attached = writeDecision(env, planName);
    issueDate = isoDate(ctx.sign);
    if (rng.chance(0.5)) writeHeader(env, null, true, false);
  } else if (spec.header !== 'none') {
    writeHeader(env, numberLine(env, spec.docNumber, spec.symbol), spec.header === 'full');
    docNumber = `${spec.docNumber ?? ''}/${spec.symbol}`;
    issueDate = isoDate(ctx.sign);
  }
  writeTitle(env, title, attached);
  writeOpening(env);

  let r = 0;
  const next = () => roman(r++);
  const audience = rng.pick(['I', 'I', 'II', 'none'] as const);
  if (rng.chance(0.6) && writeReview(env, roman(r))) r++;
  writePurposes(env, next(), audience === 'I');
  if (rng.chance(0.05)) r++; // a skipped numeral, as in a real plan
  if (rng.chance(0.2)) {
    env.w.heading(`${next()}. NỘI DUNG TUYÊN TRUYỀN`);
    writeContent(env, 1);
    env.w.heading(`${next()}. HÌNH THỨC TUYÊN TRUYỀN`);
    writeForms(env, 1);
  } else {
    env.w.heading(`${next()}. ${audience === 'II' ? 'ĐỐI TƯỢNG, NỘI DUNG, HÌNH THỨC TUYÊN TRUYỀN' : rng.pick(['NỘI DUNG, HÌNH THỨC TUYÊN TRUYỀN', 'NỘI DUNG, HÌNH THỨC TUYÊN TRUYỀN', 'NỘI DUNG VÀ HÌNH THỨC TUYÊN TRUYỀN'])}`);
    let n = 1;
    if (audience === 'II') writeAudiences(env, n++);
    writeContent(env, n++);
    writeForms(env, n++);
    if (spec.audiences.includes('nguoi_dan') && spec.audiences.includes('doanh_nghiep') && rng.chance(0.15)) writeCitizens(env, n++);
  }
  if (rng.chance(ctx.level === 'department' ? 0.6 : 0.35)) writeSolutions(env, next());
  if (rng.chance(0.6)) {
    writeBudget(env, next());
    writeOrganization(env, next());
  } else {
    writeOrganization(env, next());
    writeBudget(env, next());
  }
  writeClosing(env, planName);
  if (!spec.decision) {
    writeRecipients(env);
    writeSignature(env);
  }
  if (spec.annex) {
    const ref = spec.decision
      ? `Kế hoạch ban hành tại Quyết định số ${decisionNumber} ngày ${shortDate(ctx.sign)} của ${ctx.level === 'department' ? 'Giám đốc Sở' : text(env, 'Chủ tịch UBND {dv}')}`
      : annexSelfRef(env, spec.docNumber, spec.symbol);
    writeAnnex(env, ref);
    if (!spec.decision) {
      docNumber ??= `${spec.docNumber ?? ''}/${spec.symbol}`;
      issueDate ??= isoDate(ctx.sign);
    }
  }
  return { blocks: w.blocks, tags: w.tags, docNumber, decisionNumber, issueDate };
}
