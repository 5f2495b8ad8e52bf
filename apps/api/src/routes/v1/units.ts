// GET /api/v1/units: the units of a map ('2024': 63 provinces; '2025': 34 units) and their provinces.

import { Hono } from 'hono';
import { listValue } from '@duckdb/node-api';
import { z } from 'zod';
import { col } from '../../v1/columns.ts';
import type { V1Context, V1Env } from '../../v1/context.ts';
import { defineEndpoint, listHandler } from '../../v1/endpoint.ts';
import { unitCodes, Where } from '../../v1/filters.ts';

export const unitsEndpoint = defineEndpoint({
  path: '/units',
  summary: 'Units of the chosen map with their region and member provinces',
  params: (f) => ({ units: f.units, province: f.province, region: f.region }),
  row: z.object({
    units: col.str('Bản đồ đơn vị'),
    unit_code: col.str('Mã đơn vị'),
    unit_name: col.str('Đơn vị'),
    unit_region: col.str('Vùng'),
    provinces: col.strs('Các tỉnh thành viên'),
    province_count: col.int('Số tỉnh'),
  }),
  query(p, env) {
    const w = new Where().add('units = $units', { units: p.units });
    if (p.province) w.add('list_contains($province, unit_code)', { province: listValue(unitCodes(p.province, p.units, env.ref)) });
    if (p.region) w.add('list_contains($region, unit_region)', { region: listValue(p.region) });
    return { sql: `SELECT units, unit_code, unit_name, unit_region, provinces, province_count FROM units ${w} ORDER BY unit_code`, params: w.params };
  },
});

export function unitRoutes(ctx: V1Context) {
  return new Hono<V1Env>().get('/', listHandler(unitsEndpoint, ctx));
}
