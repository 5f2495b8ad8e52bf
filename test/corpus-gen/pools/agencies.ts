// How each agency is named in a plan, with the category tags the name itself carries (naming
// the radio station is a radio cue; naming the service centre is a one-stop cue), and which era
// and issuer levels it exists for.

import type { Variant } from '../variant.ts';
import { v } from '../variant.ts';

export interface AgencyNames {
  names: readonly Variant[];
  /** Exists only before the March 2025 merger of departments. */
  beforeMerger?: boolean;
  /** First plan year it is named in. */
  since?: number;
}

export const AGENCY_NAMES: Readonly<Record<string, AgencyNames>> = {
  ubnd_tinh: { names: [v('Ủy ban nhân dân {tinh}'), v('UBND {tinh}')] },
  so_noi_vu: { names: [v('Sở Nội vụ')] },
  van_phong_ubnd: { names: [v('Văn phòng Ủy ban nhân dân {tinh}'), v('Văn phòng UBND {tinh}')] },
  so_tttt: { names: [v('Sở Thông tin và Truyền thông')], beforeMerger: true },
  so_tu_phap: { names: [v('Sở Tư pháp')] },
  so_tai_chinh: { names: [v('Sở Tài chính')] },
  so_khdt: { names: [v('Sở Kế hoạch và Đầu tư')], beforeMerger: true },
  so_khcn: { names: [v('Sở Khoa học và Công nghệ')] },
  so_yte: { names: [v('Sở Y tế')] },
  so_gddt: { names: [v('Sở Giáo dục và Đào tạo')] },
  so_vhttdl: { names: [v('Sở Văn hóa, Thể thao và Du lịch')] },
  so_ldtbxh: { names: [v('Sở Lao động - Thương binh và Xã hội')], beforeMerger: true },
  cong_an_tinh: { names: [v('Công an {tinh}')], since: 2022 },
  dai_ptth: { names: [v('{dai}', 'truyen_hinh_phat_thanh')] },
  bao_tinh: { names: [v('{bao}', 'bao_chi')] },
  cong_ttdt_tinh: { names: [v('Cổng Thông tin điện tử {tinh}', 'cong_thong_tin'), v('Trung tâm Thông tin {tinh}')] },
  trung_tam_pvhcc: { names: [v('Trung tâm Phục vụ hành chính công {tinh}', 'mot_cua')] },
  buu_dien_tinh: { names: [v('Bưu điện {tinh}')] },
  mttq: { names: [v('Ủy ban Mặt trận Tổ quốc Việt Nam {DV}'), v('Ủy ban MTTQ Việt Nam {dv}'), v('Ủy ban Mặt trận Tổ quốc Việt Nam {DV} và các tổ chức chính trị - xã hội {dv}', 'to_chuc_chinh_tri_xa_hoi')] },
  ban_tuyen_giao: { names: [v('Ban Tuyên giáo {TU}', '', { max: 2024 }), v('Ban Tuyên giáo và Dân vận {TU}', '', { min: 2025 })] },
  truong_chinh_tri: { names: [v('Trường Chính trị {tinh}'), v('Trường Chính trị {DV0}')] },
  cong_doan: { names: [v('Công đoàn Viên chức {tinh}'), v('Công đoàn viên chức các cơ quan {tinh}')] },
  so_ban_nganh: { names: [v('Các sở, ban, ngành {tinh}'), v('Các sở, ban, ngành')] },
  ubnd_huyen: { names: [v('UBND {huyen}'), v('Ủy ban nhân dân {huyen}')] },
  ubnd_xa: { names: [v('UBND {xa}'), v('Ủy ban nhân dân {xa}')] },
  bo_noi_vu: { names: [v('Bộ Nội vụ')] },
};

/** Units of the issuing district or department (all coded `don_vi_truc_thuoc`), keyed by a local id. */
export const OWN_UNITS: Readonly<Record<string, { level: 'district' | 'department'; name: string; k?: string }>> = {
  phong_noi_vu: { level: 'district', name: 'Phòng Nội vụ' },
  vp_huyen: { level: 'district', name: 'Văn phòng HĐND và UBND huyện' },
  phong_vhtt: { level: 'district', name: 'Phòng Văn hóa và Thông tin' },
  tt_vhtt: { level: 'district', name: 'Trung tâm Văn hóa, Thể thao và Truyền thông huyện' },
  phong_tu_phap: { level: 'district', name: 'Phòng Tư pháp' },
  co_quan_huyen: { level: 'district', name: 'Các cơ quan chuyên môn thuộc UBND huyện' },
  phong_so: { level: 'department', name: 'Các phòng chuyên môn, đơn vị trực thuộc Sở' },
  vp_so: { level: 'department', name: 'Văn phòng Sở' },
};
