-- unit_year_change: how a unit's coverage of a category moved since the unit's previous plan year.
-- Grain: one row per units map × scope × unit × year with a plan × category.
-- Columns: units, scope, unit_code, unit_name, unit_region, year, dimension, category_id, plans,
--   plans_with, passages, codable_passages, share, present, prev_year (the latest earlier year
--   with a plan for the unit, NULL for its first), prev_passages, prev_share, prev_present,
--   change_passages, change_share, transition (first | added | dropped | kept | absent).
-- "Previous" is the previous plan year, not year − 1: a unit with plans for 2022 and 2024 is
-- compared 2024 against 2022. Filter on year after the window, never inside it.
CREATE OR REPLACE VIEW unit_year_change AS
WITH lagged AS (
  SELECT *,
         lag(year) OVER w AS prev_year,
         lag(passages) OVER w AS prev_passages,
         lag(share) OVER w AS prev_share,
         lag(present) OVER w AS prev_present
  FROM unit_year_coverage
  WINDOW w AS (PARTITION BY units, scope, unit_code, dimension, category_id ORDER BY year)
)
SELECT units, scope, unit_code, unit_name, unit_region, year, dimension, category_id,
       plans, plans_with, passages, codable_passages, share, present,
       prev_year, prev_passages, prev_share, prev_present,
       (passages - prev_passages)::INTEGER AS change_passages,
       share - prev_share AS change_share,
       CASE WHEN prev_year IS NULL THEN 'first'
            WHEN present AND NOT prev_present THEN 'added'
            WHEN prev_present AND NOT present THEN 'dropped'
            WHEN present THEN 'kept'
            ELSE 'absent' END AS transition
FROM lagged;
