-- codebook_categories: the codebook's ids (CODEBOOK.md, data/codebook/*.json), so that a category
-- no plan mentions still shows as 0 rather than disappearing. sql/codebook.test.ts checks that
-- these ids match data/codebook/*.json; add new ids here when the codebook grows.
-- Grain: one row per dimension × category id.
-- Columns: dimension (topic | channel | audience | attribute | agency | agency_role),
--   category_id, parent (topic: its area; channel: its family; agency_role: the agency).
CREATE OR REPLACE VIEW codebook_categories AS
WITH topics(category_id, parent) AS (VALUES
  ('chi_dao_dieu_hanh', NULL), ('the_che', NULL), ('tthc', NULL), ('bo_may', NULL), ('cong_vu', NULL),
  ('tai_chinh_cong', NULL), ('chinh_phu_so', NULL),
  ('mot_cua', 'tthc'), ('dvc_truc_tuyen', 'chinh_phu_so'), ('buu_chinh_cong_ich', 'tthc'),
  ('de_an_06', 'chinh_phu_so'), ('chi_so_danh_gia', 'chi_dao_dieu_hanh'),
  ('sang_kien_dien_hinh', 'chi_dao_dieu_hanh'), ('nguoi_dan_giam_sat', 'chi_dao_dieu_hanh'),
  ('ket_qua_han_che', 'chi_dao_dieu_hanh'), ('phong_chong_tham_nhung', 'cong_vu'), ('iso_9001', 'chinh_phu_so')
), channels(category_id, parent) AS (VALUES
  ('truyen_hinh_phat_thanh', 'mass_media'), ('bao_chi', 'mass_media'), ('truyen_thanh_co_so', 'mass_media'),
  ('cong_thong_tin', 'digital'), ('mang_xa_hoi', 'digital'), ('video_phong_su', 'digital'), ('ban_tin', 'digital'),
  ('an_pham', 'print_visual'), ('niem_yet', 'print_visual'),
  ('tap_huan_hoi_nghi', 'direct'), ('cuoc_thi', 'direct'), ('san_khau_hoa', 'direct'),
  ('doi_thoai_hop_bao', 'direct'), ('hop_dan_nguoi_uy_tin', 'direct'),
  ('duong_day_nong', 'feedback'),
  ('long_ghep_pbgdpl', 'integration'), ('dao_tao_tuyen_dung', 'integration'), ('thi_dua_khen_thuong', 'integration')
), audiences(category_id) AS (VALUES
  ('can_bo_cong_chuc'), ('nguoi_dan'), ('doanh_nghiep'), ('to_chuc_chinh_tri_xa_hoi'), ('dan_toc_thieu_so'),
  ('bao_chi_phong_vien')
), agencies(category_id) AS (VALUES
  ('ubnd_tinh'), ('so_noi_vu'), ('van_phong_ubnd'), ('so_tttt'), ('so_tu_phap'), ('so_tai_chinh'), ('so_khdt'),
  ('so_khcn'), ('so_yte'), ('so_gddt'), ('so_vhttdl'), ('so_ldtbxh'), ('cong_an_tinh'), ('dai_ptth'), ('bao_tinh'),
  ('cong_ttdt_tinh'), ('trung_tam_pvhcc'), ('buu_dien_tinh'), ('mttq'), ('ban_tuyen_giao'), ('truong_chinh_tri'),
  ('cong_doan'), ('so_ban_nganh'), ('ubnd_huyen'), ('ubnd_xa'), ('don_vi_truc_thuoc'), ('bo_noi_vu')
), roles(role) AS (VALUES
  ('chu_tri'), ('phoi_hop'), ('thuc_hien'), ('tham_muu'), ('theo_doi_kiem_tra'), ('de_nghi'), ('nhan_bao_cao')
)
SELECT 'topic' AS dimension, category_id, parent FROM topics
UNION ALL SELECT 'channel', category_id, parent FROM channels
UNION ALL SELECT 'audience', category_id, NULL FROM audiences
UNION ALL SELECT 'attribute', 'tieng_dan_toc', NULL
UNION ALL SELECT 'agency', category_id, NULL FROM agencies
UNION ALL SELECT 'agency_role', a.category_id || ':' || r.role, a.category_id FROM agencies a CROSS JOIN roles r;
