-- province_units: how each of the 63 provinces maps to a unit, under either map of units.
-- Grain: one row per units map ('2024' = the 63 provinces; '2025' = the 34 units since
--   1 July 2025) × province.
-- Columns: units, province_code, province_name, unit_code, unit_name, unit_region.
-- Under '2025' the unit's name and region are those of the province whose code equals
-- merged_2025_into (Yên Bái 15 → Lào Cai 10; Tiền Giang 82 → Đồng Tháp 87).
CREATE OR REPLACE VIEW province_units AS
SELECT '2024' AS units, p.code AS province_code, p.name AS province_name,
       p.code AS unit_code, p.name AS unit_name, p.region AS unit_region
FROM provinces p
UNION ALL
SELECT '2025', p.code, p.name, u.code, u.name, u.region
FROM provinces p
JOIN provinces u ON u.code = p.merged_2025_into;
