// GET /api/provinces: the 63 provinces with region and the 2025 unit they belong to.

import { Hono } from 'hono';
import type { ReadDb } from '../db.ts';

export async function listProvinces(db: ReadDb) {
  return db.query('SELECT code, name, kind, region, aliases, merged_2025_into FROM provinces ORDER BY code');
}

export function provinceRoutes(db: ReadDb) {
  return new Hono().get('/', async (c) => c.json({ data: await listProvinces(db) }));
}
