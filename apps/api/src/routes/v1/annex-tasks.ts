// GET /api/v1/annex-tasks: rows of the plans' annex task tables.

import { Hono } from 'hono';
import { listValue } from '@duckdb/node-api';
import { z } from 'zod';
import { col, planColumns, PLAN_SELECT } from '../../v1/columns.ts';
import type { V1Context, V1Env } from '../../v1/context.ts';
import { defineEndpoint, listHandler } from '../../v1/endpoint.ts';
import { categoryShape, planShape } from '../../v1/shapes.ts';
import { categoryCondition } from '../../v1/filters.ts';
import { factWhere } from './facts.ts';

export const annexTasksEndpoint = defineEndpoint({
  path: '/annex-tasks',
  summary: 'Annex task rows: form, content, time, lead and coordinating agencies (text and ids); agency matches lead, coordinator or a coded passage',
  params: (f) => ({ ...planShape(f), ...categoryShape(f) }),
  row: z.object({
    ...planColumns,
    passage_id: col.str('Mã đoạn'),
    row_no: col.str('STT'),
    form: col.strN('Hình thức'),
    content: col.strN('Nội dung'),
    time_text: col.strN('Thời gian'),
    lead_text: col.strN('Cơ quan chủ trì'),
    coordinate_text: col.strN('Cơ quan phối hợp'),
    lead: col.strs('Mã cơ quan chủ trì'),
    coordinate: col.strs('Mã cơ quan phối hợp'),
  }),
  query(p, env) {
    // an agency matches a row that names it as lead or coordinator, or whose passage is coded with it
    const { agency, ...rest } = p;
    const w = factWhere(rest, env);
    if (agency) {
      const coded = categoryCondition({ agency, role: p.role });
      w.add(`(list_has_any(lead, $annex_agency) OR list_has_any(coordinate, $annex_agency)
              OR passage_id IN (SELECT passage_id FROM category_passages WHERE ${coded!.sql}))`, { ...coded!.params, annex_agency: listValue(agency) });
    }
    return {
      sql: `SELECT ${PLAN_SELECT}, passage_id, row_no, form, content, time_text, lead_text, coordinate_text, lead, coordinate
            FROM annex_tasks ${w} ORDER BY province_code NULLS LAST, year_from, document_id, seq`,
      params: w.params,
    };
  },
});

export function annexTaskRoutes(ctx: V1Context) {
  return new Hono<V1Env>().get('/', listHandler(annexTasksEndpoint, ctx));
}
