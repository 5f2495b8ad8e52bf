// Starting and stopping the HTTP server (used by main.ts and by the tests on a free port).

import { fileURLToPath } from 'node:url';
import { serve, type ServerType } from '@hono/node-server';
import { createApp } from './app.ts';
import { openServerDb } from './db.ts';
import { createWarmer } from './first-screen.ts';

export const WEB_BUILD = fileURLToPath(new URL('../../web/build', import.meta.url));

export interface ServerOptions {
  dbPath: string;
  host?: string;
  /** 0 picks a free port. */
  port?: number;
  webDir?: string;
  /** Bearer token for uploads (CCHC_TOKEN); without it the database is opened read-only. */
  token?: string;
  log?: (msg: string) => void;
  /** Cache GET JSON answers until the next write (default true). */
  responseCache?: boolean;
}

export interface RunningServer {
  url: string;
  port: number;
  /** Resolves once pending writes are refreshed and the cache holds the overview's answers again (first-screen.ts). */
  warmed(): Promise<void>;
  close(): Promise<void>;
}

/** Serves the API and dashboard; resolves once listening. Binds 127.0.0.1 unless told otherwise. */
export async function startServer(opts: ServerOptions): Promise<RunningServer> {
  const db = await openServerDb(opts.dbPath, { writable: Boolean(opts.token) });
  const app = createApp({ db, webDir: opts.webDir ?? WEB_BUILD, token: opts.token, log: opts.log, responseCache: opts.responseCache });
  // The overview's answers are computed into the cache at start and after every write.
  const warmer = opts.responseCache === false ? null : createWarmer((path) => Promise.resolve(app.request(path, { headers: { 'accept-encoding': 'gzip' } })), opts.log);
  db.onChange?.(() => warmer?.kick());
  warmer?.kick();
  const host = opts.host ?? '127.0.0.1';
  const server: ServerType = await new Promise((resolve) => {
    const s = serve({ fetch: app.fetch, hostname: host, port: opts.port ?? 8787 }, () => resolve(s));
  });
  const addr = server.address();
  const port = typeof addr === 'object' && addr ? addr.port : (opts.port ?? 8787);
  return {
    url: `http://${host.includes(':') ? `[${host}]` : host}:${port}`,
    port,
    warmed: async () => {
      await db.idle?.();
      await warmer?.idle();
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => {
          void (warmer?.stop() ?? Promise.resolve()).then(() => db.idle?.()).then(() => {
            db.close();
            resolve();
          });
        });
      }),
  };
}
