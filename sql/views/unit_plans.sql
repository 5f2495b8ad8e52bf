-- unit_plans: which plans count for which unit and year, under each units map and issuer scope.
-- Grain: one row per units map × scope × unit × year × plan.
-- Columns: units ('2024' | '2025'), scope ('all', or the plan's issuer_level: a plan counts in
--   both), unit_code, unit_name, unit_region, year, document_id, province_code, issuer_level,
--   codable_passages.
-- Under '2025' a 2023 Yên Bái plan counts for Lào Cai (10) and a Tiền Giang plan for Đồng Tháp
-- (87). Plans without a province (ministry plans) belong to no unit.
CREATE OR REPLACE VIEW unit_plans AS
SELECT u.units, s.scope, u.unit_code, u.unit_name, u.unit_region, py.year,
       py.document_id, py.province_code, py.issuer_level, py.codable_passages
FROM plan_years py
JOIN province_units u ON u.province_code = py.province_code
CROSS JOIN LATERAL (SELECT 'all' AS scope UNION ALL SELECT py.issuer_level WHERE py.issuer_level IS NOT NULL) s;
