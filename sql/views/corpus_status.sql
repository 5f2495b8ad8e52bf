-- corpus_status: what is loaded, for the dashboard's headline and footer.
-- Grain: one row (the whole corpus).
-- Columns: plans, provinces, year_from, year_to, last_ingested_at (UTC, ISO 8601 with Z),
--   model_versions (distinct parser/codebook versions of the loaded plans).
CREATE OR REPLACE VIEW corpus_status AS
SELECT count(*)::INTEGER AS plans,
       count(DISTINCT province_code)::INTEGER AS provinces,
       min(year_from)::INTEGER AS year_from,
       max(year_to)::INTEGER AS year_to,
       -- ingested_at is stored in UTC without a zone: say so in the string
       strftime(max(ingested_at), '%Y-%m-%dT%H:%M:%SZ') AS last_ingested_at,
       coalesce(list(DISTINCT model_version ORDER BY model_version), []) AS model_versions
FROM documents;
