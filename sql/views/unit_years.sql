-- unit_years: the unit-years that have at least one plan.
-- Grain: one row per units map × scope × unit × year with a plan.
-- Columns: units, scope, unit_code, unit_name, unit_region, year, plans, codable_passages (sum
--   over its plans), document_ids (sorted), province_codes (the provinces whose plans count).
CREATE OR REPLACE VIEW unit_years AS
SELECT units, scope, unit_code, unit_name, unit_region, year,
       count(*)::INTEGER AS plans,
       sum(codable_passages)::INTEGER AS codable_passages,
       list(document_id ORDER BY document_id) AS document_ids,
       list(DISTINCT province_code ORDER BY province_code) AS province_codes
FROM unit_plans
GROUP BY units, scope, unit_code, unit_name, unit_region, year;
