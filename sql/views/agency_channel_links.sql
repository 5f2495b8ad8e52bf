-- agency_channel_links: agencies tied to channels: the same passage names the agency and codes
-- the channel ("Đài PT-TH tỉnh xây dựng chuyên mục…").
-- Grain: one row per plan × agency × channel.
-- Columns: document_id, province_code, province_name, region, unit_2025_code, unit_2025_name,
--   unit_2025_region, year_from, year_to, issuer_level, agency_id, channel_id, passages.
CREATE OR REPLACE VIEW agency_channel_links AS
SELECT pu.document_id, pu.province_code, pu.province_name, pu.region,
       pu.unit_2025_code, pu.unit_2025_name, pu.unit_2025_region,
       pu.year_from, pu.year_to, pu.issuer_level,
       a.category_id AS agency_id, ch.category_id AS channel_id,
       count(*)::INTEGER AS passages
FROM category_passages a
JOIN category_passages ch ON ch.passage_id = a.passage_id AND ch.dimension = 'channel'
JOIN plan_units pu ON pu.document_id = a.document_id
WHERE a.dimension = 'agency'
GROUP BY ALL;
