// GET /api/v1/agencies/roles (agency × role) and /api/v1/agencies/channels (agency → channel:
// the same passage names the agency and codes the channel), over the plans the filters select.

import { Hono } from 'hono';
import { listValue } from '@duckdb/node-api';
import { z } from 'zod';
import { categoryLabel } from '../../v1/codebook.ts';
import { col } from '../../v1/columns.ts';
import type { V1Context, V1Env } from '../../v1/context.ts';
import { defineEndpoint, listHandler } from '../../v1/endpoint.ts';
import { planWhere, Where } from '../../v1/filters.ts';
import { planShape } from '../../v1/shapes.ts';

const counts = {
  plans: col.int('Số kế hoạch'),
  passages: col.int('Số đoạn'),
  provinces: col.strs('Các tỉnh'),
};

export const agencyRolesEndpoint = defineEndpoint({
  path: '/agencies/roles',
  summary: 'Agency × role over the selected plans: number of plans and passages, and the provinces',
  params: (f) => ({ ...planShape(f), agency: f.agency, role: f.role }),
  row: z.object({ agency_id: col.str('Mã cơ quan'), agency_label: col.strN('Cơ quan'), role: col.str('Mã vai trò'), role_label: col.strN('Vai trò'), ...counts }),
  query(p, env) {
    const w = planWhere(new Where(), p, env.ref);
    if (p.agency) w.add('list_contains($agency, agency_id)', { agency: listValue(p.agency) });
    if (p.role) w.add('list_contains($role, role)', { role: listValue(p.role) });
    return {
      sql: `SELECT agency_id, role, count(DISTINCT document_id)::INTEGER AS plans, sum(passages)::INTEGER AS passages,
                   list(DISTINCT province_code ORDER BY province_code) FILTER (WHERE province_code IS NOT NULL) AS provinces
            FROM plan_agency_roles ${w} GROUP BY agency_id, role ORDER BY agency_id, role`,
      params: w.params,
    };
  },
  decorate: (r, _p, env) => ({
    ...r,
    agency_label: categoryLabel(env.codebook, 'agency', String(r.agency_id)),
    role_label: env.codebook.parts.roles.find((x) => x.id === r.role)?.label_vi ?? null,
  }),
});

export const agencyChannelsEndpoint = defineEndpoint({
  path: '/agencies/channels',
  summary: 'Agency → channel links over the selected plans (passages naming the agency and coding the channel)',
  params: (f) => ({ ...planShape(f), agency: f.agency, channel: f.channel }),
  row: z.object({ agency_id: col.str('Mã cơ quan'), agency_label: col.strN('Cơ quan'), channel_id: col.str('Mã kênh'), channel_label: col.strN('Kênh'), ...counts }),
  query(p, env) {
    const w = planWhere(new Where(), p, env.ref);
    if (p.agency) w.add('list_contains($agency, agency_id)', { agency: listValue(p.agency) });
    if (p.channel) w.add('list_contains($channel, channel_id)', { channel: listValue(p.channel) });
    return {
      sql: `SELECT agency_id, channel_id, count(DISTINCT document_id)::INTEGER AS plans, sum(passages)::INTEGER AS passages,
                   list(DISTINCT province_code ORDER BY province_code) FILTER (WHERE province_code IS NOT NULL) AS provinces
            FROM agency_channel_links ${w} GROUP BY agency_id, channel_id ORDER BY agency_id, channel_id`,
      params: w.params,
    };
  },
  decorate: (r, _p, env) => ({
    ...r,
    agency_label: categoryLabel(env.codebook, 'agency', String(r.agency_id)),
    channel_label: categoryLabel(env.codebook, 'channel', String(r.channel_id)),
  }),
});

export function agencyRoutes(ctx: V1Context) {
  return new Hono<V1Env>().get('/roles', listHandler(agencyRolesEndpoint, ctx)).get('/channels', listHandler(agencyChannelsEndpoint, ctx));
}
