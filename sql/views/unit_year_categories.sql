-- unit_year_categories: the category set of a unit-year: a category is present when any plan
-- counting for the unit that year has it (gap_categories over unit_plans).
-- Grain: one row per units map × scope × unit × year × category present (topic, channel,
--   audience, agency_role).
-- Columns: units, scope, unit_code, unit_name, unit_region, year, dimension, category_id,
--   plans_with (plans that have it), plan_ids_with (their document ids, sorted), passages,
--   passage_ids (plan by plan, in reading order), passage_id, excerpt (from the first plan by id).
CREATE OR REPLACE VIEW unit_year_categories AS
SELECT up.units, up.scope, up.unit_code, up.unit_name, up.unit_region, up.year, g.dimension, g.category_id,
       count(*)::INTEGER AS plans_with,
       list(up.document_id ORDER BY up.document_id) AS plan_ids_with,
       sum(g.passages)::INTEGER AS passages,
       flatten(list(g.passage_ids ORDER BY up.document_id)) AS passage_ids,
       arg_min(g.passage_id, up.document_id) AS passage_id,
       arg_min(g.excerpt, up.document_id) AS excerpt
FROM unit_plans up
JOIN gap_categories g ON g.document_id = up.document_id
GROUP BY up.units, up.scope, up.unit_code, up.unit_name, up.unit_region, up.year, g.dimension, g.category_id;
