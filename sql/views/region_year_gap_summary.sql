-- region_year_gap_summary: how much of a reference plan the units of a region carry in a year.
-- Grain: one row per units map × scope × region × year × reference.
-- Columns: units, scope, region, year, reference_id, default_reference, units_compared, plans,
--   reference_categories, have, missing, extra (unit × category cells, summed over the region's
--   units), conformance (have / (have + missing): the mean of the units' conformance),
--   conformance_min, conformance_max.
CREATE OR REPLACE VIEW region_year_gap_summary AS
SELECT units, scope, unit_region AS region, year, reference_id, default_reference,
       count(*)::INTEGER AS units_compared,
       sum(plans)::INTEGER AS plans,
       max(reference_categories)::INTEGER AS reference_categories,
       sum(have)::INTEGER AS have, sum(missing)::INTEGER AS missing, sum(extra)::INTEGER AS extra,
       sum(have) / nullif(sum(have + missing), 0) AS conformance,
       min(conformance) AS conformance_min,
       max(conformance) AS conformance_max
FROM unit_year_gap_summary
GROUP BY units, scope, unit_region, year, reference_id, default_reference;
