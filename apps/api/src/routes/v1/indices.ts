// GET /api/v1/indices: evaluation indices the plans mention, with the targets they set.

import { Hono } from 'hono';
import { listValue } from '@duckdb/node-api';
import { z } from 'zod';
import { col, planColumns, PLAN_SELECT } from '../../v1/columns.ts';
import type { V1Context, V1Env } from '../../v1/context.ts';
import { defineEndpoint, listHandler } from '../../v1/endpoint.ts';
import { categoryShape, planShape } from '../../v1/shapes.ts';
import { factWhere, withHighlight } from './facts.ts';

export const indicesEndpoint = defineEndpoint({
  path: '/indices',
  summary: 'Index mentions (PAR INDEX, SIPAS, PAPI, PCI, DDCI, DTI, ICT Index, POBI) with any target stated',
  params: (f) => ({ ...planShape(f), ...categoryShape(f), index: f.index }),
  row: z.object({
    ...planColumns,
    passage_id: col.str('Mã đoạn'),
    index_id: col.str('Chỉ số'),
    target: col.strN('Mục tiêu'),
    span_start: col.int('Vị trí đầu'),
    span_end: col.int('Vị trí cuối'),
    passage_text: col.str('Đoạn văn'),
    highlighted: col.str('Đoạn văn (đánh dấu)'),
  }),
  query(p, env) {
    const w = factWhere(p, env);
    if (p.index) w.add('list_contains($index, index_id)', { index: listValue(p.index) });
    return {
      sql: `SELECT ${PLAN_SELECT}, passage_id, index_id, target, span_start, span_end, passage_text
            FROM plan_indices ${w} ORDER BY province_code NULLS LAST, year_from, document_id, span_start, index_id`,
      params: w.params,
    };
  },
  decorate: withHighlight,
});

export function indexRoutes(ctx: V1Context) {
  return new Hono<V1Env>().get('/', listHandler(indicesEndpoint, ctx));
}
