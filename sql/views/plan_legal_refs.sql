-- plan_legal_refs: the documents each plan builds on (group by province for "which central
-- documents each province cites").
-- Grain: one row per plan × cited document (ref_level, doc_type, number).
-- Columns: document_id, province_code, province_name, region, unit_2025_code, unit_2025_name,
--   unit_2025_region, year_from, year_to, issuer_level, ref_level (central | party_central |
--   province | party_province | department | NULL), doc_type, number, ref_date, mentions,
--   first_passage_id (the earliest passage citing it).
CREATE OR REPLACE VIEW plan_legal_refs AS
SELECT pu.document_id, pu.province_code, pu.province_name, pu.region,
       pu.unit_2025_code, pu.unit_2025_name, pu.unit_2025_region,
       pu.year_from, pu.year_to, pu.issuer_level,
       l.issuer_level AS ref_level, l.doc_type, l.number,
       min(l.ref_date) AS ref_date,
       count(*)::INTEGER AS mentions,
       arg_min(l.passage_id, l.span_start) AS first_passage_id
FROM legal_refs l
JOIN plan_units pu ON pu.document_id = l.document_id
GROUP BY ALL;
