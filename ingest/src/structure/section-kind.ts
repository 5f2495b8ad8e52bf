// Maps a section heading to its kind, whatever words the province uses for it.

import type { SectionKind } from '../model.ts';
import { fold } from '../text/fold.ts';

const CUES: Array<[SectionKind, RegExp]> = [
  ['annex', /\bphu luc\b/],
  ['purpose', /\bmuc (dich|tieu)\b/],
  ['requirement', /\byeu cau\b/],
  ['audience', /\bdoi tuong\b/],
  ['budget', /\b(kinh phi|nguon kinh phi|du toan)\b/],
  ['assignment', /\b(to chuc thuc hien|trach nhiem thuc hien|phan cong|nhiem vu cua cac|che do bao cao)\b/],
  ['solution', /\b(giai phap)\b/],
  ['form', /\b(hinh thuc)\b/],
  ['content', /\b(noi dung)\b/],
];

/** The kind a heading names, by the first cue it contains (`MỤC ĐÍCH, YÊU CẦU` is `purpose`); null when none. */
export function kindOfHeading(heading: string): SectionKind | null {
  const f = fold(heading);
  let best: { kind: SectionKind; at: number } | null = null;
  for (const [kind, re] of CUES) {
    const m = re.exec(f);
    if (m && (best === null || m.index < best.at)) best = { kind, at: m.index };
  }
  // "HÌNH THỨC, GIẢI PHÁP THỰC HIỆN" is about means of carrying the plan out.
  if (best?.kind === 'form' && /\bgiai phap\b/.test(f)) return 'solution';
  return best?.kind ?? null;
}
