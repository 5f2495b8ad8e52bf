-- plan_years: the years a plan covers (a plan for giai đoạn 2022-2025 covers each of them).
-- Grain: one row per plan × year in year_from..year_to. Plans without a year have no row.
-- Columns: document_id, year, province_code, province_name, region, unit_2025_code,
--   unit_2025_name, unit_2025_region, issuer_level, year_from, year_to, codable_passages.
CREATE OR REPLACE VIEW plan_years AS
SELECT pu.document_id, y.year::INTEGER AS year, pu.province_code, pu.province_name, pu.region,
       pu.unit_2025_code, pu.unit_2025_name, pu.unit_2025_region, pu.issuer_level,
       pu.year_from, pu.year_to, pu.codable_passages
FROM plan_units pu,
     unnest(range(pu.year_from, coalesce(pu.year_to, pu.year_from) + 1)) AS y(year)
WHERE pu.year_from IS NOT NULL;
