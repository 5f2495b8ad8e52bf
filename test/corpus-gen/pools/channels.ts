// Sentences for the "Hình thức tuyên truyền" section, one pool per channel id, and the short
// form names used in the annex table's first columns.

import type { Variant } from '../variant.ts';
import { v } from '../variant.ts';

export const CHANNEL_POOLS: Readonly<Record<string, readonly Variant[]>> = {
  truyen_hinh_phat_thanh: [
    v('Duy trì, nâng cao chất lượng chuyên mục “Cải cách hành chính” trên sóng phát thanh, truyền hình của {dai}; tăng thời lượng, đổi mới hình thức thể hiện.', 'truyen_hinh_phat_thanh'),
    v('Thiết lập và duy trì chuyên mục phát sóng định kỳ về CCHC trên {dai}, mỗi tuần ít nhất 01 lần, thời lượng phát sóng mỗi lần ít nhất 15 phút vào thời điểm có nhiều người theo dõi.', 'truyen_hinh_phat_thanh'),
    v('Phát sóng các chương trình, phóng sự chuyên đề về CCHC trên {dai}, bảo đảm mỗi tháng ít nhất 02 chương trình.', 'truyen_hinh_phat_thanh video_phong_su'),
    v('Tăng cường số lượng tin về CCHC trong các chương trình thời sự trên sóng truyền hình; mở chuyên mục trả lời trực tiếp của lãnh đạo các cơ quan, đơn vị trên sóng phát thanh.', 'truyen_hinh_phat_thanh'),
  ],
  bao_chi: [
    v('Mở chuyên trang, chuyên mục về CCHC trên {bao} (báo in và báo điện tử) để thông tin, cập nhật kịp thời, đầy đủ, chính xác tình hình thực hiện nhiệm vụ.', 'bao_chi'),
    v('Thông qua các loại hình báo chí, tạp chí chuyên ngành để đưa tin, bài về CCHC; tăng tần suất các bài nghiên cứu, trao đổi trên các số báo thường kỳ.', 'bao_chi'),
    v('Cung cấp thông tin về CCHC cho các cơ quan thông tấn, báo chí Trung ương và địa phương đóng trên địa bàn để kịp thời đưa tin.', 'bao_chi'),
    v('Duy trì chuyên mục CCHC trên {bao}, mỗi tháng ít nhất 02 kỳ.', 'bao_chi'),
  ],
  truyen_thanh_co_so: [
    v('Tuyên truyền trên hệ thống đài truyền thanh cấp xã và các cụm loa ở thôn, tổ dân phố về các nội dung CCHC gắn với đời sống hằng ngày.', 'truyen_thanh_co_so'),
    v('Tập trung tuyên truyền trên Đài truyền thanh cơ sở về các nội dung, chương trình CCHC, kết quả giải quyết công việc tại cấp xã.', 'truyen_thanh_co_so'),
    v('Phát các bản tin ngắn về CCHC trên hệ thống truyền thanh cơ sở, ít nhất 02 lần/tuần.', 'truyen_thanh_co_so ban_tin'),
  ],
  cong_thong_tin: [
    v('Mở chuyên mục hỏi - đáp về thủ tục hành chính trên Trang thông tin điện tử của cơ quan, đơn vị.', 'cong_thong_tin tthc'),
    v('Đăng tải tin, bài về CCHC trên Cổng thông tin điện tử {tinh} và Trang thông tin điện tử của các cơ quan, đơn vị, địa phương; hằng tháng có ít nhất 02 tin, bài.', 'cong_thong_tin'),
    v('Duy trì chuyên mục “Thông tin cải cách hành chính” trên Cổng Thông tin điện tử {DV0}; cập nhật đầy đủ văn bản chỉ đạo, tin tức hoạt động.', 'cong_thong_tin'),
    v('Cập nhật thường xuyên tin, bài, hình ảnh về kết quả thực hiện công tác CCHC trên Cổng/Trang thông tin điện tử của cơ quan, đơn vị.', 'cong_thong_tin'),
  ],
  mang_xa_hoi: [
    v('Đăng tải thông tin về thủ tục hành chính trên trang Zalo Official Account của {UB}.', 'mang_xa_hoi tthc'),
    v('Xây dựng kênh thông tin về cải cách hành chính trên nền tảng mạng xã hội (Zalo, Facebook) để thu hút nhiều đối tượng được tuyên truyền.', 'mang_xa_hoi'),
    v('Phát huy hiệu quả, phạm vi ảnh hưởng của mạng xã hội (Fanpage, Zalo, Facebook...) trong tuyên truyền CCHC.', 'mang_xa_hoi'),
    v('Chia sẻ nội dung tuyên truyền CCHC trên các nền tảng YouTube, TikTok dưới dạng video ngắn.', 'mang_xa_hoi video_phong_su', { min: 2022 }),
  ],
  video_phong_su: [
    v('Sản xuất video clip hướng dẫn các bước thực hiện thủ tục hành chính thường gặp để chia sẻ rộng rãi.', 'video_phong_su tthc'),
    v('Sản xuất các video clip, phóng sự ngắn giới thiệu kết quả CCHC của {dv} để đăng tải trên các phương tiện truyền thông.', 'video_phong_su'),
    v('Xây dựng các phóng sự, video clips, chuyên đề về cải cách hành chính trên các phương tiện thông tin, truyền thông.', 'video_phong_su'),
    v('Xây dựng phóng sự, phim tài liệu về các điển hình trong thực hiện CCHC.', 'video_phong_su sang_kien_dien_hinh'),
  ],
  ban_tin: [
    v('Phát hành Bản tin điện tử cải cách hành chính của Văn phòng Ban Chỉ đạo cải cách hành chính của Chính phủ với số lượng 04 số/tháng đến các cơ quan, đơn vị.', 'ban_tin chi_dao_dieu_hanh', { min: 2022 }),
    v('Biên tập, phát hành Bản tin cải cách hành chính định kỳ hằng quý, cung cấp cho các cơ quan, đơn vị, địa phương.', 'ban_tin'),
    v('Đưa tin về CCHC trong các bản tin nội bộ của cơ quan, đơn vị.', 'ban_tin'),
  ],
  an_pham: [
    v('In, phát hành tờ gấp hướng dẫn thực hiện thủ tục hành chính đặt tại nơi tiếp nhận hồ sơ.', 'an_pham tthc'),
    v('Phát hành tờ rơi, tờ gấp, pa nô, áp phích liên quan đến CCHC, phù hợp với từng mục tiêu, yêu cầu, nội dung tuyên truyền, phổ biến đến từng nhóm đối tượng.', 'an_pham'),
    v('Biên soạn, in ấn sổ tay, cẩm nang hỏi - đáp về CCHC để cấp phát cho các cơ quan, đơn vị, địa phương.', 'an_pham'),
    v('Treo băng rôn, khẩu hiệu tuyên truyền về CCHC tại các tuyến đường chính, nơi công cộng.', 'an_pham'),
    v('Biên tập, xuất bản tài liệu tuyên truyền bằng nhiều hình thức phong phú, phù hợp theo quy định.', 'an_pham'),
  ],
  niem_yet: [
    v('Niêm yết công khai tại trụ sở cơ quan, đơn vị: chức năng, nhiệm vụ, quyền hạn, cơ cấu tổ chức; các thủ tục hành chính thuộc thẩm quyền giải quyết.', 'niem_yet tthc'),
    v('Cập nhật, niêm yết đầy đủ, rõ ràng, đúng quy định các TTHC tại trụ sở làm việc của cơ quan, đơn vị, tạo điều kiện thuận lợi cho tổ chức, cá nhân tra cứu, tìm hiểu thông tin.', 'niem_yet tthc'),
    v('Niêm yết nội quy, quy trình và thời gian làm việc tại trụ sở các cơ quan, đơn vị.', 'niem_yet'),
  ],
  tap_huan_hoi_nghi: [
    v('Tổ chức hội nghị triển khai Kế hoạch này đến các cơ quan, đơn vị, địa phương ngay sau khi ban hành.', 'tap_huan_hoi_nghi'),
    v('Thông qua hình thức tổ chức các lớp tập huấn, bồi dưỡng, quán triệt nội dung, kế hoạch thực hiện nhiệm vụ cải cách hành chính nhà nước cho đội ngũ cán bộ, công chức, viên chức.', 'tap_huan_hoi_nghi can_bo_cong_chuc'),
    v('Tổ chức hội nghị, hội thảo, tọa đàm chuyên đề về CCHC; trao đổi kinh nghiệm giữa các cơ quan, đơn vị, địa phương.', 'tap_huan_hoi_nghi'),
    v('Lồng ghép nội dung CCHC trong các buổi giao ban, hội nghị sơ kết, tổng kết của cơ quan, đơn vị.', 'tap_huan_hoi_nghi'),
    v('Tổ chức tập huấn, bồi dưỡng nghiệp vụ CCHC cho công chức làm công tác CCHC tại các cơ quan, đơn vị.', 'tap_huan_hoi_nghi'),
  ],
  cuoc_thi: [
    v('Tổ chức cuộc thi “Tìm hiểu về công tác cải cách hành chính” trong phạm vi {DV}.', 'cuoc_thi'),
    v('Hưởng ứng, tham gia các cuộc thi viết, thi tìm hiểu về CCHC do Trung ương và {tinh} phát động.', 'cuoc_thi'),
    v('Tổ chức các cuộc thi tìm hiểu về CCHC, thi tìm hiểu chính sách pháp luật bằng hình thức trực tuyến.', 'cuoc_thi'),
  ],
  san_khau_hoa: [
    v('Tuyên truyền thông qua các chương trình sân khấu hóa, hài kịch, tiểu phẩm về CCHC.', 'san_khau_hoa'),
    v('Xây dựng kịch bản, dàn dựng các tiết mục, chương trình thông tin lưu động, sân khấu hóa về cải cách hành chính, biểu diễn phục vụ rộng rãi Nhân dân.', 'san_khau_hoa nguoi_dan'),
    v('Lồng ghép nội dung CCHC vào các hoạt động văn nghệ quần chúng, đội thông tin lưu động ở cơ sở.', 'san_khau_hoa'),
  ],
  doi_thoai_hop_bao: [
    v('Tổ chức đối thoại giữa lãnh đạo {dv} với người dân, doanh nghiệp về CCHC, định kỳ 2 lần/năm.', 'doi_thoai_hop_bao nguoi_dan doanh_nghiep'),
    v('Đưa nội dung thông tin về tình hình triển khai CCHC một cách thích hợp vào chương trình họp báo định kỳ của {UB}.', 'doi_thoai_hop_bao'),
    v('Tổ chức các buổi đối thoại chuyên đề về CCHC với đại diện các hiệp hội, ngành nghề.', 'doi_thoai_hop_bao'),
  ],
  hop_dan_nguoi_uy_tin: [
    v('Tuyên truyền trực tiếp thông qua các cuộc họp ở thôn, bản, tổ dân phố; phát huy vai trò của người có uy tín trong cộng đồng.', 'hop_dan_nguoi_uy_tin'),
    v('Lồng ghép nội dung CCHC trong các buổi họp thôn, sinh hoạt cộng đồng ở khu dân cư.', 'hop_dan_nguoi_uy_tin'),
    v('Tranh thủ sự hỗ trợ, giúp đỡ của người có uy tín trong cộng đồng để tuyên truyền một cách dễ hiểu, thiết thực.', 'hop_dan_nguoi_uy_tin'),
  ],
  duong_day_nong: [
    v('Công khai số điện thoại đường dây nóng, địa chỉ email tiếp nhận phản ánh, kiến nghị của cơ quan, đơn vị tại nơi đông dân cư.', 'duong_day_nong'),
    v('Tuyên truyền kênh thông tin kết nối như Tổng đài thông tin dịch vụ công 1022; công khai số điện thoại, email của lãnh đạo cơ quan, địa phương.', 'duong_day_nong'),
    v('Duy trì hiệu quả kênh tiếp nhận, phản hồi ý kiến, kiến nghị của cá nhân, tổ chức về các quy định liên quan đến cải cách hành chính.', 'duong_day_nong'),
  ],
  long_ghep_pbgdpl: [
    v('Lồng ghép nội dung CCHC trong các hội nghị tuyên truyền, phổ biến, giáo dục pháp luật của các cơ quan, đơn vị và địa phương.', 'long_ghep_pbgdpl tap_huan_hoi_nghi'),
    v('Lồng ghép tuyên truyền CCHC vào hoạt động phổ biến, giáo dục pháp luật, trong buổi sinh hoạt Ngày Pháp luật của các cơ quan, đơn vị.', 'long_ghep_pbgdpl'),
    v('Lồng ghép công tác tuyên truyền CCHC vào công tác tuyên truyền, phổ biến, giáo dục pháp luật theo quy định của Luật Phổ biến, giáo dục pháp luật.', 'long_ghep_pbgdpl'),
  ],
  dao_tao_tuyen_dung: [
    v('Đưa nội dung CCHC phù hợp vào công tác tuyển dụng công chức, viên chức và chương trình đào tạo, bồi dưỡng công chức, viên chức.', 'dao_tao_tuyen_dung cong_vu can_bo_cong_chuc'),
    v('Lồng ghép kiến thức về CCHC vào chương trình giảng dạy tại Trường Chính trị {tinh} và các cơ sở đào tạo trên địa bàn.', 'dao_tao_tuyen_dung'),
    v('Đưa nội dung CCHC vào chương trình đào tạo, bồi dưỡng phù hợp với từng đối tượng học viên.', 'dao_tao_tuyen_dung'),
  ],
  thi_dua_khen_thuong: [
    v('Gắn công tác thông tin, tuyên truyền CCHC với công tác thi đua, khen thưởng trong hoạt động của các cơ quan, tổ chức, đơn vị.', 'thi_dua_khen_thuong'),
    v('Lấy kết quả thực hiện công tác tuyên truyền CCHC làm một trong những tiêu chí bình xét thi đua, khen thưởng hằng năm.', 'thi_dua_khen_thuong'),
  ],
};

/** Short form names for the annex's "Hình thức tuyên truyền" column. */
export const CHANNEL_FORMS: Readonly<Record<string, readonly Variant[]>> = {
  truyen_hinh_phat_thanh: [v('{dai}', 'truyen_hinh_phat_thanh'), v('Chuyên mục trên sóng phát thanh, truyền hình', 'truyen_hinh_phat_thanh')],
  bao_chi: [v('{bao}', 'bao_chi'), v('Báo in, báo điện tử', 'bao_chi')],
  truyen_thanh_co_so: [v('Đài truyền thanh cấp xã', 'truyen_thanh_co_so'), v('Hệ thống truyền thanh cơ sở', 'truyen_thanh_co_so')],
  cong_thong_tin: [v('Cổng thông tin điện tử {tinh}', 'cong_thong_tin'), v('Trang thông tin điện tử các cơ quan, đơn vị, địa phương', 'cong_thong_tin')],
  mang_xa_hoi: [v('Mạng xã hội (Zalo, Fanpage)', 'mang_xa_hoi')],
  video_phong_su: [v('Video clip, phóng sự', 'video_phong_su')],
  ban_tin: [v('Bản tin CCHC', 'ban_tin')],
  an_pham: [v('Tờ rơi, tờ gấp, áp phích', 'an_pham'), v('Pa nô, băng rôn', 'an_pham')],
  niem_yet: [v('Niêm yết công khai tại trụ sở cơ quan, đơn vị', 'niem_yet')],
  tap_huan_hoi_nghi: [v('Tập huấn, bồi dưỡng nghiệp vụ', 'tap_huan_hoi_nghi'), v('Lồng ghép trong các hội nghị', 'tap_huan_hoi_nghi')],
  cuoc_thi: [v('Cuộc thi tìm hiểu về CCHC', 'cuoc_thi')],
  san_khau_hoa: [v('Sân khấu hóa, thông tin lưu động', 'san_khau_hoa')],
  doi_thoai_hop_bao: [v('Đối thoại, họp báo', 'doi_thoai_hop_bao')],
  hop_dan_nguoi_uy_tin: [v('Họp thôn, bản; người có uy tín', 'hop_dan_nguoi_uy_tin')],
  duong_day_nong: [v('Đường dây nóng, hộp thư điện tử', 'duong_day_nong')],
  long_ghep_pbgdpl: [v('Lồng ghép phổ biến, giáo dục pháp luật', 'long_ghep_pbgdpl')],
  dao_tao_tuyen_dung: [v('Chương trình đào tạo, bồi dưỡng', 'dao_tao_tuyen_dung')],
  thi_dua_khen_thuong: [v('Gắn với thi đua, khen thưởng', 'thi_dua_khen_thuong')],
};

/** The ethnic-language note some mountain provinces add to their channel list. */
export const ETHNIC_NOTE: readonly Variant[] = [
  v('đối với đồng bào dân tộc thiểu số, cần đẩy mạnh tuyên truyền bằng tiếng dân tộc, thông qua hệ thống đài truyền thanh cấp xã, qua tổ chức các cuộc họp ở thôn, bản, tranh thủ sự hỗ trợ, giúp đỡ của người có uy tín trong cộng đồng để tuyên truyền một cách dễ hiểu, thiết thực', 'dan_toc_thieu_so tieng_dan_toc truyen_thanh_co_so hop_dan_nguoi_uy_tin'),
  v('chú trọng tuyên truyền bằng tiếng dân tộc cho đồng bào dân tộc thiểu số ở vùng sâu, vùng xa', 'dan_toc_thieu_so tieng_dan_toc'),
];
