// Section "TỔ CHỨC THỰC HIỆN": numbered assignments to agencies, each heading naming one or more
// agencies (→ thuc_hien, or de_nghi for "Đề nghị …") followed by tasks whose wording gives the
// other roles: "Chủ trì, phối hợp với X …" (chu_tri, X phoi_hop), "Tham mưu …" (tham_muu),
// "Phối hợp với …" (phoi_hop), "Theo dõi, đôn đốc, kiểm tra …", "báo cáo … (qua Sở Nội vụ)".

import { capitalize, letter, marker } from './document.ts';
import type { Env } from './env.ts';
import { choose, isFitting, text } from './env.ts';
import { AGENCY_NAMES, OWN_UNITS } from './pools/agencies.ts';
import type { Duty } from './pools/duties.ts';
import { COMMUNE_DUTIES, DUTIES, GROUP_DUTIES } from './pools/duties.ts';
import type { Variant } from './variant.ts';
import { fits } from './variant.ts';

interface Named {
  /** Codebook agency ids the name stands for. */
  ids: string[];
  text: string;
  tags: readonly string[];
}

interface Assignee {
  who: Named;
  duties: readonly Duty[];
  /** A body outside the issuer's command ("Đề nghị …"): no "Chủ trì" or "Tham mưu" prefixes. */
  request: boolean;
}

/** True when the agency exists in the plan's era. */
function exists(env: Env, id: string): boolean {
  const a = AGENCY_NAMES[id];
  if (!a) return false;
  const { ctx } = env.spec;
  return !(a.beforeMerger && ctx.afterDeptMerger) && !(a.since && ctx.yearFrom < a.since);
}

/** One of the agency's names, filled, with the tags the name carries. */
export function nameOf(env: Env, id: string): Named {
  const { ctx } = env.spec;
  const options = AGENCY_NAMES[id]!.names.filter((n) => fits(n, ctx.yearFrom, ctx.level));
  const fitting = options.filter((n) => isFitting(n, env.spec.allowed));
  const n: Variant = env.rng.pick(fitting.length ? fitting : options);
  return { ids: [id], text: text(env, n.t), tags: n.k };
}

function ownUnit(env: Env, key: string): Named {
  return { ids: ['don_vi_truc_thuoc'], text: text(env, OWN_UNITS[key]!.name), tags: [] };
}

/** The issuer's People's Committee, which receives reports (`UBREP`). */
const ubRep = (env: Env) => (env.spec.ctx.level === 'district' ? 'ubnd_huyen' : 'ubnd_tinh');

/** Resolves `SELF:`, `UBREP:` and `ISSUER:` in a duty's tags. */
function resolveTags(env: Env, tags: readonly string[], self: readonly string[]): string[] {
  const out: string[] = [];
  for (const t of tags) {
    const [who, role] = t.split(':');
    if (role === undefined) out.push(t);
    else if (who === 'SELF') out.push(...self.map((id) => `${id}:${role}`));
    else if (who === 'UBREP') out.push(`${ubRep(env)}:${role}`);
    else if (who === 'ISSUER') out.push(`${env.spec.ctx.department!.agency}:${role}`);
    else out.push(t);
  }
  return out;
}

/** Agencies to name after "phối hợp với", preferring ones whose names add no new category. */
function coordinators(env: Env, self: readonly string[]): Named[] {
  const { ctx } = env.spec;
  const rng = env.rng;
  if (ctx.level === 'district') return rng.sample(['phong_vhtt', 'tt_vhtt', 'phong_tu_phap', 'vp_huyen'], rng.int(1, 2)).map((k) => ownUnit(env, k));
  if (ctx.level === 'department') return [{ ids: ['don_vi_truc_thuoc'], text: 'các phòng, đơn vị thuộc Sở', tags: [] }];
  const pool = ['so_tttt', 'so_noi_vu', 'van_phong_ubnd', 'cong_an_tinh', 'dai_ptth', 'bao_tinh', 'cong_ttdt_tinh', 'so_tu_phap', 'so_ban_nganh', 'ubnd_huyen', 'so_khcn', 'trung_tam_pvhcc']
    .filter((id) => exists(env, id) && !self.includes(id) && !(id === 'ubnd_huyen' && ctx.twoTier));
  const named = pool.map((id) => nameOf(env, id)).filter((n) => n.tags.every((t) => env.spec.allowed.has(t)));
  // Mid-sentence, "Các sở, ban, ngành" loses its capital; proper names keep theirs.
  return rng.sample(named, rng.int(1, 3)).map((n) => (n.text.startsWith('Các ') ? { ...n, text: `c${n.text.slice(1)}` } : n));
}

/** One task as a sentence with its tags resolved. */
function dutySentence(env: Env, a: Assignee, duty: Duty): { text: string; tags: string[] } {
  const self = a.who.ids;
  const body = text(env, duty.t);
  const own = resolveTags(env, duty.k, self);
  if (!duty.r) return { text: body, tags: own };
  const allowed = a.request ? duty.r.replace(/[ct]/g, '') || 'x' : duty.r;
  const kind = env.rng.pick([...allowed]);
  if (kind === 'c') {
    const coords = env.rng.chance(0.6) ? coordinators(env, self) : [];
    const alsoAdvise = allowed.includes('t') && env.rng.chance(0.25);
    const lead = coords.length ? `Chủ trì, phối hợp với ${coords.map((c) => c.text).join(', ')}${env.rng.chance(0.5) ? ' và các cơ quan, đơn vị liên quan' : ''} ` : 'Chủ trì ';
    return {
      text: `${lead}${alsoAdvise ? 'tham mưu ' : ''}${body}.`,
      tags: [...own, ...self.map((id) => `${id}:chu_tri`), ...(alsoAdvise ? self.map((id) => `${id}:tham_muu`) : []), ...coords.flatMap((c) => [...c.tags, ...c.ids.map((id) => `${id}:phoi_hop`)])],
    };
  }
  if (kind === 't') return { text: `Tham mưu ${env.vars.UB} ${body}.`, tags: [...own, ...self.map((id) => `${id}:tham_muu`)] };
  if (kind === 'p') {
    const lead = env.rng.pick(['Phối hợp với các cơ quan, đơn vị liên quan', 'Phối hợp cùng các đơn vị có liên quan', 'Phối hợp thực hiện']);
    return { text: `${lead} ${body}.`, tags: [...own, ...self.map((id) => `${id}:phoi_hop`)] };
  }
  return { text: `${capitalize(body)}.`, tags: own };
}

/** Writes one numbered assignment: heading (or inline heading) and its tasks. */
function writeAssignee(env: Env, a: Assignee, number: string, nested: boolean): void {
  const { rng, w } = env;
  const role = a.request ? 'de_nghi' : 'thuc_hien';
  const headTags = [...a.who.tags, ...a.who.ids.map((id) => `${id}:${role}`)];
  const title = `${a.request ? `Đề nghị ${a.who.text}` : a.who.text}`;
  const sentences: Array<{ text: string; tags: string[] }> = [];
  for (const d of a.duties) {
    const s = dutySentence(env, a, d);
    const prev = sentences[sentences.length - 1];
    // Real plans often put two tasks in one bullet.
    if (prev && rng.chance(0.3)) sentences[sentences.length - 1] = { text: `${prev.text} ${s.text}`, tags: [...prev.tags, ...s.tags] };
    else sentences.push(s);
  }
  if (sentences.length === 0) return;
  if (rng.chance(0.35)) {
    // Inline: "3. Sở Tài chính: phối hợp cùng các đơn vị …", further tasks as dashes.
    const [first, ...rest] = sentences;
    w.para(`${number}${title}: ${first!.text.charAt(0).toLowerCase()}${first!.text.slice(1)}`, [...headTags, ...first!.tags]);
    for (const s of rest) w.para(`- ${s.text}`, s.tags);
    return;
  }
  w.heading(`${number}${title}`, headTags);
  const style = nested ? 'dash' : rng.pick(['dash', 'dash', 'letter'] as const);
  if (sentences.length === 1 && rng.chance(0.5)) w.para(sentences[0]!.text, sentences[0]!.tags);
  else sentences.forEach((s, i) => w.para(marker(style, i) + s.text, s.tags));
}

const PROVINCE_WEIGHT: Readonly<Record<string, number>> = {
  van_phong_ubnd: 8, so_tttt: 7, so_tu_phap: 7, so_tai_chinh: 7, so_khdt: 4, so_khcn: 4, so_yte: 2, so_gddt: 2, so_vhttdl: 3,
  so_ldtbxh: 1, cong_an_tinh: 3, dai_ptth: 7, bao_tinh: 7, cong_ttdt_tinh: 4, trung_tam_pvhcc: 3, buu_dien_tinh: 2,
  mttq: 6, ban_tuyen_giao: 3, truong_chinh_tri: 3, cong_doan: 2,
};
const ALWAYS_REQUESTED = new Set(['mttq', 'ban_tuyen_giao', 'truong_chinh_tri']);

/** Duties of `ids` that fit the plan (strictly), `n` at most. */
function dutiesFor(env: Env, keys: readonly string[], n: number): Duty[] {
  const pool = keys.flatMap((k) => DUTIES[k] ?? []);
  return choose(env, pool, n, true);
}

function provinceAssignees(env: Env): Assignee[] {
  const { rng, spec } = env;
  const out: Assignee[] = [];
  if (rng.chance(0.9)) {
    const local = spec.ctx.twoTier ? 'ubnd_xa' : 'ubnd_huyen';
    const sbn = nameOf(env, 'so_ban_nganh');
    const loc = nameOf(env, local);
    const name = `${sbn.text}; ${loc.text}${rng.chance(0.4) ? ' và các cơ quan, đơn vị có liên quan' : ''}`;
    out.push({ who: { ids: ['so_ban_nganh', local], text: name, tags: [] }, duties: choose(env, GROUP_DUTIES, rng.int(3, 6), true), request: false });
  }
  if (rng.chance(0.95)) {
    const duties = dutiesFor(env, ['so_noi_vu'], rng.int(4, 7));
    out.splice(rng.chance(0.3) ? 0 : out.length, 0, { who: nameOf(env, 'so_noi_vu'), duties, request: false });
  }
  const candidates = Object.keys(PROVINCE_WEIGHT).filter((id) => exists(env, id));
  const picked = rng.weightedSample(candidates, (id) => PROVINCE_WEIGHT[id]!, rng.int(4, 15));
  const media: string[] = picked.filter((id) => id === 'dai_ptth' || id === 'bao_tinh' || id === 'cong_ttdt_tinh');
  const groupMedia = media.length >= 2 && rng.chance(0.5);
  const requested: Assignee[] = [];
  for (const id of Object.keys(PROVINCE_WEIGHT)) {
    if (!picked.includes(id) || (groupMedia && media.includes(id) && id !== media[0])) continue;
    const isMedia = groupMedia && id === media[0];
    const who = isMedia ? joinNames(env, media) : nameOf(env, id);
    const duties = dutiesFor(env, isMedia ? ['media', ...media] : [id], rng.int(2, 5));
    if (duties.length === 0) continue;
    const request = ALWAYS_REQUESTED.has(id) || ((id === 'cong_doan' || isMedia || id === 'bao_tinh') && rng.chance(0.4));
    (request ? requested : out).push({ who, duties, request });
  }
  return [...out, ...requested];
}

function joinNames(env: Env, ids: readonly string[]): Named {
  const names = ids.map((id) => nameOf(env, id));
  const sep = env.rng.pick(['; ', ', ']);
  return { ids: [...ids], text: names.map((n) => n.text).join(sep), tags: names.flatMap((n) => n.tags) };
}

function districtAssignees(env: Env): Assignee[] {
  const { rng } = env;
  const out: Assignee[] = [];
  if (rng.chance(0.95)) out.push({ who: ownUnit(env, 'phong_noi_vu'), duties: dutiesFor(env, ['phong_noi_vu'], rng.int(2, 3)), request: false });
  for (const key of rng.sample(['vp_huyen', 'tt_vhtt', 'phong_vhtt', 'phong_tu_phap'], rng.int(1, 4))) {
    out.push({ who: ownUnit(env, key), duties: dutiesFor(env, [key], rng.int(1, 2)), request: false });
  }
  if (rng.chance(0.8)) out.push({ who: ownUnit(env, 'co_quan_huyen'), duties: choose(env, GROUP_DUTIES, rng.int(3, 5), true), request: false });
  if (rng.chance(0.9)) out.push({ who: nameOf(env, 'ubnd_xa'), duties: choose(env, COMMUNE_DUTIES, rng.int(1, 3), true), request: false });
  if (rng.chance(0.6)) out.push({ who: nameOf(env, 'mttq'), duties: dutiesFor(env, ['mttq'], rng.int(1, 2)), request: true });
  return out;
}

function departmentAssignees(env: Env): Assignee[] {
  const { rng } = env;
  const out: Assignee[] = [];
  if (rng.chance(0.95)) out.push({ who: ownUnit(env, 'phong_so'), duties: dutiesFor(env, ['phong_so'], rng.int(2, 3)), request: false });
  if (rng.chance(0.9)) out.push({ who: ownUnit(env, 'vp_so'), duties: dutiesFor(env, ['vp_so'], rng.int(2, 5)), request: false });
  return out;
}

/** Section "TỔ CHỨC THỰC HIỆN", optionally nested under "1. Nhiệm vụ của các cơ quan, đơn vị" with a reporting item. */
export function writeOrganization(env: Env, roman: string): void {
  const { rng, w, spec } = env;
  w.heading(`${roman}. TỔ CHỨC THỰC HIỆN${rng.chance(0.2) ? ':' : ''}`);
  const level = spec.ctx.level;
  const assignees = (level === 'province' ? provinceAssignees(env) : level === 'district' ? districtAssignees(env) : departmentAssignees(env)).filter((a) => a.duties.length > 0);
  const nested = level !== 'department' && rng.chance(0.25);
  if (nested) w.heading('1. Nhiệm vụ của các cơ quan, đơn vị');
  assignees.forEach((a, i) => writeAssignee(env, a, nested ? `${letter(i)}) ` : `${i + 1}. `, nested));
  if (nested || rng.chance(0.15)) {
    w.heading(`${nested ? 2 : assignees.length + 1}. Chế độ báo cáo`);
    if (level === 'province') {
      w.para(text(env, 'Các cơ quan, đơn vị, địa phương tổng hợp báo cáo kết quả thực hiện công tác tuyên truyền CCHC trong báo cáo định kỳ về công tác CCHC gửi về {UB} (qua Sở Nội vụ) để tổng hợp.'), ['ubnd_tinh:nhan_bao_cao', 'so_noi_vu:nhan_bao_cao']);
    } else if (level === 'district') {
      w.para(text(env, 'Các cơ quan, đơn vị, {xa} báo cáo kết quả thực hiện trong báo cáo cải cách hành chính định kỳ gửi về {UB} (qua Phòng Nội vụ) để tổng hợp.'), ['ubnd_huyen:nhan_bao_cao', 'don_vi_truc_thuoc:nhan_bao_cao']);
    } else {
      w.para('Các phòng, đơn vị báo cáo kết quả thực hiện hằng quý về Văn phòng Sở để tổng hợp.', ['don_vi_truc_thuoc:nhan_bao_cao']);
    }
  }
}
