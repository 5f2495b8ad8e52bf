-- Schema of the CCHC plans database. Offsets (start/end, span_*) are UTF-16 indices into
-- documents.text, the stored normalized text. Every fact row points to its passage.
-- Applied idempotently (CREATE … IF NOT EXISTS); views live in sql/views/.
-- Foreign keys (issue 3: every extracted fact points to its passage, checked by the database):
-- passages to their document, and every fact table (CODEBOOK §5: document facts, legal
-- references, indices, deadlines, targets, budget sources, annex tasks) to its passage. DuckDB
-- checks them with an index lookup per appended row. The coding (codes, agency_roles: 2.7 M rows
-- at 10,000 plans, 90% of all such lookups, a third of the load time) is checked set-wise
-- instead: the writer asks coded_orphans (a view file) about the documents of each transaction
-- before it commits (sql/integrity.ts), so an orphan code still aborts the load. DuckDB refuses to
-- delete a parent and its children in one transaction, so re-coding replaces only leaf rows
-- (codes, agency roles, annex rows) and a parser change rebuilds the file (`--rebuild`).

CREATE TABLE IF NOT EXISTS provinces (
  code VARCHAR PRIMARY KEY,            -- two-digit code of the 63 provinces
  name VARCHAR NOT NULL,
  kind VARCHAR NOT NULL,               -- tinh | thanh_pho
  region VARCHAR NOT NULL,
  aliases VARCHAR[] NOT NULL,
  merged_2025_into VARCHAR NOT NULL,   -- code of the unit it belongs to since 1 July 2025
  name_folded VARCHAR NOT NULL         -- lower case, no diacritics, đ → d
);

CREATE TABLE IF NOT EXISTS documents (
  id VARCHAR PRIMARY KEY,              -- sha256 of the source bytes, 16 hex digits
  source_name VARCHAR NOT NULL,
  source_format VARCHAR NOT NULL,      -- txt | md | docx | pdf | html
  source_encoding VARCHAR NOT NULL,
  source_bytes BIGINT NOT NULL,
  text VARCHAR NOT NULL,               -- normalized text; every offset points here
  title VARCHAR,
  province_code VARCHAR REFERENCES provinces (code),
  year_from INTEGER,
  year_to INTEGER,
  doc_number VARCHAR,                  -- the plan's own number/symbol; '/KH-…' when the number is blank
  doc_symbol VARCHAR,
  decision_number VARCHAR,             -- the decision that promulgates the plan, if any
  decision_date VARCHAR,
  issue_date VARCHAR,                  -- YYYY-MM-DD, or YYYY-MM when the day is blank
  issuer VARCHAR,
  issuer_level VARCHAR,                -- province | department | district | commune | ministry
  signer_name VARCHAR,
  signer_title VARCHAR,
  recipients VARCHAR[] NOT NULL,
  passage_count INTEGER NOT NULL,
  model_version VARCHAR NOT NULL,      -- parser + codebook version that produced the rows
  ingested_at TIMESTAMP NOT NULL
);

-- Where each document fact was read and how sure we are of it.
CREATE TABLE IF NOT EXISTS document_facts (
  document_id VARCHAR NOT NULL REFERENCES documents (id),
  fact VARCHAR NOT NULL,
  source VARCHAR NOT NULL,             -- header | title | place_date | body | annex | decision | signature | recipients | none
  confidence DOUBLE NOT NULL,
  start_offset INTEGER,
  end_offset INTEGER,
  PRIMARY KEY (document_id, fact)
);

CREATE TABLE IF NOT EXISTS sections (
  document_id VARCHAR NOT NULL REFERENCES documents (id),
  path VARCHAR NOT NULL,               -- e.g. III.2.b; '' is the front matter
  parent_path VARCHAR,
  level INTEGER NOT NULL,
  label VARCHAR NOT NULL,
  heading VARCHAR NOT NULL,
  kind VARCHAR NOT NULL,               -- purpose | requirement | audience | content | form | solution | assignment | budget | annex | other
  start_offset INTEGER NOT NULL,
  end_offset INTEGER NOT NULL,
  PRIMARY KEY (document_id, path)
);

CREATE TABLE IF NOT EXISTS passages (
  passage_id VARCHAR PRIMARY KEY,      -- <document id>:<seq>
  document_id VARCHAR NOT NULL REFERENCES documents (id),
  seq INTEGER NOT NULL,
  section_path VARCHAR NOT NULL,
  kind VARCHAR NOT NULL,               -- kind of the enclosing section
  block VARCHAR NOT NULL,              -- heading | paragraph | bullet | table_row | table_header | recipients | preamble | signature
  heading VARCHAR NOT NULL,
  text VARCHAR NOT NULL,
  text_folded VARCHAR NOT NULL,        -- for diacritic-insensitive search
  start_offset INTEGER NOT NULL,
  end_offset INTEGER NOT NULL
);

CREATE TABLE IF NOT EXISTS legal_refs (
  document_id VARCHAR NOT NULL REFERENCES documents (id),
  passage_id VARCHAR NOT NULL REFERENCES passages (passage_id),
  doc_type VARCHAR NOT NULL,
  number VARCHAR NOT NULL,
  ref_date VARCHAR,
  issuer_level VARCHAR,
  span_start INTEGER NOT NULL,
  span_end INTEGER NOT NULL
);

CREATE TABLE IF NOT EXISTS indices (
  document_id VARCHAR NOT NULL REFERENCES documents (id),
  passage_id VARCHAR NOT NULL REFERENCES passages (passage_id),
  index_id VARCHAR NOT NULL,
  target VARCHAR,
  span_start INTEGER NOT NULL,
  span_end INTEGER NOT NULL
);

CREATE TABLE IF NOT EXISTS deadlines (
  document_id VARCHAR NOT NULL REFERENCES documents (id),
  passage_id VARCHAR NOT NULL REFERENCES passages (passage_id),
  text VARCHAR NOT NULL,
  normalized VARCHAR NOT NULL,         -- YYYY-MM-DD | YYYY-MM | YYYY-Qn
  span_start INTEGER NOT NULL,
  span_end INTEGER NOT NULL
);

CREATE TABLE IF NOT EXISTS targets (
  document_id VARCHAR NOT NULL REFERENCES documents (id),
  passage_id VARCHAR NOT NULL REFERENCES passages (passage_id),
  text VARCHAR NOT NULL,
  count DOUBLE NOT NULL,
  unit VARCHAR NOT NULL,
  period VARCHAR,
  span_start INTEGER NOT NULL,
  span_end INTEGER NOT NULL
);

CREATE TABLE IF NOT EXISTS budget_sources (
  document_id VARCHAR NOT NULL REFERENCES documents (id),
  passage_id VARCHAR NOT NULL REFERENCES passages (passage_id),
  source VARCHAR NOT NULL,             -- state_budget | agency_estimate | other_lawful | sponsorship
  span_start INTEGER NOT NULL,
  span_end INTEGER NOT NULL
);

CREATE TABLE IF NOT EXISTS annex_rows (
  document_id VARCHAR NOT NULL REFERENCES documents (id),
  passage_id VARCHAR NOT NULL REFERENCES passages (passage_id),
  row_no VARCHAR NOT NULL,
  form VARCHAR,
  content VARCHAR,
  time_text VARCHAR,
  lead_text VARCHAR,
  coordinate_text VARCHAR,
  lead VARCHAR[] NOT NULL,             -- agency ids
  coordinate VARCHAR[] NOT NULL
);

CREATE TABLE IF NOT EXISTS codes (
  document_id VARCHAR NOT NULL,
  passage_id VARCHAR NOT NULL,         -- its passage: checked by the writer (coded_orphans)
  dimension VARCHAR NOT NULL,          -- topic | channel | audience | attribute
  category_id VARCHAR NOT NULL,
  via VARCHAR,                         -- for a parent area added because a theme fired: the theme id
  rule_id VARCHAR NOT NULL,
  span_start INTEGER NOT NULL,
  span_end INTEGER NOT NULL
);

CREATE TABLE IF NOT EXISTS agency_roles (
  document_id VARCHAR NOT NULL,
  passage_id VARCHAR NOT NULL,         -- its passage: checked by the writer (coded_orphans)
  agency_id VARCHAR NOT NULL,
  role VARCHAR NOT NULL,
  rule_id VARCHAR NOT NULL,
  span_start INTEGER NOT NULL,
  span_end INTEGER NOT NULL
);

-- Files the ingest refused, with the reason. Keyed by content hash: the same bad file is one row.
CREATE TABLE IF NOT EXISTS rejected (
  id VARCHAR PRIMARY KEY,
  source_name VARCHAR NOT NULL,
  code VARCHAR NOT NULL,
  reason VARCHAR NOT NULL,
  source_bytes BIGINT NOT NULL,
  rejected_at TIMESTAMP NOT NULL
);

CREATE TABLE IF NOT EXISTS meta (
  key VARCHAR PRIMARY KEY,
  value VARCHAR NOT NULL
);
