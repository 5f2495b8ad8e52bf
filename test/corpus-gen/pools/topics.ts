// Sentences for the "Nội dung tuyên truyền" section, one pool per topic id, in the wording of the
// real plans. Each variant lists every tag its text carries (a theme sentence often names its
// area too); parents are added when labels are computed, not here.

import type { Variant } from '../variant.ts';
import { v } from '../variant.ts';

export const TOPIC_POOLS: Readonly<Record<string, readonly Variant[]>> = {
  chi_dao_dieu_hanh: [
    v('Kết quả thực hiện Kế hoạch cải cách hành chính {YP} của {dv}; việc ban hành và tổ chức thực hiện kế hoạch CCHC của các cơ quan, đơn vị, địa phương; công tác tự kiểm tra việc thực hiện nhiệm vụ cải cách hành chính.', 'chi_dao_dieu_hanh'),
    v('Vai trò, trách nhiệm của các cấp ủy Đảng, của người đứng đầu cơ quan hành chính các cấp, các đơn vị sự nghiệp công lập đối với việc triển khai thực hiện nhiệm vụ cải cách hành chính.', 'chi_dao_dieu_hanh'),
    v('Vai trò, trách nhiệm của các cấp ủy đảng, đoàn thể, của người đứng đầu cơ quan hành chính các cấp, người đứng đầu các tổ chức chính trị - xã hội, các đơn vị sự nghiệp công lập đối với việc triển khai thực hiện nhiệm vụ CCHC.', 'chi_dao_dieu_hanh to_chuc_chinh_tri_xa_hoi'),
    v('Tuyên truyền, phổ biến sâu rộng về tầm quan trọng, ý nghĩa, mục tiêu và tác động của CCHC đến phát triển kinh tế - xã hội của {dv}; Nghị quyết số 76/NQ-CP ngày 15/7/2021 của Chính phủ ban hành Chương trình tổng thể cải cách hành chính nhà nước giai đoạn 2021 - 2030; Chỉ thị số 23/CT-TTg ngày 02/9/2021 của Thủ tướng Chính phủ về đẩy mạnh thực hiện Chương trình tổng thể cải cách hành chính nhà nước giai đoạn 2021 - 2030; các văn bản hướng dẫn, chỉ đạo của Ban Chỉ đạo CCHC của Chính phủ và của {tinh}.', 'chi_dao_dieu_hanh', { min: 2022 }),
    v('Bám sát nội dung Nghị quyết số 76/NQ-CP ngày 15/7/2021 của Chính phủ ban hành Chương trình tổng thể cải cách hành chính nhà nước giai đoạn 2021 - 2030 và Kế hoạch cải cách hành chính nhà nước {DV0} năm {Y}; kế hoạch CCHC năm {Y} của các cơ quan, đơn vị, địa phương.', 'chi_dao_dieu_hanh', { min: 2022 }),
    v('Tiếp tục tuyên truyền Nghị quyết số 30c/NQ-CP ngày 08/11/2011 của Chính phủ ban hành Chương trình tổng thể cải cách hành chính nhà nước giai đoạn 2011 - 2020 và Kế hoạch cải cách hành chính nhà nước {DV0} năm {Y}; các văn bản chỉ đạo của Trung ương, của {tinh} về công tác cải cách hành chính.', 'chi_dao_dieu_hanh', { max: 2021 }),
    v('Các quan điểm, chủ trương của Đảng, chính sách pháp luật của Nhà nước về cải cách hành chính; xây dựng nền hành chính dân chủ, chuyên nghiệp, từng bước hiện đại, nâng cao trách nhiệm giải trình của người đứng đầu các cơ quan, đơn vị.', 'chi_dao_dieu_hanh'),
    v('Tình hình triển khai, kết quả thực hiện Nghị quyết, Quyết định, Kế hoạch và các văn bản chỉ đạo của {TU}, Ủy ban nhân dân {tinh}, Chủ tịch Ủy ban nhân dân {tinh} về công tác cải cách hành chính; sự lãnh đạo, chỉ đạo, điều hành của cấp ủy, chính quyền các cấp.', 'chi_dao_dieu_hanh'),
    v('Vai trò của Ban Chỉ đạo cải cách hành chính {dv} trong việc chỉ đạo, điều hành, kiểm tra việc thực hiện các nhiệm vụ cải cách hành chính; trách nhiệm của người đứng đầu trong tổ chức thực hiện nhiệm vụ được giao.', 'chi_dao_dieu_hanh'),
  ],

  the_che: [
    v('Công tác kiểm tra, xử lý văn bản quy phạm pháp luật trái pháp luật; việc công khai dự thảo văn bản quy phạm pháp luật để lấy ý kiến rộng rãi của các cơ quan, tổ chức.', 'the_che'),
    v('Tổ chức thực hiện có hiệu quả Luật Ban hành văn bản quy phạm pháp luật năm 2015, Luật sửa đổi, bổ sung một số điều của Luật Ban hành văn bản quy phạm pháp luật năm 2020; đổi mới công tác xây dựng, thẩm định và ban hành văn bản quy phạm pháp luật, đáp ứng yêu cầu quản lý nhà nước trên địa bàn {dv}.', 'the_che', { min: 2021, max: 2025 }),
    v('Tổ chức thực hiện Luật Ban hành văn bản quy phạm pháp luật năm 2015 và các văn bản hướng dẫn thi hành; nâng cao chất lượng công tác soạn thảo, thẩm định và ban hành văn bản quy phạm pháp luật của {dv}.', 'the_che', { max: 2020 }),
    v('Tuyên truyền Luật Ban hành văn bản quy phạm pháp luật năm 2025 và các văn bản quy định chi tiết; đổi mới tư duy xây dựng pháp luật theo hướng vừa quản lý vừa kiến tạo phát triển.', 'the_che', { min: 2026 }),
    v('Tuyên truyền các quy định của pháp luật về xây dựng, ban hành, kiểm tra, rà soát, hệ thống hóa văn bản quy phạm pháp luật ở các ngành, các cấp nhằm bảo đảm tính hợp hiến, hợp pháp và tính khả thi của hệ thống văn bản trên địa bàn {dv}.', 'the_che'),
    v('Tuyên truyền công tác tổ chức thi hành pháp luật và theo dõi, đánh giá tình hình thi hành pháp luật trong năm, đặc biệt là các lĩnh vực trọng tâm, có tác động lớn đến tiến trình phát triển kinh tế - xã hội.', 'the_che'),
    v('Kết quả hoàn thiện thể chế, chính sách thuộc thẩm quyền của Hội đồng nhân dân, Ủy ban nhân dân {tinh}; việc lấy ý kiến của đối tượng chịu sự tác động trong quá trình soạn thảo văn bản quy phạm pháp luật.', 'the_che'),
  ],

  tthc: [
    v('Việc công khai, minh bạch thủ tục hành chính trên Cơ sở dữ liệu quốc gia về thủ tục hành chính; rà soát, đánh giá thủ tục hành chính theo kế hoạch hằng năm.', 'tthc'),
    v('Quy định về thời hạn giải quyết thủ tục hành chính, việc xin lỗi tổ chức, cá nhân khi giải quyết hồ sơ quá hạn.', 'tthc'),
    v('Tuyên truyền kết quả các thủ tục hành chính đã được rà soát, cắt giảm, đơn giản hóa nhằm cải thiện môi trường đầu tư kinh doanh; công tác kiểm soát thủ tục hành chính ở các cấp, kiểm soát chặt chẽ việc ban hành mới các thủ tục hành chính theo quy định của pháp luật.', 'tthc'),
    v('Kiểm soát chặt chẽ việc quy định TTHC từ khâu dự thảo; tăng cường công khai, minh bạch tất cả các TTHC, trọng tâm là các lĩnh vực: quy hoạch, đất đai, xây dựng, tư pháp, y tế, bảo hiểm xã hội...', 'tthc'),
    v('Tuyên truyền việc tiếp nhận, xử lý phản ánh, kiến nghị của cá nhân, tổ chức về quy định hành chính theo Nghị định số 20/2008/NĐ-CP ngày 14/02/2008 của Chính phủ và các văn bản sửa đổi, bổ sung.', 'tthc duong_day_nong'),
    v('Kết quả đơn giản hóa thủ tục hành chính nội bộ giữa các cơ quan hành chính nhà nước theo Quyết định số 1085/QĐ-TTg ngày 15/9/2022 của Thủ tướng Chính phủ; các văn bản mới về cải cách thủ tục hành chính.', 'tthc', { min: 2023 }),
    v('Bộ thủ tục hành chính đã được công bố và những vấn đề cần biết khi thực hiện thủ tục hành chính trong các lĩnh vực gần gũi với đời sống như hộ tịch, đất đai, bảo trợ xã hội, đăng ký kinh doanh.', 'tthc'),
    v('Tuyên truyền việc ban hành các quy định về cải cách TTHC, kiểm soát TTHC, TTHC nội bộ giữa các cơ quan hành chính nhà nước để cải thiện môi trường đầu tư kinh doanh, thu hút đầu tư; nâng cao chất lượng, hiệu quả giải quyết TTHC.', 'tthc'),
    v('Triển khai Chỉ thị số 27/CT-TTg ngày 27/10/2023 của Thủ tướng Chính phủ về tiếp tục đẩy mạnh các giải pháp cải cách và nâng cao hiệu quả giải quyết thủ tục hành chính.', 'tthc', { min: 2024 }),
  ],

  bo_may: [
    v('Kết quả sắp xếp, tổ chức lại các đơn vị sự nghiệp công lập theo Nghị định số 120/2020/NĐ-CP ngày 07/10/2020 của Chính phủ; kiện toàn tổ chức bộ máy các cơ quan chuyên môn theo Nghị định số 107/2020/NĐ-CP và Nghị định số 108/2020/NĐ-CP ngày 14/9/2020 của Chính phủ.', 'bo_may', { min: 2021, max: 2025 }),
    v('Tiếp tục tuyên truyền có hiệu quả Nghị quyết số 18-NQ/TW ngày 25/10/2017 của Ban Chấp hành Trung ương Đảng khóa XII một số vấn đề về tiếp tục đổi mới, sắp xếp tổ chức bộ máy của hệ thống chính trị tinh gọn, hoạt động hiệu lực, hiệu quả; Nghị quyết số 19-NQ/TW ngày 25/10/2017 về tiếp tục đổi mới hệ thống tổ chức và quản lý, nâng cao chất lượng và hiệu quả hoạt động của các đơn vị sự nghiệp công lập.', 'bo_may'),
    v('Tình hình triển khai và kết quả thực hiện các chủ trương, chính sách, quy định pháp luật về đổi mới, sắp xếp, kiện toàn hệ thống tổ chức và nâng cao hiệu quả hoạt động của các cơ quan, tổ chức trong hệ thống chính trị trên địa bàn {dv}.', 'bo_may'),
    v('Tuyên truyền về kết quả thực hiện các chủ trương, chính sách và quy định về tinh giản biên chế gắn với cơ cấu lại và nâng cao chất lượng đội ngũ trong hệ thống chính trị.', 'bo_may'),
    v('Tiến độ, kết quả triển khai Nghị quyết số 35/2023/UBTVQH15 ngày 12/7/2023 của Ủy ban Thường vụ Quốc hội về sắp xếp đơn vị hành chính cấp huyện, cấp xã giai đoạn 2023 - 2030 và các văn bản có liên quan.', 'bo_may', { min: 2024, max: 2025 }),
    v('Tình hình triển khai Nghị quyết số 04/NQ-CP ngày 10/01/2022 của Chính phủ về đẩy mạnh phân cấp, phân quyền trong quản lý nhà nước, gắn kết chặt chẽ với năng lực tổ chức thực hiện của đơn vị được phân cấp, ủy quyền.', 'bo_may', { min: 2022 }),
    v('Tuyên truyền kết quả sắp xếp tổ chức bộ máy, vận hành chính quyền địa phương hai cấp; việc phân định thẩm quyền, phân cấp, phân quyền giữa chính quyền cấp {tinh} và cấp xã.', 'bo_may', { min: 2026 }),
    v('Tuyên truyền việc triển khai rà soát, kiện toàn tổ chức bộ máy, tinh giản biên chế nhằm nâng cao hiệu quả hoạt động và sắp xếp, tinh gọn hệ thống tổ chức cơ quan hành chính nhà nước các cấp theo quy định.', 'bo_may'),
  ],

  cong_vu: [
    v('Tuyên truyền việc đánh giá, xếp loại chất lượng cán bộ, công chức, viên chức theo Nghị định số 90/2020/NĐ-CP ngày 13/8/2020 của Chính phủ; xử lý nghiêm các trường hợp vi phạm kỷ luật, kỷ cương hành chính và đạo đức công vụ.', 'cong_vu can_bo_cong_chuc', { min: 2021 }),
    v('Quy tắc ứng xử của cán bộ, công chức, viên chức trong thi hành công vụ; chấn chỉnh lề lối làm việc, tác phong, thái độ phục vụ.', 'cong_vu can_bo_cong_chuc'),
    v('Tình hình, kết quả triển khai cải cách chế độ công vụ; việc thực hiện văn hóa công vụ; những việc cán bộ, công chức, viên chức không được làm.', 'cong_vu can_bo_cong_chuc'),
    v('Tình hình thực hiện kỷ luật, kỷ cương hành chính, tinh thần trách nhiệm, đạo đức công vụ trong thực thi nhiệm vụ được giao.', 'cong_vu'),
    v('Tuyên truyền về kết quả xây dựng, phê duyệt vị trí việc làm các cơ quan, đơn vị theo quy định tại Nghị định số 62/2020/NĐ-CP ngày 01/6/2020 của Chính phủ về vị trí việc làm và biên chế công chức.', 'cong_vu', { min: 2021 }),
    v('Tuyên truyền việc đổi mới công tác tuyển dụng, mở rộng thi tuyển cạnh tranh để bổ nhiệm các chức danh lãnh đạo, quản lý theo hướng công khai, minh bạch; chính sách thu hút, trọng dụng nhân tài.', 'cong_vu'),
    v('Các quy định của pháp luật về quản lý, sử dụng, đánh giá, xếp loại cán bộ, công chức, viên chức; trách nhiệm của cán bộ, công chức, viên chức trong thực hiện nhiệm vụ, công vụ, đặc biệt là trong giải quyết công việc cho cá nhân, tổ chức.', 'cong_vu can_bo_cong_chuc'),
    v('Nghị định số 73/2023/NĐ-CP ngày 29/9/2023 của Chính phủ quy định về khuyến khích, bảo vệ cán bộ năng động, sáng tạo, dám nghĩ, dám làm, dám chịu trách nhiệm vì lợi ích chung; Quyết định số 899/QĐ-TTg ngày 31/7/2023 phê duyệt Chiến lược quốc gia về thu hút, trọng dụng nhân tài.', 'cong_vu', { min: 2024 }),
  ],

  tai_chinh_cong: [
    v('Tình hình thực hiện Nghị định số 60/2021/NĐ-CP ngày 21/6/2021 của Chính phủ quy định cơ chế tự chủ tài chính của đơn vị sự nghiệp công lập.', 'tai_chinh_cong', { min: 2022 }),
    v('Tình hình, kết quả triển khai thực hiện quy định chế độ tự chủ, tự chịu trách nhiệm về sử dụng biên chế và kinh phí quản lý hành chính đối với các cơ quan hành chính nhà nước, trọng tâm là đổi mới cơ chế tài chính của các đơn vị sự nghiệp công lập.', 'tai_chinh_cong'),
    v('Tuyên truyền việc xây dựng cơ chế, chính sách khuyến khích xã hội hóa, thu hút các nhà đầu tư phát triển các cơ sở cung ứng dịch vụ ngoài công lập trong các lĩnh vực giáo dục, y tế, văn hóa, thể dục thể thao, khoa học công nghệ.', 'tai_chinh_cong'),
    v('Tiếp tục đổi mới cơ chế phân bổ ngân sách cho cơ quan hành chính nhà nước, thực hiện cơ chế cấp ngân sách dựa trên kết quả và chất lượng hoạt động, hướng vào kiểm soát đầu ra, chất lượng chi tiêu theo mục tiêu, nhiệm vụ.', 'tai_chinh_cong'),
    v('Thực hiện việc giao nhiệm vụ, đặt hàng hoặc đấu thầu cung cấp dịch vụ sự nghiệp công; công khai, minh bạch thu, chi tài chính của các cơ quan, đơn vị theo quy định.', 'tai_chinh_cong'),
    v('Kết quả cải cách tài chính công; việc quản lý, sử dụng tài sản công tiết kiệm, hiệu quả tại các cơ quan, đơn vị.', 'tai_chinh_cong'),
  ],

  chinh_phu_so: [
    v('Kết quả vận hành Hệ thống quản lý văn bản và điều hành, việc xử lý hồ sơ công việc trên môi trường mạng; bảo đảm an toàn, an ninh thông tin, góp phần thúc đẩy chuyển đổi số trong các cơ quan nhà nước.', 'chinh_phu_so'),
    v('Tình hình triển khai các nội dung xây dựng và phát triển Chính phủ điện tử, Chính phủ số; Chương trình chuyển đổi số quốc gia đến năm 2025, định hướng đến năm 2030 ban hành tại Quyết định số 749/QĐ-TTg ngày 03/6/2020 của Thủ tướng Chính phủ.', 'chinh_phu_so', { min: 2021 }),
    v('Tình hình ứng dụng công nghệ thông tin trong hoạt động của cơ quan nhà nước, xây dựng Chính quyền điện tử theo Nghị quyết số 17/NQ-CP ngày 07/3/2019 của Chính phủ về một số nhiệm vụ, giải pháp trọng tâm phát triển Chính phủ điện tử giai đoạn 2019 - 2020, định hướng đến 2025.', 'chinh_phu_so', { max: 2021 }),
    v('Đẩy mạnh ứng dụng công nghệ thông tin, thực hiện chuyển đổi số trong hoạt động của các cơ quan hành chính nhà nước; xử lý công việc trên môi trường số, tổ chức các cuộc họp trực tuyến, giảm giấy tờ.', 'chinh_phu_so'),
    v('Tình hình thực hiện việc gửi, nhận văn bản điện tử, sử dụng chữ ký số trong hệ thống hành chính nhà nước; hoàn thiện và kết nối liên thông Hệ thống thông tin báo cáo của {tinh} với Hệ thống thông tin báo cáo quốc gia.', 'chinh_phu_so'),
    v('Tuyên truyền Nghị quyết của Ban Thường vụ {TU} về chuyển đổi số {DV0} giai đoạn 2021 - 2025, định hướng đến năm 2030; phát triển chính quyền số, kinh tế số, xã hội số.', 'chinh_phu_so', { min: 2022 }),
    v('Kết quả triển khai Chiến lược phát triển Chính phủ điện tử hướng tới Chính phủ số giai đoạn 2021 - 2025, định hướng đến năm 2030 ban hành tại Quyết định số 942/QĐ-TTg ngày 15/6/2021 của Thủ tướng Chính phủ.', 'chinh_phu_so', { min: 2022 }),
    v('Tuyên truyền Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị về đột phá phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số quốc gia.', 'chinh_phu_so', { min: 2025 }),
  ],

  mot_cua: [
    v('Việc đánh giá chất lượng giải quyết thủ tục hành chính tại Bộ phận Một cửa các cấp; tinh thần, thái độ của người làm việc tại nơi tiếp nhận hồ sơ.', 'mot_cua tthc'),
    v('Tình hình triển khai, kết quả, hiệu quả việc thực hiện cơ chế một cửa, một cửa liên thông trong giải quyết thủ tục hành chính theo Nghị định số 61/2018/NĐ-CP ngày 23/4/2018 của Chính phủ.', 'mot_cua tthc', { max: 2021 }),
    v('Tình hình triển khai, kết quả, hiệu quả việc thực hiện cơ chế một cửa, một cửa liên thông trong giải quyết TTHC theo Nghị định số 61/2018/NĐ-CP ngày 23/4/2018 và Nghị định số 107/2021/NĐ-CP ngày 06/12/2021 của Chính phủ.', 'mot_cua tthc', { min: 2022 }),
    v('Hoạt động của Trung tâm Phục vụ hành chính công {tinh} và {bp} theo hướng văn minh, hiện đại, chuyên nghiệp.', 'mot_cua'),
    v('Tuyên truyền hiệu quả Quyết định số 468/QĐ-TTg ngày 27/3/2021 của Thủ tướng Chính phủ phê duyệt Đề án đổi mới việc thực hiện cơ chế một cửa, một cửa liên thông trong giải quyết thủ tục hành chính.', 'mot_cua tthc', { min: 2022 }),
    v('Thực hiện có hiệu quả cơ chế một cửa, một cửa liên thông tại Trung tâm Phục vụ hành chính công {tinh}, {bp}; tinh thần, thái độ phục vụ tại nơi tiếp nhận hồ sơ.', 'mot_cua'),
  ],

  dvc_truc_tuyen: [
    v('Hướng dẫn tổ chức, cá nhân các bước nộp hồ sơ trực tuyến, tra cứu tình trạng hồ sơ, nhận kết quả điện tử khi sử dụng dịch vụ công trực tuyến.', 'dvc_truc_tuyen'),
    v('Lợi ích của việc sử dụng dịch vụ công trực tuyến, thanh toán trực tuyến phí, lệ phí giải quyết thủ tục hành chính để tiết kiệm thời gian và chi phí.', 'dvc_truc_tuyen tthc'),
    v('Cách thức thực hiện dịch vụ công trực tuyến mức độ 3, mức độ 4 trên Cổng Dịch vụ công quốc gia và Hệ thống thông tin giải quyết thủ tục hành chính của {tinh}.', 'dvc_truc_tuyen tthc cong_thong_tin', { max: 2022 }),
    v('Tuyên truyền, hướng dẫn việc thực hiện dịch vụ công trực tuyến toàn trình, dịch vụ công trực tuyến một phần; hiệu quả vận hành Hệ thống thông tin giải quyết thủ tục hành chính của {tinh}.', 'dvc_truc_tuyen tthc', { min: 2023 }),
    v('Tình hình cung cấp dịch vụ công trực tuyến, tỷ lệ hồ sơ được tiếp nhận và giải quyết trực tuyến; việc số hóa hồ sơ, kết quả giải quyết thủ tục hành chính.', 'dvc_truc_tuyen tthc'),
    v('Tình hình cung cấp và sử dụng dịch vụ công trực tuyến, thanh toán trực tuyến trên địa bàn {dv}; các tiện ích khi nộp hồ sơ trực tuyến.', 'dvc_truc_tuyen'),
  ],

  buu_chinh_cong_ich: [
    v('Hiệu quả phối hợp giữa cơ quan giải quyết thủ tục hành chính và đơn vị cung ứng dịch vụ bưu chính công ích trong tiếp nhận hồ sơ, trả kết quả.', 'buu_chinh_cong_ich tthc'),
    v('Tình hình thực hiện việc tiếp nhận hồ sơ và trả kết quả giải quyết thủ tục hành chính qua dịch vụ bưu chính công ích theo Quyết định số 45/2016/QĐ-TTg ngày 19/10/2016 của Thủ tướng Chính phủ.', 'buu_chinh_cong_ich tthc'),
    v('Tiện ích của dịch vụ bưu chính công ích trong việc nộp hồ sơ, nhận kết quả giải quyết TTHC tại nhà, giảm chi phí đi lại.', 'buu_chinh_cong_ich tthc'),
    v('Việc gửi hồ sơ, nhận kết quả qua dịch vụ bưu chính công ích; những điều cần biết khi lựa chọn hình thức này.', 'buu_chinh_cong_ich'),
  ],

  de_an_06: [
    v('Các tiện ích của ứng dụng VNeID trong thực hiện thủ tục hành chính; làm sạch, khai thác dữ liệu dân cư phục vụ quản lý nhà nước.', 'de_an_06 tthc', { min: 2023 }),
    v('Tiến độ, kết quả triển khai Quyết định số 06/QĐ-TTg ngày 06/01/2022 của Thủ tướng Chính phủ phê duyệt Đề án phát triển ứng dụng dữ liệu về dân cư, định danh và xác thực điện tử phục vụ chuyển đổi số quốc gia giai đoạn 2022 - 2025, tầm nhìn đến năm 2030.', 'de_an_06 chinh_phu_so', { min: 2022 }),
    v('Lợi ích của việc kích hoạt, sử dụng tài khoản định danh điện tử VNeID; khai thác Cơ sở dữ liệu quốc gia về dân cư trong giải quyết thủ tục hành chính.', 'de_an_06 tthc', { min: 2023 }),
    v('Cải cách hành chính, chuyển đổi số và thực hiện Đề án 06 là ba nội dung quan trọng, có mối quan hệ mật thiết; tuyên truyền gắn kết các nội dung này để từng bước xây dựng nền hành chính hiện đại, hiệu quả.', 'de_an_06 chinh_phu_so', { min: 2023 }),
    v('Việc tiếp tục triển khai thực hiện Đề án 06 trên địa bàn {DV}; các mô hình ứng dụng dữ liệu dân cư trong quản lý, điều hành.', 'de_an_06 sang_kien_dien_hinh', { min: 2023 }),
  ],

  chi_so_danh_gia: [
    v('Kết quả khảo sát sự hài lòng của người dân, tổ chức đối với sự phục vụ của cơ quan hành chính nhà nước năm {Y0}; giải pháp khắc phục các chỉ số thành phần còn thấp.', 'chi_so_danh_gia nguoi_dan'),
    v('Các mục tiêu và giải pháp của {dv} về nâng cao hiệu quả công tác CCHC và kết quả đối với Chỉ số CCHC (PAR INDEX), Chỉ số hài lòng về sự phục vụ hành chính (SIPAS), Chỉ số hiệu quả quản trị và hành chính công cấp tỉnh (PAPI), Chỉ số năng lực cạnh tranh cấp tỉnh (PCI).', 'chi_so_danh_gia'),
    v('Mục tiêu phấn đấu cải thiện thứ hạng Chỉ số PAR INDEX, Chỉ số SIPAS của {tinh}, góp phần đến năm 2025 nằm trong nhóm 20 địa phương xếp hạng cao của cả nước.', 'chi_so_danh_gia', { max: 2025 }),
    v('Chỉ số năng lực cạnh tranh cấp sở, ngành, địa phương (DDCI), các chỉ số DTI, ICT Index, POBI của {tinh}; ý nghĩa của các chỉ số đối với cải thiện môi trường đầu tư, kinh doanh.', 'chi_so_danh_gia', { min: 2021 }),
    v('Mục tiêu, ý nghĩa và trách nhiệm trong việc trả lời phiếu khảo sát, đo lường sự hài lòng của người dân, tổ chức đối với sự phục vụ của cơ quan hành chính nhà nước.', 'chi_so_danh_gia nguoi_dan'),
    v('Công bố rộng rãi kết quả xác định Chỉ số CCHC của các sở, ban, ngành và địa phương hằng năm; tác động của Chỉ số CCHC đối với việc nâng cao chất lượng phục vụ.', 'chi_so_danh_gia'),
  ],

  sang_kien_dien_hinh: [
    v('Kết quả triển khai các mô hình, sáng kiến cải cách hành chính được công nhận trong năm {Y0}; nhân rộng những mô hình có hiệu quả.', 'sang_kien_dien_hinh'),
    v('Tuyên truyền, biểu dương các mô hình, sáng kiến, các tập thể, cá nhân điển hình tiên tiến trong thực hiện CCHC; nhân rộng những cách làm hay, hiệu quả.', 'sang_kien_dien_hinh'),
    v('Các mô hình, cơ chế đang được triển khai thí điểm, các điển hình tốt trong cải cách hành chính ở Trung ương và địa phương.', 'sang_kien_dien_hinh'),
    v('Tuyên truyền sáng kiến, giải pháp mới trong quá trình thực hiện CCHC; các gương điển hình tiên tiến tại sở, ngành, đơn vị, địa phương các cấp.', 'sang_kien_dien_hinh'),
    v('Giới thiệu mô hình "chính quyền thân thiện, vì Nhân dân phục vụ" và các cách làm hay trong giải quyết công việc.', 'sang_kien_dien_hinh nguoi_dan'),
  ],

  nguoi_dan_giam_sat: [
    v('Vai trò giám sát của Mặt trận Tổ quốc, các đoàn thể và Nhân dân đối với hoạt động của cơ quan hành chính nhà nước, đội ngũ cán bộ, công chức trong thực thi nhiệm vụ.', 'nguoi_dan_giam_sat nguoi_dan can_bo_cong_chuc'),
    v('Quy định của pháp luật về mối quan hệ giữa Nhà nước và Nhân dân; quyền, nghĩa vụ và trách nhiệm của cá nhân, tổ chức trong việc tham gia và giám sát tiến trình CCHC.', 'nguoi_dan_giam_sat nguoi_dan'),
    v('Tuyên truyền việc triển khai Luật Thực hiện dân chủ ở cơ sở; phát huy quyền làm chủ của Nhân dân và trách nhiệm giải trình của các cơ quan nhà nước.', 'nguoi_dan_giam_sat nguoi_dan', { min: 2023 }),
    v('Tăng cường sự tham gia của xã hội trong triển khai CCHC và giám sát quá trình thực hiện CCHC của cơ quan hành chính nhà nước các cấp.', 'nguoi_dan_giam_sat'),
    v('Quyền giám sát của cá nhân, tổ chức đối với trách nhiệm của cơ quan giải quyết công việc; việc thực hiện Quy chế dân chủ ở cơ sở.', 'nguoi_dan_giam_sat', { max: 2023 }),
  ],

  ket_qua_han_che: [
    v('Đánh giá những mặt làm được, những tồn tại, hạn chế và nguyên nhân trong thực hiện nhiệm vụ cải cách hành chính năm {Y0}; bài học kinh nghiệm rút ra.', 'ket_qua_han_che'),
    v('Những kết quả đạt được và những tồn tại, hạn chế, nguyên nhân cũng như tình hình triển khai nhiệm vụ CCHC của các sở, ngành, địa phương.', 'ket_qua_han_che'),
    v('Tình hình triển khai, kết quả đạt được và những tồn tại, hạn chế trong tổ chức thực hiện nhiệm vụ cải cách hành chính của các cơ quan, đơn vị, địa phương.', 'ket_qua_han_che'),
    v('Phản ánh kịp thời những hạn chế, yếu kém trong tổ chức thực hiện nhiệm vụ CCHC tại các cơ quan, đơn vị để có giải pháp khắc phục.', 'ket_qua_han_che'),
  ],

  phong_chong_tham_nhung: [
    v('Công khai, minh bạch trong hoạt động của cơ quan, đơn vị; xử lý nghiêm cán bộ, công chức có hành vi nhũng nhiễu, gây khó khăn cho người dân, doanh nghiệp.', 'phong_chong_tham_nhung can_bo_cong_chuc nguoi_dan doanh_nghiep'),
    v('Tuyên truyền công tác phòng, chống tham nhũng, tiêu cực; chấn chỉnh tình trạng nhũng nhiễu, gây phiền hà trong giải quyết thủ tục hành chính.', 'phong_chong_tham_nhung tthc'),
    v('Kiểm soát tham nhũng tại các cơ quan, đơn vị; phát hiện và xử lý nghiêm các hành vi tiêu cực trong thực thi nhiệm vụ.', 'phong_chong_tham_nhung'),
    v('Tuyên truyền Luật Phòng, chống tham nhũng năm 2018 và các văn bản hướng dẫn; trách nhiệm giải trình, minh bạch tài sản, thu nhập.', 'phong_chong_tham_nhung'),
  ],

  iso_9001: [
    v('Việc áp dụng Hệ thống quản lý chất lượng theo Tiêu chuẩn quốc gia TCVN ISO 9001:2015 theo Quyết định số 19/2014/QĐ-TTg ngày 05/3/2014 của Thủ tướng Chính phủ và các văn bản sửa đổi, bổ sung.', 'iso_9001'),
    v('Tuyên truyền việc duy trì, áp dụng hệ thống quản lý chất lượng theo tiêu chuẩn TCVN ISO 9001:2015 vào hoạt động của các cơ quan hành chính nhà nước.', 'iso_9001'),
    v('Kết quả xây dựng, áp dụng, duy trì và cải tiến Hệ thống quản lý chất lượng theo Tiêu chuẩn quốc gia TCVN ISO 9001:2015 tại các cơ quan, đơn vị trên địa bàn {dv}.', 'iso_9001'),
  ],
};

/** How each area is named in a summary list ("Trong đó tập trung các nội dung: …"). */
export const AREA_NAMES: Readonly<Record<string, string>> = {
  chi_dao_dieu_hanh: 'công tác chỉ đạo, điều hành',
  the_che: 'cải cách thể chế',
  tthc: 'cải cách thủ tục hành chính',
  bo_may: 'cải cách tổ chức bộ máy hành chính nhà nước',
  cong_vu: 'cải cách chế độ công vụ',
  tai_chinh_cong: 'cải cách tài chính công',
  chinh_phu_so: 'xây dựng và phát triển Chính quyền điện tử, chính quyền số',
};

/** Sub-headings for plans that group their content by reform area (like the Ninh Thuận plan). */
export const AREA_HEADINGS: Readonly<Record<string, string>> = {
  chi_dao_dieu_hanh: 'Tuyên truyền công tác chỉ đạo, điều hành',
  the_che: 'Tuyên truyền về cải cách thể chế',
  tthc: 'Tuyên truyền về cải cách thủ tục hành chính',
  bo_may: 'Tuyên truyền công tác cải cách tổ chức bộ máy',
  cong_vu: 'Tuyên truyền về cải cách chế độ công vụ',
  tai_chinh_cong: 'Tuyên truyền cải cách tài chính công',
  chinh_phu_so: 'Tuyên truyền xây dựng và phát triển Chính phủ điện tử, Chính phủ số',
};
