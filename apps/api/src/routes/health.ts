// GET /api/health: liveness and the number of loaded plans.

import { Hono } from 'hono';
import type { ReadDb } from '../db.ts';

export function healthRoutes(db: ReadDb) {
  return new Hono().get('/', async (c) => {
    const [row] = await db.query('SELECT count(*)::INTEGER AS n FROM documents');
    return c.json({ ok: true, documents: Number(row?.n ?? 0) });
  });
}
