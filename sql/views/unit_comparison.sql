-- unit_comparison(p_units, p_scope, p_year, p_codes): N units side by side for one year.
-- A table macro (a view with arguments): "differs" must be computed over the chosen units only,
-- which a plain view filtered afterwards cannot do.
-- Grain: one row per chosen unit × category (rows of unit_category_matrix).
-- Columns: unit_category_matrix's columns, then units_compared, units_with_plan,
--   differs_presence, differs_count, differs_share, differs_change (true when the units with a
--   plan disagree on that measure; a unit without a plan is unknown, not different).
CREATE OR REPLACE MACRO unit_comparison(p_units, p_scope, p_year, p_codes) AS TABLE
SELECT m.*,
       (count(*) OVER w)::INTEGER AS units_compared,
       (count(*) FILTER (WHERE m.has_plan) OVER w)::INTEGER AS units_with_plan,
       coalesce(min(m.present) OVER w <> max(m.present) OVER w, false) AS differs_presence,
       coalesce(min(m.passages) OVER w <> max(m.passages) OVER w, false) AS differs_count,
       coalesce(min(m.share) OVER w <> max(m.share) OVER w, false) AS differs_share,
       coalesce(min(m.change_passages) OVER w <> max(m.change_passages) OVER w, false) AS differs_change
FROM unit_category_matrix m
WHERE m.units = p_units AND m.scope = p_scope AND m.year = p_year AND list_contains(p_codes, m.unit_code)
WINDOW w AS (PARTITION BY m.dimension, m.category_id);
