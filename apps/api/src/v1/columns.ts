// Row schemas: one zod object per endpoint describes its columns (order, type, Vietnamese
// header). The same schema gives the CSV/xlsx header and the OpenAPI response.

import { z } from 'zod';

const v = <T extends z.ZodType>(s: T, vi: string) => s.meta({ vi });

/** Column constructors; the argument is the Vietnamese header. */
export const col = {
  str: (vi: string) => v(z.string(), vi),
  strN: (vi: string) => v(z.string().nullable(), vi),
  int: (vi: string) => v(z.number().int(), vi),
  intN: (vi: string) => v(z.number().int().nullable(), vi),
  numN: (vi: string) => v(z.number().nullable(), vi),
  bool: (vi: string) => v(z.boolean(), vi),
  boolN: (vi: string) => v(z.boolean().nullable(), vi),
  strs: (vi: string) => v(z.array(z.string()), vi),
  spans: (vi: string) =>
    v(z.array(z.object({ start: z.number().int(), end: z.number().int(), rule_id: z.string().optional(), via: z.string().nullable().optional() })), vi),
};

export interface Column {
  key: string;
  vi: string;
}

/** The columns of a row schema, in order. */
export function columnsOf(row: z.ZodObject): Column[] {
  return Object.entries(row.shape).map(([key, s]) => {
    const meta = (s as z.ZodType).meta() as { vi?: unknown } | undefined;
    return { key, vi: typeof meta?.vi === 'string' ? meta.vi : key };
  });
}

/** Plan context carried by plan- and fact-grain rows. */
export const planColumns = {
  document_id: col.str('Mã kế hoạch'),
  province_code: col.strN('Mã tỉnh'),
  province_name: col.strN('Tỉnh'),
  region: col.strN('Vùng'),
  unit_2025_code: col.strN('Mã đơn vị 2025'),
  unit_2025_name: col.strN('Đơn vị 2025'),
  unit_2025_region: col.strN('Vùng (đơn vị 2025)'),
  year_from: col.intN('Từ năm'),
  year_to: col.intN('Đến năm'),
  issuer_level: col.strN('Cấp ban hành'),
};

export const PLAN_SELECT = Object.keys(planColumns).join(', ');

/** Unit-year context carried by unit-grain rows. */
export const unitColumns = {
  units: col.str('Bản đồ đơn vị'),
  scope: col.str('Phạm vi cấp ban hành'),
  unit_code: col.str('Mã đơn vị'),
  unit_name: col.str('Đơn vị'),
  unit_region: col.str('Vùng'),
  year: col.int('Năm'),
};

export const categoryColumns = {
  dimension: col.str('Chiều'),
  category_id: col.str('Mã hạng mục'),
  category_label: col.strN('Hạng mục'),
};
