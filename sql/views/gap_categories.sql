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
  SELECT pp.document_id, pp.dimension, pp.category_id,
         count(*)::INTEGER AS passages,
         list(pp.passage_id ORDER BY p.seq) AS passage_ids,
         arg_min({'passage_id': pp.passage_id, 'text': p.text, 'at': pp.at}, p.seq) AS first
  FROM per_passage pp
  JOIN passages p ON p.passage_id = pp.passage_id
  GROUP BY pp.document_id, pp.dimension, pp.category_id
), windowed AS (
  -- start the excerpt a little before the match, so a long paragraph still shows the words that matched
  SELECT *, greatest(0, least(first.at - 60, length(first.text) - 240)) AS cut FROM per_category
)
SELECT document_id, dimension, category_id, passages, passage_ids, first.passage_id AS passage_id,
       CASE WHEN length(first.text) <= 240 THEN first.text
            ELSE (CASE WHEN cut > 0 THEN '…' ELSE '' END) || substring(first.text, cut + 1, 240)
                 || (CASE WHEN cut + 240 < length(first.text) THEN '…' ELSE '' END)
       END AS excerpt
FROM windowed;
