-- unit_category_matrix: every unit × every category for every year any plan covers, keeping
-- "no plan" apart from "plan present, category absent".
-- Grain: one row per units map × scope × unit (all units of the map) × year (min..max plan year)
--   × category.
-- Columns: units, scope, unit_code, unit_name, unit_region, year, dimension, category_id,
--   has_plan, plans (0 without a plan), passages, codable_passages, share, present,
--   prev_year, change_passages, change_share, transition.
--   passages/share/present are NULL when the unit has no plan that year and 0/false when it has
--   one that does not mention the category; the change columns are NULL also for a first plan.
CREATE OR REPLACE VIEW unit_category_matrix AS
WITH years AS (
  SELECT unnest(range(min(year), max(year) + 1))::INTEGER AS year FROM plan_years
), scopes AS (
  SELECT DISTINCT scope FROM unit_plans
)
SELECT u.units, s.scope, u.unit_code, u.unit_name, u.unit_region, y.year, c.dimension, c.category_id,
       ch.plans IS NOT NULL AS has_plan,
       coalesce(ch.plans, 0) AS plans,
       ch.passages, ch.codable_passages, ch.share, ch.present,
       ch.prev_year, ch.change_passages, ch.change_share, ch.transition
FROM units u
CROSS JOIN scopes s
CROSS JOIN years y
CROSS JOIN categories c
LEFT JOIN unit_year_change ch
  ON ch.units = u.units AND ch.scope = s.scope AND ch.unit_code = u.unit_code AND ch.year = y.year
 AND ch.dimension = c.dimension AND ch.category_id = c.category_id;
