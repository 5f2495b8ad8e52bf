// Draws what one plan is about before any text is written: province, years, issuer, signing
// date, layout choices and the topics, channels and audiences it sets out to cover.

import { TOPIC_PARENT } from './codebook.ts';
import type { Department, PlanContext, SignDate } from './context.ts';
import { placeholderValues } from './context.ts';
import type { Rng } from './prng.ts';
import { PROVINCES, UNITS_2025, hasEthnicMinorities, unitWord } from './provinces.ts';
import type { Level } from './variant.ts';

export type TextStyle = 'paragraph' | 'web';

export interface PlanSpec {
  ctx: PlanContext;
  style: TextStyle;
  topics: string[];
  channels: string[];
  audiences: string[];
  /** Tags a sentence may carry without adding a category the plan did not set out to cover. */
  allowed: ReadonlySet<string>;
  ethnicNote: boolean;
  /** Header block: full (organ, motto, number, place-date), number and date only, or none. */
  header: 'full' | 'number' | 'none';
  /** The plan's number; null when left blank ("Số: /KH-SNV"). */
  docNumber: number | null;
  symbol: string;
  decision: { number: number; symbol: string; withHeader: boolean } | null;
  annex: boolean;
}

const DEPARTMENTS: ReadonlyArray<Department & { beforeMerger?: boolean; weight: number }> = [
  { agency: 'so_noi_vu', name: 'Sở Nội vụ', abbr: 'SNV', weight: 4 },
  { agency: 'so_ldtbxh', name: 'Sở Lao động - Thương binh và Xã hội', abbr: 'SLĐTBXH', beforeMerger: true, weight: 1 },
  { agency: 'so_yte', name: 'Sở Y tế', abbr: 'SYT', weight: 1 },
  { agency: 'so_gddt', name: 'Sở Giáo dục và Đào tạo', abbr: 'SGDĐT', weight: 1 },
  { agency: 'so_tu_phap', name: 'Sở Tư pháp', abbr: 'STP', weight: 1 },
  { agency: 'so_tttt', name: 'Sở Thông tin và Truyền thông', abbr: 'STTTT', beforeMerger: true, weight: 1 },
  { agency: 'so_tai_chinh', name: 'Sở Tài chính', abbr: 'STC', weight: 1 },
  { agency: 'so_khdt', name: 'Sở Kế hoạch và Đầu tư', abbr: 'SKHĐT', beforeMerger: true, weight: 1 },
  { agency: 'so_khcn', name: 'Sở Khoa học và Công nghệ', abbr: 'SKHCN', weight: 1 },
  { agency: 'so_vhttdl', name: 'Sở Văn hóa, Thể thao và Du lịch', abbr: 'SVHTTDL', weight: 1 },
];

const TOPIC_WEIGHT: Readonly<Record<string, number>> = {
  chi_dao_dieu_hanh: 9, the_che: 6, tthc: 9, bo_may: 6, cong_vu: 7, tai_chinh_cong: 5, chinh_phu_so: 8, mot_cua: 8,
  dvc_truc_tuyen: 8, buu_chinh_cong_ich: 5, de_an_06: 5, chi_so_danh_gia: 7, sang_kien_dien_hinh: 6,
  nguoi_dan_giam_sat: 5, ket_qua_han_che: 6, phong_chong_tham_nhung: 4, iso_9001: 3,
};

const CHANNEL_WEIGHT: Readonly<Record<string, number>> = {
  truyen_hinh_phat_thanh: 8, bao_chi: 8, truyen_thanh_co_so: 6, cong_thong_tin: 9, mang_xa_hoi: 6, video_phong_su: 5,
  ban_tin: 3, an_pham: 7, niem_yet: 5, tap_huan_hoi_nghi: 8, cuoc_thi: 6, san_khau_hoa: 4, doi_thoai_hop_bao: 4,
  hop_dan_nguoi_uy_tin: 3, duong_day_nong: 5, long_ghep_pbgdpl: 6, dao_tao_tuyen_dung: 5, thi_dua_khen_thuong: 4,
};

function signDate(rng: Rng, yearFrom: number): SignDate {
  // A quarter of the plans are signed at the end of the year before the one they plan for.
  if (rng.chance(0.25)) return { day: rng.int(12, 31), month: 12, year: yearFrom - 1, dayBlank: false };
  const month = rng.pick([1, 1, 1, 1, 2, 2, 2, 3, 3, 4, 5, 6]);
  return { day: rng.int(1, 28), month, year: yearFrom, dayBlank: false };
}

const after = (s: SignDate, y: number, m: number) => s.year > y || (s.year === y && s.month >= m);

/** Draws the plan at position `index` of the corpus. */
export function drawPlanSpec(rng: Rng, index: number): PlanSpec {
  const yearFrom = rng.int(2019, 2026);
  const period = rng.chance(0.06) && yearFrom !== 2025;
  const yearTo = !period ? yearFrom : yearFrom === 2026 ? 2030 : yearFrom <= 2020 ? 2020 : 2025;
  const sign = signDate(rng, yearFrom);
  const afterDeptMerger = after(sign, 2025, 3);
  const twoTier = after(sign, 2025, 7);
  const merged = yearFrom >= 2026 && rng.chance(0.7);
  const province = rng.pick(merged ? UNITS_2025 : PROVINCES);

  const levelRoll = rng.next();
  const level: Level = !twoTier && province.districts.length > 0 && levelRoll < 0.18 ? 'district' : levelRoll < 0.45 ? 'department' : 'province';
  const department = level === 'department' ? rng.weightedSample(DEPARTMENTS.filter((d) => !(afterDeptMerger && d.beforeMerger)), (d) => d.weight, 1)[0]! : null;
  const district = level === 'district' ? rng.pick(province.districts) : null;
  sign.dayBlank = rng.chance(level === 'department' ? 0.2 : 0.04);

  const base = { index, province, merged, level, department, district, yearFrom, yearTo, sign, afterDeptMerger, twoTier };
  const dai = rng.pick([`Đài Phát thanh và Truyền hình ${unitWord(province)}`, `Đài Phát thanh và Truyền hình ${unitWord(province)}`, `Đài Phát thanh - Truyền hình ${province.name}`]);
  const ctx: PlanContext = { ...base, vars: placeholderValues(base, dai, rng.chance(0.6)) };

  const ethnic = hasEthnicMinorities(province);
  const dept = level === 'department';
  const topics = rng.weightedSample(Object.keys(TOPIC_WEIGHT), (t) => (t === 'de_an_06' && yearFrom < 2022 ? 0 : TOPIC_WEIGHT[t]!), dept ? rng.int(4, 14) : rng.int(3, 17));
  const channels = rng.weightedSample(
    Object.keys(CHANNEL_WEIGHT),
    (c) => CHANNEL_WEIGHT[c]! * (c === 'hop_dan_nguoi_uy_tin' && ethnic ? 3 : 1),
    dept ? rng.int(3, 12) : rng.int(2, 18),
  );
  const audienceOdds: Record<string, number> = dept
    ? { can_bo_cong_chuc: 1, nguoi_dan: 0.3, doanh_nghiep: 0.2, to_chuc_chinh_tri_xa_hoi: 0.05, dan_toc_thieu_so: 0.03, bao_chi_phong_vien: 0.05 }
    : { can_bo_cong_chuc: 0.9, nguoi_dan: 0.75, doanh_nghiep: 0.55, to_chuc_chinh_tri_xa_hoi: 0.35, dan_toc_thieu_so: ethnic ? 0.5 : 0.03, bao_chi_phong_vien: 0.15 };
  const audiences = Object.keys(audienceOdds).filter((a) => rng.chance(audienceOdds[a]!));
  if (audiences.length === 0) audiences.push('can_bo_cong_chuc');
  const ethnicNote = ethnic && audiences.includes('dan_toc_thieu_so') && rng.chance(0.6);

  const allowed = new Set<string>([...topics, ...channels, ...audiences]);
  for (const t of topics) if (TOPIC_PARENT[t]) allowed.add(TOPIC_PARENT[t]);
  if (ethnicNote) allowed.add('tieng_dan_toc');

  const style: TextStyle = rng.chance(0.35) ? 'web' : 'paragraph';
  const wrapOdds = level === 'province' ? 0.2 : level === 'district' ? 0.08 : 0.06;
  const decision = rng.chance(wrapOdds)
    ? { number: level === 'province' ? rng.int(12, 2900) : rng.int(5, 420), symbol: level === 'department' ? `QĐ-${department!.abbr}` : 'QĐ-UBND', withHeader: rng.chance(0.5) }
    : null;
  const header = style === 'web' ? 'full' : rng.pick(dept ? (['full', 'number', 'number'] as const) : (['full', 'full', 'number', 'none', 'none'] as const));
  const blank = rng.chance(dept ? 0.35 : 0.03);
  const month = sign.month === 12 ? 12 : sign.month;
  return {
    ctx,
    style,
    topics,
    channels,
    audiences,
    allowed,
    ethnicNote,
    header,
    docNumber: blank ? null : rng.int(1, 30 + month * 35),
    symbol: dept ? `KH-${department!.abbr}` : 'KH-UBND',
    decision,
    annex: rng.chance(0.55),
  };
}
