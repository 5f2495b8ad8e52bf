// The SQL of /api/v1/gaps: category rows and summaries per plan, province-year or region, over
// the gaps views (sql/views/*gap*.sql) for a document reference, or over the same category sets
// (gap_categories, unit_year_categories) joined with a checklist bound as a list.

import { listValue, type DuckDBValue } from '@duckdb/node-api';
import type { Reference } from './context.ts';
import { categoryWhere, planWhere, unitWhere, Where, type CategoryFilters, type PlaceFilters, type Query, type YearFilters } from './filters.ts';
import type { ReferenceKind } from './gaps-reference.ts';

export const GAP_GROUPS = ['plan', 'province_year', 'region'] as const;
export type GapGroup = (typeof GAP_GROUPS)[number];
export const GAP_STATUSES = ['have', 'missing', 'extra', 'partial'] as const;

export interface GapFilters extends YearFilters, PlaceFilters, CategoryFilters {
  issuer_level?: string;
  group: GapGroup;
  status?: string[];
}

/** Which reference the query holds plans against. */
export type GapSelection =
  | { mode: 'document'; id: string }
  /** ids: the Ministry plans of the years in play (keeps the views from pairing every document). */
  | { mode: 'ministry_plan'; ids?: string[] }
  | { mode: 'checklist'; ids: string[] };

// ---- category rows ------------------------------------------------------------------------

const EVIDENCE = `plan_passages, plan_passage_ids, plan_passage_id, plan_excerpt,
  reference_passages, reference_passage_ids, reference_passage_id, reference_excerpt`;

const NO_REFERENCE_EVIDENCE = `NULL::INTEGER AS reference_passages, NULL::VARCHAR[] AS reference_passage_ids,
  NULL::VARCHAR AS reference_passage_id, NULL::VARCHAR AS reference_excerpt`;

/** The checklist ('<dimension>:<id>' strings) as a relation. */
const CHECKLIST = `checklist AS (
  SELECT split_part(x, ':', 1) AS dimension, substr(x, strpos(x, ':') + 1) AS category_id FROM (SELECT unnest($checklist) AS x))`;

const PLAN_CONTEXT = `pu.doc_number, pu.province_code, pu.province_name, pu.region, pu.year_from AS year,
  pu.unit_2025_code, pu.unit_2025_region, pu.year_from, pu.year_to, pu.issuer_level`;

const planRowsDocument = `
  SELECT 'plan' AS "group", NULL::VARCHAR AS units, NULL::VARCHAR AS scope, g.document_id, ${PLAN_CONTEXT},
         g.reference_id, g.default_reference, g.dimension, g.category_id, g.status, g.in_reference, g.in_plan,
         1 AS members, CASE WHEN g.in_plan THEN 1 ELSE 0 END AS members_with, NULL::VARCHAR[] AS members_without, ${EVIDENCE}
  FROM plan_gaps g JOIN plan_units pu ON pu.document_id = g.document_id`;

// Mirrors plan_gaps with the checklist as the reference's set; tested against it (test/gaps.test.ts).
// `place` (the request's place and year conditions) is applied to the subjects first.
const planRowsChecklist = (place: string) => `
  WITH ${CHECKLIST},
  subjects AS (SELECT * FROM plan_units ${place ? `${place} AND` : 'WHERE'} issuer_level IS DISTINCT FROM 'ministry'),
  keys AS (
    SELECT s.document_id, c.dimension, c.category_id FROM subjects s CROSS JOIN checklist c
    UNION
    SELECT g.document_id, g.dimension, g.category_id FROM gap_categories g JOIN subjects s ON s.document_id = g.document_id
  )
  SELECT 'plan' AS "group", NULL::VARCHAR AS units, NULL::VARCHAR AS scope, k.document_id, ${PLAN_CONTEXT},
         NULL::VARCHAR AS reference_id, false AS default_reference, k.dimension, k.category_id,
         CASE WHEN c.category_id IS NULL THEN 'extra' WHEN p.category_id IS NULL THEN 'missing' ELSE 'have' END AS status,
         c.category_id IS NOT NULL AS in_reference, p.category_id IS NOT NULL AS in_plan,
         1 AS members, CASE WHEN p.category_id IS NOT NULL THEN 1 ELSE 0 END AS members_with, NULL::VARCHAR[] AS members_without,
         p.passages AS plan_passages, p.passage_ids AS plan_passage_ids, p.passage_id AS plan_passage_id, p.excerpt AS plan_excerpt,
         ${NO_REFERENCE_EVIDENCE}
  FROM keys k
  JOIN subjects pu ON pu.document_id = k.document_id
  LEFT JOIN checklist c ON c.dimension = k.dimension AND c.category_id = k.category_id
  LEFT JOIN gap_categories p ON p.document_id = k.document_id AND p.dimension = k.dimension AND p.category_id = k.category_id`;

const UNIT_CONTEXT = `units, scope, NULL::VARCHAR AS document_id, NULL::VARCHAR AS doc_number,
  unit_code AS province_code, unit_name AS province_name, unit_region AS region, year, unit_code, unit_region`;

const unitRowsDocument = `
  SELECT 'province_year' AS "group", ${UNIT_CONTEXT}, reference_id, default_reference, dimension, category_id, status, in_reference, in_plan,
         plans AS members, plans_with AS members_with, plans_without AS members_without, ${EVIDENCE}
  FROM unit_year_gaps`;

/**
 * unit_year_gaps with the checklist as the reference's set, as CTEs to follow `WITH checklist`:
 * `uy` the unit-years kept by `place`, `u` their category sets, `g` the rows.
 */
const unitYearChecklistGaps = (place: string) => `
  uy AS (SELECT * FROM (SELECT *, unit_region AS region FROM unit_years) ${place}),
  u AS (SELECT * FROM (SELECT *, unit_region AS region FROM unit_year_categories) ${place}),
  g AS (
    SELECT uy.units, uy.scope, uy.unit_code, uy.unit_name, uy.unit_region, uy.year,
           NULL::VARCHAR AS reference_id, false AS default_reference, k.dimension, k.category_id,
           c.category_id IS NOT NULL AS in_reference, u.category_id IS NOT NULL AS in_plan,
           CASE WHEN c.category_id IS NULL THEN 'extra' WHEN u.category_id IS NULL THEN 'missing' ELSE 'have' END AS status,
           uy.plans, coalesce(u.plans_with, 0) AS plans_with,
           CASE WHEN c.category_id IS NOT NULL
                THEN list_filter(uy.document_ids, x -> NOT list_contains(coalesce(u.plan_ids_with, []::VARCHAR[]), x)) END AS plans_without,
           u.passages AS plan_passages, u.passage_ids AS plan_passage_ids, u.passage_id AS plan_passage_id, u.excerpt AS plan_excerpt,
           ${NO_REFERENCE_EVIDENCE}
    FROM (
      SELECT uy.units, uy.scope, uy.unit_code, uy.year, c.dimension, c.category_id FROM uy CROSS JOIN checklist c
      UNION
      SELECT units, scope, unit_code, year, dimension, category_id FROM u
    ) k
    JOIN uy ON uy.units = k.units AND uy.scope = k.scope AND uy.unit_code = k.unit_code AND uy.year = k.year
    LEFT JOIN checklist c ON c.dimension = k.dimension AND c.category_id = k.category_id
    LEFT JOIN u ON u.units = k.units AND u.scope = k.scope AND u.unit_code = k.unit_code AND u.year = k.year
     AND u.dimension = k.dimension AND u.category_id = k.category_id
  )`;

const unitRowsChecklist = (place: string) => `
  WITH ${CHECKLIST}, ${unitYearChecklistGaps(place)}
  SELECT 'province_year' AS "group", ${UNIT_CONTEXT}, reference_id, default_reference, dimension, category_id, status, in_reference, in_plan,
         plans AS members, plans_with AS members_with, plans_without AS members_without, ${EVIDENCE}
  FROM g`;

const REGION_CONTEXT = `units, scope, NULL::VARCHAR AS document_id, NULL::VARCHAR AS doc_number,
  NULL::VARCHAR AS province_code, NULL::VARCHAR AS province_name, region, year`;

const regionRowsDocument = `
  SELECT 'region' AS "group", ${REGION_CONTEXT}, reference_id, default_reference, dimension, category_id, status, in_reference, in_plan,
         units_compared AS members, units_with AS members_with, units_without AS members_without, ${EVIDENCE}
  FROM region_year_gaps`;

// Mirrors region_year_gaps over the checklist's unit-year rows.
const regionRowsChecklist = (place: string) => `
  WITH ${CHECKLIST}, ${unitYearChecklistGaps(place)},
  compared AS (SELECT units, scope, unit_region, year, count(*)::INTEGER AS units_compared FROM uy GROUP BY ALL)
  SELECT 'region' AS "group", g.units, g.scope, NULL::VARCHAR AS document_id, NULL::VARCHAR AS doc_number,
         NULL::VARCHAR AS province_code, NULL::VARCHAR AS province_name, g.unit_region AS region, g.year,
         NULL::VARCHAR AS reference_id, false AS default_reference, g.dimension, g.category_id,
         CASE WHEN NOT g.in_reference THEN 'extra'
              WHEN count(*) FILTER (WHERE g.in_plan) = 0 THEN 'missing'
              WHEN count(*) FILTER (WHERE g.in_plan) = cmp.units_compared THEN 'have'
              ELSE 'partial' END AS status,
         g.in_reference, bool_or(g.in_plan) AS in_plan,
         cmp.units_compared AS members, count(*) FILTER (WHERE g.in_plan)::INTEGER AS members_with,
         CASE WHEN g.in_reference THEN coalesce(list(g.unit_code ORDER BY g.unit_code) FILTER (WHERE NOT g.in_plan), []::VARCHAR[]) END AS members_without,
         sum(g.plan_passages)::INTEGER AS plan_passages,
         flatten(coalesce(list(g.plan_passage_ids ORDER BY g.unit_code) FILTER (WHERE g.in_plan), [])) AS plan_passage_ids,
         arg_min(g.plan_passage_id, g.unit_code) FILTER (WHERE g.in_plan) AS plan_passage_id,
         arg_min(g.plan_excerpt, g.unit_code) FILTER (WHERE g.in_plan) AS plan_excerpt,
         ${NO_REFERENCE_EVIDENCE}
  FROM g JOIN compared cmp ON cmp.units = g.units AND cmp.scope = g.scope AND cmp.unit_region = g.unit_region AND cmp.year = g.year
  GROUP BY g.units, g.scope, g.unit_region, g.year, g.dimension, g.category_id, g.in_reference, cmp.units_compared`;

type Source = { document: string; checklist: (place: string) => string };

const ROWS: Record<GapGroup, Source> = {
  plan: { document: planRowsDocument, checklist: planRowsChecklist },
  province_year: { document: unitRowsDocument, checklist: unitRowsChecklist },
  region: { document: regionRowsDocument, checklist: regionRowsChecklist },
};

// ---- summaries ----------------------------------------------------------------------------

const SUMMARY_COUNTS = `count(*) FILTER (WHERE in_reference)::INTEGER AS reference_categories,
  count(*) FILTER (WHERE status = 'have')::INTEGER AS have,
  count(*) FILTER (WHERE status = 'missing')::INTEGER AS missing,
  count(*) FILTER (WHERE status = 'extra')::INTEGER AS extra`;

const planSummaryDocument = `
  SELECT 'plan' AS "group", NULL::VARCHAR AS units, NULL::VARCHAR AS scope, s.document_id, ${PLAN_CONTEXT},
         s.reference_id, s.default_reference, 1 AS members, s.reference_categories, s.have, s.missing, s.extra,
         s.conformance, s.conformance AS conformance_min, s.conformance AS conformance_max
  FROM plan_gap_summary s JOIN plan_units pu ON pu.document_id = s.document_id`;

const unitSummaryDocument = `
  SELECT 'province_year' AS "group", ${UNIT_CONTEXT}, reference_id, default_reference, plans AS members,
         reference_categories, have, missing, extra, conformance, conformance AS conformance_min, conformance AS conformance_max
  FROM unit_year_gap_summary`;

const regionSummaryDocument = `
  SELECT 'region' AS "group", ${REGION_CONTEXT}, reference_id, default_reference, units_compared AS members,
         reference_categories, have, missing, extra, conformance, conformance_min, conformance_max
  FROM region_year_gap_summary`;

/** A checklist is never empty, so every plan and unit-year has rows to count. */
const withConformance = (inner: string) => `
  SELECT *, have / nullif(have + missing, 0) AS conformance, have / nullif(have + missing, 0) AS conformance_min,
         have / nullif(have + missing, 0) AS conformance_max
  FROM (${inner})`;

const planSummaryChecklist = (place: string) => withConformance(`
  SELECT "group", units, scope, document_id, doc_number, province_code, province_name, region, year,
         unit_2025_code, unit_2025_region, year_from, year_to, issuer_level, reference_id, default_reference, members, ${SUMMARY_COUNTS}
  FROM (${planRowsChecklist(place)})
  GROUP BY ALL`);

const unitSummaryChecklistBody = `
  SELECT 'province_year' AS "group", ${UNIT_CONTEXT}, reference_id, default_reference, plans AS members, ${SUMMARY_COUNTS}
  FROM g
  GROUP BY ALL`;

const unitSummaryChecklist = (place: string) => `
  WITH ${CHECKLIST}, ${unitYearChecklistGaps(place)}
  ${withConformance(unitSummaryChecklistBody)}`;

// Mirrors region_year_gap_summary: cells summed over the region's units; conformance is their mean.
const regionSummaryChecklist = (place: string) => `
  WITH ${CHECKLIST}, ${unitYearChecklistGaps(place)}, summary AS (${withConformance(unitSummaryChecklistBody)})
  SELECT 'region' AS "group", units, scope, NULL::VARCHAR AS document_id, NULL::VARCHAR AS doc_number,
         NULL::VARCHAR AS province_code, NULL::VARCHAR AS province_name, region, year, reference_id, default_reference,
         count(*)::INTEGER AS members, max(reference_categories)::INTEGER AS reference_categories,
         sum(have)::INTEGER AS have, sum(missing)::INTEGER AS missing, sum(extra)::INTEGER AS extra,
         sum(have) / nullif(sum(have + missing), 0) AS conformance, min(conformance) AS conformance_min, max(conformance) AS conformance_max
  FROM summary
  GROUP BY units, scope, region, year, reference_id, default_reference`;

const SUMMARIES: Record<GapGroup, Source> = {
  plan: { document: planSummaryDocument, checklist: planSummaryChecklist },
  province_year: { document: unitSummaryDocument, checklist: unitSummaryChecklist },
  region: { document: regionSummaryDocument, checklist: regionSummaryChecklist },
};

// ---- queries ------------------------------------------------------------------------------

/** Place and year conditions of a group: plan columns for plans, unit columns for rollups. */
function placeWhere(p: GapFilters, ref: Reference): Where {
  return p.group === 'plan' ? planWhere(new Where(), p, ref) : unitWhere(new Where(), p, ref, 'region');
}

/** The source of a group for a selection; a checklist source takes the place conditions in. */
const sourceOf = (sources: Record<GapGroup, Source>, p: GapFilters, s: GapSelection, place: Where): string =>
  s.mode === 'checklist' ? sources[p.group].checklist(place.toString()) : sources[p.group].document;

/** Restricts a document-mode source to its reference(s). */
function referenceWhere(w: Where, s: GapSelection): Where {
  if (s.mode === 'document') return w.add('reference_id = $reference', { reference: s.id });
  if (s.mode === 'ministry_plan') {
    w.add('default_reference');
    // the list lets DuckDB pair plans with a few documents instead of all of them
    if (s.ids) w.add('list_contains($default_ids, reference_id)', { default_ids: listValue(s.ids) });
    else w.add('reference_id IN (SELECT reference_id FROM gap_references)');
  }
  return w;
}

const sourceParams = (s: GapSelection): Record<string, DuckDBValue> => (s.mode === 'checklist' ? { checklist: listValue(s.ids) } : {});
const kindOf = (s: GapSelection): ReferenceKind => s.mode;

const ROW_SELECT = `"group", units, scope, document_id, doc_number, province_code, province_name, region, year,
  $reference_kind AS reference_kind, reference_id, dimension, category_id, status, in_reference, in_plan,
  members, members_with, members_without, ${EVIDENCE}`;

/** Category rows: one per plan (or province-year, or region-year) × reference × category. */
export function gapRowsQuery(p: GapFilters, ref: Reference, s: GapSelection): Query {
  const source = sourceOf(ROWS, p, s, placeWhere(p, ref));
  const w = categoryWhere(referenceWhere(placeWhere(p, ref), s), p);
  if (p.status) w.add('list_contains($status, status)', { status: listValue(p.status) });
  return {
    sql: `SELECT ${ROW_SELECT} FROM (${source}) src ${w}
          ORDER BY units, scope, year, province_code NULLS LAST, region, document_id, reference_id, dimension, category_id`,
    params: { ...w.params, ...sourceParams(s), reference_kind: kindOf(s) },
  };
}

/** Summaries: one per plan (or province-year, or region-year) × reference, ranked by conformance within a year. */
export function gapSummaryQuery(p: Omit<GapFilters, 'status' | keyof CategoryFilters>, ref: Reference, s: GapSelection): Query {
  const source = sourceOf(SUMMARIES, p as GapFilters, s, placeWhere(p as GapFilters, ref));
  const w = referenceWhere(placeWhere(p as GapFilters, ref), s);
  return {
    sql: `SELECT "group", units, scope, document_id, doc_number, province_code, province_name, region, year,
                 $reference_kind AS reference_kind, reference_id, members, reference_categories, have, missing, extra,
                 conformance, conformance_min, conformance_max,
                 rank() OVER (PARTITION BY units, scope, year, reference_id ORDER BY conformance DESC NULLS LAST)::INTEGER AS rank
          FROM (${source}) src ${w}
          ORDER BY units, scope, year, reference_id, rank, province_code NULLS LAST, region, document_id`,
    params: { ...w.params, ...sourceParams(s), reference_kind: kindOf(s) },
  };
}

/** The years of the plans (or unit-years) a request selects: each needs its Ministry plan. */
export function selectedYearsQuery(p: Omit<GapFilters, 'status' | keyof CategoryFilters>, ref: Reference): Query {
  const w = placeWhere(p as GapFilters, ref);
  const sql = p.group === 'plan'
    ? `SELECT DISTINCT year_from AS year FROM plan_units ${w.add("issuer_level IS DISTINCT FROM 'ministry'").add('year_from IS NOT NULL')} ORDER BY year`
    : `SELECT DISTINCT year FROM (SELECT *, unit_region AS region FROM unit_years) ${w} ORDER BY year`;
  return { sql, params: w.params };
}
