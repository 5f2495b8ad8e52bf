// GET /api/v1/categories: every category (codebook ids, plus any the coder produced) with its
// labels and how many plans and passages carry it.

import { Hono } from 'hono';
import { z } from 'zod';
import { categoryLabel } from '../../v1/codebook.ts';
import { col } from '../../v1/columns.ts';
import type { V1Context, V1Env } from '../../v1/context.ts';
import { defineEndpoint, listHandler } from '../../v1/endpoint.ts';
import { categoryWhere, Where } from '../../v1/filters.ts';
import { categoryShape } from '../../v1/shapes.ts';

export const categoriesEndpoint = defineEndpoint({
  path: '/categories',
  summary: 'Categories of every dimension with labels, parent (topic area / channel family / agency) and corpus counts',
  params: (f) => ({ ...categoryShape(f) }),
  row: z.object({
    dimension: col.str('Chiều'),
    category_id: col.str('Mã hạng mục'),
    category_label: col.strN('Hạng mục'),
    parent: col.strN('Thuộc'),
    in_codebook: col.bool('Có trong bộ mã'),
    plans: col.int('Số kế hoạch'),
    passages: col.int('Số đoạn'),
  }),
  query(p) {
    const w = categoryWhere(new Where(), p);
    return {
      sql: `SELECT * FROM (
              SELECT c.dimension, c.category_id, c.parent, c.in_codebook,
                     count(DISTINCT cp.document_id)::INTEGER AS plans, count(cp.passage_id)::INTEGER AS passages
              FROM categories c
              LEFT JOIN category_passages cp ON cp.dimension = c.dimension AND cp.category_id = c.category_id
              GROUP BY c.dimension, c.category_id, c.parent, c.in_codebook
            ) ${w} ORDER BY dimension, category_id`,
      params: w.params,
    };
  },
  decorate: (r, _p, env) => ({ ...r, category_label: categoryLabel(env.codebook, String(r.dimension), String(r.category_id)) }),
});

export function categoryRoutes(ctx: V1Context) {
  return new Hono<V1Env>().get('/', listHandler(categoriesEndpoint, ctx));
}
