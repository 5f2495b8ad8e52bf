-- plan_deadlines: dates and periods tasks must be done by.
-- Grain: one row per deadline mention.
-- Columns: document_id, province_code, province_name, region, unit_2025_code, unit_2025_name,
--   unit_2025_region, year_from, year_to, issuer_level, passage_id, section_path, text,
--   normalized (YYYY-MM-DD | YYYY-MM | YYYY-Qn), span_start, span_end (offsets into the
--   passage's text), passage_text.
CREATE OR REPLACE VIEW plan_deadlines AS
SELECT pu.document_id, pu.province_code, pu.province_name, pu.region,
       pu.unit_2025_code, pu.unit_2025_name, pu.unit_2025_region,
       pu.year_from, pu.year_to, pu.issuer_level,
       d.passage_id, p.section_path, d.text, d.normalized,
       (d.span_start - p.start_offset)::INTEGER AS span_start,
       (d.span_end - p.start_offset)::INTEGER AS span_end,
       p.text AS passage_text
FROM deadlines d
JOIN passages p ON p.passage_id = d.passage_id
JOIN plan_units pu ON pu.document_id = d.document_id;
