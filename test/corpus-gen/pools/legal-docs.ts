// Local documents a plan lists as things to communicate (as the Ninh Thuận plan does), each
// tagged with what its title cues. `{no}` and `{date}` are filled per item.

import type { Variant } from '../variant.ts';
import { v } from '../variant.ts';

export const LOCAL_DOCS: readonly Variant[] = [
  v('Nghị quyết số {no}-NQ/TU ngày {date} của Ban Thường vụ {TU} về đẩy mạnh công tác cải cách hành chính trên địa bàn {tinh} đến năm 2025.', '', { min: 2021, lv: ['province', 'department'] }),
  v('Quyết định số {no}/QĐ-UBND ngày {date} của Ủy ban nhân dân {tinh} ban hành Kế hoạch cải cách hành chính nhà nước {DV0} giai đoạn 2021 - 2025.', 'chi_dao_dieu_hanh', { min: 2022 }),
  v('Nghị quyết số {no}-NQ/TU ngày {date} của Ban Thường vụ {TU} về chuyển đổi số {DV0} giai đoạn 2021 - 2025, tầm nhìn đến năm 2030.', 'chinh_phu_so', { min: 2022 }),
  v('Chỉ thị số {no}-CT/TU ngày {date} của Ban Thường vụ {TU} về tiếp tục tăng cường sự lãnh đạo của cấp ủy Đảng trong thực hiện các giải pháp nâng cao chỉ số năng lực cạnh tranh cấp tỉnh (PCI).', 'chi_dao_dieu_hanh chi_so_danh_gia'),
  v('Nghị quyết số {no}-NQ/TU ngày {date} của {TU} về xây dựng đội ngũ cán bộ các cấp đến năm 2025, định hướng đến năm 2030, gắn với siết chặt kỷ luật, kỷ cương hành chính.', 'can_bo_cong_chuc cong_vu', { max: 2025 }),
  v('Kế hoạch số {no}/KH-UBND ngày {date} của Ủy ban nhân dân {tinh} về triển khai xây dựng và xác định Chỉ số năng lực cạnh tranh cấp sở, ban, ngành và địa phương (DDCI).', 'chi_so_danh_gia', { min: 2020 }),
  v('Quyết định số {no}/QĐ-UBND ngày {date} của Chủ tịch Ủy ban nhân dân {tinh} ban hành Chương trình nâng cao hiệu quả quản trị và hành chính công {DV0} giai đoạn 2022 - 2025.', 'chi_so_danh_gia', { min: 2023, max: 2025 }),
  v('Quyết định số {no}/QĐ-UBND ngày {date} của Ủy ban nhân dân {tinh} công bố danh mục thủ tục hành chính thực hiện tiếp nhận hồ sơ, trả kết quả qua dịch vụ bưu chính công ích.', 'tthc buu_chinh_cong_ich'),
  v('Kế hoạch số {no}/KH-UBND ngày {date} của Ủy ban nhân dân {tinh} về thực hiện Đề án 06 trên địa bàn {tinh}.', 'de_an_06', { min: 2022 }),
  v('Quyết định số {no}/QĐ-UBND ngày {date} của Ủy ban nhân dân {tinh} ban hành Quy chế tổ chức và hoạt động của Trung tâm Phục vụ hành chính công {tinh}.', 'mot_cua'),
  v('Kế hoạch số {no}/KH-UBND ngày {date} của Ủy ban nhân dân {tinh} về kiểm soát thủ tục hành chính năm {Y}.', 'tthc'),
  v('Kế hoạch số {no}/KH-UBND ngày {date} của Ủy ban nhân dân {tinh} về sắp xếp, tinh gọn tổ chức bộ máy các cơ quan hành chính.', 'bo_may', { min: 2025 }),
];
