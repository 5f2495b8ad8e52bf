-- category_spans: every piece of evidence for a category, on codable passages.
-- Grain: one row per matched span: document × dimension × category × passage × rule × span.
-- Columns: document_id, dimension (topic | channel | audience | attribute | agency_role |
--   agency), category_id (for agency_role: '<agency>:<role>'), passage_id, rule_id, via,
--   span_start, span_end (offsets into documents.text), rel_start, rel_end (offsets into the
--   passage's text).
-- An agency role also counts as evidence that the agency is present (dimension agency), so
-- "is the agency in the plan at all" needs no second pass over agency_roles.
CREATE OR REPLACE VIEW category_spans AS
WITH raw AS (
  SELECT document_id, dimension, category_id, passage_id, rule_id, via, span_start, span_end FROM codes
  UNION ALL
  SELECT document_id, 'agency_role', agency_id || ':' || role, passage_id, rule_id, NULL, span_start, span_end FROM agency_roles
  UNION ALL
  SELECT document_id, 'agency', agency_id, passage_id, rule_id, NULL, span_start, span_end FROM agency_roles
)
SELECT r.document_id, r.dimension, r.category_id, r.passage_id, r.rule_id, r.via,
       r.span_start, r.span_end,
       (r.span_start - p.start_offset)::INTEGER AS rel_start,
       (r.span_end - p.start_offset)::INTEGER AS rel_end
FROM raw r
JOIN passages p ON p.passage_id = r.passage_id
-- same exclusion as plan_units.codable_passages: numerator and denominator count the same passages
WHERE p.block NOT IN ('recipients', 'preamble', 'signature');
