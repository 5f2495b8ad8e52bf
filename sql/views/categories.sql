-- categories: every category a cell can be about: the codebook's, plus any id the coder
-- produced that the codebook view does not list yet (so no coded passage is ever dropped).
-- Grain: one row per dimension × category id.
-- Columns: dimension, category_id, parent, in_codebook.
CREATE OR REPLACE VIEW categories AS
SELECT dimension, category_id, parent, true AS in_codebook FROM codebook_categories
UNION ALL
SELECT DISTINCT cp.dimension, cp.category_id,
       CASE WHEN cp.dimension = 'agency_role' THEN split_part(cp.category_id, ':', 1) END,
       false
FROM category_passages cp
ANTI JOIN codebook_categories cc ON cc.dimension = cp.dimension AND cc.category_id = cp.category_id;
