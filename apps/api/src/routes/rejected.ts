// GET /api/v1/rejected: the files the ingest refused, when, and why (newest first).

import { Hono } from 'hono';
import type { ReadDb } from '../db.ts';

export async function listRejected(db: ReadDb) {
  return db.query(
    `SELECT id, source_name, code, reason, source_bytes::INTEGER AS source_bytes, strftime(rejected_at, '%Y-%m-%dT%H:%M:%SZ') AS rejected_at
     FROM rejected ORDER BY rejected_at DESC, id`,
  );
}

export function rejectedRoutes(db: ReadDb) {
  return new Hono().get('/', async (c) => c.json({ data: await listRejected(db) }));
}
