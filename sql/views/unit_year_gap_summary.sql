-- unit_year_gap_summary: how much of a reference plan a unit-year's plans carry together.
-- Grain: one row per unit-year × reference (unit_year_gap_pairs, also when either codes nothing).
-- Columns: units, scope, unit_code, unit_name, unit_region, year, reference_id,
--   default_reference, plans, reference_categories, have, missing, extra, conformance
--   (have / reference_categories; NULL when the reference has no category).
-- One GROUP BY over a UNION ALL, as in plan_gap_summary, so filters reach both branches.
CREATE OR REPLACE VIEW unit_year_gap_summary AS
WITH counted AS (
  SELECT units, scope, unit_code, unit_name, unit_region, year, reference_id, default_reference, plans,
         count(status) FILTER (WHERE status = 'have')::INTEGER AS have,
         count(status) FILTER (WHERE status = 'missing')::INTEGER AS missing,
         count(status) FILTER (WHERE status = 'extra')::INTEGER AS extra
  FROM (
    SELECT units, scope, unit_code, unit_name, unit_region, year, reference_id, default_reference, plans, NULL::VARCHAR AS status
    FROM unit_year_gap_pairs
    UNION ALL
    SELECT units, scope, unit_code, unit_name, unit_region, year, reference_id, default_reference, plans, status
    FROM unit_year_gaps
  )
  GROUP BY units, scope, unit_code, unit_name, unit_region, year, reference_id, default_reference, plans
)
SELECT units, scope, unit_code, unit_name, unit_region, year, reference_id, default_reference, plans,
       (have + missing)::INTEGER AS reference_categories, have, missing, extra,
       have / nullif(have + missing, 0) AS conformance
FROM counted;
