// GET /api/v1/status: what is loaded (plans, provinces, years, when it was last ingested), for
// the dashboard's footer; the data version is in the envelope as everywhere.

import { Hono } from 'hono';
import { z } from 'zod';
import { col } from '../../v1/columns.ts';
import type { V1Context, V1Env } from '../../v1/context.ts';
import { defineEndpoint, listHandler } from '../../v1/endpoint.ts';

export const statusEndpoint = defineEndpoint({
  path: '/status',
  summary: 'The loaded corpus in one row: plans, provinces, years, last ingest time (UTC) and model versions',
  params: () => ({}),
  row: z.object({
    plans: col.int('Số kế hoạch'),
    provinces: col.int('Số tỉnh'),
    year_from: col.intN('Từ năm'),
    year_to: col.intN('Đến năm'),
    last_ingested_at: col.strN('Lần nạp gần nhất (UTC)'),
    model_versions: col.strs('Phiên bản mô hình'),
  }),
  query: () => ({ sql: 'SELECT plans, provinces, year_from, year_to, last_ingested_at, model_versions FROM corpus_status', params: {} }),
});

export function statusRoutes(ctx: V1Context) {
  return new Hono<V1Env>().get('/', listHandler(statusEndpoint, ctx));
}
