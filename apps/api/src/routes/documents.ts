// GET /api/documents (filters year, province) and GET /api/documents/:id (with passages).

import { Hono } from 'hono';
import { z } from 'zod';
import type { ReadDb } from '../db.ts';
import { problem } from '../problem.ts';

const DOC_COLUMNS = `d.id, d.source_name, d.title, d.province_code, p.name AS province_name, d.year_from, d.year_to,
  d.doc_number, d.decision_number, d.issue_date, d.issuer, d.issuer_level, d.signer_name, d.signer_title, d.passage_count`;

export const DocumentFilters = z.object({
  year: z.coerce.number().int().min(1990).max(2100).optional(),
  province: z.string().regex(/^\d{2}$/, 'a two-digit province code').optional(),
});

/** Plans matching the filters, by province then year. A plan covers a year within its period. */
export async function listDocuments(db: ReadDb, f: z.infer<typeof DocumentFilters>) {
  return db.query(
    `SELECT ${DOC_COLUMNS}
     FROM documents d LEFT JOIN provinces p ON p.code = d.province_code
     WHERE ($year IS NULL OR $year BETWEEN d.year_from AND d.year_to)
       AND ($province IS NULL OR d.province_code = $province)
     ORDER BY province_name, d.year_from, d.id`,
    { year: f.year ?? null, province: f.province ?? null },
  );
}

export async function getDocument(db: ReadDb, id: string) {
  const [doc] = await db.query(`SELECT ${DOC_COLUMNS}, d.recipients FROM documents d LEFT JOIN provinces p ON p.code = d.province_code WHERE d.id = $id`, { id });
  if (!doc) return null;
  const passages = await db.query(
    `SELECT seq, section_path, kind, block, heading, text, start_offset, end_offset FROM passages WHERE document_id = $id ORDER BY seq`,
    { id },
  );
  return { ...doc, passages };
}

export function documentRoutes(db: ReadDb) {
  return new Hono()
    .get('/', async (c) => {
      const parsed = DocumentFilters.safeParse(c.req.query());
      if (!parsed.success) {
        const issue = parsed.error.issues[0]!;
        problem(400, 'Invalid parameter', `${String(issue.path[0])}: ${issue.message}`, String(issue.path[0]));
      }
      return c.json({ data: await listDocuments(db, parsed.data) });
    })
    .get('/:id', async (c) => {
      const id = c.req.param('id');
      if (!/^[0-9a-f]{16}$/.test(id)) problem(400, 'Invalid parameter', 'id: a 16-digit hexadecimal document id', 'id');
      const doc = await getDocument(db, id);
      if (!doc) problem(404, 'Not found', `no document ${id}`);
      return c.json({ data: doc });
    });
}
