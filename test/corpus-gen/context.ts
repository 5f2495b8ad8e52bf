// The facts one plan is written from (where, when, who issues it) and the placeholder filling
// that turns pool templates into that plan's sentences.

import type { Province } from './provinces.ts';
import { newspaper, unitWord } from './provinces.ts';
import type { Level } from './variant.ts';

export interface Department {
  agency: string;
  name: string;
  /** Symbol suffix: `SNV` in `/KH-SNV`. */
  abbr: string;
}

export interface SignDate {
  day: number;
  month: number;
  year: number;
  /** The day is left blank in the text ("ngày  tháng 02 năm 2022"). */
  dayBlank: boolean;
}

export interface PlanContext {
  index: number;
  province: Province;
  /** True when the province is one of the 34 post-2025 units. */
  merged: boolean;
  level: Level;
  department: Department | null;
  district: string | null;
  yearFrom: number;
  yearTo: number;
  sign: SignDate;
  /** Signed after the March 2025 merger of departments (no Sở TT&TT, KH&ĐT, LĐ-TB&XH). */
  afterDeptMerger: boolean;
  /** Signed after July 2025: two-tier local government, no districts. */
  twoTier: boolean;
  vars: Readonly<Record<string, string>>;
}

/** Placeholder values for a plan: `{P}`, `{tinh}`, `{dv}`, `{DV}`, `{Y}`, `{bao}`, `{dai}`, `{UB}`… */
export function placeholderValues(c: Omit<PlanContext, 'vars'>, daiName: string, ubShort: boolean): Record<string, string> {
  const tinh = unitWord(c.province);
  const district = c.level === 'district' && c.district;
  const dv = district ? 'huyện' : tinh;
  const period = c.yearFrom === c.yearTo ? `năm ${c.yearFrom}` : `giai đoạn ${c.yearFrom} - ${c.yearTo}`;
  return {
    P: c.province.name,
    tinh,
    TU: c.province.kind === 'thanh_pho' ? 'Thành ủy' : 'Tỉnh ủy',
    dv,
    DV: district ? `huyện ${c.district}` : `${tinh} ${c.province.name}`,
    DV0: `${tinh} ${c.province.name}`,
    Y: String(c.yearFrom),
    Y0: String(c.yearFrom - 1),
    YP: period,
    bao: newspaper(c.province),
    dai: daiName,
    UB: district ? (ubShort ? 'UBND huyện' : 'Ủy ban nhân dân huyện') : ubShort ? `UBND ${tinh}` : `Ủy ban nhân dân ${tinh}`,
    huyen: c.province.kind === 'thanh_pho' ? 'các quận, huyện' : 'các huyện, thị xã, thành phố',
    xa: c.twoTier ? 'các xã, phường' : district ? 'các xã, thị trấn' : 'các xã, phường, thị trấn',
    bp: c.twoTier ? 'Bộ phận Một cửa cấp xã' : 'Bộ phận tiếp nhận và trả kết quả cấp huyện, cấp xã',
  };
}

/** Fills a template's placeholders; an unknown placeholder is a bug in a pool. */
export function fill(template: string, vars: Readonly<Record<string, string>>): string {
  return template.replace(/\{(\w+)\}/g, (m, k: string) => {
    const val = vars[k];
    if (val === undefined) throw new Error(`unknown placeholder ${m} in: ${template.slice(0, 60)}`);
    return val;
  });
}
