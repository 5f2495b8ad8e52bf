// The endpoints the benchmark loads, with the SQL each runs (for the raw-DuckDB comparison).

export interface BenchEndpoint {
  name: string;
  /** The path to load (may look up an id first). */
  path: (base: string) => Promise<string>;
  sql?: { text: string; params: Record<string, unknown> };
}

const DOCS_SQL = `SELECT d.id, d.source_name, d.title, d.province_code, p.name AS province_name, d.year_from, d.year_to,
  d.doc_number, d.decision_number, d.issue_date, d.issuer, d.issuer_level, d.signer_name, d.signer_title, d.passage_count
  FROM documents d LEFT JOIN provinces p ON p.code = d.province_code
  WHERE ($year IS NULL OR $year BETWEEN d.year_from AND d.year_to) AND ($province IS NULL OR d.province_code = $province)
  ORDER BY province_name, d.year_from, d.id`;

export const ENDPOINTS: BenchEndpoint[] = [
  { name: 'health', path: async () => '/api/health', sql: { text: 'SELECT count(*)::INTEGER AS n FROM documents', params: {} } },
  { name: 'provinces', path: async () => '/api/provinces', sql: { text: 'SELECT code, name, kind, region, aliases, merged_2025_into FROM provinces ORDER BY code', params: {} } },
  { name: 'documents_year', path: async () => '/api/documents?year=2024&province=14', sql: { text: DOCS_SQL, params: { year: 2024, province: '14' } } },
];
