-- region_year_gaps: the units of a region in a year held against a reference plan, category by
-- category: how many of them carry each of the reference's categories.
-- Grain: one row per units map × scope × region × year × reference × category in the reference's
--   set or added by some unit of the region (rolled up from unit_year_gaps).
-- Columns: units, scope, region, year, reference_id, default_reference, dimension, category_id,
--   in_reference, in_plan (some unit has it), status ('have': every unit compared has it |
--   'partial' | 'missing': none has it | 'extra'), units_compared (the region's unit-years with a
--   plan), units_with, units_without (codes of the units lacking a reference category; NULL for
--   an extra one), plan_passages, plan_passage_ids, plan_passage_id, plan_excerpt (first unit by
--   code), reference_passages, reference_passage_ids, reference_passage_id, reference_excerpt.
CREATE OR REPLACE VIEW region_year_gaps AS
WITH compared AS (
  -- every unit-year is paired with every reference, so the count does not depend on it
  SELECT units, scope, unit_region, year, count(*)::INTEGER AS units_compared
  FROM unit_years
  GROUP BY units, scope, unit_region, year
)
SELECT g.units, g.scope, g.unit_region AS region, g.year, g.reference_id, g.default_reference, g.dimension, g.category_id,
       g.in_reference,
       bool_or(g.in_plan) AS in_plan,
       CASE WHEN NOT g.in_reference THEN 'extra'
            WHEN count(*) FILTER (WHERE g.in_plan) = 0 THEN 'missing'
            WHEN count(*) FILTER (WHERE g.in_plan) = cmp.units_compared THEN 'have'
            ELSE 'partial' END AS status,
       cmp.units_compared,
       count(*) FILTER (WHERE g.in_plan)::INTEGER AS units_with,
       CASE WHEN g.in_reference THEN coalesce(list(g.unit_code ORDER BY g.unit_code) FILTER (WHERE NOT g.in_plan), []::VARCHAR[]) END AS units_without,
       sum(g.plan_passages)::INTEGER AS plan_passages,
       flatten(coalesce(list(g.plan_passage_ids ORDER BY g.unit_code) FILTER (WHERE g.in_plan), [])) AS plan_passage_ids,
       arg_min(g.plan_passage_id, g.unit_code) FILTER (WHERE g.in_plan) AS plan_passage_id,
       arg_min(g.plan_excerpt, g.unit_code) FILTER (WHERE g.in_plan) AS plan_excerpt,
       any_value(g.reference_passages) AS reference_passages,
       any_value(g.reference_passage_ids) AS reference_passage_ids,
       any_value(g.reference_passage_id) AS reference_passage_id,
       any_value(g.reference_excerpt) AS reference_excerpt
FROM unit_year_gaps g
JOIN compared cmp
  ON cmp.units = g.units AND cmp.scope = g.scope AND cmp.unit_region = g.unit_region AND cmp.year = g.year
GROUP BY g.units, g.scope, g.unit_region, g.year, g.reference_id, g.default_reference, g.dimension, g.category_id, g.in_reference, cmp.units_compared;
