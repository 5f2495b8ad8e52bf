-- gap_pairs: which plan can be held against which reference.
-- Grain: one row per plan × reference document. A plan is any document not issued by the
--   Ministry (a Ministry plan is what provinces are held against, not a subject); a reference is
--   any other document.
-- Columns: document_id, reference_id, default_reference (the reference is the Ministry plan of
--   the plan's year_from, gap_references).
-- Every pair is listed: filter on reference_id (or default_reference with the year's reference
-- ids), or the cross product of all documents is computed.
CREATE OR REPLACE VIEW gap_pairs AS
SELECT s.id AS document_id, r.id AS reference_id,
       coalesce(r.id = d.reference_id, false) AS default_reference
FROM documents s
CROSS JOIN documents r
LEFT JOIN gap_references d ON d.year = s.year_from
WHERE s.id <> r.id AND s.issuer_level IS DISTINCT FROM 'ministry';
