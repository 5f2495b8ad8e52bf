// The OpenAPI document of /api/v1, generated from the same zod schemas that validate the
// parameters and describe the rows (z.toJSONSchema).

import { z } from 'zod';
import type { Codebook } from './codebook.ts';
import type { Reference } from './context.ts';
import { paramSchema, type AnyEndpoint } from './endpoint.ts';
import { LIST_PARAMS } from './params.ts';

type Json = Record<string, unknown>;

/** What an endpoint adds to the generic description: envelope fields, more responses, a POST form. */
export interface OpenApiExtras {
  /** More properties of the JSON envelope. */
  envelope?: Json;
  /** More responses, by status. */
  responses?: Json;
  /** The same query parameters, with a request body. */
  post?: { summary: string; requestBody: Json };
}

/** An endpoint with optional extras for its OpenAPI description. */
export type DocumentedEndpoint = AnyEndpoint & { openapi?: OpenApiExtras };

const strip = (s: Json): Json => {
  const { $schema: _drop, ...rest } = s;
  return rest;
};

const problemSchema = {
  type: 'object',
  required: ['type', 'title', 'status', 'detail'],
  properties: {
    type: { type: 'string' }, title: { type: 'string' }, status: { type: 'integer' }, detail: { type: 'string' },
    param: { type: 'string', description: 'the offending query parameter' },
  },
};

const envelope = (row: Json, queryProps: Json, more: Json = {}): Json => ({
  type: 'object',
  required: ['data_version', 'queried_at', 'query', 'total', 'limit', 'offset', 'data'],
  properties: {
    ...more,
    data_version: { type: 'string', description: 'hash of the loaded plans and the codebook (also the X-Data-Version header)' },
    queried_at: { type: 'string', format: 'date-time' },
    query: { type: 'object', description: 'the validated parameters, defaults filled in', properties: queryProps },
    total: { type: 'integer', description: 'rows matching, all pages' },
    limit: { type: 'integer' },
    offset: { type: 'integer' },
    data: { type: 'array', items: row },
  },
});

/**
 * The OpenAPI 3.1 document for the given endpoints, plus `other` operations described by hand
 * (paths and security schemes) for routes that are not list endpoints.
 */
export function openApiDocument(
  endpoints: readonly DocumentedEndpoint[],
  cb: Codebook,
  ref: Reference,
  dataVersion: string,
  other: { paths?: Json; securitySchemes?: Json } = {},
): Json {
  const paths: Json = {};
  for (const e of endpoints) {
    const extras = e.openapi ?? {};
    const params = paramSchema(e, cb, ref);
    const shape = params.shape as Record<string, z.ZodType>;
    const parameters = Object.entries(shape).map(([name, s]) => {
      const schema = strip(z.toJSONSchema(s, { io: 'input', unrepresentable: 'any' }) as Json);
      const list = LIST_PARAMS.has(name);
      return {
        name,
        in: 'query',
        required: !s.safeParse(undefined).success,
        ...(typeof schema.description === 'string' ? { description: schema.description } : {}),
        schema,
        ...(list ? { style: 'form', explode: true, description: `${typeof schema.description === 'string' ? `${schema.description}; ` : ''}repeat the parameter or separate values with commas` } : {}),
      };
    });
    const queryProps = Object.fromEntries(Object.entries(shape).map(([k, s]) => [k, strip(z.toJSONSchema(s, { io: 'output', unrepresentable: 'any' }) as Json)]));
    const row = strip(z.toJSONSchema(e.row, { io: 'output', unrepresentable: 'any' }) as Json);
    const responses = {
      200: {
        description: 'json: one page; csv (UTF-8 with BOM, RFC 4180) and xlsx (data sheet + query sheet): every row, streamed',
        headers: { 'X-Data-Version': { schema: { type: 'string' } } },
        content: {
          'application/json': { schema: envelope(row, queryProps, extras.envelope) },
          'text/csv': { schema: { type: 'string' } },
          'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': { schema: { type: 'string', format: 'binary' } },
        },
      },
      400: { description: 'a parameter is invalid; `param` names it', content: { 'application/problem+json': { schema: problemSchema } } },
      ...extras.responses,
    };
    paths[`/api/v1${e.path}`] = {
      get: { summary: e.summary, parameters, responses },
      ...(extras.post ? { post: { summary: extras.post.summary, parameters, requestBody: extras.post.requestBody, responses } } : {}),
    };
  }
  return {
    openapi: '3.1.0',
    info: { title: 'CCHC plans analytics API', version: '1', description: 'Coverage of topics, channels, agencies and facts in provincial CCHC communication plans. Every number traces back to passages (/evidence).' },
    'x-data-version': dataVersion,
    paths: { ...paths, ...other.paths },
    ...(other.securitySchemes ? { components: { securitySchemes: other.securitySchemes } } : {}),
  };
}
