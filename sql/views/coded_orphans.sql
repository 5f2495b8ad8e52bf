-- coded_orphans: the coded rows (codes, agency roles) of the documents `ids` whose passage is not
-- a passage of their own document. Empty in a sound database: these two tables carry no declared
-- foreign key (schema.sql), so the writer calls this macro for the documents of each transaction
-- before it commits (sql/integrity.ts) and rolls back if it answers anything. A whole-database
-- audit: FROM coded_orphans((SELECT list(id) FROM documents)).
-- Grain: one row per offending coded row.
-- Columns: table_name, document_id, passage_id.
CREATE OR REPLACE MACRO coded_orphans(ids) AS TABLE
WITH docs AS (SELECT unnest(ids) AS id),
coded AS (
  SELECT 'codes' AS table_name, document_id, passage_id FROM codes WHERE document_id IN (FROM docs)
  UNION ALL
  SELECT 'agency_roles', document_id, passage_id FROM agency_roles WHERE document_id IN (FROM docs)
)
SELECT c.table_name, c.document_id, c.passage_id
FROM coded c
ANTI JOIN (SELECT passage_id, document_id FROM passages WHERE document_id IN (FROM docs)) p
  ON p.passage_id = c.passage_id AND p.document_id = c.document_id;
