// The parsed document model: what one plan becomes before it is loaded into DuckDB.
// Every offset is a UTF-16 index into `ParsedDocument.text` (the stored normalized text).

/** Kinds of section, taken from the section headings whatever words a province uses. */
export type SectionKind =
  | 'purpose' | 'requirement' | 'audience' | 'content' | 'form' | 'solution'
  | 'assignment' | 'budget' | 'annex' | 'other';

/** How a passage appears in the source. `recipients`, `preamble` and `signature` are not coded. */
export type BlockKind =
  | 'heading' | 'paragraph' | 'bullet' | 'table_row' | 'table_header'
  | 'recipients' | 'preamble' | 'signature';

export type IssuerLevel = 'province' | 'department' | 'district' | 'commune' | 'ministry';

export interface Section {
  /** Dotted path of labels, e.g. `III.2.b`; `''` is the untitled front matter. */
  path: string;
  parent: string | null;
  level: number;
  /** The label as written: `III`, `2`, `b`. */
  label: string;
  heading: string;
  kind: SectionKind;
  start: number;
  end: number;
}

export interface Passage {
  /** 0-based order in the document. */
  seq: number;
  sectionPath: string;
  /** Kind of the enclosing section. */
  kind: SectionKind;
  block: BlockKind;
  /** Heading text of the enclosing section. */
  heading: string;
  text: string;
  start: number;
  end: number;
}

/** Where a fact was read from and how sure we are of it. */
export interface Provenance {
  source: 'header' | 'title' | 'place_date' | 'body' | 'annex' | 'decision' | 'signature' | 'recipients' | 'file_name' | 'none';
  confidence: number;
  start?: number;
  end?: number;
}

export interface DocumentFacts {
  is_plan: boolean;
  reject_reason: string | null;
  title: string | null;
  province_code: string | null;
  province_name: string | null;
  year_from: number | null;
  year_to: number | null;
  /** The plan's own number and symbol as written (`66/KH-UBND`, `/KH-SLĐTBXH` when the number is blank). */
  doc_number: string | null;
  /** The symbol part alone (`KH-UBND`). */
  doc_symbol: string | null;
  decision_number: string | null;
  decision_date: string | null;
  /** `YYYY-MM-DD`, or `YYYY-MM` when the day is blank. */
  issue_date: string | null;
  issuer: string | null;
  issuer_level: IssuerLevel | null;
  signer_name: string | null;
  signer_title: string | null;
  recipients: string[];
  /** Provenance per fact name above. */
  provenance: Record<string, Provenance>;
}

export interface LegalRef {
  passageSeq: number;
  doc_type: string;
  number: string;
  date: string | null;
  issuer_level: string | null;
  start: number;
  end: number;
}

export interface IndexMention {
  passageSeq: number;
  index_id: string;
  target: string | null;
  start: number;
  end: number;
}

export interface Deadline {
  passageSeq: number;
  text: string;
  /** `YYYY-MM-DD`, `YYYY-MM`, or `YYYY-Qn`. */
  normalized: string;
  start: number;
  end: number;
}

export interface Target {
  passageSeq: number;
  text: string;
  count: number;
  unit: string;
  period: string | null;
  start: number;
  end: number;
}

export interface BudgetSource {
  passageSeq: number;
  source: 'state_budget' | 'agency_estimate' | 'other_lawful' | 'sponsorship';
  start: number;
  end: number;
}

export interface AnnexRow {
  passageSeq: number;
  row_no: string;
  form: string | null;
  content: string | null;
  time: string | null;
  lead_text: string | null;
  coordinate_text: string | null;
  /** Agency ids, filled once agencies are coded. */
  lead: string[];
  coordinate: string[];
}

export interface Code {
  passageSeq: number;
  dimension: 'topic' | 'channel' | 'audience' | 'attribute';
  id: string;
  /** For a parent area added because a theme fired: the theme's id. */
  via: string | null;
  rule: string;
  start: number;
  end: number;
}

export interface AgencyRole {
  passageSeq: number;
  agency: string;
  role: string;
  rule: string;
  /** Span of the evidence (agency name and role cue). */
  start: number;
  end: number;
}

export interface ParsedDocument {
  id: string;
  sourceName: string;
  format: string;
  encoding: string;
  bytes: number;
  text: string;
  document: DocumentFacts;
  sections: Section[];
  passages: Passage[];
  legal_refs: LegalRef[];
  indices: IndexMention[];
  deadlines: Deadline[];
  targets: Target[];
  budget_sources: BudgetSource[];
  annex_rows: AnnexRow[];
  codes: Code[];
  agency_roles: AgencyRole[];
  warnings: string[];
}
