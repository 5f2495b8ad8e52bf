-- category_evidence: the passages behind any cell, with where the category matched.
-- Grain: one row per document × dimension × category × passage.
-- Columns: document_id, province_code, province_name, region, unit_2025_code, unit_2025_name,
--   unit_2025_region, year_from, year_to, issuer_level, doc_number, dimension, category_id,
--   passage_id, seq, section_path, section_heading, block, text, spans (list of {start, end, rule_id, via}: offsets into text, sorted), rule_ids.
CREATE OR REPLACE VIEW category_evidence AS
WITH grouped AS (
  SELECT document_id, dimension, category_id, passage_id,
         list(DISTINCT {'start': rel_start, 'end': rel_end, 'rule_id': rule_id, 'via': via}
              ORDER BY {'start': rel_start, 'end': rel_end, 'rule_id': rule_id, 'via': via}) AS spans,
         list(DISTINCT rule_id ORDER BY rule_id) AS rule_ids
  FROM category_spans
  GROUP BY document_id, dimension, category_id, passage_id
)
SELECT g.document_id, pu.province_code, pu.province_name, pu.region,
       pu.unit_2025_code, pu.unit_2025_name, pu.unit_2025_region,
       pu.year_from, pu.year_to, pu.issuer_level, pu.doc_number,
       g.dimension, g.category_id, g.passage_id, p.seq, p.section_path, s.heading AS section_heading, p.block, p.text, g.spans, g.rule_ids
FROM grouped g
JOIN passages p ON p.passage_id = g.passage_id
JOIN plan_units pu ON pu.document_id = g.document_id
LEFT JOIN sections s ON s.document_id = p.document_id AND s.path = p.section_path;
