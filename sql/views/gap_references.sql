-- gap_references: the default reference of each year: the plan issued by the Ministry
-- (issuer_level = 'ministry') whose year_from is that year.
-- Grain: one row per year that some plan covers or some Ministry plan starts in.
-- Columns: year, reference_id (NULL when the Ministry has no plan for that year), reference_number
--   (plan number, else the number of the decision that promulgates it), reference_title,
--   reference_issue_date, reference_issuer, candidates (Ministry plans starting that year),
--   reason ('ministry_plan' | 'no_reference').
-- Several Ministry plans for one year (an amended plan, a re-issue): the latest issue date wins,
-- then the greatest id, so the choice is stable.
CREATE OR REPLACE VIEW gap_references AS
WITH ministry AS (
  SELECT id, year_from AS year, coalesce(doc_number, decision_number) AS number, title, issue_date, issuer,
         row_number() OVER (PARTITION BY year_from ORDER BY issue_date DESC NULLS LAST, id DESC) AS pick,
         count(*) OVER (PARTITION BY year_from) AS candidates
  FROM documents
  WHERE issuer_level = 'ministry' AND year_from IS NOT NULL
), years AS (
  SELECT year FROM plan_years
  UNION
  SELECT year FROM ministry
)
SELECT y.year, m.id AS reference_id, m.number AS reference_number, m.title AS reference_title,
       m.issue_date AS reference_issue_date, m.issuer AS reference_issuer,
       coalesce(m.candidates, 0)::INTEGER AS candidates,
       CASE WHEN m.id IS NULL THEN 'no_reference' ELSE 'ministry_plan' END AS reason
FROM years y
LEFT JOIN ministry m ON m.year = y.year AND m.pick = 1;
