// Date wording in plans: "ngày 06 tháng 3 năm 2024" (months 1–2 padded, as in official
// documents), "05/3/2024", and the annex's spaced "30 /12 /2022".

import type { SignDate } from './context.ts';
import type { Rng } from './prng.ts';

const pad = (n: number) => String(n).padStart(2, '0');
const month = (m: number) => (m <= 2 ? pad(m) : String(m));

/** "ngày 06 tháng 3 năm 2024", or "ngày    tháng 02 năm 2022" when the day is blank. */
export function longDate(d: SignDate): string {
  return d.dayBlank ? `ngày    tháng ${month(d.month)} năm ${d.year}` : `ngày ${pad(d.day)} tháng ${month(d.month)} năm ${d.year}`;
}

/** "05/3/2024" or, spaced like a scanned annex, "30 /12 /2022"; a blank day stays blank. */
export function shortDate(d: SignDate, spaced = false): string {
  const s = spaced ? ' /' : '/';
  return `${d.dayBlank ? '   ' : pad(d.day)}${s}${month(d.month)}${s}${d.year}`;
}

/** ISO form for the labels: `2024-03-06`, or `2022-02` when the day is blank. */
export function isoDate(d: SignDate): string {
  return d.dayBlank ? `${d.year}-${pad(d.month)}` : `${d.year}-${pad(d.month)}-${pad(d.day)}`;
}

/** A date 1–60 days before `d` (30-day months are close enough for reference dates). */
export function daysBefore(rng: Rng, d: SignDate, max = 60): SignDate {
  let day = (d.dayBlank ? 15 : d.day) - rng.int(1, max);
  let m = d.month;
  let y = d.year;
  while (day < 1) {
    day += 28;
    m -= 1;
    if (m < 1) {
      m = 12;
      y -= 1;
    }
  }
  return { day, month: m, year: y, dayBlank: false };
}
