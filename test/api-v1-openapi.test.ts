// /api/v1/openapi.json describes every operation the app serves under /api/v1: each route and
// method of the Hono app is a path and method of the document, and nothing else is.

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../apps/api/src/app.ts';
import { openServerDb, type ServerDb } from '../apps/api/src/db.ts';
import { buildSyntheticDb } from './helpers/with-database.ts';

let db: ServerDb;
let cleanup: () => void;
let app: ReturnType<typeof createApp>;

beforeAll(async () => {
  const built = await buildSyntheticDb();
  cleanup = built.cleanup;
  db = await openServerDb(built.dbPath, { writable: false });
  app = createApp({ db, log: () => {} });
});

afterAll(() => {
  db?.close();
  cleanup?.();
});

describe('openapi.json', () => {
  it('has a path and method for every route of /api/v1, and none the app does not serve', async () => {
    const served = new Set(
      app.routes
        .filter((r) => r.path.startsWith('/api/v1/') && r.method !== 'ALL' && !r.path.includes('*'))
        .map((r) => `${r.method.toLowerCase()} ${r.path.replace(/\/$/, '')}`),
    );
    const doc = (await (await app.request('/api/v1/openapi.json')).json()) as { paths: Record<string, Record<string, unknown>>; components?: any };
    const documented = new Set(Object.entries(doc.paths).flatMap(([path, ops]) => Object.keys(ops).map((m) => `${m} ${path}`)));
    expect([...documented].sort()).toEqual([...served].sort());
    expect(doc.paths['/api/v1/documents']!.post).toMatchObject({ security: [{ bearer: [] }] });
    expect(doc.components.securitySchemes.bearer).toMatchObject({ type: 'http', scheme: 'bearer' });
  });

  it('describes each operation with a summary and its answers', async () => {
    const doc = (await (await app.request('/api/v1/openapi.json')).json()) as { paths: Record<string, Record<string, any>> };
    for (const [path, ops] of Object.entries(doc.paths)) {
      for (const [method, op] of Object.entries(ops)) {
        expect(typeof op.summary, `${method} ${path}`).toBe('string');
        expect(Object.keys(op.responses), `${method} ${path}`).toContain('200');
      }
    }
  });
});
