-- unit_year_coverage: category coverage of a unit in a year, over the plans that count for it.
-- Grain: one row per units map × scope × unit × year (with a plan) × category; every category,
--   so 0 means "plan(s) present, category absent".
-- Columns: units, scope, unit_code, unit_name, unit_region, year, dimension, category_id,
--   plans, plans_with (plans where the category is present), passages, codable_passages,
--   share (passages / codable_passages), present (plans_with > 0).
-- All counts are additive: passages belong to one plan, so summing over plans double-counts nothing.
CREATE OR REPLACE VIEW unit_year_coverage AS
SELECT up.units, up.scope, up.unit_code, up.unit_name, up.unit_region, up.year,
       pc.dimension, pc.category_id,
       count(*)::INTEGER AS plans,
       count(*) FILTER (WHERE pc.present)::INTEGER AS plans_with,
       sum(pc.passages)::INTEGER AS passages,
       sum(pc.codable_passages)::INTEGER AS codable_passages,
       sum(pc.passages) / nullif(sum(pc.codable_passages), 0) AS share,
       bool_or(pc.present) AS present
FROM unit_plans up
JOIN plan_coverage pc ON pc.document_id = up.document_id
GROUP BY up.units, up.scope, up.unit_code, up.unit_name, up.unit_region, up.year, pc.dimension, pc.category_id;
