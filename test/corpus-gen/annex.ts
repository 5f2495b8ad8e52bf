// The annex task table ("PHỤ LỤC"): one row per communication form with its content, timing,
// lead agency (chu_tri) and coordinating agencies (phoi_hop), in one of the two column orders of
// the real plans, with HTML list fragments in some cells.

import { shortDate } from './dates.ts';
import type { Env } from './env.ts';
import { choose, isFitting, text } from './env.ts';
import { nameOf } from './organization.ts';
import { AGENCY_NAMES } from './pools/agencies.ts';
import { ANNEX_ITEMS, ANNEX_NEUTRAL, ANNEX_TIMES } from './pools/annex-items.ts';
import { CHANNEL_FORMS } from './pools/channels.ts';

interface Party {
  ids: string[];
  text: string;
  tags: readonly string[];
}

const LEADS: Readonly<Record<string, readonly string[]>> = {
  truyen_hinh_phat_thanh: ['dai_ptth'], bao_chi: ['bao_tinh'], truyen_thanh_co_so: ['GROUP'], cong_thong_tin: ['cong_ttdt_tinh', 'van_phong_ubnd', 'GROUP'],
  mang_xa_hoi: ['so_tttt', 'GROUP'], video_phong_su: ['so_tttt', 'dai_ptth', 'so_noi_vu'], ban_tin: ['so_noi_vu'], an_pham: ['so_noi_vu', 'so_vhttdl'],
  niem_yet: ['GROUP'], tap_huan_hoi_nghi: ['so_noi_vu', 'GROUP'], cuoc_thi: ['so_noi_vu'], san_khau_hoa: ['so_vhttdl'], doi_thoai_hop_bao: ['so_khdt', 'van_phong_ubnd'],
  hop_dan_nguoi_uy_tin: ['GROUP'], duong_day_nong: ['van_phong_ubnd', 'trung_tam_pvhcc'], long_ghep_pbgdpl: ['so_tu_phap'], dao_tao_tuyen_dung: ['so_noi_vu', 'truong_chinh_tri'],
  thi_dua_khen_thuong: ['so_noi_vu', 'GROUP'],
};

/** "- Các sở, ban, ngành tỉnh - UBND cấp huyện, cấp xã": the departments and local committees together. */
function group(env: Env, html: boolean): Party {
  const two = env.spec.ctx.twoTier;
  const inner = text(env, two ? '- Các sở, ban, ngành {tinh} - UBND cấp xã' : '- Các sở, ban, ngành {tinh} - UBND cấp huyện, cấp xã');
  return { ids: two ? ['so_ban_nganh', 'ubnd_xa'] : ['so_ban_nganh', 'ubnd_huyen', 'ubnd_xa'], text: html ? `<ul style="list-style-type: none"> ${inner} </ul>` : inner, tags: [] };
}

function exists(env: Env, id: string): boolean {
  const a = AGENCY_NAMES[id];
  const { ctx } = env.spec;
  return !!a && !(a.beforeMerger && ctx.afterDeptMerger) && !(a.since && ctx.yearFrom < a.since);
}

function lead(env: Env, channel: string): Party {
  const { ctx, allowed } = env.spec;
  if (ctx.level === 'district') return env.rng.pick([{ ids: ['don_vi_truc_thuoc'], text: 'Phòng Nội vụ', tags: [] }, { ids: ['ubnd_xa'], text: text(env, 'UBND {xa}'), tags: [] }]);
  if (ctx.level === 'department') return env.rng.pick([{ ids: ['don_vi_truc_thuoc'], text: 'Văn phòng Sở', tags: [] }, { ids: ['don_vi_truc_thuoc'], text: 'Các phòng chuyên môn, đơn vị trực thuộc Sở', tags: [] }]);
  const options = (LEADS[channel] ?? ['so_noi_vu']).filter((id) => id === 'GROUP' || exists(env, id));
  const parties = options.map((id) => (id === 'GROUP' ? group(env, env.rng.chance(0.3)) : nameOf(env, id)));
  const fitting = parties.filter((p) => p.tags.every((t) => allowed.has(t)));
  return env.rng.pick(fitting.length ? fitting : parties.length ? parties : [nameOf(env, 'so_noi_vu')]);
}

function coordinate(env: Env, leadIds: readonly string[]): Party {
  const { rng, spec } = env;
  const neutral: Party = { ids: [], text: rng.pick(['Các cơ quan, đơn vị có liên quan', 'Các cơ quan, đơn vị liên quan', '']), tags: [] };
  if (spec.ctx.level !== 'province' || rng.chance(0.55)) return neutral;
  const local = spec.ctx.twoTier ? ['ubnd_xa', 'UBND {xa}'] : ['ubnd_huyen', 'UBND {huyen}'];
  const opts: Party[] = [];
  if (!leadIds.includes('so_noi_vu')) {
    opts.push({ ids: ['so_noi_vu'], text: 'Sở Nội vụ', tags: [] });
    opts.push({ ids: ['so_noi_vu', 'so_ban_nganh', local[0]!], text: text(env, `- Sở Nội vụ; - Các sở, ban, ngành {tinh}; ${local[1]}.`), tags: [] });
  }
  if (!leadIds.includes('so_ban_nganh')) opts.push({ ids: ['so_ban_nganh', local[0]!], text: text(env, `Các sở, ban, ngành {tinh}; ${local[1]}.`), tags: [] });
  return opts.length ? rng.pick(opts) : neutral;
}

/** Joins content items the ways the scraped tables do: dashes, pluses, `<ul>` or `<p>`. */
function cellList(env: Env, items: readonly string[]): string {
  const r = env.rng.next();
  if (items.length === 1) return r < 0.25 ? `<p>${items[0]}</p>` : items[0]!;
  if (r < 0.35) return `<ul style="list-style-type: none"> ${items.map((i) => `- ${i}`).join(' ')} </ul>`;
  if (r < 0.6) return items.map((i) => `+ ${i}.`).join(' ');
  return items.map((i) => `- ${i}.`).join(' ');
}

/** Writes the annex title and table; `selfRef` is "Kế hoạch số 285 /KH-UBND ngày …" or a decision reference. */
export function writeAnnex(env: Env, selfRef: string): void {
  const { rng, w, spec } = env;
  const up = (s: string) => text(env, s).toUpperCase();
  w.lines(['PHỤ LỤC', up(rng.pick(['Các nhiệm vụ cụ thể công tác thông tin, tuyên truyền cải cách hành chính {YP}', 'Các hoạt động trọng tâm tuyên truyền cải cách hành chính {YP}'])), up('trên địa bàn {DV}')], 'title');
  w.lines([`(${rng.pick(['Ban hành kèm theo', 'Kèm theo'])} ${selfRef})`], 'title');

  // One row per form; a short channel list repeats forms with other content, as real annexes do.
  const rowCount = rng.int(5, 12);
  const channels = Array.from({ length: rowCount }, (_, i) => (i < spec.channels.length ? rng.shuffle(spec.channels)[0]! : rng.pick(spec.channels)));
  const orderB = rng.chance(0.4);
  const header = orderB
    ? ['STT', 'Nội dung', 'Cơ quan chủ trì', 'Cơ quan phối hợp', 'Thời gian thực hiện']
    : ['TT', 'Hình thức tuyên truyền', 'Nội dung tuyên truyền', 'Thời gian thực hiện', 'Cơ quan chủ trì', 'Cơ quan phối hợp'];
  const rows = channels.map((c, i) => {
    const form = CHANNEL_FORMS[c]!.filter((f) => isFitting(f, spec.allowed));
    const f = rng.pick(form.length ? form : CHANNEL_FORMS[c]!);
    const topicItems = spec.topics.flatMap((t) => ANNEX_ITEMS[t] ?? []);
    const items = choose(env, topicItems, rng.int(1, 3), true);
    const contentTexts = items.map((x) => text(env, x.t));
    if (contentTexts.length === 0 || rng.chance(0.3)) contentTexts.push(text(env, rng.pick(ANNEX_NEUTRAL)));
    const content = cellList(env, contentTexts);
    const l = lead(env, c);
    const co = coordinate(env, l.ids);
    const time = text(env, rng.pick(ANNEX_TIMES));
    const formText = text(env, f.t);
    const cells = orderB
      ? [String(i + 1), `${formText}: ${content}`, l.text, co.text, time]
      : [String(i + 1), formText, content, time, l.text, co.text];
    const tags = [...f.k, ...items.flatMap((x) => x.k), ...l.tags, ...co.tags, ...l.ids.map((id) => `${id}:chu_tri`), ...co.ids.map((id) => `${id}:phoi_hop`)];
    return { cells, tags };
  });
  w.table(header, rows);
}

/** The annex's reference to its plan: the number as printed, the date in the annex's short form. */
export function annexSelfRef(env: Env, num: number | null, symbol: string): string {
  const { ctx } = env.spec;
  const who = ctx.level === 'department' ? ctx.department!.name : ctx.level === 'district' ? 'Ủy ban nhân dân huyện' : text(env, env.rng.chance(0.5) ? 'Ủy ban nhân dân {DV0}' : 'Chủ tịch UBND {tinh}');
  const n = num === null ? '   ' : env.rng.chance(0.5) ? `${num} ` : String(num);
  return `Kế hoạch số ${n}/${symbol} ngày ${shortDate(ctx.sign, env.rng.chance(0.4))} của ${who}`;
}
