// Deadlines in a passage: "chậm nhất ngày 22/01/2024", "trước 27/02/2022", "trong tháng 6/2024",
// "hoàn thành trong quý II/2024", and quarter cells of annex tables ("Quý II, Quý III/2024").
// A bare year ("Năm 2024" in an annex time column) says when, not by when, and is not a deadline.

import type { Deadline, Passage } from '../model.ts';

const pad = (n: number) => String(n).padStart(2, '0');
const CUE = '(?:chậm nhất|hạn chót|không muộn hơn|trước)';

/** Cue + day: `chậm nhất ngày 22/01/2024`, `trước 27/02/2022`, `trước ngày 31 tháng 01 năm 2023`. */
const DAY = new RegExp(
  `${CUE}\\s+(?:(?:hết\\s+)?ngày\\s+)?(?:(\\d{1,2})\\s*\\/\\s*(\\d{1,2})\\s*\\/\\s*(\\d{4})|(\\d{1,2})\\s+tháng\\s+(\\d{1,2})\\s+năm\\s+(\\d{4}))`,
  'giu',
);
/** Cue + month: `trước tháng 6/2024`, `trong tháng 3 năm 2024`. */
const MONTH = new RegExp(`(?:${CUE}|(?:hoàn thành\\s+)?trong)\\s+tháng\\s+(\\d{1,2})\\s*(?:\\/|năm)\\s*(\\d{4})`, 'giu');
/** A quarter, with its cue when there is one: `hoàn thành trong quý II/2024`, `Quý II`. */
const QUARTER = new RegExp(`(?:(?:hoàn thành\\s+)?(?:trong|${CUE})\\s+)?quý\\s+(IV|I{1,3})(?![\\p{L}])(?:\\s*(?:\\/|năm)\\s*(\\d{4}))?`, 'giu');
/** What may stand between quarters that share the year written after the last one. */
const QUARTER_JOIN = /^\s*(?:,|và|-|đến)?\s*$/u;
const HAS_DIGIT = /\d/;
const HAS_QUARTER = /quý/iu;
const ROMAN: Record<string, number> = { I: 1, II: 2, III: 3, IV: 4 };

function validDay(y: number, m: number, d: number): string | null {
  if (y < 1900 || y > 2100) return null;
  // The calendar decides: 31/02 rolls over into March and is rejected.
  const date = new Date(Date.UTC(y, m - 1, d));
  if (date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) return null;
  return `${y}-${pad(m)}-${pad(d)}`;
}

interface Found {
  at: number;
  length: number;
  normalized: string;
}

function quarters(text: string): Found[] {
  const hits = [...text.matchAll(QUARTER)].map((m) => ({
    at: m.index,
    length: m[0].length,
    q: ROMAN[m[1]!.toUpperCase()]!,
    year: m[2] ? Number(m[2]) : null,
  }));
  const out: Found[] = [];
  hits.forEach((h, i) => {
    let year = h.year;
    // "Quý II, Quý III/2024": the first quarter takes the year written after the last one.
    for (let j = i; year === null && j + 1 < hits.length; j++) {
      const a = hits[j]!;
      const b = hits[j + 1]!;
      if (!QUARTER_JOIN.test(text.slice(a.at + a.length, b.at))) break;
      year = b.year;
    }
    if (year !== null) out.push({ at: h.at, length: h.length, normalized: `${year}-Q${h.q}` });
  });
  return out;
}

/** Deadlines in one passage, in order of appearance. */
export function findDeadlines(passage: Passage): Deadline[] {
  const { text } = passage;
  const found: Found[] = [];
  // Day and month cues need a digit, quarters the word quý: most passages have neither, and the
  // expressions, which open with optional words, would otherwise be tried at every position.
  const digits = HAS_DIGIT.test(text);
  if (digits) for (const m of text.matchAll(DAY)) {
    const [d, mo, y] = m[1] ? [m[1], m[2], m[3]] : [m[4], m[5], m[6]];
    const v = validDay(Number(y), Number(mo), Number(d));
    if (v) found.push({ at: m.index, length: m[0].length, normalized: v });
  }
  if (digits) for (const m of text.matchAll(MONTH)) {
    const mo = Number(m[1]);
    if (mo >= 1 && mo <= 12) found.push({ at: m.index, length: m[0].length, normalized: `${m[2]}-${pad(mo)}` });
  }
  if (HAS_QUARTER.test(text)) found.push(...quarters(text));
  return found
    .sort((a, b) => a.at - b.at)
    .map((f) => ({
      passageSeq: passage.seq,
      text: text.slice(f.at, f.at + f.length),
      normalized: f.normalized,
      start: passage.start + f.at,
      end: passage.start + f.at + f.length,
    }));
}
