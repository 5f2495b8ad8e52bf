-- unit_year_gap_pairs: which unit-year can be held against which reference.
-- Grain: one row per units map × scope × unit-year with a plan (unit_years) × reference document.
-- Columns: units, scope, unit_code, unit_name, unit_region, year, plans, document_ids,
--   reference_id, default_reference (the reference is the Ministry plan of that year,
--   gap_references).
-- Unlike gap_pairs, a unit-year whose plans include the reference is kept: it is compared as a
-- whole, the reference among its plans. Filter on reference_id, or every document is paired.
CREATE OR REPLACE VIEW unit_year_gap_pairs AS
SELECT uy.units, uy.scope, uy.unit_code, uy.unit_name, uy.unit_region, uy.year, uy.plans, uy.document_ids,
       r.id AS reference_id,
       coalesce(r.id = d.reference_id, false) AS default_reference
FROM unit_years uy
CROSS JOIN documents r
LEFT JOIN gap_references d ON d.year = uy.year;
