-- plan_indices: evaluation indices a plan mentions (PAR INDEX, SIPAS, PAPI, PCI…) and the
-- targets it sets for them.
-- Grain: one row per index mention.
-- Columns: document_id, province_code, province_name, region, unit_2025_code, unit_2025_name,
--   unit_2025_region, year_from, year_to, issuer_level, passage_id, index_id, target (NULL when
--   none is stated), span_start, span_end (offsets into the passage's text), passage_text.
CREATE OR REPLACE VIEW plan_indices AS
SELECT pu.document_id, pu.province_code, pu.province_name, pu.region,
       pu.unit_2025_code, pu.unit_2025_name, pu.unit_2025_region,
       pu.year_from, pu.year_to, pu.issuer_level,
       i.passage_id, i.index_id, i.target,
       (i.span_start - p.start_offset)::INTEGER AS span_start,
       (i.span_end - p.start_offset)::INTEGER AS span_end,
       p.text AS passage_text
FROM indices i
JOIN passages p ON p.passage_id = i.passage_id
JOIN plan_units pu ON pu.document_id = i.document_id;
