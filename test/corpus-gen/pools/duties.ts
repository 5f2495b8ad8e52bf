// Tasks assigned to agencies under "Tổ chức thực hiện". A task with `r` is a verb phrase that
// takes a role prefix ("Chủ trì, phối hợp với … ", "Tham mưu UBND tỉnh ", "Phối hợp với … ",
// or none); a task without `r` is a whole sentence whose roles are in its tags, written
// `SELF:role` (the heading's agency), `UBREP:role` (the issuer's People's Committee) or
// `ISSUER:role` (the issuing department).

import type { Level, Variant } from '../variant.ts';
import { v } from '../variant.ts';

export interface Duty extends Variant {
  /** Prefixes the phrase accepts: c = chủ trì, t = tham mưu, p = phối hợp, x = none. */
  r?: string;
}

function d(t: string, k = '', r?: string, opts: { min?: number; max?: number; lv?: readonly Level[] } = {}): Duty {
  return { ...v(t, k, opts), ...(r ? { r } : {}) };
}

const PROVINCE: readonly Level[] = ['province'];
const DISTRICT: readonly Level[] = ['district'];

/** Tasks of the group heading "Các sở, ban, ngành; UBND các huyện…" (and of district offices). */
export const GROUP_DUTIES: readonly Duty[] = [
  d('Căn cứ nội dung Kế hoạch này, bám sát tình hình thực tế, chủ động xây dựng kế hoạch tuyên truyền CCHC của cơ quan, đơn vị, địa phương mình và tổ chức thực hiện{han}.'),
  d('Chỉ đạo thông tin, tuyên truyền đầy đủ, kịp thời về tình hình, kết quả thực hiện CCHC trên Trang thông tin điện tử của cơ quan, đơn vị.', 'cong_thong_tin'),
  d('Thiết lập kênh tiếp nhận, phản hồi ý kiến, kiến nghị của cá nhân, tổ chức về các quy định liên quan đến TTHC trên Trang thông tin điện tử; tổ chức thực hiện có hiệu quả việc tiếp nhận, xử lý các kiến nghị.', 'duong_day_nong tthc cong_thong_tin'),
  d('Lồng ghép công tác tuyên truyền CCHC vào công tác tuyên truyền, phổ biến, giáo dục pháp luật; chủ động phối hợp với các tổ chức đoàn thể trong việc tuyên truyền các nội dung phù hợp với từng ngành, từng cấp.', 'long_ghep_pbgdpl SELF:phoi_hop'),
  d('Báo cáo kết quả thực hiện công tác thông tin, tuyên truyền CCHC trong báo cáo định kỳ cải cách hành chính quý, 6 tháng, năm và gửi về Sở Nội vụ để tổng hợp.', 'so_noi_vu:nhan_bao_cao', undefined, { lv: PROVINCE }),
  d('Báo cáo tình hình, kết quả thực hiện công tác thông tin, tuyên truyền CCHC lồng ghép vào báo cáo CCHC định kỳ gửi Sở Nội vụ tổng hợp, báo cáo {UB} và Bộ Nội vụ theo quy định.', 'so_noi_vu:nhan_bao_cao UBREP:nhan_bao_cao bo_noi_vu:nhan_bao_cao', undefined, { lv: PROVINCE }),
  d('Báo cáo kết quả thực hiện công tác tuyên truyền CCHC về Phòng Nội vụ để tổng hợp, báo cáo {UB}.', 'don_vi_truc_thuoc:nhan_bao_cao UBREP:nhan_bao_cao', undefined, { lv: DISTRICT }),
  d('Bố trí và sử dụng công chức, viên chức có năng lực, hiểu biết pháp luật để thực hiện tuyên truyền, hướng dẫn người dân, tổ chức.', 'can_bo_cong_chuc nguoi_dan'),
  d('Gắn công tác tuyên truyền CCHC với công tác thi đua, khen thưởng của cơ quan, đơn vị.', 'thi_dua_khen_thuong'),
  d('Hằng tháng, có ít nhất 02 tin, bài về công tác CCHC được đăng trên Cổng thông tin điện tử của {tinh}.', 'cong_thong_tin', undefined, { lv: PROVINCE }),
  d('Triển khai hướng dẫn cụ thể về tiện ích của việc sử dụng dịch vụ công trực tuyến, dịch vụ bưu chính công ích nhằm khuyến khích người dân, tổ chức thực hiện giải quyết TTHC qua các hình thức này.', 'dvc_truc_tuyen buu_chinh_cong_ich nguoi_dan tthc'),
  d('Chỉ đạo đẩy mạnh công tác tuyên truyền về CCHC trong phạm vi quản lý; bảo đảm các nội dung, hình thức tuyên truyền phù hợp, hiệu quả.'),
  d('Thủ trưởng các cơ quan, đơn vị trực tiếp chỉ đạo và chịu trách nhiệm về nội dung thông tin, tuyên truyền CCHC của cơ quan, đơn vị mình trong phạm vi chức năng, nhiệm vụ được giao.'),
];

/** Tasks of the communes' heading. */
export const COMMUNE_DUTIES: readonly Duty[] = [
  d('Tuyên truyền CCHC trên hệ thống truyền thanh xã và tại các cuộc họp thôn, tổ dân phố.', 'truyen_thanh_co_so hop_dan_nguoi_uy_tin'),
  d('Niêm yết công khai thủ tục hành chính tại {bp}.', 'niem_yet tthc mot_cua'),
  d('Xây dựng kế hoạch tuyên truyền CCHC của địa phương và tổ chức thực hiện{han}.'),
  d('Tiếp nhận các phản ánh, kiến nghị, giải đáp thắc mắc của người dân về thủ tục hành chính.', 'duong_day_nong nguoi_dan tthc'),
];

export const DUTIES: Readonly<Record<string, readonly Duty[]>> = {
  so_noi_vu: [
    d('biên tập, cung cấp tài liệu tuyên truyền về CCHC cho các cơ quan, đơn vị, địa phương', 'an_pham', 'cx'),
    d('tổ chức cuộc thi “Tìm hiểu về công tác cải cách hành chính” trong phạm vi {DV}', 'cuoc_thi', 'ctx'),
    d('tổ chức các lớp tập huấn, bồi dưỡng kiến thức về CCHC cho đội ngũ cán bộ, công chức, viên chức', 'tap_huan_hoi_nghi can_bo_cong_chuc', 'ctx'),
    d('viết tin, bài, cập nhật, số hóa và đăng tải các thông tin về CCHC trên Trang thông tin điện tử của Sở Nội vụ', 'cong_thong_tin', 'x'),
    d('phát hành tờ rơi; biên tập, phát hành các ấn phẩm, phóng sự, video clip về việc triển khai nhiệm vụ CCHC', 'an_pham video_phong_su', 'cx'),
    d('tổ chức thông tin, tuyên truyền đến người dân, tổ chức việc vận hành hệ thống đo lường sự hài lòng đối với sự phục vụ của cơ quan hành chính nhà nước', 'chi_so_danh_gia nguoi_dan', 'cx'),
    d('tuyên truyền về cải cách tổ chức bộ máy hành chính, việc sắp xếp tinh gọn bộ máy gắn với tinh giản biên chế, cải cách chế độ công vụ', 'bo_may cong_vu', 'cx'),
    d('tổ chức tuyên truyền về văn hóa công vụ, xây dựng chính quyền thân thiện', 'cong_vu', 'cx'),
    d('kịp thời thông tin kết quả thực hiện công tác CCHC, giới thiệu các tập thể, cá nhân điển hình trong quá trình thực hiện', 'sang_kien_dien_hinh', 'cx'),
    d('chuẩn bị nội dung, cung cấp thông tin về công tác CCHC cho các cơ quan thông tấn, báo chí tại các cuộc họp báo định kỳ của {UB}', 'bao_chi doi_thoai_hop_bao', 'cx'),
    d('Theo dõi, đôn đốc, kiểm tra các sở, ban, ngành, địa phương trong việc tổ chức thực hiện Kế hoạch này.', 'SELF:theo_doi_kiem_tra'),
    d('Hướng dẫn, đôn đốc, kiểm tra các cơ quan, đơn vị, địa phương thực hiện Kế hoạch này; định kỳ tổng hợp báo cáo {UB} trong báo cáo CCHC.', 'SELF:theo_doi_kiem_tra UBREP:nhan_bao_cao'),
    d('Lồng ghép việc kiểm tra công tác thông tin, tuyên truyền CCHC với kiểm tra cải cách hành chính hằng năm của {dv}.', 'SELF:theo_doi_kiem_tra'),
    d('Tham mưu {UB} tổng hợp, báo cáo về tình hình, kết quả thực hiện công tác thông tin, tuyên truyền CCHC theo định kỳ hằng quý, 6 tháng, năm để gửi Bộ Nội vụ theo quy định.', 'SELF:tham_muu bo_noi_vu:nhan_bao_cao'),
    d('Tham mưu {UB} triển khai thực hiện Kế hoạch này trên địa bàn {dv}.', 'SELF:tham_muu'),
    d('Định kỳ tổng hợp, đánh giá tình hình, kết quả thực hiện công tác thông tin, tuyên truyền CCHC của các cơ quan, đơn vị, địa phương để báo cáo {UB}.', 'UBREP:nhan_bao_cao'),
  ],
  so_tttt: [
    d('chỉ đạo các cơ quan báo chí trên địa bàn phối hợp tuyên truyền về công tác CCHC của {dv}', 'bao_chi', 'x'),
    d('hướng dẫn các cơ quan báo chí, hệ thống thông tin cơ sở đẩy mạnh công tác thông tin, tuyên truyền CCHC bằng nhiều hình thức đa dạng', 'bao_chi', 'ctx'),
    d('xây dựng kênh thông tin truyền thông cải cách hành chính trên nền tảng mạng xã hội để tương tác với tổ chức, công dân', 'mang_xa_hoi nguoi_dan', 'cx'),
    d('tuyên truyền nội dung xây dựng, phát triển chính quyền số, chuyển đổi số', 'chinh_phu_so', 'ctx'),
    d('bảo đảm hoạt động an toàn, ổn định hạ tầng kỹ thuật các Trang thông tin điện tử của các cơ quan, đơn vị', 'cong_thong_tin', 'x'),
    d('tổ chức cuộc thi tìm hiểu về chuyển đổi số, xây dựng chính quyền điện tử, Đề án 06', 'cuoc_thi chinh_phu_so de_an_06', 'cx', { min: 2022 }),
    d('xây dựng các video clip hướng dẫn tổ chức, cá nhân và doanh nghiệp truy cập Cổng Dịch vụ công quốc gia, thực hiện dịch vụ công trực tuyến, thanh toán phí, lệ phí trực tuyến', 'video_phong_su dvc_truc_tuyen doanh_nghiep cong_thong_tin', 'cx'),
    d('tuyên truyền tới người dân, tổ chức tích cực sử dụng dịch vụ bưu chính công ích', 'buu_chinh_cong_ich nguoi_dan', 'px'),
    d('hướng dẫn, cung cấp thông tin cho các cơ quan báo chí về ứng dụng công nghệ thông tin, chuyển đổi số trên địa bàn {dv}', 'bao_chi chinh_phu_so', 'x'),
  ],
  van_phong_ubnd: [
    d('hướng dẫn các cá nhân, tổ chức khai thác và sử dụng thông tin về TTHC trên Cơ sở dữ liệu quốc gia về thủ tục hành chính', 'tthc', 'px'),
    d('theo dõi, tổng hợp, xử lý phản ánh, kiến nghị của cá nhân, tổ chức về quy định hành chính', 'tthc', 'x'),
    d('hướng dẫn các cơ quan, đơn vị cập nhật, niêm yết công khai đầy đủ, rõ ràng, đúng quy định các thủ tục hành chính tại trụ sở và nơi giải quyết thủ tục hành chính', 'niem_yet tthc', 'cx'),
    d('thực hiện tốt công tác truyền thông hỗ trợ hoạt động kiểm soát thủ tục hành chính, thực hiện cơ chế một cửa, một cửa liên thông trên địa bàn {dv}', 'tthc mot_cua', 'cpx'),
    d('nâng cao chất lượng chuyên mục “Thông tin cải cách hành chính” trên Cổng Thông tin điện tử của {tinh}', 'cong_thong_tin', 'x'),
    d('tuyên truyền và phổ biến đến người dân, doanh nghiệp về mục đích, ý nghĩa của công tác kiểm soát TTHC; quyền được phản ánh, kiến nghị về những khó khăn khi thực hiện TTHC', 'tthc nguoi_dan doanh_nghiep', 'px'),
    d('thẩm định nội dung đối với các tin, bài, sản phẩm tuyên truyền về CCHC trước khi đăng tải trên Cổng thông tin điện tử của {tinh}', 'cong_thong_tin', 'x'),
    d('đăng tải đầy đủ thủ tục hành chính, văn bản pháp luật, tin, bài về CCHC trên Cổng thông tin điện tử của {tinh}', 'tthc cong_thong_tin', 'x'),
  ],
  so_tu_phap: [
    d('tuyên truyền công tác xây dựng, thẩm định, ban hành văn bản quy phạm pháp luật trên địa bàn {dv}', 'the_che', 'cpx'),
    d('lồng ghép tuyên truyền về CCHC vào chương trình tuyên truyền, phổ biến, giáo dục pháp luật trên địa bàn {dv}', 'long_ghep_pbgdpl', 'px'),
    d('tuyên truyền kết quả kiểm tra, rà soát văn bản quy phạm pháp luật; kết quả theo dõi thi hành pháp luật trên địa bàn {dv}', 'the_che', 'cx'),
    d('hướng dẫn đội ngũ báo cáo viên, tuyên truyền viên pháp luật các cấp đẩy mạnh thông tin về CCHC', 'long_ghep_pbgdpl', 'x'),
  ],
  so_tai_chinh: [
    d('tuyên truyền chủ trương đổi mới cơ chế phân bổ ngân sách gắn với kết quả thực hiện nhiệm vụ', 'tai_chinh_cong', 'cx'),
    d('bố trí kinh phí thực hiện đầy đủ các nhiệm vụ tuyên truyền CCHC được giao tại Kế hoạch này; hướng dẫn các đơn vị lập dự toán, thanh quyết toán kinh phí theo đúng quy định', '', 'ptx'),
    d('tuyên truyền việc thực hiện cơ chế tự chủ tài chính của các đơn vị sự nghiệp công lập', 'tai_chinh_cong', 'cx'),
    d('công khai, minh bạch ngân sách nhà nước theo quy định', 'tai_chinh_cong', 'x'),
  ],
  so_khdt: [
    d('tổ chức đối thoại của lãnh đạo {UB} với doanh nghiệp định kỳ 2 lần/năm', 'doi_thoai_hop_bao doanh_nghiep', 'ct'),
    d('xây dựng các giải pháp cải thiện môi trường đầu tư, kinh doanh, nâng cao chỉ số năng lực cạnh tranh cấp tỉnh (PCI)', 'chi_so_danh_gia', 'ctx'),
    d('cập nhật thông tin về chính sách phát triển, hỗ trợ doanh nghiệp, thu hút đầu tư, cải thiện môi trường kinh doanh', 'doanh_nghiep', 'cx'),
  ],
  so_khcn: [
    d('triển khai tuyên truyền những sáng kiến, mô hình, cách làm hay trong triển khai CCHC', 'sang_kien_dien_hinh', 'cx'),
    d('tuyên truyền các nội dung về áp dụng Hệ thống quản lý chất lượng theo tiêu chuẩn quốc gia TCVN ISO 9001:2015 của các cơ quan hành chính nhà nước', 'iso_9001', 'cx'),
    d('đẩy mạnh việc nghiên cứu khoa học, ứng dụng và nhân rộng các sáng kiến về CCHC', 'sang_kien_dien_hinh', 'ctx'),
    d('tuyên truyền nội dung xây dựng, phát triển chính quyền số, chuyển đổi số', 'chinh_phu_so', 'cx', { min: 2025 }),
  ],
  so_yte: [
    d('nâng cao chất lượng dịch vụ y tế công và triển khai thực hiện đo lường sự hài lòng của người dân đối với dịch vụ y tế công', 'chi_so_danh_gia nguoi_dan', 'x'),
    d('niêm yết công khai các thủ tục hành chính lĩnh vực y tế tại trụ sở cơ quan và các cơ sở khám bệnh, chữa bệnh', 'niem_yet tthc', 'x'),
  ],
  so_gddt: [
    d('nâng cao chất lượng dịch vụ giáo dục công và triển khai đo lường sự hài lòng của người dân đối với dịch vụ giáo dục công', 'chi_so_danh_gia nguoi_dan', 'x'),
    d('tuyên truyền nội dung CCHC đến đội ngũ nhà giáo, người lao động trong ngành', 'can_bo_cong_chuc', 'x'),
  ],
  so_vhttdl: [
    d('chỉ đạo các đơn vị sự nghiệp văn hóa - nghệ thuật xây dựng kịch bản, dàn dựng các chương trình thông tin lưu động, sân khấu hóa về CCHC', 'san_khau_hoa', 'cx'),
    d('treo pa nô, áp phích, băng rôn tuyên truyền CCHC tại các tuyến đường, nơi công cộng', 'an_pham', 'px'),
    d('tuyên truyền cơ chế, chính sách xã hội hóa trong các hoạt động văn hóa, thể thao và du lịch', 'tai_chinh_cong', 'cx'),
  ],
  so_ldtbxh: [
    d('tuyên truyền các thủ tục hành chính lĩnh vực người có công, bảo trợ xã hội, việc làm đến người dân', 'tthc nguoi_dan', 'x'),
    d('niêm yết công khai thủ tục hành chính thuộc lĩnh vực quản lý tại trụ sở cơ quan', 'niem_yet tthc', 'x'),
  ],
  cong_an_tinh: [
    d('Chủ trì tham mưu các nội dung tuyên truyền về thực hiện nhiệm vụ Đề án 06 trên địa bàn {dv}.', 'de_an_06 SELF:chu_tri SELF:tham_muu'),
    d('hướng dẫn người dân kích hoạt, sử dụng tài khoản định danh điện tử VNeID', 'de_an_06 nguoi_dan', 'cpx', { min: 2023 }),
  ],
  dai_ptth: [
    d('mở chuyên mục trả lời trực tiếp của lãnh đạo các sở, ngành về CCHC trên sóng phát thanh', 'truyen_hinh_phat_thanh', 'x'),
    d('tăng cường số lượng tin về CCHC trong các chương trình thời sự', '', 'x'),
    d('hoàn thiện và nâng cao chất lượng phát sóng các chương trình về CCHC trên sóng phát thanh và truyền hình', 'truyen_hinh_phat_thanh', 'x'),
    d('tăng cường các buổi đối thoại về CCHC trên sóng truyền hình', 'doi_thoai_hop_bao truyen_hinh_phat_thanh', 'x'),
    d('biên dịch các chương trình về CCHC ra tiếng dân tộc (Thái, Mông)', 'tieng_dan_toc', 'x'),
    d('xây dựng phóng sự, chương trình chuyên đề về CCHC', 'video_phong_su', 'x'),
  ],
  bao_tinh: [
    d('đăng tải các bài viết chuyên đề về CCHC trên báo in', 'bao_chi', 'px'),
    d('xây dựng các chuyên đề về CCHC trên báo điện tử', 'bao_chi', 'x'),
    d('mở chuyên trang, chuyên mục CCHC trên báo in và báo điện tử', 'bao_chi', 'x'),
    d('tăng cường tần suất các tin, bài nghiên cứu, trao đổi về CCHC trên các số báo thường kỳ', '', 'x'),
    d('tiếp nhận và xử lý các ý kiến đóng góp của tổ chức, cá nhân về CCHC', 'duong_day_nong', 'x'),
  ],
  cong_ttdt_tinh: [
    d('cập nhật, đăng tải tin tức, văn bản về CCHC trên Cổng thông tin điện tử {tinh}', 'cong_thong_tin', 'x'),
    d('mở chuyên mục “Công dân, doanh nghiệp hỏi - cơ quan chức năng trả lời”', 'nguoi_dan doanh_nghiep', 'x'),
  ],
  media: [
    d('tiếp tục duy trì, mở rộng chuyên mục, chuyên trang, nâng cao chất lượng các chương trình về cải cách hành chính', '', 'x'),
    d('chủ động cập nhật, phản ánh thông tin, kết quả cải cách hành chính của các cơ quan, đơn vị, địa phương, bố trí giờ và thời lượng phát sóng, diện tích đăng tải thích hợp', '', 'x'),
    d('kịp thời đưa tin biểu dương các gương điển hình tiên tiến và những tồn tại, hạn chế trong thực hiện CCHC', 'sang_kien_dien_hinh ket_qua_han_che', 'x'),
    d('xây dựng chương trình theo hình thức mới nhằm đẩy mạnh tuyên truyền, nâng cao nhận thức về CCHC cho các tầng lớp Nhân dân', 'nguoi_dan', 'x'),
  ],
  trung_tam_pvhcc: [
    d('đăng tải, tuyên truyền các video clip hướng dẫn tổ chức, cá nhân thực hiện dịch vụ công trực tuyến toàn trình, dịch vụ công trực tuyến một phần', 'video_phong_su dvc_truc_tuyen', 'px', { min: 2023 }),
    d('niêm yết công khai các thủ tục hành chính, số điện thoại đường dây nóng tại trụ sở', 'niem_yet tthc duong_day_nong', 'x'),
    d('hướng dẫn tổ chức, cá nhân nộp hồ sơ trực tuyến, thanh toán trực tuyến phí, lệ phí', 'dvc_truc_tuyen', 'px'),
  ],
  buu_dien_tinh: [
    d('tuyên truyền, hướng dẫn người dân sử dụng dịch vụ bưu chính công ích trong giải quyết thủ tục hành chính', 'buu_chinh_cong_ich tthc nguoi_dan', 'px'),
  ],
  mttq: [
    d('phản ánh kịp thời ý kiến của Nhân dân về việc giải quyết thủ tục hành chính tại cơ sở', 'nguoi_dan tthc', 'px'),
    d('tuyên truyền, phổ biến các chủ trương, đường lối của Đảng, chính sách, pháp luật của Nhà nước và những nội dung của Chương trình tổng thể CCHC đến đoàn viên, hội viên', 'chi_dao_dieu_hanh to_chuc_chinh_tri_xa_hoi', 'p'),
    d('tăng cường giám sát việc thực hiện CCHC; tuyên truyền, vận động nhân dân nâng cao đồng thuận xã hội', 'nguoi_dan_giam_sat nguoi_dan', 'px'),
    d('tăng cường thông tin, tuyên truyền cải cách hành chính trong lực lượng đoàn viên, hội viên từ {dv} đến cơ sở', 'to_chuc_chinh_tri_xa_hoi', 'x'),
  ],
  ban_tuyen_giao: [
    d('chỉ đạo, định hướng các cơ quan báo chí trên địa bàn, đội ngũ báo cáo viên, tuyên truyền viên các cấp đẩy mạnh thông tin, tuyên truyền về CCHC', 'bao_chi', 'x'),
  ],
  truong_chinh_tri: [
    d('tiếp tục nghiên cứu, đổi mới nội dung và phương pháp giảng dạy, lồng ghép các nội dung CCHC vào chương trình giảng dạy phù hợp với các đối tượng học viên', 'dao_tao_tuyen_dung', 'x'),
    d('cử giảng viên tham gia báo cáo viên tại các lớp tập huấn về CCHC', 'tap_huan_hoi_nghi', 'x'),
  ],
  cong_doan: [
    d('triển khai tổ chức và tuyên truyền về cuộc thi tìm hiểu về công tác cải cách hành chính', 'cuoc_thi', 'px'),
    d('tuyên truyền, vận động đoàn viên công đoàn thực hiện văn hóa công vụ', 'cong_vu', 'x'),
  ],
  // Units of an issuing district (coded don_vi_truc_thuoc).
  phong_noi_vu: [
    d('Tham mưu {UB} triển khai thực hiện Kế hoạch này; theo dõi, đôn đốc, kiểm tra các cơ quan, đơn vị, {xa} trong việc thực hiện.', 'SELF:tham_muu SELF:theo_doi_kiem_tra'),
    d('tổ chức cuộc thi tìm hiểu về CCHC trên địa bàn huyện', 'cuoc_thi', 'ct'),
    d('Tổng hợp, báo cáo kết quả thực hiện về {UB} và Sở Nội vụ theo quy định.', 'UBREP:nhan_bao_cao so_noi_vu:nhan_bao_cao'),
  ],
  vp_huyen: [
    d('niêm yết công khai thủ tục hành chính tại Bộ phận tiếp nhận và trả kết quả huyện', 'niem_yet tthc mot_cua', 'cx'),
    d('đăng tải tin, bài về CCHC trên Trang thông tin điện tử huyện', 'cong_thong_tin', 'x'),
  ],
  tt_vhtt: [
    d('duy trì chuyên mục CCHC trên sóng truyền thanh - truyền hình huyện', 'truyen_thanh_co_so truyen_hinh_phat_thanh', 'x'),
    d('xây dựng chương trình thông tin lưu động, pa nô, khẩu hiệu về CCHC', 'san_khau_hoa an_pham', 'x'),
    d('hướng dẫn đài truyền thanh các xã tăng thời lượng tin, bài về CCHC', 'truyen_thanh_co_so', 'x'),
  ],
  phong_vhtt: [
    d('hướng dẫn, cung cấp thông tin cho hệ thống truyền thanh cơ sở về CCHC', 'truyen_thanh_co_so', 'ctx'),
    d('tuyên truyền chuyển đổi số, xây dựng chính quyền số', 'chinh_phu_so', 'cx'),
  ],
  phong_tu_phap: [d('lồng ghép tuyên truyền CCHC trong công tác phổ biến, giáo dục pháp luật', 'long_ghep_pbgdpl', 'px')],
  // Units of an issuing department.
  phong_so: [
    d('Xây dựng kế hoạch tuyên truyền CCHC của phòng, đơn vị và tổ chức thực hiện{han}.'),
    d('Chủ động thông tin, tuyên truyền đầy đủ, kịp thời về tình hình kết quả thực hiện nhiệm vụ cải cách hành chính của ngành.'),
    d('Định kỳ hằng quý tổng hợp báo cáo công tác cải cách hành chính về Văn phòng Sở để tổng hợp, báo cáo.', 'don_vi_truc_thuoc:nhan_bao_cao'),
  ],
  vp_so: [
    d('Xem xét tham mưu cân đối nguồn kinh phí của ngành để thực hiện công tác tuyên truyền cải cách hành chính.', 'SELF:tham_muu'),
    d('Tổ chức triển khai, theo dõi, đôn đốc, kiểm tra việc thực hiện Kế hoạch này tại các phòng, đơn vị, định kỳ hằng quý báo cáo Giám đốc Sở.', 'SELF:theo_doi_kiem_tra ISSUER:nhan_bao_cao'),
    d('cập nhật tin, bài về CCHC trên Trang thông tin điện tử của Sở', 'cong_thong_tin', 'x'),
    d('tổ chức cho công chức, viên chức tham gia các cuộc thi tìm hiểu, thi viết về CCHC', 'cuoc_thi can_bo_cong_chuc', 'x'),
    d('Báo cáo kết quả thực hiện về Sở Nội vụ để tổng hợp, báo cáo {UB} theo quy định.', 'so_noi_vu:nhan_bao_cao UBREP:nhan_bao_cao'),
  ],
};
