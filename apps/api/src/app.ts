// The Hono application: API routes under /api, and the built dashboard for everything else.

import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Hono } from 'hono';
import { HTTPException } from 'hono/http-exception';
import { serveStatic } from '@hono/node-server/serve-static';
import type { ServerDb } from './db.ts';
import { documentRoutes } from './routes/documents.ts';
import { healthRoutes } from './routes/health.ts';
import { provinceRoutes } from './routes/provinces.ts';
import { rejectedRoutes } from './routes/rejected.ts';
import { uploadRoutes } from './routes/uploads.ts';
import { v1Routes } from './routes/v1/index.ts';
import { createResponseCache } from './response-cache.ts';
import { withEarlyFetches } from './first-screen.ts';

export interface AppOptions {
  db: ServerDb;
  /** Bearer token for uploads; undefined turns them off. */
  token?: string;
  /** Folder of the built dashboard (apps/web/build); omitted: API only. */
  webDir?: string;
  log?: (msg: string) => void;
  /** Cache GET JSON answers until the next write (default true; the benchmark turns it off). */
  responseCache?: boolean;
}

export function createApp({ db, webDir, token, log = console.error, responseCache = true }: AppOptions) {
  const app = new Hono();
  // Answers only change when a plan is written: cache GET JSON answers until the next write.
  const cache = createResponseCache();
  if (responseCache) app.use('/api/*', cache.middleware);
  // Coverage answers read the pre-aggregated views, which the writer refreshes just after a write.
  db.onChange?.(() => cache.invalidate());
  app.route('/api/health', healthRoutes(db));
  app.route('/api/provinces', provinceRoutes(db));
  app.route('/api/documents', documentRoutes(db));
  app.route('/api/v1/documents', uploadRoutes({ db, token, onChange: () => cache.invalidate() }));
  app.route('/api/v1/rejected', rejectedRoutes(db));
  app.route('/api/v1', v1Routes({ db, log }));
  app.all('/api/*', (c) => c.json({ type: 'about:blank', title: 'Not found', status: 404, detail: `no endpoint ${c.req.path}` }, 404));
  if (webDir && existsSync(join(webDir, 'index.html'))) {
    // The shell starts the overview's first requests before its code loads (first-screen.ts).
    const shell = withEarlyFetches(readFileSync(join(webDir, 'index.html'), 'utf8'));
    app.get('/', (c) => c.html(shell));
    app.use('/*', serveStatic({ root: webDir }));
    // The dashboard is a single-page app: unknown paths get its shell.
    app.get('*', (c) => c.html(shell));
  }
  app.onError((err, c) => {
    if (err instanceof HTTPException) return err.getResponse();
    log(`[api] ${c.req.method} ${c.req.path}: ${err.stack ?? err}`);
    return c.json({ type: 'about:blank', title: 'Internal error', status: 500, detail: 'The server could not answer this request.' }, 500);
  });
  return app;
}
