// POST /api/v1/documents: upload one or many plans (multipart, field `file`, repeatable) behind a
// bearer token (CCHC_TOKEN). Each file is answered: ingested (with its id), duplicate, or rejected
// (with the reason). Refusals of the request itself (token, size, name, type) change nothing;
// a readable file that is not a plan is recorded in `rejected`.

import { timingSafeEqual } from 'node:crypto';
import { extname } from 'node:path';
import { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { ingestBytes, type FileOutcome } from '../../../../ingest/src/ingest-files.ts';
import type { ServerDb } from '../db.ts';
import { problem } from '../problem.ts';
import { sniff } from '../sniff.ts';

export const UPLOAD_LIMITS = { maxFileBytes: 20 * 1024 * 1024, maxFiles: 50, maxRequestBytes: 100 * 1024 * 1024 } as const;
const EXTENSIONS = new Set(['.txt', '.md', '.docx', '.pdf', '.html', '.htm']);

export interface UploadOptions {
  db: ServerDb;
  /** The bearer token; undefined turns uploads off. */
  token: string | undefined;
  now?: () => Date;
  /** Called after every successful write, e.g. to refresh caches. */
  onChange?: () => void;
}

function sameToken(given: string, expected: string): boolean {
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

/** A safe display name, or null for a name that tries to leave its folder or hides characters. */
export function safeFileName(name: string): string | null {
  const n = name.normalize('NFC').trim();
  if (!n || n.length > 200 || /[\/\\\u0000-\u001f\u007f]/.test(n) || n.split('.').every((p) => p === '') || n.startsWith('.') || n.includes('..')) return null;
  return n;
}

export function uploadRoutes(opts: UploadOptions) {
  const now = opts.now ?? (() => new Date());
  return new Hono().post(
    '/',
    async (c, next) => {
      if (!opts.token) problem(403, 'Uploads are off', 'uploads are disabled on this server: start it with CCHC_TOKEN set');
      const auth = c.req.header('authorization') ?? '';
      const m = /^Bearer\s+(.+)$/i.exec(auth);
      if (!m) problem(401, 'Unauthorized', 'a bearer token is required (Authorization: Bearer <CCHC_TOKEN>)');
      if (!sameToken(m[1]!.trim(), opts.token)) problem(403, 'Forbidden', 'wrong token');
      if (!opts.db.writable) problem(503, 'Read-only', 'the database is open read-only');
      await next();
    },
    bodyLimit({
      maxSize: UPLOAD_LIMITS.maxRequestBytes,
      onError: () => problem(413, 'Too large', `the request exceeds ${UPLOAD_LIMITS.maxRequestBytes / 1024 / 1024} MB`),
    }),
    async (c) => {
      if (!(c.req.header('content-type') ?? '').startsWith('multipart/form-data')) {
        problem(415, 'Unsupported media type', 'send multipart/form-data with one or more "file" fields', 'file');
      }
      const body = await c.req.parseBody({ all: true });
      const raw = body.file;
      const files = (Array.isArray(raw) ? raw : raw === undefined ? [] : [raw]).filter((f): f is File => f instanceof File);
      if (files.length === 0) problem(400, 'No file', 'the form has no "file" field with a file', 'file');
      if (files.length > UPLOAD_LIMITS.maxFiles) problem(400, 'Too many files', `at most ${UPLOAD_LIMITS.maxFiles} files per request`, 'file');
      const results: Array<FileOutcome & { name: string }> = [];
      for (const f of files) {
        const name = safeFileName(f.name);
        const refuse = (reason: string) => results.push({ name: f.name, file: f.name, status: 'rejected', reason });
        if (!name) { refuse('unsafe file name (path separators, "..", or control characters)'); continue; }
        if (!EXTENSIONS.has(extname(name).toLowerCase())) { refuse(`unsupported file type "${extname(name) || '(none)'}": send .txt, .md, .docx, .pdf or .html`); continue; }
        if (f.size > UPLOAD_LIMITS.maxFileBytes) { refuse(`file larger than ${UPLOAD_LIMITS.maxFileBytes / 1024 / 1024} MB`); continue; }
        const bytes = new Uint8Array(await f.arrayBuffer());
        const mismatch = sniff(bytes, name);
        if (mismatch) { refuse(mismatch); continue; }
        const outcome = await opts.db.write((conn) => ingestBytes(conn, bytes, name, { now: now(), dbPath: opts.db.path, recordUnreadable: false }));
        results.push({ ...outcome, name });
        if (outcome.status !== 'duplicate') opts.onChange?.();
      }
      return c.json({ data: results.map(({ name, status, id, reason }) => ({ name, status, id: id ?? null, reason: reason ?? null })) });
    },
  );
}
