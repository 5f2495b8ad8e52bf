-- region_year_coverage: unit coverage rolled up to the region of each unit.
-- Grain: one row per units map × scope × region × year × category (regions with a plan that year).
-- Columns: units, scope, region, year, dimension, category_id, units_with_plan, units_with
--   (units where the category is present), unit_share (units_with / units_with_plan), plans,
--   plans_with, passages, codable_passages, share (passages / codable_passages), present.
-- Under '2025' the region is the 2025 unit's region (a province merged into a unit of another
-- region counts there).
CREATE OR REPLACE VIEW region_year_coverage AS
SELECT units, scope, unit_region AS region, year, dimension, category_id,
       count(*)::INTEGER AS units_with_plan,
       count(*) FILTER (WHERE present)::INTEGER AS units_with,
       count(*) FILTER (WHERE present) / count(*) AS unit_share,
       sum(plans)::INTEGER AS plans,
       sum(plans_with)::INTEGER AS plans_with,
       sum(passages)::INTEGER AS passages,
       sum(codable_passages)::INTEGER AS codable_passages,
       sum(passages) / nullif(sum(codable_passages), 0) AS share,
       bool_or(present) AS present
FROM unit_year_coverage
GROUP BY units, scope, unit_region, year, dimension, category_id;
