-- units: the units a plan can be counted under, for each units map.
-- Grain: one row per units map ('2024' | '2025') × unit.
-- Columns: units, unit_code, unit_name, unit_region, provinces (codes of its member provinces,
--   sorted), province_count.
CREATE OR REPLACE VIEW units AS
SELECT units, unit_code, unit_name, unit_region,
       list(province_code ORDER BY province_code) AS provinces,
       count(*)::INTEGER AS province_count
FROM province_units
GROUP BY units, unit_code, unit_name, unit_region;
