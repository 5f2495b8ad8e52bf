// Province reference data for the generator (data/provinces.csv): the 63 provinces before the
// 2025 merger, the 34 units after it, and each one's newspaper and wording (tỉnh / thành phố).

import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { DISTRICTS } from './districts.ts';

export interface Province {
  code: string;
  name: string;
  /** `tinh` or `thanh_pho` (centrally run city). */
  kind: string;
  region: string;
  merged2025Into: string;
  districts: readonly string[];
}

const CSV = fileURLToPath(new URL('../../data/provinces.csv', import.meta.url));

function load(): Province[] {
  const [header, ...rows] = readFileSync(CSV, 'utf8').trim().split(/\r?\n/);
  const cols = (header ?? '').split(',');
  return rows.map((row) => {
    const cells = row.split(',');
    const get = (c: string) => (cells[cols.indexOf(c)] ?? '').trim().normalize('NFC');
    const code = get('code');
    return { code, name: get('name'), kind: get('kind'), region: get('region'), merged2025Into: get('merged_2025_into'), districts: DISTRICTS[code] ?? [] };
  });
}

/** The 63 provinces as they were until mid-2025. */
export const PROVINCES: readonly Province[] = load();

const BY_CODE = new Map(PROVINCES.map((p) => [p.code, p]));

/** The 34 provincial units after the 2025 merger: each keeps the name and code of one old province. */
export const UNITS_2025: readonly Province[] = [...new Set(PROVINCES.map((p) => p.merged2025Into))]
  .sort()
  .map((code) => {
    const p = BY_CODE.get(code);
    if (!p) throw new Error(`provinces.csv: unknown merged_2025_into ${code}`);
    return p;
  });

/** "tỉnh" or "thành phố", the word that goes before the province's name. */
export function unitWord(p: Province): string {
  return p.kind === 'thanh_pho' ? 'thành phố' : 'tỉnh';
}

const PAPERS: Readonly<Record<string, string>> = { '82': 'Báo Ấp Bắc', '79': 'Báo Sài Gòn Giải Phóng', '01': 'Báo Hànộimới' };

/** The provincial party newspaper: "Báo Sơn La"; Tiền Giang's is Báo Ấp Bắc, Hồ Chí Minh's Sài Gòn Giải Phóng. */
export function newspaper(p: Province): string {
  return PAPERS[p.code] ?? `Báo ${p.name}`;
}

/** Regions where plans often ask for ethnic-minority languages and village outreach. */
export function hasEthnicMinorities(p: Province): boolean {
  return p.region === 'trung_du_mien_nui_phia_bac' || p.region === 'tay_nguyen' || ['84', '94', '89', '91', '38', '40', '58', '62'].includes(p.code);
}
