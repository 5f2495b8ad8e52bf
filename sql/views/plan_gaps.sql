-- plan_gaps: a plan held against a reference plan, category by category: what of the
-- reference's categories the plan has, what it lacks, and what it adds.
-- Grain: one row per plan × reference (gap_pairs) × category in the reference's or the plan's
--   set (gap_categories).
-- Columns: document_id, reference_id, default_reference, dimension, category_id, in_reference,
--   in_plan, status ('have' | 'missing' | 'extra'), plan_passages, plan_passage_ids,
--   plan_passage_id, plan_excerpt, reference_passages, reference_passage_ids,
--   reference_passage_id, reference_excerpt (the evidence on each side; NULL where absent).
CREATE OR REPLACE VIEW plan_gaps AS
WITH keys AS (
  SELECT gp.document_id, gp.reference_id, gp.default_reference, g.dimension, g.category_id
  FROM gap_pairs gp JOIN gap_categories g ON g.document_id = gp.reference_id
  UNION
  SELECT gp.document_id, gp.reference_id, gp.default_reference, g.dimension, g.category_id
  FROM gap_pairs gp JOIN gap_categories g ON g.document_id = gp.document_id
)
SELECT k.document_id, k.reference_id, k.default_reference, k.dimension, k.category_id,
       r.category_id IS NOT NULL AS in_reference,
       p.category_id IS NOT NULL AS in_plan,
       CASE WHEN r.category_id IS NULL THEN 'extra' WHEN p.category_id IS NULL THEN 'missing' ELSE 'have' END AS status,
       p.passages AS plan_passages, p.passage_ids AS plan_passage_ids, p.passage_id AS plan_passage_id, p.excerpt AS plan_excerpt,
       r.passages AS reference_passages, r.passage_ids AS reference_passage_ids, r.passage_id AS reference_passage_id,
       r.excerpt AS reference_excerpt
FROM keys k
LEFT JOIN gap_categories r ON r.document_id = k.reference_id AND r.dimension = k.dimension AND r.category_id = k.category_id
LEFT JOIN gap_categories p ON p.document_id = k.document_id AND p.dimension = k.dimension AND p.category_id = k.category_id;
