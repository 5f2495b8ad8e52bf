// Expected errors as JSON problem bodies (RFC 9457 style); everything else is a generic 500.

import { HTTPException } from 'hono/http-exception';
import type { ContentfulStatusCode } from 'hono/utils/http-status';

/** Throws a 4xx with a JSON problem body naming the offending parameter. */
export function problem(status: ContentfulStatusCode, title: string, detail: string, param?: string): never {
  const body = JSON.stringify({ type: 'about:blank', title, status, detail, ...(param ? { param } : {}) });
  throw new HTTPException(status, {
    message: detail,
    res: new Response(body, { status, headers: { 'content-type': 'application/problem+json; charset=utf-8' } }),
  });
}
