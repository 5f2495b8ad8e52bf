-- plan_gap_summary: how much of a reference plan a plan carries.
-- Grain: one row per plan × reference (every pair of gap_pairs, also when either codes nothing).
-- Columns: document_id, reference_id, default_reference, reference_categories (the reference's
--   set), have, missing, extra (categories of plan_gaps by status), conformance
--   (have / reference_categories; NULL when the reference has no category, which is no answer
--   rather than full conformance).
-- Counted with one GROUP BY over a UNION ALL rather than a LEFT JOIN of counts: a filter on
-- reference_id or default_reference then reaches both branches, and no other pair is computed.
CREATE OR REPLACE VIEW plan_gap_summary AS
WITH counted AS (
  SELECT document_id, reference_id, default_reference,
         count(status) FILTER (WHERE status = 'have')::INTEGER AS have,
         count(status) FILTER (WHERE status = 'missing')::INTEGER AS missing,
         count(status) FILTER (WHERE status = 'extra')::INTEGER AS extra
  FROM (
    SELECT document_id, reference_id, default_reference, NULL::VARCHAR AS status FROM gap_pairs
    UNION ALL
    SELECT document_id, reference_id, default_reference, status FROM plan_gaps
  )
  GROUP BY document_id, reference_id, default_reference
)
SELECT document_id, reference_id, default_reference,
       (have + missing)::INTEGER AS reference_categories, have, missing, extra,
       have / nullif(have + missing, 0) AS conformance
FROM counted;
