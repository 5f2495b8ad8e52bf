// Short content items for annex rows, keyed by topic, plus neutral items and timings.

import type { Variant } from '../variant.ts';
import { v } from '../variant.ts';

export const ANNEX_ITEMS: Readonly<Record<string, readonly Variant[]>> = {
  chi_dao_dieu_hanh: [v('Chương trình tổng thể cải cách hành chính nhà nước và các văn bản chỉ đạo của {tinh}', 'chi_dao_dieu_hanh')],
  the_che: [v('Kết quả rà soát, hệ thống hóa văn bản quy phạm pháp luật', 'the_che')],
  tthc: [v('Bộ TTHC thuộc thẩm quyền giải quyết', 'tthc'), v('Cập nhật, đăng tải bộ thủ tục hành chính các cấp mới ban hành', 'tthc')],
  bo_may: [v('Kết quả sắp xếp, tinh gọn tổ chức bộ máy', 'bo_may')],
  cong_vu: [v('Văn hóa công vụ, kỷ luật, kỷ cương hành chính', 'cong_vu')],
  tai_chinh_cong: [v('Cơ chế tự chủ tài chính của đơn vị sự nghiệp công lập', 'tai_chinh_cong')],
  chinh_phu_so: [v('Kết quả chuyển đổi số, xây dựng chính quyền số', 'chinh_phu_so')],
  mot_cua: [v('Hoạt động của Trung tâm Phục vụ hành chính công, Bộ phận Một cửa các cấp', 'mot_cua')],
  dvc_truc_tuyen: [v('Hướng dẫn sử dụng dịch vụ công trực tuyến, thanh toán trực tuyến', 'dvc_truc_tuyen')],
  buu_chinh_cong_ich: [v('Tiếp nhận hồ sơ, trả kết quả qua dịch vụ bưu chính công ích', 'buu_chinh_cong_ich')],
  de_an_06: [v('Kết quả thực hiện Đề án 06', 'de_an_06')],
  chi_so_danh_gia: [v('Kết quả Chỉ số PAR INDEX, SIPAS của {tinh}', 'chi_so_danh_gia')],
  sang_kien_dien_hinh: [v('Biểu dương các mô hình, sáng kiến, cá nhân, tập thể điển hình tiên tiến', 'sang_kien_dien_hinh')],
  nguoi_dan_giam_sat: [v('Sự tham gia, giám sát của xã hội đối với tiến trình CCHC', 'nguoi_dan_giam_sat')],
  ket_qua_han_che: [v('Kết quả đạt được, tồn tại, hạn chế trong thực hiện CCHC', 'ket_qua_han_che')],
  phong_chong_tham_nhung: [v('Phòng, chống nhũng nhiễu, tiêu cực trong giải quyết công việc', 'phong_chong_tham_nhung')],
  iso_9001: [v('Áp dụng hệ thống quản lý chất lượng ISO 9001', 'iso_9001')],
};

export const ANNEX_NEUTRAL: readonly string[] = [
  'Xây dựng, cập nhật tin, bài, hình ảnh về kết quả thực hiện công tác CCHC của các đơn vị',
  'Kết hợp thông tin về các chủ trương, chính sách liên quan đến CCHC',
  'Duy trì chuyên mục về CCHC',
  'Tuyên truyền các mục tiêu, nhiệm vụ cải cách hành chính trong năm',
];

export const ANNEX_TIMES: readonly string[] = [
  'Thường xuyên trong năm', 'Thường xuyên', 'Năm {Y}', 'Quý II/{Y}', 'Quý II, Quý III/{Y}', 'Mỗi tháng: 02 chuyên mục', 'Trước ngày 30/6/{Y}', 'Hằng quý',
];
