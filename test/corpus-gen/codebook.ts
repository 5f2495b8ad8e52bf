// The codebook ids the generator labels with (CODEBOOK.md §1–4): topics with their parent areas,
// channels, audiences, agencies and roles.

export const AREAS = ['chi_dao_dieu_hanh', 'the_che', 'tthc', 'bo_may', 'cong_vu', 'tai_chinh_cong', 'chinh_phu_so'] as const;

/** Theme → parent area; a theme present in a plan makes its area present too. */
export const TOPIC_PARENT: Readonly<Record<string, string>> = {
  mot_cua: 'tthc',
  dvc_truc_tuyen: 'chinh_phu_so',
  buu_chinh_cong_ich: 'tthc',
  de_an_06: 'chinh_phu_so',
  chi_so_danh_gia: 'chi_dao_dieu_hanh',
  sang_kien_dien_hinh: 'chi_dao_dieu_hanh',
  nguoi_dan_giam_sat: 'chi_dao_dieu_hanh',
  ket_qua_han_che: 'chi_dao_dieu_hanh',
  phong_chong_tham_nhung: 'cong_vu',
  iso_9001: 'chinh_phu_so',
};

export const TOPICS: readonly string[] = [...AREAS, ...Object.keys(TOPIC_PARENT)];

export const CHANNELS: readonly string[] = [
  'truyen_hinh_phat_thanh', 'bao_chi', 'truyen_thanh_co_so', 'cong_thong_tin', 'mang_xa_hoi', 'video_phong_su',
  'ban_tin', 'an_pham', 'niem_yet', 'tap_huan_hoi_nghi', 'cuoc_thi', 'san_khau_hoa', 'doi_thoai_hop_bao',
  'hop_dan_nguoi_uy_tin', 'duong_day_nong', 'long_ghep_pbgdpl', 'dao_tao_tuyen_dung', 'thi_dua_khen_thuong',
];

export const AUDIENCES: readonly string[] = [
  'can_bo_cong_chuc', 'nguoi_dan', 'doanh_nghiep', 'to_chuc_chinh_tri_xa_hoi', 'dan_toc_thieu_so', 'bao_chi_phong_vien',
];

export const AGENCIES: readonly string[] = [
  'ubnd_tinh', 'so_noi_vu', 'van_phong_ubnd', 'so_tttt', 'so_tu_phap', 'so_tai_chinh', 'so_khdt', 'so_khcn', 'so_yte',
  'so_gddt', 'so_vhttdl', 'so_ldtbxh', 'cong_an_tinh', 'dai_ptth', 'bao_tinh', 'cong_ttdt_tinh', 'trung_tam_pvhcc',
  'buu_dien_tinh', 'mttq', 'ban_tuyen_giao', 'truong_chinh_tri', 'cong_doan', 'so_ban_nganh', 'ubnd_huyen', 'ubnd_xa',
  'don_vi_truc_thuoc', 'bo_noi_vu',
];

export const ROLES = ['chu_tri', 'phoi_hop', 'thuc_hien', 'tham_muu', 'theo_doi_kiem_tra', 'de_nghi', 'nhan_bao_cao'] as const;
export type Role = (typeof ROLES)[number];

/** The one attribute that is not a category (CODEBOOK §2). */
export const ATTR_TIENG_DAN_TOC = 'tieng_dan_toc';

const TOPIC_SET = new Set(TOPICS);
const CHANNEL_SET = new Set(CHANNELS);
const AUDIENCE_SET = new Set(AUDIENCES);

/** Which dimension a bare tag belongs to; agency roles are written `agency:role`. */
export function dimensionOf(tag: string): 'topic' | 'channel' | 'audience' | 'role' | 'attr' {
  if (tag.includes(':')) return 'role';
  if (TOPIC_SET.has(tag)) return 'topic';
  if (CHANNEL_SET.has(tag)) return 'channel';
  if (AUDIENCE_SET.has(tag)) return 'audience';
  if (tag === ATTR_TIENG_DAN_TOC) return 'attr';
  throw new Error(`unknown tag: ${tag}`);
}
