-- unit_year_gaps: the plans of a unit-year, taken together, held against a reference plan: a
-- reference category is had when any of them has it.
-- Grain: one row per unit-year × reference (unit_year_gap_pairs) × category in the reference's
--   set (gap_categories) or the unit-year's (unit_year_categories).
-- Columns: units, scope, unit_code, unit_name, unit_region, year, reference_id,
--   default_reference, dimension, category_id, in_reference, in_plan, status ('have' | 'missing'
--   | 'extra'), plans, plans_with, plans_without (ids of the unit-year's plans lacking a reference
--   category; NULL for an extra one), plan_passages, plan_passage_ids, plan_passage_id,
--   plan_excerpt, reference_passages, reference_passage_ids, reference_passage_id,
--   reference_excerpt.
-- The pair's columns come through the keys, so a filter on reference_id reaches the pairs.
CREATE OR REPLACE VIEW unit_year_gaps AS
WITH keys AS (
  SELECT pr.*, g.dimension, g.category_id
  FROM unit_year_gap_pairs pr
  JOIN gap_categories g ON g.document_id = pr.reference_id
  UNION
  SELECT pr.*, c.dimension, c.category_id
  FROM unit_year_gap_pairs pr
  JOIN unit_year_categories c ON c.units = pr.units AND c.scope = pr.scope AND c.unit_code = pr.unit_code AND c.year = pr.year
)
SELECT k.units, k.scope, k.unit_code, k.unit_name, k.unit_region, k.year, k.reference_id, k.default_reference,
       k.dimension, k.category_id,
       r.category_id IS NOT NULL AS in_reference,
       c.category_id IS NOT NULL AS in_plan,
       CASE WHEN r.category_id IS NULL THEN 'extra' WHEN c.category_id IS NULL THEN 'missing' ELSE 'have' END AS status,
       k.plans,
       coalesce(c.plans_with, 0) AS plans_with,
       CASE WHEN r.category_id IS NOT NULL
            THEN list_filter(k.document_ids, x -> NOT list_contains(coalesce(c.plan_ids_with, []::VARCHAR[]), x)) END AS plans_without,
       c.passages AS plan_passages, c.passage_ids AS plan_passage_ids, c.passage_id AS plan_passage_id, c.excerpt AS plan_excerpt,
       r.passages AS reference_passages, r.passage_ids AS reference_passage_ids, r.passage_id AS reference_passage_id,
       r.excerpt AS reference_excerpt
FROM keys k
LEFT JOIN gap_categories r ON r.document_id = k.reference_id AND r.dimension = k.dimension AND r.category_id = k.category_id
LEFT JOIN unit_year_categories c
  ON c.units = k.units AND c.scope = k.scope AND c.unit_code = k.unit_code AND c.year = k.year
 AND c.dimension = k.dimension AND c.category_id = k.category_id;
