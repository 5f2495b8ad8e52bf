// The parts of a plan around its body: header block, promulgating decision, title, signature and
// recipients, in either text style (blank-line paragraphs, or web scrape cut by `|` lines).

import { longDate } from './dates.ts';
import type { Env } from './env.ts';
import { text } from './env.ts';
import { personName } from './names.ts';

const upper = (s: string) => s.toUpperCase();

/** The organ lines at the top left: "ỦY BAN NHÂN DÂN / TỈNH SƠN LA", "UBND TỈNH … / SỞ NỘI VỤ". */
function organLines(env: Env): string[] {
  const { ctx } = env.spec;
  const dv0 = upper(env.vars.DV0!);
  if (ctx.level === 'department') return [env.rng.chance(0.7) ? `UBND ${dv0}` : `ỦY BAN NHÂN DÂN ${dv0}`, upper(ctx.department!.name)];
  if (ctx.level === 'district') return ['ỦY BAN NHÂN DÂN', `HUYỆN ${upper(ctx.district!)}`];
  return ['ỦY BAN NHÂN DÂN', dv0];
}

/** Where the plan was signed: the province's (or district's) name. */
function place(env: Env): string {
  const { ctx } = env.spec;
  if (ctx.level === 'district') return ctx.district!;
  return ctx.province.code === '79' ? 'Thành phố Hồ Chí Minh' : ctx.province.name;
}

/** "Số: 66/KH-UBND", "Số: 49 /KH-UBND" or the blank "Số:    /KH-SNV". */
export function numberLine(env: Env, num: number | null, symbol: string): string {
  if (num === null) return `Số:    /${symbol}`;
  return env.rng.chance(0.3) ? `Số: ${num} /${symbol}` : `Số: ${num}/${symbol}`;
}

/**
 * The header block: organ and motto (unless `organ` is false), the number line when given, and
 * the place-and-date line unless `date` is false.
 */
export function writeHeader(env: Env, number: string | null, organ = true, date = true): void {
  const { w, rng, spec } = env;
  const motto = [rng.chance(0.5) ? 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM' : 'CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc'];
  const placeDate = `${place(env)}, ${longDate(spec.ctx.sign)}`;
  if (spec.style === 'web') {
    const lines = organ ? [...organLines(env), '-------', '|', 'CỘNG HÒA XÃ HỘI', 'CHỦ NGHĨA VIỆT NAM', motto[1]!, '---------------', '|'] : [];
    if (number) lines.push(number, '|');
    if (date) {
      const cut = placeDate.indexOf(', ngày') + 1;
      lines.push(placeDate.slice(0, cut + 5), placeDate.slice(cut + 6), '|');
    }
    if (lines.length) w.lines(lines, 'header');
    return;
  }
  if (organ) {
    w.lines(organLines(env), 'header');
    w.lines(motto, 'header');
  }
  if (number) w.lines([number], 'header');
  if (date) w.lines([placeDate], 'header');
}

/** "KẾ HOẠCH" and the title line(s); returns the title. */
export function writeTitle(env: Env, titleTemplate: string, attachedTo: string | null): string {
  const { w, rng, spec } = env;
  const title = text(env, titleTemplate);
  if (spec.style === 'web') {
    const words = upper(title).split(' ');
    const cut = rng.int(1, Math.min(3, words.length - 1));
    w.lines(['KẾ HOẠCH', words.slice(0, cut).join(' '), words.slice(cut).join(' ')], 'title');
  } else {
    w.lines(['KẾ HOẠCH'], 'title');
    w.lines([title], 'title');
  }
  if (attachedTo) {
    const [a, b] = attachedTo.split('\n');
    if (spec.style === 'web' || !b) w.lines([attachedTo.replace('\n', ' ')], 'title');
    else {
      w.lines([a!], 'title');
      w.lines([b], 'title');
    }
  }
  return title;
}

/** The signature block: capacity (sometimes in bold), blank lines, the signer's name. */
export function writeSignature(env: Env): void {
  const { w, rng, spec } = env;
  const lvl = spec.ctx.level;
  const capacity =
    lvl === 'department'
      ? rng.pick([['GIÁM ĐỐC'], ['KT. GIÁM ĐỐC', 'PHÓ GIÁM ĐỐC']])
      : rng.pick([['KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH'], ['KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH'], ['CHỦ TỊCH'], ['TM. ỦY BAN NHÂN DÂN', 'KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH']]);
  if (rng.chance(0.35)) {
    capacity[0] = `**${capacity[0]}`;
    capacity[capacity.length - 1] = `${capacity[capacity.length - 1]}**`;
  }
  const name = personName(rng);
  if (spec.style === 'web') w.lines(['|', ...capacity, name, '|'], 'sign');
  else {
    w.lines(capacity, 'sign');
    w.lines(['', '', name], 'sign');
  }
}

const RECIPIENTS: Readonly<Record<string, readonly string[]>> = {
  province: [
    'Bộ Nội vụ;', 'Vụ CCHC - Bộ Nội vụ;', 'TT. {TU}, HĐND {tinh};', 'Thường trực HĐND {tinh};', 'Chủ tịch, các Phó Chủ tịch UBND {tinh};',
    'UBMTTQ {tinh};', 'Các sở, ban, ngành, đoàn thể {tinh};', 'UBND {huyen};', '{bao}; Đài PT-TH {tinh};', 'Cổng TTĐT {tinh};',
    'Trung tâm Phục vụ hành chính công {tinh};', 'Trường Chính trị {tinh};', 'Chánh, Phó Chánh Văn phòng UBND {tinh};',
  ],
  department: ['UBND {tinh}; B/c', 'Sở Nội vụ; P/h', 'GĐ, các PGĐ Sở; chỉ đạo', 'Các phòng chuyên môn, đơn vị thuộc Sở; thực hiện', 'Trang TTĐT Sở;'],
  district: ['UBND {tinh} (b/c);', 'Sở Nội vụ (b/c);', 'TT. Huyện ủy, HĐND huyện;', 'CT, các PCT UBND huyện;', 'Các cơ quan, đơn vị thuộc UBND huyện;', 'UBND {xa};'],
};

const CRUMBS = [' *hoz*', ' *ra đ*', ' *quw*', ' *tn*'];
const STRAYS = ['Ntkc.02/{Y}.', 'J20b', 'hq.', 'TL'];

/** "Nơi nhận:" and its list, with the occasional OCR crumb or stray initials. */
export function writeRecipients(env: Env): void {
  const { w, rng, spec } = env;
  const pool = RECIPIENTS[spec.ctx.level]!.filter((r) => !(spec.ctx.twoTier && r.includes('{huyen}')));
  const picked = rng.sample(pool, rng.int(Math.min(4, pool.length), pool.length)).map((r) => `- ${text(env, r)}`);
  const last = `- Lưu: ${rng.pick(['VT, NC.', 'VT, KSTT.', 'VT-VP.', 'VT, TTPVHCC', 'VT.'])}${rng.chance(0.15) ? rng.pick(CRUMBS) : ''}`;
  const head = `Nơi nhận:${rng.chance(0.1) ? rng.pick(CRUMBS) : ''}`;
  const lines = [...picked, last];
  if (rng.chance(0.1)) lines.push('', text(env, rng.pick(STRAYS)));
  if (spec.style === 'web') w.lines([head, ...lines], 'recipients');
  else {
    w.lines([head], 'recipients');
    w.lines(lines, 'recipients');
  }
}
