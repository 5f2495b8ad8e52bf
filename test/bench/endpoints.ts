// The endpoints the benchmark loads: the coverage family of /api/v1 and the overview's plan list,
// each with the exact statements its handler runs (captured from the handler's own functions),
// so the raw-DuckDB comparison runs the same SQL with the same bound values.

import type { DuckDBValue } from '@duckdb/node-api';
import type { ReadDb, Row } from '../../apps/api/src/db.ts';
import { listDocuments } from '../../apps/api/src/routes/documents.ts';
import { changeEndpoint } from '../../apps/api/src/routes/v1/change.ts';
import { compareEndpoint } from '../../apps/api/src/routes/v1/compare.ts';
import { planCoverageEndpoint, regionCoverageEndpoint, unitCoverageEndpoint } from '../../apps/api/src/routes/v1/coverage.ts';
import { matrixEndpoint } from '../../apps/api/src/routes/v1/matrix.ts';
import { plansEndpoint } from '../../apps/api/src/routes/v1/plans.ts';
import type { Codebook } from '../../apps/api/src/v1/codebook.ts';
import type { Reference } from '../../apps/api/src/v1/context.ts';
import { prepare, type AnyEndpoint } from '../../apps/api/src/v1/endpoint.ts';
import { page, total } from '../../apps/api/src/v1/pages.ts';
import { PAGE_DEFAULT } from '../../apps/api/src/v1/params.ts';

export interface Statement {
  sql: string;
  params: Record<string, DuckDBValue> | DuckDBValue[];
}

export interface BenchEnv {
  ref: Reference;
  codebook: Codebook;
}

export interface BenchEndpoint {
  name: string;
  /** Path and query string to load. */
  path: string;
  /** Whether the endpoint answers one of the coverage questions (the 50 ms / 3× target). */
  coverage: boolean;
  /** The statements the handler runs for `path`, in order. */
  statements(env: BenchEnv): Promise<Statement[]>;
}

/** A ReadDb that answers nothing and remembers what it was asked. */
function recorder(): ReadDb & { seen: Statement[] } {
  const seen: Statement[] = [];
  return {
    seen,
    async query(sql, params): Promise<Row[]> {
      seen.push({ sql, params: params ?? {} });
      return [{ n: 0 }];
    },
    close() {},
  };
}

/** A list endpoint of /api/v1 as its JSON handler runs it: one page and the total. */
function v1(name: string, spec: AnyEndpoint, query: string, coverage = true): BenchEndpoint {
  const path = `/api/v1${spec.path}${query ? `?${query}` : ''}`;
  return {
    name,
    path,
    coverage,
    async statements(env) {
      const db = recorder();
      const { p, query: q } = prepare(spec, { db, ref: env.ref, codebook: env.codebook }, `http://bench${path}`);
      await page(db, q, p.limit ?? PAGE_DEFAULT, p.offset);
      await total(db, q);
      return db.seen;
    },
  };
}

export const ENDPOINTS: BenchEndpoint[] = [
  v1('coverage_plans', planCoverageEndpoint, 'year=2024&dimension=topic'),
  v1('coverage_units', unitCoverageEndpoint, 'year=2024'),
  v1('coverage_regions', regionCoverageEndpoint, 'year=2024'),
  v1('matrix', matrixEndpoint, 'year=2024&dimension=topic,channel&measure=share'),
  v1('change', changeEndpoint, 'year=2024&dimension=topic'),
  v1('compare', compareEndpoint, 'province=01,79,48,31&year=2024'),
  v1('plans', plansEndpoint, 'year=2024', false),
  {
    name: 'documents',
    path: '/api/documents',
    coverage: false,
    async statements() {
      const db = recorder();
      await listDocuments(db, {});
      return db.seen;
    },
  },
];
