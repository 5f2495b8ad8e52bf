// The body sections before the assignments: opening, purposes and requirements, audiences,
// content (topics), forms (channels), solutions and budget. Headings and list markers vary
// from plan to plan as they do in the real ones.

import { AREAS, TOPIC_PARENT, TOPICS } from './codebook.ts';
import { capitalize, letter, marker } from './document.ts';
import type { Env } from './env.ts';
import { choose, chooseOne, text } from './env.ts';
import { CHANNEL_POOLS, ETHNIC_NOTE } from './pools/channels.ts';
import { ANNOUNCE, AUDIENCE_PHRASES, BUDGET, NEUTRAL_AUDIENCES, OPENINGS, PURPOSES, REQUIREMENTS, SOLUTIONS } from './pools/framing.ts';
import { AREA_HEADINGS, AREA_NAMES, TOPIC_POOLS } from './pools/topics.ts';
import { CITIZEN_ITEMS } from './pools/citizens.ts';
import { LOCAL_DOCS } from './pools/legal-docs.ts';
import { BULLET_TAILS, REVIEW_RESULTS, REVIEW_SHORTCOMINGS } from './pools/review.ts';
import type { Variant } from './variant.ts';

type ListStyle = 'dash' | 'letter';

/** Writes variants as a list, each filled and tagged. */
function list(env: Env, items: readonly Variant[], style: ListStyle | 'plus', start = 0): void {
  items.forEach((x, i) => env.w.para(marker(style, start + i) + text(env, x.t), x.k));
}

/** Opening paragraph(s): what the plan implements, then who issues it. */
export function writeOpening(env: Env): void {
  const { ctx } = env.spec;
  const refs: Variant[] = [];
  if (ctx.level !== 'province') refs.push(OPENINGS.find((o) => o.t.startsWith('Thực hiện Kế hoạch số'))!);
  refs.push(...choose(env, OPENINGS.filter((o) => !refs.includes(o)), env.rng.int(ctx.level === 'province' ? 1 : 0, 2), true));
  const announce = chooseOne(env, ANNOUNCE[ctx.level]!)!;
  const opening = refs.map((r) => text(env, r.t)).join(' ');
  const tags = refs.flatMap((r) => r.k);
  if (env.rng.chance(0.5) && opening) env.w.para(`${opening} ${text(env, announce.t)}`, tags);
  else {
    if (opening) env.w.para(opening, tags);
    env.w.para(text(env, announce.t));
  }
}

/** "Đối tượng" as one sentence listing the chosen audiences. */
function audienceSentence(env: Env): { text: string; tags: string[] } {
  const { spec, rng } = env;
  const phrases: string[] = [];
  const tags: string[] = [];
  if (spec.ctx.level === 'department' && rng.chance(0.7)) {
    phrases.push('toàn bộ đội ngũ cán bộ, công chức, viên chức trong toàn ngành');
    tags.push('can_bo_cong_chuc');
  }
  for (const a of spec.audiences) {
    if (tags.includes(a)) continue;
    const x = rng.pick(AUDIENCE_PHRASES[a]!);
    phrases.push(text(env, x.t));
    tags.push(...x.k);
  }
  if (spec.ctx.level !== 'department' && rng.chance(0.4)) phrases.splice(rng.int(1, phrases.length), 0, text(env, rng.pick(NEUTRAL_AUDIENCES)));
  const joined = phrases.length > 1 ? `${phrases.slice(0, -1).join(', ')} và ${phrases[phrases.length - 1]}` : (phrases[0] ?? '');
  return { text: joined, tags };
}

/** Writes the audience item under number `n` ("3. Đối tượng: …" or a heading and a sentence). */
export function writeAudiences(env: Env, n: number): void {
  const a = audienceSentence(env);
  if (env.rng.chance(0.5)) env.w.para(`${n}. Đối tượng: ${a.text}.`, a.tags);
  else {
    env.w.heading(`${n}. Đối tượng`);
    env.w.para(env.rng.chance(0.5) ? `Đối tượng là ${a.text}.` : `${capitalize(a.text)}.`, a.tags);
  }
}

/** Section "MỤC ĐÍCH, YÊU CẦU" (with the audiences as item 3 when `withAudience`). */
export function writePurposes(env: Env, roman: string, withAudience: boolean): void {
  const { rng, w } = env;
  const colon = rng.chance(0.3) ? ':' : '';
  w.heading(`${roman}. ${withAudience ? rng.pick(['MỤC TIÊU, YÊU CẦU VÀ ĐỐI TƯỢNG', 'MỤC ĐÍCH, YÊU CẦU, ĐỐI TƯỢNG', 'MỤC ĐÍCH, YÊU CẦU']) : rng.pick(['MỤC ĐÍCH, YÊU CẦU', 'MỤC ĐÍCH, YÊU CẦU', 'MỤC TIÊU, YÊU CẦU'])}`);
  w.heading(`1. ${rng.pick(['Mục đích', 'Mục đích', 'Mục tiêu'])}${colon}`);
  list(env, choose(env, PURPOSES, rng.int(4, 8)), 'dash');
  w.heading(`2. Yêu cầu${colon}`);
  list(env, choose(env, REQUIREMENTS, rng.int(3, 6)), rng.chance(0.3) ? 'letter' : 'dash');
  if (withAudience) writeAudiences(env, 3);
}

function topicOrder(t: string): number {
  const area = TOPIC_PARENT[t] ?? t;
  return AREAS.indexOf(area as (typeof AREAS)[number]) * 100 + TOPICS.indexOf(t);
}

/** Bullets for each chosen topic, in reform-area order; a topic's sentences often share one bullet. */
function topicBullets(env: Env): Array<{ topic: string; bullets: Array<{ text: string; tags: string[] }> }> {
  const { rng } = env;
  const sorted = [...env.spec.topics].sort((a, b) => topicOrder(a) - topicOrder(b));
  return sorted
    .map((t) => {
      const items = choose(env, TOPIC_POOLS[t]!, rng.pick([1, 2, 2, 3, 3, 4, 4]));
      const filled = items.map((x) => ({ text: text(env, x.t) + (rng.chance(0.15) ? ` ${text(env, rng.pick(BULLET_TAILS))}` : ''), tags: [...x.k] }));
      const bullets = filled.length > 1 && rng.chance(0.75) ? [{ text: filled.map((f) => f.text).join(' '), tags: filled.flatMap((f) => f.tags) }] : filled;
      return { topic: t, bullets };
    })
    .filter((x) => x.bullets.length > 0);
}

/** The content item ("1. Nội dung tuyên truyền") with the topics, flat or grouped by reform area. */
export function writeContent(env: Env, n: number): void {
  const { rng, w, spec } = env;
  w.heading(`${n}. ${rng.pick(['Nội dung tuyên truyền', 'Nội dung', 'Nội dung tuyên truyền'])}${rng.chance(0.2) ? ':' : ''}`);
  if (rng.chance(0.4)) {
    w.para(text(env, rng.pick([
      'Công tác thông tin, tuyên truyền cải cách hành chính {YP} tập trung vào những nội dung trọng tâm sau:',
      'Tuyên truyền, phổ biến sâu rộng về tầm quan trọng, ý nghĩa, mục tiêu và tác động của cải cách hành chính đến sự phát triển kinh tế - xã hội của {dv} với các nội dung trọng tâm như:',
    ])));
  }
  const areas = AREAS.filter((a) => spec.allowed.has(a));
  if (areas.length >= 2 && rng.chance(0.25)) {
    const names = areas.map((a) => AREA_NAMES[a]!);
    w.para(`- Tuyên truyền sâu rộng về tầm quan trọng, ý nghĩa, mục tiêu của CCHC. Trong đó tập trung các nội dung: ${names.join('; ')}.`, areas);
  }
  writeLocalDocs(env);
  const groups = topicBullets(env);
  const r = rng.next();
  if (r < 0.3) {
    // Grouped by area, like the Ninh Thuận plan: "a) Tuyên truyền về cải cách thể chế:" then dashes.
    const byArea = new Map<string, Array<{ text: string; tags: string[] }>>();
    for (const g of groups) {
      const area = TOPIC_PARENT[g.topic] ?? g.topic;
      byArea.set(area, [...(byArea.get(area) ?? []), ...g.bullets]);
    }
    [...byArea.entries()].forEach(([area, items], i) => {
      w.heading(`${letter(i)}) ${AREA_HEADINGS[area]}:`, [area]);
      for (const b of items) w.para(`- ${b.text}`, b.tags);
    });
  } else {
    // Flat; sometimes the middle topics become "+" points under "- Các nội dung tuyên truyền chủ yếu:" (Yên Bái plan).
    const bullets = groups.flatMap((g) => g.bullets);
    const style: ListStyle = rng.chance(0.3) ? 'letter' : 'dash';
    const sub = style === 'dash' && bullets.length >= 5 && r < 0.45 ? [Math.floor(bullets.length / 3), Math.floor((bullets.length * 2) / 3)] : null;
    bullets.forEach((b, i) => {
      if (sub && i === sub[0]) w.para('- Các nội dung tuyên truyền chủ yếu:');
      const inSub = sub && i >= sub[0]! && i < sub[1]!;
      w.para((inSub ? '+ ' : marker(style, i)) + b.text, b.tags);
    });
  }
  if (rng.chance(0.4)) w.para(text(env, '- Các nội dung khác phù hợp với nhiệm vụ trọng tâm hằng năm của CCHC, khi có văn bản mới của Trung ương, của {dv} cần được phổ biến, thông tin, tuyên truyền sâu rộng.'));
}

const MASS_MEDIA: Readonly<Record<string, string>> = {
  truyen_hinh_phat_thanh: '{dai}',
  bao_chi: '{bao}',
  cong_thong_tin: 'Cổng thông tin điện tử {tinh}; Trang thông tin điện tử của các cơ quan, đơn vị, địa phương',
  truyen_thanh_co_so: 'Đài truyền thanh cấp cơ sở',
  mang_xa_hoi: 'tuyên truyền trên zalo, facebook...',
};

/** The forms item ("2. Hình thức tuyên truyền") with one sentence per chosen channel. */
export function writeForms(env: Env, n: number): void {
  const { rng, w, spec } = env;
  w.heading(`${n}. ${rng.pick(['Hình thức tuyên truyền', 'Hình thức', 'Hình thức tuyên truyền'])}${rng.chance(0.2) ? ':' : ''}`);
  const style: ListStyle = rng.chance(0.5) ? 'letter' : 'dash';
  const items: Array<{ text: string; tags: readonly string[] }> = [];
  let rest = spec.channels;
  const media = spec.channels.filter((c) => MASS_MEDIA[c]);
  if (media.length >= 2 && rng.chance(0.4)) {
    items.push({ text: text(env, `Thực hiện thông tin, tuyên truyền thông qua các phương tiện thông tin đại chúng, như: ${media.map((c) => MASS_MEDIA[c]).join('; ')}.`), tags: media });
    rest = rest.filter((c) => !media.includes(c) || rng.chance(0.3));
  }
  for (const c of rng.shuffle(rest)) {
    const xs = choose(env, CHANNEL_POOLS[c]!, rng.chance(0.45) ? 2 : 1);
    if (xs.length) items.push({ text: xs.map((x) => text(env, x.t)).join(' '), tags: xs.flatMap((x) => x.k) });
  }
  if (spec.ethnicNote) {
    const note = chooseOne(env, ETHNIC_NOTE)!;
    const i = items.findIndex((it) => it.tags.includes('truyen_hinh_phat_thanh') || it.tags.includes('bao_chi') || it.tags.includes('truyen_thanh_co_so'));
    const noteText = text(env, note.t);
    if (i >= 0 && rng.chance(0.6)) {
      const it = items[i]!;
      const wrapped = rng.chance(0.5) ? `(*${noteText}*)` : `(${noteText})`;
      items[i] = { text: `${it.text.replace(/\.$/, '')} ${wrapped}.`, tags: [...it.tags, ...note.k] };
    } else items.push({ text: `${capitalize(noteText)}.`, tags: note.k });
  }
  items.forEach((it, i) => w.para(marker(style, i) + it.text, it.tags));
  if (rng.chance(0.3)) w.para(marker(style, items.length) + 'Các hình thức tuyên truyền khác phù hợp với đặc điểm, tình hình của cơ quan, đơn vị.');
  if (spec.annex) w.para(rng.pick(['(Có phụ lục chi tiết kèm theo)', '(có phụ lục kèm theo)']));
}

/** The optional "Đối với người dân và doanh nghiệp" item of citizen-facing points. */
export function writeCitizens(env: Env, n: number): boolean {
  const items = choose(env, CITIZEN_ITEMS, env.rng.int(2, 4), true);
  if (items.length < 2) return false;
  env.w.heading(`${n}. Đối với người dân và doanh nghiệp:`, ['nguoi_dan', 'doanh_nghiep']);
  // The Ninh Thuận plan prints these as "- + …": both markers kept.
  const prefix = env.rng.chance(0.5) ? '- + ' : '+ ';
  for (const x of items) env.w.para(prefix + text(env, x.t), x.k);
  return true;
}

/** Section "GIẢI PHÁP THỰC HIỆN": numbered solutions. */
export function writeSolutions(env: Env, roman: string): void {
  const { rng, w } = env;
  w.heading(`${roman}. ${rng.pick(['GIẢI PHÁP THỰC HIỆN', 'GIẢI PHÁP THỰC HIỆN', 'HÌNH THỨC, GIẢI PHÁP THỰC HIỆN'])}${rng.chance(0.2) ? ':' : ''}`);
  choose(env, SOLUTIONS, rng.int(4, 8)).forEach((x, i) => w.para(`${i + 1}. ${text(env, x.t)}`, x.k));
}

/** Section "KINH PHÍ (THỰC HIỆN)"; its paragraphs are not linted (state budget is a funding source). */
export function writeBudget(env: Env, roman: string): void {
  const { rng, w } = env;
  w.heading(`${roman}. ${rng.pick(['KINH PHÍ', 'KINH PHÍ THỰC HIỆN'])}`);
  const items = choose(env, BUDGET, rng.int(1, 2));
  const numbered = items.length > 1 && rng.chance(0.5);
  items.forEach((x, i) => w.para(`${numbered ? `${i + 1}. ` : ''}${text(env, x.t)}`, x.k, false, false));
}

/** Section reviewing last year's communication work; only for plans covering results and shortcomings. */
export function writeReview(env: Env, roman: string): boolean {
  const { rng, w, spec } = env;
  if (!spec.allowed.has('ket_qua_han_che')) return false;
  w.heading(text(env, rng.pick(['{R}. KẾT QUẢ CÔNG TÁC TUYÊN TRUYỀN CẢI CÁCH HÀNH CHÍNH NĂM {Y0}', '{R}. ĐÁNH GIÁ KẾT QUẢ THỰC HIỆN CÔNG TÁC THÔNG TIN, TUYÊN TRUYỀN CCHC NĂM {Y0}']).replace('{R}', roman)));
  w.heading('1. Kết quả đạt được', ['ket_qua_han_che']);
  const figures = { N1: String(rng.int(120, 2400)), N2: String(rng.int(12, 180)), N3: String(rng.int(2, 40)) };
  const fillN = (t: string) => text(env, t.replace(/\{(N\d)\}/g, (_m, k: 'N1' | 'N2' | 'N3') => figures[k]));
  for (const x of choose(env, REVIEW_RESULTS, rng.int(3, 6))) w.para(`- ${fillN(x.t)}`, x.k);
  w.heading(rng.pick(['2. Tồn tại, hạn chế', '2. Hạn chế, tồn tại và nguyên nhân']), ['ket_qua_han_che']);
  for (const x of choose(env, REVIEW_SHORTCOMINGS, rng.int(2, 3))) w.para(`- ${text(env, x.t)}`, x.k);
  return true;
}

/** A list of local documents to communicate (the Ninh Thuận plan's opening of its content item). */
function writeLocalDocs(env: Env): void {
  const { rng, w } = env;
  if (env.spec.ctx.level === 'district' || !rng.chance(0.45)) return;
  const docs = choose(env, LOCAL_DOCS, rng.int(3, 6), true);
  if (docs.length < 2) return;
  const year = env.spec.ctx.yearFrom;
  for (const x of docs) {
    const date = `${rng.int(1, 28)}/${rng.int(1, 12)}/${rng.int(Math.max(2019, year - 4), year - 1)}`;
    w.para(`- ${text(env, x.t.replace('{no}', String(rng.int(2, 420))).replace('{date}', date))}`, x.k);
  }
}
