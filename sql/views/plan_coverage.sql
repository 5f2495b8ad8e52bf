-- plan_coverage: how much of each plan is about each category.
-- Grain: one row per plan × category (every category, so an absent one is a 0 row).
-- Columns: document_id, province_code, province_name, region, unit_2025_code, unit_2025_name,
--   unit_2025_region, year_from, year_to, issuer_level, dimension, category_id, passages
--   (distinct coded passages), codable_passages, share (passages / codable_passages; NULL for a
--   plan without codable passages), present.
CREATE OR REPLACE VIEW plan_coverage AS
WITH counts AS (
  SELECT document_id, dimension, category_id, count(*)::INTEGER AS passages
  FROM category_passages
  GROUP BY document_id, dimension, category_id
)
SELECT pu.document_id, pu.province_code, pu.province_name, pu.region,
       pu.unit_2025_code, pu.unit_2025_name, pu.unit_2025_region,
       pu.year_from, pu.year_to, pu.issuer_level,
       c.dimension, c.category_id,
       coalesce(n.passages, 0) AS passages,
       pu.codable_passages,
       coalesce(n.passages, 0) / nullif(pu.codable_passages, 0) AS share,
       coalesce(n.passages, 0) > 0 AS present
FROM plan_units pu
CROSS JOIN categories c
LEFT JOIN counts n ON n.document_id = pu.document_id AND n.dimension = c.dimension AND n.category_id = c.category_id;
