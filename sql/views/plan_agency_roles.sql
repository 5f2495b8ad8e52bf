-- plan_agency_roles: which agency holds which role in which plan.
-- Grain: one row per plan × agency × role.
-- Columns: document_id, province_code, province_name, region, unit_2025_code, unit_2025_name,
--   unit_2025_region, year_from, year_to, issuer_level, agency_id, role, passages.
CREATE OR REPLACE VIEW plan_agency_roles AS
SELECT pu.document_id, pu.province_code, pu.province_name, pu.region,
       pu.unit_2025_code, pu.unit_2025_name, pu.unit_2025_region,
       pu.year_from, pu.year_to, pu.issuer_level,
       split_part(cp.category_id, ':', 1) AS agency_id,
       split_part(cp.category_id, ':', 2) AS role,
       count(*)::INTEGER AS passages
FROM category_passages cp
JOIN plan_units pu ON pu.document_id = cp.document_id
WHERE cp.dimension = 'agency_role'
GROUP BY ALL;
