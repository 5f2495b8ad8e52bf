-- gap_categories: the category set of each document, as gaps compare it, with its evidence.
-- Grain: one row per document × dimension × category present in it, for the dimensions a plan is
--   compared on: topic, channel, audience and agency_role ('<agency>:<role>').
-- Columns: document_id, dimension, category_id, passages (distinct coded passages), passage_ids
--   (in reading order), passage_id (the first one), excerpt (up to 240 characters of the first
--   passage around its first match, '…' where cut).
-- Agency presence (dimension agency) is implied by its roles and attribute is a property of a
-- channel, so neither is a category of its own here.
CREATE OR REPLACE VIEW gap_categories AS
WITH per_passage AS (
  SELECT s.document_id, s.dimension, s.category_id, s.passage_id, min(s.rel_start) AS at
  FROM category_spans s
  WHERE s.dimension IN ('topic', 'channel', 'audience', 'agency_role')
  GROUP BY s.document_id, s.dimension, s.category_id, s.passage_id
), per_category AS (
  -- the first passage's text is fetched once below, not carried through the aggregate
  SELECT pp.document_id, pp.dimension, pp.category_id,
         count(*)::INTEGER AS passages,
         list(pp.passage_id ORDER BY p.seq) AS passage_ids,
         arg_min(pp.passage_id, p.seq) AS passage_id,
         arg_min(pp.at, p.seq) AS at
  FROM per_passage pp
  JOIN passages p ON p.passage_id = pp.passage_id
  GROUP BY pp.document_id, pp.dimension, pp.category_id
), early AS (
  -- start the excerpt a little before the match, so a long paragraph still shows the words that matched
  SELECT c.*, p.text, greatest(0, least(c.at - 60, length(p.text) - 240)) AS early_cut
  FROM per_category c
  JOIN passages p ON p.passage_id = c.passage_id
), windowed AS (
  -- and at a word: just after the next space
  SELECT *, CASE WHEN early_cut = 0 THEN 0
                 ELSE early_cut + coalesce(nullif(strpos(substring(text, early_cut + 1, 30), ' '), 0), 0) END AS cut
  FROM early
)
SELECT document_id, dimension, category_id, passages, passage_ids, passage_id,
       CASE WHEN length(text) <= 240 THEN text
            ELSE (CASE WHEN cut > 0 THEN '…' ELSE '' END) || substring(text, cut + 1, 240)
                 || (CASE WHEN cut + 240 < length(text) THEN '…' ELSE '' END)
       END AS excerpt
FROM windowed;
