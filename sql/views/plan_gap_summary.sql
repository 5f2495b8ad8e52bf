-- plan_gap_summary: how much of a reference plan a plan carries.
-- Grain: one row per plan × reference (every pair of gap_pairs, also when either codes nothing).
-- Columns: document_id, reference_id, default_reference, reference_categories (the reference's
--   set), have, missing, extra (categories of plan_gaps by status), conformance
--   (have / reference_categories; NULL when the reference has no category, which is no answer
--   rather than full conformance).
CREATE OR REPLACE VIEW plan_gap_summary AS
WITH counts AS (
  SELECT document_id, reference_id,
         count(*) FILTER (WHERE status = 'have')::INTEGER AS have,
         count(*) FILTER (WHERE status = 'missing')::INTEGER AS missing,
         count(*) FILTER (WHERE status = 'extra')::INTEGER AS extra
  FROM plan_gaps
  GROUP BY document_id, reference_id
)
SELECT gp.document_id, gp.reference_id, gp.default_reference,
       (coalesce(c.have, 0) + coalesce(c.missing, 0))::INTEGER AS reference_categories,
       coalesce(c.have, 0) AS have, coalesce(c.missing, 0) AS missing, coalesce(c.extra, 0) AS extra,
       c.have / nullif(c.have + c.missing, 0) AS conformance
FROM gap_pairs gp
LEFT JOIN counts c ON c.document_id = gp.document_id AND c.reference_id = gp.reference_id;
