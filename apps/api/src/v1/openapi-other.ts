// OpenAPI paths of the /api/v1 operations that are not list endpoints (no zod row schema to
// generate them from): the document itself, the codebook, uploads and the rejected files.

import { UPLOAD_LIMITS } from '../routes/uploads.ts';

type Json = Record<string, unknown>;

const problem = (description: string): Json => ({
  description,
  content: { 'application/problem+json': { schema: { type: 'object', required: ['type', 'title', 'status', 'detail'], properties: { type: { type: 'string' }, title: { type: 'string' }, status: { type: 'integer' }, detail: { type: 'string' }, param: { type: 'string' } } } } },
});

const json = (description: string, schema: Json): Json => ({ description, content: { 'application/json': { schema } } });

const dataOf = (items: Json, more: Json = {}): Json => ({ type: 'object', required: ['data'], properties: { ...more, data: { type: 'array', items } } });

/** Paths keyed like openApiDocument's (`/api/v1/…`). */
export const OTHER_PATHS: Json = {
  '/api/v1/openapi.json': {
    get: { summary: 'This document (OpenAPI 3.1), generated from the schemas that validate the requests', responses: { 200: json('the document', { type: 'object' }) } },
  },
  '/api/v1/codebook': {
    get: {
      summary: 'The codebook as data/codebook/*.json holds it: every part (topics, channels, audiences, attributes, agencies, roles) with labels, definitions, cues and exclusions',
      responses: {
        200: json('one entry per part', dataOf(
          { type: 'object', required: ['part', 'about', 'source', 'entries'], properties: { part: { type: 'string' }, about: { type: ['string', 'null'] }, source: { enum: ['file', 'fallback'] }, entries: { type: 'array', items: { type: 'object' } } } },
          { data_version: { type: 'string' } },
        )),
      },
    },
  },
  '/api/v1/documents': {
    post: {
      summary: 'Upload plans (multipart/form-data, field "file", repeatable) behind a bearer token (CCHC_TOKEN); each file is ingested, a duplicate, re-coded (codebook changed) or rejected with the reason',
      security: [{ bearer: [] }],
      requestBody: {
        required: true,
        content: { 'multipart/form-data': { schema: { type: 'object', required: ['file'], properties: { file: { type: 'array', maxItems: UPLOAD_LIMITS.maxFiles, items: { type: 'string', format: 'binary', maxLength: UPLOAD_LIMITS.maxFileBytes } } } } } },
      },
      responses: {
        200: json('one answer per file', dataOf({ type: 'object', required: ['name', 'status', 'id', 'reason'], properties: { name: { type: 'string' }, status: { enum: ['ingested', 'duplicate', 'recoded', 'rejected'] }, id: { type: ['string', 'null'] }, reason: { type: ['string', 'null'] } } })),
        400: problem('no file, or too many'),
        401: problem('no bearer token'),
        403: problem('wrong token, or uploads are off'),
        413: problem(`the request exceeds ${UPLOAD_LIMITS.maxRequestBytes / 1024 / 1024} MB`),
        415: problem('not multipart/form-data'),
        503: problem('the database is open read-only'),
      },
    },
  },
  '/api/v1/rejected': {
    get: {
      summary: 'Files the ingest refused, newest first, with the reason',
      responses: {
        200: json('every rejected file', dataOf({ type: 'object', required: ['id', 'source_name', 'code', 'reason', 'source_bytes', 'rejected_at'], properties: { id: { type: 'string' }, source_name: { type: 'string' }, code: { type: 'string' }, reason: { type: 'string' }, source_bytes: { type: 'integer' }, rejected_at: { type: 'string', format: 'date-time' } } })),
      },
    },
  },
};

/** The security scheme the upload path refers to. */
export const SECURITY_SCHEMES: Json = { bearer: { type: 'http', scheme: 'bearer', description: 'the server’s CCHC_TOKEN' } };
