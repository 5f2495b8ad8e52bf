-- annex_tasks: rows of the plans' annex task tables (form, content, time, lead, coordinating).
-- Grain: one row per annex table row.
-- Columns: document_id, province_code, province_name, region, unit_2025_code, unit_2025_name,
--   unit_2025_region, year_from, year_to, issuer_level, passage_id, seq, row_no, form, content,
--   time_text, lead_text, coordinate_text, lead (agency ids), coordinate (agency ids).
CREATE OR REPLACE VIEW annex_tasks AS
SELECT pu.document_id, pu.province_code, pu.province_name, pu.region,
       pu.unit_2025_code, pu.unit_2025_name, pu.unit_2025_region,
       pu.year_from, pu.year_to, pu.issuer_level,
       a.passage_id, p.seq, a.row_no, a.form, a.content, a.time_text, a.lead_text, a.coordinate_text,
       a.lead, a.coordinate
FROM annex_rows a
JOIN passages p ON p.passage_id = a.passage_id
JOIN plan_units pu ON pu.document_id = a.document_id;
