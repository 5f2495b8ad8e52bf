-- category_passages: the passages behind each category of each plan.
-- Grain: one row per document × dimension × category × passage (distinct passages).
-- Columns: document_id, dimension, category_id, passage_id, spans (number of matched spans).
CREATE OR REPLACE VIEW category_passages AS
SELECT document_id, dimension, category_id, passage_id, count(*)::INTEGER AS spans
FROM category_spans
GROUP BY document_id, dimension, category_id, passage_id;
