// Points of the optional "Đối với người dân và doanh nghiệp" item (as in the Ninh Thuận plan).

import type { Variant } from '../variant.ts';
import { v } from '../variant.ts';

export const CITIZEN_ITEMS: readonly Variant[] = [
  v('Bộ thủ tục hành chính đã công bố theo Quyết định của Ủy ban nhân dân {tinh}, cụ thể hóa bằng pa nô, áp phích, bằng văn bản để người dân và doanh nghiệp tiếp cận.', 'tthc an_pham nguoi_dan doanh_nghiep'),
  v('Quyền và nghĩa vụ cơ bản của công dân trong mối quan hệ với cơ quan hành chính nhà nước; trách nhiệm của CBCC trong giải quyết các công việc của công dân.', 'nguoi_dan_giam_sat nguoi_dan can_bo_cong_chuc'),
  v('Công bố công khai các số điện thoại, đường dây nóng, các địa chỉ email của cơ quan, đơn vị và cách thức tiếp nhận phản ánh, kiến nghị về quy định hành chính.', 'duong_day_nong tthc'),
  v('Địa chỉ tiếp nhận hồ sơ thủ tục hành chính, dịch vụ công trực tuyến để tổ chức, cá nhân hiểu và thực hiện.', 'tthc dvc_truc_tuyen'),
  v('Việc thực hiện cơ chế một cửa, một cửa liên thông tại Trung tâm Phục vụ hành chính công {tinh}.', 'mot_cua'),
  v('Các vấn đề cần biết khi thực hiện thủ tục hành chính, chú trọng các lĩnh vực gần gũi với người dân và doanh nghiệp.', 'tthc nguoi_dan doanh_nghiep'),
];
