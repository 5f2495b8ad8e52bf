// /api/v1: the analytical API. One sub-app per resource; every answer carries X-Data-Version.

import { Hono } from 'hono';
import type { ReadDb } from '../../db.ts';
import { loadCodebook, CODEBOOK_DIR } from '../../v1/codebook.ts';
import { codebookDocument } from '../../v1/codebook-document.ts';
import { referenceLoader, type V1Context, type V1Env } from '../../v1/context.ts';
import type { AnyEndpoint } from '../../v1/endpoint.ts';
import { openApiDocument } from '../../v1/openapi.ts';
import { OTHER_PATHS, SECURITY_SCHEMES } from '../../v1/openapi-other.ts';
import { dataVersion } from '../../v1/version.ts';
import { agencyChannelsEndpoint, agencyRolesEndpoint, agencyRoutes } from './agencies.ts';
import { annexTaskRoutes, annexTasksEndpoint } from './annex-tasks.ts';
import { categoriesEndpoint, categoryRoutes } from './categories.ts';
import { codeRoutes, codesEndpoint } from './codes.ts';
import { changeEndpoint, changeRoutes } from './change.ts';
import { compareEndpoint, compareRoutes } from './compare.ts';
import { coveragePeriodEndpoint } from './coverage-period.ts';
import { coverageTotalsEndpoint } from './coverage-totals.ts';
import { coverageRoutes, planCoverageEndpoint, regionCoverageEndpoint, unitCoverageEndpoint } from './coverage.ts';
import { deadlineRoutes, deadlinesEndpoint } from './deadlines.ts';
import { evidenceEndpoint, evidenceRoutes } from './evidence.ts';
import { GAP_ENDPOINTS, gapRoutes } from './gaps.ts';
import { indexRoutes, indicesEndpoint } from './indices.ts';
import { legalRefRoutes, legalRefsEndpoint } from './legal-refs.ts';
import { matrixEndpoint, matrixRoutes } from './matrix.ts';
import { plansPerYearEndpoint, plansSummaryEndpoint } from './plan-counts.ts';
import { planRoutes, plansEndpoint, planYearsEndpoint } from './plans.ts';
import { searchEndpoint, searchRoutes } from './search.ts';
import { statusEndpoint, statusRoutes } from './status.ts';
import { targetRoutes, targetsEndpoint } from './targets.ts';
import { unitRoutes, unitsEndpoint } from './units.ts';

export const V1_ENDPOINTS: readonly AnyEndpoint[] = [
  plansEndpoint, planYearsEndpoint, plansPerYearEndpoint, plansSummaryEndpoint, unitsEndpoint, categoriesEndpoint,
  planCoverageEndpoint, unitCoverageEndpoint, regionCoverageEndpoint, coverageTotalsEndpoint, coveragePeriodEndpoint, matrixEndpoint, changeEndpoint, compareEndpoint,
  agencyRolesEndpoint, agencyChannelsEndpoint, legalRefsEndpoint, indicesEndpoint, deadlinesEndpoint, targetsEndpoint,
  annexTasksEndpoint, evidenceEndpoint, codesEndpoint, searchEndpoint, statusEndpoint,
];

export interface V1Options {
  db: ReadDb;
  /** Folder of topics.json, channels.json, …; default data/codebook. */
  codebookDir?: string;
  now?: () => Date;
  log?: (msg: string) => void;
}

/** The /api/v1 sub-app (mount with app.route('/api/v1', v1Routes(…))). */
export function v1Routes(opts: V1Options) {
  const log = opts.log ?? console.error;
  const codebookDir = opts.codebookDir ?? CODEBOOK_DIR;
  const codebook = loadCodebook(codebookDir, log);
  const codebookParts = codebookDocument(codebookDir, codebook, log);
  const ctx: V1Context = {
    db: opts.db,
    codebook,
    reference: referenceLoader(opts.db),
    now: opts.now ?? (() => new Date()),
    log,
  };
  return new Hono<V1Env>()
    .use('*', async (c, next) => {
      const version = await dataVersion(ctx.db, ctx.codebook.hash);
      c.set('dataVersion', version);
      await next();
      c.res.headers.set('X-Data-Version', version);
    })
    .get('/openapi.json', async (c) =>
      c.json(openApiDocument([...V1_ENDPOINTS, ...GAP_ENDPOINTS], ctx.codebook, await ctx.reference(), c.get('dataVersion'), { paths: OTHER_PATHS, securitySchemes: SECURITY_SCHEMES })))
    // The whole codebook (definitions, cues) for the method page; read once, like the ids.
    .get('/codebook', (c) => c.json({ data_version: c.get('dataVersion'), data: codebookParts }))
    .route('/status', statusRoutes(ctx))
    .route('/codes', codeRoutes(ctx))
    .route('/plans', planRoutes(ctx))
    .route('/units', unitRoutes(ctx))
    .route('/categories', categoryRoutes(ctx))
    .route('/coverage', coverageRoutes(ctx))
    .route('/matrix', matrixRoutes(ctx))
    .route('/change', changeRoutes(ctx))
    .route('/compare', compareRoutes(ctx))
    .route('/agencies', agencyRoutes(ctx))
    .route('/legal-refs', legalRefRoutes(ctx))
    .route('/indices', indexRoutes(ctx))
    .route('/deadlines', deadlineRoutes(ctx))
    .route('/targets', targetRoutes(ctx))
    .route('/annex-tasks', annexTaskRoutes(ctx))
    .route('/evidence', evidenceRoutes(ctx))
    .route('/search', searchRoutes(ctx))
    .route('/gaps', gapRoutes(ctx));
}
