// Row shapes of the /api/v1 endpoints the dashboard reads (see apps/api/src/routes/v1/).

export type Dimension = 'topic' | 'channel' | 'audience' | 'attribute' | 'agency' | 'agency_role';
export type Measure = 'count' | 'share' | 'presence' | 'change';
export type Units = '2024' | '2025';

export interface PlanContext {
  document_id: string;
  province_code: string | null;
  province_name: string | null;
  region: string | null;
  unit_2025_code: string | null;
  unit_2025_name: string | null;
  unit_2025_region: string | null;
  year_from: number | null;
  year_to: number | null;
  issuer_level: string | null;
}

export interface PlanRow extends PlanContext {
  source_name: string;
  title: string | null;
  doc_number: string | null;
  issue_date: string | null;
  issuer: string | null;
  passage_count: number;
  codable_passages: number;
}

export interface UnitRow {
  units: Units;
  unit_code: string;
  unit_name: string;
  unit_region: string;
  provinces: string[];
  province_count: number;
}

export interface UnitContext {
  units: Units;
  scope: string;
  unit_code: string;
  unit_name: string;
  unit_region: string;
  year: number;
}

export interface CategoryContext {
  dimension: Dimension;
  category_id: string;
  category_label: string | null;
}

/** /coverage/units */
export interface UnitCoverageRow extends UnitContext, CategoryContext {
  plans: number;
  plans_with: number;
  passages: number;
  codable_passages: number;
  share: number | null;
  present: boolean;
  value: number | null;
}

/** /matrix */
export interface MatrixRow extends UnitContext, CategoryContext {
  has_plan: boolean;
  plans: number;
  passages: number | null;
  codable_passages: number | null;
  share: number | null;
  present: boolean | null;
  prev_year: number | null;
  change_passages: number | null;
  change_share: number | null;
  value: number | null;
}

/** /change */
export interface ChangeRow extends UnitContext, CategoryContext {
  plans: number;
  passages: number;
  codable_passages: number;
  share: number | null;
  present: boolean;
  prev_year: number | null;
  prev_passages: number | null;
  prev_share: number | null;
  prev_present: boolean | null;
  change_passages: number | null;
  change_share: number | null;
  transition: 'first' | 'added' | 'dropped' | 'kept' | 'absent';
}

/** /compare */
export interface CompareRow extends UnitContext, CategoryContext {
  has_plan: boolean;
  plans: number;
  passages: number | null;
  share: number | null;
  present: boolean | null;
  change_passages: number | null;
  value: number | null;
  differs: boolean;
  units_compared: number;
  units_with_plan: number;
}

/** /categories */
export interface CategoryRow extends CategoryContext {
  parent: string | null;
  in_codebook: boolean;
  plans: number;
  passages: number;
}

export interface Span {
  start: number;
  end: number;
  rule_id?: string;
  via?: string | null;
}

/** /evidence */
export interface EvidenceRow extends PlanContext, CategoryContext {
  doc_number: string | null;
  passage_id: string;
  seq: number;
  section_path: string;
  section_heading: string | null;
  block: string;
  text: string;
  spans: Span[];
  rule_ids: string[];
  highlighted: string;
}

/** /codes */
export interface CodeRow extends PlanContext, CategoryContext {
  passage_id: string;
  seq: number;
  section_path: string;
  spans: Span[];
  rule_ids: string[];
}

/** /search */
export interface SearchRow extends PlanContext {
  doc_number: string | null;
  passage_id: string;
  seq: number;
  section_path: string;
  block: string;
  text: string;
  hits: number;
  snippets: Array<{ before: string; match: string; after: string }>;
  snippet: string;
  highlighted: string;
}

/** /agencies/roles */
export interface AgencyRoleRow {
  agency_id: string;
  agency_label: string | null;
  role: string;
  role_label: string | null;
  plans: number;
  passages: number;
  provinces: string[];
}

/** /agencies/channels */
export interface AgencyChannelRow {
  agency_id: string;
  agency_label: string | null;
  channel_id: string;
  channel_label: string | null;
  plans: number;
  passages: number;
  provinces: string[];
}

/** /indices */
export interface IndexRow extends PlanContext {
  passage_id: string;
  index_id: string;
  target: string | null;
  passage_text: string;
  highlighted: string;
}

/** /targets */
export interface TargetRow extends PlanContext {
  passage_id: string;
  section_path: string;
  text: string;
  count: number | null;
  unit: string;
  period: string | null;
  passage_text: string;
  highlighted: string;
}

/** /status */
export interface StatusRow {
  plans: number;
  provinces: number;
  year_from: number | null;
  year_to: number | null;
  last_ingested_at: string | null;
  model_versions: string[];
}

/** /codebook: one part (topics, channels, …) as the files carry it. */
export interface CodebookPart {
  part: string;
  about: string | null;
  source: 'file' | 'fallback';
  entries: CodebookEntry[];
}

export interface CodebookEntry {
  id: string;
  label_vi?: string | null;
  label_en?: string | null;
  parent?: string | null;
  family?: string | null;
  definition?: string | null;
  cues?: Array<string | { kind?: string; phrases?: string[]; window?: number }>;
  exclude?: string[];
  [key: string]: unknown;
}

/** One row of /coverage/totals: a category over the unit-years of a slice. */
export interface CategoryTotalRow {
  dimension: Dimension;
  category_id: string;
  category_label: string | null;
  unit_years: number;
  value: number | null;
}
