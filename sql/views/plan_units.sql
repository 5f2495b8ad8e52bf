-- plan_units: the plan dimension.
-- Grain: one row per loaded plan (document).
-- Columns: document_id, source_name, title, doc_number, issue_date, issuer, issuer_level,
--   province_code, province_name, region, unit_2025_code, unit_2025_name, unit_2025_region,
--   year_from, year_to, passage_count, codable_passages.
-- codable_passages counts the passages a code can land on: the recipients list, the preamble
-- and the signature block carry agency names but no plan content, so they are left out of every
-- share's denominator (and category_spans leaves them out of the numerator).
CREATE OR REPLACE VIEW plan_units AS
WITH codable AS (
  SELECT document_id, count(*)::INTEGER AS n
  FROM passages
  WHERE block NOT IN ('recipients', 'preamble', 'signature')
  GROUP BY document_id
)
SELECT d.id AS document_id, d.source_name, d.title, d.doc_number, d.issue_date, d.issuer, d.issuer_level,
       d.province_code, p.name AS province_name, p.region,
       u.code AS unit_2025_code, u.name AS unit_2025_name, u.region AS unit_2025_region,
       d.year_from, d.year_to, d.passage_count,
       coalesce(c.n, 0) AS codable_passages
FROM documents d
LEFT JOIN provinces p ON p.code = d.province_code
LEFT JOIN provinces u ON u.code = p.merged_2025_into
LEFT JOIN codable c ON c.document_id = d.id;
