-- plan_targets: quantified targets ("ít nhất 02 tin, bài/tháng", "2 lần/năm").
-- Grain: one row per target mention.
-- Columns: document_id, province_code, province_name, region, unit_2025_code, unit_2025_name,
--   unit_2025_region, year_from, year_to, issuer_level, passage_id, section_path, text, count,
--   unit, period, span_start, span_end (offsets into the passage's text), passage_text.
CREATE OR REPLACE VIEW plan_targets AS
SELECT pu.document_id, pu.province_code, pu.province_name, pu.region,
       pu.unit_2025_code, pu.unit_2025_name, pu.unit_2025_region,
       pu.year_from, pu.year_to, pu.issuer_level,
       t.passage_id, p.section_path, t.text, t.count, t.unit, t.period,
       (t.span_start - p.start_offset)::INTEGER AS span_start,
       (t.span_end - p.start_offset)::INTEGER AS span_end,
       p.text AS passage_text
FROM targets t
JOIN passages p ON p.passage_id = t.passage_id
JOIN plan_units pu ON pu.document_id = t.document_id;
