-- unit_year_gap_summary: how much of a reference plan a unit-year's plans carry together.
-- Grain: one row per unit-year × reference (unit_year_gap_pairs, also when either codes nothing).
-- Columns: units, scope, unit_code, unit_name, unit_region, year, reference_id,
--   default_reference, plans, reference_categories, have, missing, extra, conformance
--   (have / reference_categories; NULL when the reference has no category).
CREATE OR REPLACE VIEW unit_year_gap_summary AS
WITH counts AS (
  SELECT units, scope, unit_code, year, reference_id,
         count(*) FILTER (WHERE status = 'have')::INTEGER AS have,
         count(*) FILTER (WHERE status = 'missing')::INTEGER AS missing,
         count(*) FILTER (WHERE status = 'extra')::INTEGER AS extra
  FROM unit_year_gaps
  GROUP BY units, scope, unit_code, year, reference_id
)
SELECT pr.units, pr.scope, pr.unit_code, pr.unit_name, pr.unit_region, pr.year, pr.reference_id, pr.default_reference,
       pr.plans,
       (coalesce(c.have, 0) + coalesce(c.missing, 0))::INTEGER AS reference_categories,
       coalesce(c.have, 0) AS have, coalesce(c.missing, 0) AS missing, coalesce(c.extra, 0) AS extra,
       c.have / nullif(c.have + c.missing, 0) AS conformance
FROM unit_year_gap_pairs pr
LEFT JOIN counts c
  ON c.units = pr.units AND c.scope = pr.scope AND c.unit_code = pr.unit_code AND c.year = pr.year AND c.reference_id = pr.reference_id;
