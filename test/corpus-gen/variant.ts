// A building block of plan text: a sentence template with the codebook tags its text really
// carries, and the years (and issuer levels) it fits. Pools are lists of these.

import { dimensionOf } from './codebook.ts';

export type Level = 'province' | 'department' | 'district';

export interface Variant {
  /** Template with placeholders (`{P}`, `{tinh}`, `{Y}`… see `fill`). */
  t: string;
  /** Tags the text carries: topic, channel, audience ids, `tieng_dan_toc`. */
  k: readonly string[];
  min?: number;
  max?: number;
  /** Issuer levels the sentence suits; all when absent. */
  lv?: readonly Level[];
}

/** Declares a variant: `v('Tuyên truyền …', 'mot_cua tthc', { min: 2022 })`. Tags are checked against the codebook. */
export function v(t: string, k = '', opts: { min?: number; max?: number; lv?: readonly Level[] } = {}): Variant {
  const tags = k.split(/\s+/).filter(Boolean);
  for (const tag of tags) dimensionOf(tag);
  return { t, k: tags, ...opts };
}

/** True when the variant suits the plan year and the issuer level. */
export function fits(x: Variant, year: number, level: Level): boolean {
  return (x.min === undefined || year >= x.min) && (x.max === undefined || year <= x.max) && (!x.lv || x.lv.includes(level));
}
