// The plan's framing sentences: purposes (mục đích), requirements (yêu cầu), audience phrases
// (đối tượng), solutions (giải pháp), budget (kinh phí) and the opening and closing paragraphs.

import type { Variant } from '../variant.ts';
import { v } from '../variant.ts';

const P = ['province'] as const;
const D = ['department'] as const;
const H = ['district'] as const;

export const PURPOSES: readonly Variant[] = [
  v('Nâng cao nhận thức, vai trò, trách nhiệm của người đứng đầu và cấp ủy, chính quyền các cấp, các ngành trong việc tổ chức triển khai thực hiện công tác CCHC.', 'chi_dao_dieu_hanh'),
  v('Nâng cao nhận thức, trách nhiệm tổ chức thực hiện cải cách hành chính của cán bộ quản lý các cấp, cán bộ, công chức, viên chức trong quá trình thực hiện nhiệm vụ.', 'can_bo_cong_chuc'),
  v('Tăng cường sự hiểu biết của người dân, tổ chức về ý nghĩa, mục tiêu, tầm quan trọng của công tác cải cách hành chính đối với sự phát triển kinh tế - xã hội của {dv}.', 'nguoi_dan'),
  v('Tăng cường sự tham gia của người dân, doanh nghiệp và các tổ chức xã hội trong triển khai CCHC và giám sát quá trình thực hiện CCHC của cơ quan hành chính nhà nước các cấp.', 'nguoi_dan doanh_nghiep nguoi_dan_giam_sat'),
  v('Phát huy vai trò của các cơ quan truyền thông, báo chí trong việc phát hiện, phản ánh chính xác, kịp thời những mặt tích cực hoặc chưa hiệu quả của cơ quan, đơn vị và cá nhân thực hiện nhiệm vụ CCHC.', 'bao_chi'),
  v('Nâng cao nhận thức, đổi mới tư duy và hành động sáng tạo; đổi mới lề lối làm việc, phương thức quản trị hiện đại.'),
  v('Xác định nội dung, hình thức thông tin, tuyên truyền cải cách hành chính phù hợp với từng nhóm đối tượng là cá nhân, cơ quan, tổ chức.'),
  v('Tăng cường công tác phối hợp, chia sẻ thông tin giữa các cơ quan hành chính nhà nước với các cơ quan báo chí, bảo đảm thông tin về tình hình triển khai cải cách hành chính được phản ánh đầy đủ, kịp thời, đúng đối tượng.', 'bao_chi'),
  v('Nâng cao năng lực, tinh thần trách nhiệm của đội ngũ phóng viên, biên tập viên phụ trách đưa tin, bài về cải cách hành chính.', 'bao_chi_phong_vien'),
  v('Tạo sự đồng thuận của xã hội đối với các chủ trương, chính sách về cải cách hành chính, góp phần xây dựng nền hành chính phục vụ, chuyên nghiệp, hiện đại.'),
  v('Thông tin, tuyên truyền kịp thời các chủ trương, đường lối của Đảng; chính sách pháp luật của Nhà nước; các văn bản chỉ đạo của Trung ương, của {dv} về công tác cải cách hành chính.'),
  v('Tăng cường sự tham gia của Mặt trận Tổ quốc Việt Nam các cấp, các tổ chức chính trị - xã hội vào việc thực hiện CCHC.', 'to_chuc_chinh_tri_xa_hoi'),
  v('Thực hiện có hiệu quả cơ chế một cửa, một cửa liên thông tại Trung tâm Phục vụ hành chính công {tinh}, {bp}.', 'mot_cua', { lv: [...P, ...H] }),
  v('Tăng cường kỷ luật, kỷ cương hành chính, văn hóa công vụ, quy tắc ứng xử của công chức, viên chức trong thực thi nhiệm vụ.', 'cong_vu can_bo_cong_chuc'),
  v('Khuyến khích người dân, doanh nghiệp sử dụng dịch vụ công trực tuyến, thanh toán trực tuyến để tiết kiệm thời gian và chi phí.', 'dvc_truc_tuyen nguoi_dan doanh_nghiep'),
  v('Tuyên truyền mục tiêu phấn đấu nâng cao các chỉ số PAR INDEX, SIPAS, PAPI, PCI của {tinh} trong năm {Y}.', 'chi_so_danh_gia'),
  v('Thông qua công tác thông tin, tuyên truyền, đội ngũ cán bộ, công chức, viên chức có nhận thức đầy đủ về các mục tiêu, nội dung và trách nhiệm của mình trong thực hiện nhiệm vụ cải cách hành chính.', 'can_bo_cong_chuc'),
  v('Nâng cao nhận thức, trách nhiệm của các phòng, đơn vị thuộc Sở trong việc thực hiện nhiệm vụ cải cách hành chính của ngành.', '', { lv: D }),
];

export const REQUIREMENTS: readonly Variant[] = [
  v('Phổ biến, tuyên truyền kịp thời, đầy đủ, thường xuyên, liên tục, đa chiều với nhiều hình thức phù hợp với tính chất, đặc điểm và nhiệm vụ của từng nhóm đối tượng.'),
  v('Tuyên truyền CCHC gắn với lộ trình thực hiện các mục tiêu, nhiệm vụ cải cách hành chính của {dv}.'),
  v('Tuyên truyền CCHC gắn với lộ trình thực hiện các mục tiêu, nhiệm vụ của Kế hoạch cải cách hành chính nhà nước giai đoạn 2021 - 2030.', 'chi_dao_dieu_hanh', { min: 2022 }),
  v('Lồng ghép công tác thông tin, tuyên truyền CCHC với việc tuyên truyền, phổ biến, giáo dục về các chủ trương của Đảng, chính sách pháp luật của Nhà nước.', 'long_ghep_pbgdpl'),
  v('Thông tin, tuyên truyền về cải cách hành chính phải góp phần nâng cao dân trí, phòng, chống tham nhũng, tiêu cực, phục vụ sự nghiệp công nghiệp hóa, hiện đại hóa.', 'phong_chong_tham_nhung'),
  v('Nội dung tuyên truyền rõ ràng, chuẩn xác, ngắn gọn, dễ hiểu, thu hút người xem, người nghe.'),
  v('Đa dạng các lực lượng tham gia công tác tuyên truyền; đổi mới nội dung và hình thức tuyên truyền.'),
  v('Gắn công tác tuyên truyền và thực hiện nhiệm vụ cải cách hành chính với công tác thi đua, khen thưởng trong mọi hoạt động của cơ quan, đơn vị.', 'thi_dua_khen_thuong'),
  v('Cập nhật thường xuyên, kịp thời, đầy đủ các văn bản quy phạm pháp luật, các bộ TTHC trên các loại hình thông tin tuyên truyền.', 'the_che tthc'),
  v('Việc tuyên truyền phải bám sát nhiệm vụ chính trị của {dv}, tránh hình thức, lãng phí.'),
  v('Cải cách hành chính, chuyển đổi số và thực hiện Đề án 06 có mối quan hệ mật thiết, do đó tuyên truyền các nội dung về cải cách hành chính cần gắn với chuyển đổi số và thực hiện Đề án 06.', 'chinh_phu_so de_an_06', { min: 2023 }),
];

/** Phrases naming each audience in an "Đối tượng" list. */
export const AUDIENCE_PHRASES: Readonly<Record<string, readonly Variant[]>> = {
  can_bo_cong_chuc: [
    v('cán bộ, công chức, viên chức, người lao động làm việc trong cơ quan hành chính nhà nước', 'can_bo_cong_chuc'),
    v('đội ngũ cán bộ, công chức, viên chức từ {dv} đến cơ sở', 'can_bo_cong_chuc'),
    v('cán bộ, công chức, viên chức làm việc trong hệ thống cơ quan hành chính nhà nước', 'can_bo_cong_chuc'),
  ],
  to_chuc_chinh_tri_xa_hoi: [v('các tổ chức chính trị - xã hội', 'to_chuc_chinh_tri_xa_hoi'), v('các tổ chức chính trị - xã hội, tổ chức xã hội - nghề nghiệp', 'to_chuc_chinh_tri_xa_hoi')],
  doanh_nghiep: [v('các doanh nghiệp, hợp tác xã, hộ kinh doanh', 'doanh_nghiep'), v('cộng đồng doanh nghiệp', 'doanh_nghiep')],
  nguoi_dan: [v('mọi tầng lớp Nhân dân trên địa bàn {dv}', 'nguoi_dan'), v('người dân', 'nguoi_dan'), v('các tầng lớp Nhân dân trong {dv}', 'nguoi_dan')],
  dan_toc_thieu_so: [v('đồng bào dân tộc thiểu số, nhất là ở vùng sâu, vùng xa', 'dan_toc_thieu_so')],
  bao_chi_phong_vien: [v('đội ngũ phóng viên, biên tập viên phụ trách chuyên mục CCHC', 'bao_chi_phong_vien')],
};

/** Audience groups that add no category, to pad an "Đối tượng" list. */
export const NEUTRAL_AUDIENCES: readonly string[] = ['các đơn vị sự nghiệp công lập', 'các cơ quan ngành dọc Trung ương đóng trên địa bàn {dv}'];

export const SOLUTIONS: readonly Variant[] = [
  v('Nâng cao nhận thức, trách nhiệm của lãnh đạo các cơ quan, đơn vị, địa phương trong việc chỉ đạo và tổ chức thực hiện công tác thông tin, tuyên truyền về cải cách hành chính.'),
  v('Tổ chức hội nghị quán triệt về vai trò, trách nhiệm của người đứng đầu cơ quan báo chí ở {dv} trong việc thông tin, tuyên truyền cải cách hành chính.', 'tap_huan_hoi_nghi chi_dao_dieu_hanh bao_chi'),
  v('Nâng cao chất lượng nguồn nhân lực làm công tác thông tin, tuyên truyền về cải cách hành chính; nâng cao kiến thức, năng lực cho đội ngũ phóng viên, biên tập viên phụ trách các chuyên trang, chuyên mục.', 'bao_chi_phong_vien'),
  v('Xây dựng tài liệu tập huấn và tổ chức các lớp tập huấn phù hợp với từng loại hình báo chí.', 'tap_huan_hoi_nghi bao_chi'),
  v('Xây dựng mạng lưới cộng tác viên đưa tin, bài về cải cách hành chính.'),
  v('Cải thiện, nâng cao hơn nữa chất lượng công tác thông tin, tuyên truyền cải cách hành chính trên các công cụ truyền thông của cơ quan, đơn vị (trên các Website, báo, tạp chí, bản tin,...).', 'cong_thong_tin bao_chi ban_tin'),
  v('Tổ chức biên soạn, phát hành các loại ấn phẩm thông tin, tuyên truyền về các nội dung của cải cách hành chính.', 'an_pham'),
  v('Gắn công tác thông tin, tuyên truyền cải cách hành chính với công tác thi đua, khen thưởng trong hoạt động của các cơ quan, tổ chức, đơn vị.', 'thi_dua_khen_thuong'),
  v('Xây dựng và ban hành kế hoạch tuyên truyền cải cách hành chính hằng năm; tổ chức triển khai thực hiện nghiêm túc, hiệu quả.'),
  v('Tăng cường phối hợp cử công chức, viên chức tham gia các cuộc thi tìm hiểu, thi viết về cải cách hành chính.', 'cuoc_thi can_bo_cong_chuc'),
];

/** Budget sentences; the "ngân sách" in them is a funding source, not public-finance reform, and is not labelled. */
export const BUDGET: readonly Variant[] = [
  v('Kinh phí cho công tác thông tin, tuyên truyền CCHC {YP} được bảo đảm bằng ngân sách nhà nước và các nguồn tài trợ hợp pháp khác (nếu có).'),
  v('Các cơ quan, đơn vị, địa phương căn cứ nhiệm vụ tuyên truyền về CCHC chủ động bố trí kinh phí để triển khai thực hiện.'),
  v('Kinh phí thực hiện được sử dụng từ nguồn kinh phí giao cho Sở Nội vụ thực hiện công tác cải cách hành chính; từ dự toán hằng năm của các cơ quan, đơn vị, địa phương và các nguồn kinh phí hợp pháp khác (nếu có).', '', { lv: P }),
  v('Thủ trưởng các cơ quan, đơn vị, địa phương căn cứ nhiệm vụ được giao tại Kế hoạch này chỉ đạo việc xây dựng dự toán kinh phí phục vụ công tác tuyên truyền đúng quy định của Luật Ngân sách nhà nước và các văn bản hướng dẫn hiện hành.'),
  v('Kinh phí thực hiện Kế hoạch được bố trí trong dự toán chi thường xuyên của cơ quan, đơn vị được giao năm {Y}.'),
];

/** Openings: what the plan implements. Numbers and dates come from `{n1}`, `{d1}`… filled per plan. */
export const OPENINGS: readonly Variant[] = [
  v('Căn cứ Quyết định số {n1}/QĐ-UBND ngày {d1} của Chủ tịch Ủy ban nhân dân {DV0} về việc ban hành Kế hoạch cải cách hành chính nhà nước {DV0} năm {Y}.', 'chi_dao_dieu_hanh', { lv: P }),
  v('Thực hiện Quyết định số {n2}/QĐ-BNV ngày {d2} của Bộ trưởng Bộ Nội vụ về ban hành Kế hoạch thông tin, tuyên truyền cải cách hành chính năm {Y}.', '', { min: 2022, lv: P }),
  v('Tiếp tục triển khai thực hiện có hiệu quả Nghị quyết số 76/NQ-CP ngày 15/7/2021 của Chính phủ ban hành Chương trình tổng thể cải cách hành chính nhà nước giai đoạn 2021 - 2030 và các văn bản chỉ đạo của Trung ương, của {tinh}.', 'chi_dao_dieu_hanh', { min: 2022, lv: P }),
  v('Thực hiện Kế hoạch số {n1}/KH-UBND ngày {d1} của Ủy ban nhân dân {tinh} về thông tin, tuyên truyền cải cách hành chính {DV0} {YP}.', '', { lv: [...D, ...H] }),
  v('Nhằm tạo sự chuyển biến mạnh mẽ trong hiện đại hóa hành chính theo hướng chuyên nghiệp, hiệu quả, đảm bảo tính liên thông, đồng bộ, thống nhất, tạo môi trường thuận lợi thu hút các nguồn lực cho đầu tư phát triển.'),
];

/** The sentence that announces the plan, by issuer level. */
export const ANNOUNCE: Readonly<Record<string, readonly Variant[]>> = {
  province: [
    v('Ủy ban nhân dân {tinh} ban hành Kế hoạch thông tin, tuyên truyền cải cách hành chính {YP} trên địa bàn {tinh} với các nội dung sau:'),
    v('Chủ tịch Ủy ban nhân dân {tinh} ban hành kế hoạch tuyên truyền công tác cải cách hành chính (sau đây viết tắt là CCHC) {YP} như sau:'),
    v('UBND {tinh} xây dựng Kế hoạch tuyên truyền CCHC {YP}, cụ thể như sau:'),
  ],
  department: [v('{ISSUER} xây dựng kế hoạch tuyên truyền công tác cải cách hành chính {YP} với các nội dung cụ thể sau:')],
  district: [v('Ủy ban nhân dân huyện ban hành Kế hoạch thông tin, tuyên truyền cải cách hành chính {YP} trên địa bàn huyện như sau:'), v('UBND huyện {DN} xây dựng Kế hoạch tuyên truyền CCHC {YP}, cụ thể như sau:')],
};
