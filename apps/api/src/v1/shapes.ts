// Parameter groups shared by endpoints.

import type { ParamFields } from './params.ts';

/** Which plans: years, place, units map, issuer level. */
export const planShape = (f: ParamFields) => ({
  year: f.year, year_from: f.year_from, year_to: f.year_to,
  province: f.province, region: f.region, units: f.units, issuer_level: f.issuer_level,
});

/** Which categories: per dimension, and the dimensions themselves. */
export const categoryShape = (f: ParamFields) => ({
  topic: f.topic, channel: f.channel, audience: f.audience, agency: f.agency, role: f.role, dimension: f.dimension,
});
