// Sentences for the optional opening review of last year's communication work ("Kết quả công tác
// tuyên truyền năm trước"): figures per channel, then shortcomings. `{N}`… are filled per plan.

import type { Variant } from '../variant.ts';
import { v } from '../variant.ts';

export const REVIEW_RESULTS: readonly Variant[] = [
  v('Năm {Y0}, công tác thông tin, tuyên truyền CCHC được các cơ quan, đơn vị, địa phương quan tâm triển khai với nhiều hình thức đa dạng, phong phú; nhận thức về cải cách hành chính từng bước được nâng lên.'),
  v('Trên Cổng thông tin điện tử {tinh} đã đăng tải {N1} tin, bài về CCHC; Trang thông tin điện tử của các cơ quan, đơn vị, địa phương duy trì chuyên mục cải cách hành chính.', 'cong_thong_tin'),
  v('{dai} đã phát sóng {N2} chương trình, phóng sự chuyên đề về CCHC.', 'truyen_hinh_phat_thanh video_phong_su'),
  v('{bao} đăng tải {N2} tin, bài phản ánh tình hình thực hiện nhiệm vụ CCHC của {dv}.', 'bao_chi'),
  v('Tổ chức {N3} lớp tập huấn nghiệp vụ CCHC với {N1} lượt cán bộ, công chức, viên chức tham dự.', 'tap_huan_hoi_nghi can_bo_cong_chuc'),
  v('Cuộc thi tìm hiểu về cải cách hành chính thu hút {N1} lượt người tham gia, được hưởng ứng rộng rãi.', 'cuoc_thi'),
  v('Phát hành {N1} tờ gấp, tờ rơi và treo {N3} pa nô tuyên truyền về CCHC tại các tuyến đường chính.', 'an_pham'),
  v('Hệ thống truyền thanh cơ sở đã phát {N1} lượt tin, bài về CCHC.', 'truyen_thanh_co_so'),
  v('Các trang Fanpage, nhóm Zalo của cơ quan, đơn vị đã chia sẻ {N2} bài viết về CCHC.', 'mang_xa_hoi'),
];

export const REVIEW_SHORTCOMINGS: readonly Variant[] = [
  v('Một số cơ quan, đơn vị chưa quan tâm đúng mức đến công tác tuyên truyền CCHC; nội dung tuyên truyền có lúc còn chung chung, chưa phù hợp với từng nhóm đối tượng.'),
  v('Hình thức tuyên truyền chưa đa dạng, chưa phát huy hết hiệu quả của các nền tảng số; kinh phí bố trí cho công tác tuyên truyền còn hạn chế.', 'ket_qua_han_che'),
  v('Việc phối hợp giữa các cơ quan, đơn vị với cơ quan báo chí trong cung cấp thông tin có lúc chưa kịp thời.', 'bao_chi'),
  v('Đội ngũ làm công tác tuyên truyền chủ yếu kiêm nhiệm, kỹ năng viết tin, bài còn hạn chế.', 'ket_qua_han_che'),
];

/** Neutral closing sentences some long bullets end with. */
export const BULLET_TAILS: readonly string[] = [
  'Qua đó tạo sự chuyển biến rõ nét về nhận thức và hành động trong thực hiện nhiệm vụ.',
  'Nội dung tuyên truyền cần cụ thể, dễ hiểu, gắn với tình hình thực tế của {dv}.',
  'Thông tin phải kịp thời, chính xác, đúng định hướng.',
  'Chú trọng phản ánh những cách làm thiết thực, gần gũi với đời sống.',
];
