// The promulgating decision some plans come wrapped in (QUYẾT ĐỊNH … Điều 1 ban hành kèm theo
// … Kế hoạch), written before the plan itself.

import { longDate } from './dates.ts';
import type { Env } from './env.ts';
import { text } from './env.ts';
import { numberLine, writeHeader, writeRecipients, writeSignature } from './front-matter.ts';

/** Writes the decision and returns the "(Ban hành kèm theo Quyết định số …)" note for the plan's title. */
export function writeDecision(env: Env, planName: string): string {
  const { w, rng, spec } = env;
  const { ctx } = spec;
  const dec = spec.decision!;
  if (dec.withHeader) writeHeader(env, numberLine(env, dec.number, dec.symbol));
  const signerTitle =
    ctx.level === 'department'
      ? `GIÁM ĐỐC ${ctx.department!.name.toUpperCase()}`
      : ctx.level === 'district'
        ? `CHỦ TỊCH ỦY BAN NHÂN DÂN HUYỆN ${ctx.district!.toUpperCase()}`
        : `CHỦ TỊCH ỦY BAN NHÂN DÂN ${rng.chance(0.5) ? env.vars.tinh!.toUpperCase() : env.vars.DV0!.toUpperCase()}`;
  w.lines(['QUYẾT ĐỊNH', 'Về việc ban hành Kế hoạch tuyên truyền cải cách hành chính', text(env, '{DV} {YP}')], 'title');
  w.lines([signerTitle], 'title');

  const italic = rng.chance(0.5) ? (s: string) => `*${s}*` : (s: string) => s;
  const law = ctx.yearFrom >= 2026 ? 'Căn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025;' : 'Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;';
  w.para(italic(law));
  if (ctx.yearFrom >= 2020 && ctx.yearFrom <= 2025) {
    w.para(italic('Căn cứ Luật sửa đổi, bổ sung một số điều của Luật Tổ chức Chính phủ và Luật Tổ chức chính quyền địa phương ngày 22 tháng 11 năm 2019;'));
  }
  if (rng.chance(0.6)) {
    w.para(italic(text(env, 'Căn cứ Quyết định số {n1}/QĐ-UBND ngày {d1} của Chủ tịch Ủy ban nhân dân {DV0} về việc ban hành Kế hoạch cải cách hành chính nhà nước {DV0} năm {Y};')), ['chi_dao_dieu_hanh']);
  }
  const proposer = ctx.level === 'department' ? 'Chánh Văn phòng Sở' : ctx.level === 'district' ? 'Trưởng phòng Nội vụ huyện' : text(env, 'Giám đốc Sở Nội vụ tại Tờ trình số {tt}/TTr-SNV ngày {dtt}');
  w.para(italic(`Theo đề nghị của ${proposer}.`));
  w.para('QUYẾT ĐỊNH:', [], true);

  w.para(`Điều 1. Ban hành kèm theo Quyết định này ${planName}.`);
  if (ctx.level === 'province') {
    w.para(text(env, 'Điều 2. Giao Giám đốc Sở Nội vụ chủ trì, phối hợp với Thủ trưởng các cơ quan, đơn vị liên quan tổ chức thực hiện Kế hoạch này, báo cáo Chủ tịch Ủy ban nhân dân {tinh} theo quy định.'), ['so_noi_vu:chu_tri', 'ubnd_tinh:nhan_bao_cao']);
    w.para(text(env, 'Điều 3. Chánh Văn phòng Ủy ban nhân dân {tinh}; Giám đốc các sở: Nội vụ, Tài chính; Thủ trưởng các cơ quan hành chính thuộc Ủy ban nhân dân {tinh}; Thủ trưởng các cơ quan, đơn vị có liên quan chịu trách nhiệm thi hành Quyết định này.'));
  } else if (ctx.level === 'district') {
    w.para('Điều 2. Giao Trưởng phòng Nội vụ huyện chủ trì, phối hợp với các cơ quan, đơn vị liên quan tổ chức thực hiện Kế hoạch này, báo cáo Chủ tịch Ủy ban nhân dân huyện theo quy định.', ['don_vi_truc_thuoc:chu_tri', 'ubnd_huyen:nhan_bao_cao']);
    w.para('Điều 3. Chánh Văn phòng HĐND và UBND huyện; Thủ trưởng các cơ quan, đơn vị có liên quan chịu trách nhiệm thi hành Quyết định này.');
  } else {
    w.para('Điều 2. Giao Chánh Văn phòng Sở chủ trì, phối hợp với các phòng, đơn vị liên quan tổ chức thực hiện Kế hoạch này, định kỳ báo cáo Giám đốc Sở.', ['don_vi_truc_thuoc:chu_tri', `${ctx.department!.agency}:nhan_bao_cao`]);
    w.para('Điều 3. Chánh Văn phòng Sở, Trưởng các phòng chuyên môn và Thủ trưởng các đơn vị có liên quan chịu trách nhiệm thi hành Quyết định này.');
  }
  w.para('Quyết định này có hiệu lực thi hành kể từ ngày ký./.');
  writeRecipients(env);
  writeSignature(env);

  const who = ctx.level === 'department' ? 'Giám đốc Sở' : ctx.level === 'district' ? 'Chủ tịch Ủy ban nhân dân huyện' : text(env, 'Chủ tịch Ủy ban nhân dân {tinh}');
  const spaced = rng.chance(0.5) ? `${dec.number} /${dec.symbol}` : `${dec.number}/${dec.symbol}`;
  return `(Ban hành kèm theo Quyết định số ${spaced}\n${longDate(ctx.sign)} của ${who})`;
}
