-- agency_channel_links: agencies tied to channels: a passage that codes the channel either names
-- the agency ("Đài PT-TH tỉnh xây dựng chuyên mục…") or belongs to an assignment item the agency
-- opens ("5. Văn phòng Ủy ban nhân dân tỉnh" and its bullets "- … đăng tải trên Cổng thông tin
-- điện tử của tỉnh").
-- Grain: one row per plan × agency × channel.
-- Columns: document_id, province_code, province_name, region, unit_2025_code, unit_2025_name,
--   unit_2025_region, year_from, year_to, issuer_level, agency_id, channel_id, passages.
CREATE OR REPLACE VIEW agency_channel_links AS
WITH openers AS (
  SELECT document_id, section_path, min(seq) AS seq
  FROM passages
  GROUP BY document_id, section_path
), owners AS (
  -- the coder gives the agencies an assignment item opens with the rule 'assignment-heading';
  -- on the first passage of its section, they own the whole section
  SELECT DISTINCT p.document_id, p.section_path, ar.agency_id
  FROM agency_roles ar
  JOIN passages p ON p.passage_id = ar.passage_id
  JOIN openers o ON o.document_id = p.document_id AND o.section_path = p.section_path AND o.seq = p.seq
  WHERE ar.rule_id = 'assignment-heading'
), owned AS (
  -- a passage belongs to the nearest owned section, itself or an ancestor (a sub-item opening
  -- with other agencies is theirs, not its parent's)
  SELECT p.document_id, p.passage_id, ow.agency_id
  FROM passages p
  JOIN owners ow
    ON ow.document_id = p.document_id
   AND (p.section_path = ow.section_path OR starts_with(p.section_path, ow.section_path || '.'))
  QUALIFY length(ow.section_path) = max(length(ow.section_path)) OVER (PARTITION BY p.passage_id)
), agencies AS (
  SELECT document_id, passage_id, category_id AS agency_id FROM category_passages WHERE dimension = 'agency'
  UNION
  SELECT document_id, passage_id, agency_id FROM owned
)
SELECT pu.document_id, pu.province_code, pu.province_name, pu.region,
       pu.unit_2025_code, pu.unit_2025_name, pu.unit_2025_region,
       pu.year_from, pu.year_to, pu.issuer_level,
       a.agency_id, ch.category_id AS channel_id,
       count(*)::INTEGER AS passages
FROM agencies a
-- category_passages holds codable passages only: no recipients list, preamble or signature
JOIN category_passages ch ON ch.passage_id = a.passage_id AND ch.dimension = 'channel'
JOIN plan_units pu ON pu.document_id = a.document_id
GROUP BY ALL;
