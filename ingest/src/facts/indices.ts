// Evaluation indices a passage mentions (PAR INDEX, SIPAS, PAPI, PCI, DDCI, DTI, ICT Index, POBI),
// by acronym or written out, with any target the same clause sets ("tăng 10 bậc", "TOP 20").

import type { IndexMention, Passage } from '../model.ts';
import { foldSameLength } from '../text/fold.ts';

interface Cue {
  id: string;
  re: RegExp;
  acronym: boolean;
  /** Words every match contains: a passage without them is not searched. */
  needs: string;
}

/** Cues on folded text (lower case, no marks). */
const CUES: Cue[] = [
  { id: 'par_index', re: /\bpar[ -]?index\b/g, acronym: true, needs: 'index' },
  { id: 'ict_index', re: /\bict[ -]?index\b/g, acronym: true, needs: 'index' },
  ...['sipas', 'papi', 'pci', 'ddci', 'dti', 'pobi'].map((id) => ({ id, re: new RegExp(`\\b${id}\\b`, 'g'), acronym: true, needs: id })),
  { id: 'par_index', re: /\bchi so (?:danh gia )?(?:cai cach hanh chinh|cchc)\b/g, acronym: false, needs: 'chi so ' },
  { id: 'sipas', re: /\bchi so (?:su )?hai long\b/g, acronym: false, needs: 'chi so ' },
  // Satisfaction with health or education services is measured by the ministries, not SIPAS.
  { id: 'sipas', re: /\bdo luong su hai long\b(?![^.;]{0,40}dich vu (?:y te|giao duc))/g, acronym: false, needs: 'do luong su hai long' },
  { id: 'sipas', re: /\bsu hai long cua [^.;()]{0,40}?doi voi su phuc vu\b/g, acronym: false, needs: 'su hai long cua ' },
  { id: 'papi', re: /\bchi so (?:danh gia )?hieu qua quan tri va hanh chinh cong\b/g, acronym: false, needs: 'chi so ' },
  { id: 'ddci', re: /\bchi so nang luc canh tranh cap (?:so|huyen|dia phuong)\b/g, acronym: false, needs: 'chi so ' },
  { id: 'pci', re: /\bchi so nang luc canh tranh(?: cap tinh)?\b(?! cap )/g, acronym: false, needs: 'chi so ' },
  { id: 'dti', re: /\bchi so chuyen doi so\b/g, acronym: false, needs: 'chi so ' },
  { id: 'pobi', re: /\bchi so cong khai ngan sach\b/g, acronym: false, needs: 'chi so ' },
];

/** Target phrases, read on the original text. */
const TARGETS: RegExp[] = [
  /tăng\s+\d+(?:[,.]\d+)?(?:\s*-\s*\d+(?:[,.]\d+)?)?\s*(?:bậc|điểm|%|hạng)/giu,
  /\btop\s*\d+/giu,
  /đạt(?:\s+mức)?(?:\s+từ)?\s+\d+(?:[,.]\d+)?\s*%(?:\s+trở\s+lên)?/giu,
];

interface Hit {
  id: string;
  start: number;
  end: number;
  acronym: boolean;
}

function targetsIn(s: string): Array<{ at: number; text: string }> {
  const found = TARGETS.flatMap((re) => [...s.matchAll(re)].map((m) => ({ at: m.index, text: m[0].replace(/\s+/g, ' ') })));
  return found.sort((a, b) => a.at - b.at);
}

/** Hits in order, overlaps dropped, and a written-out name merged with the acronym that follows it. */
function hitsOf(folded: string): Hit[] {
  const all: Hit[] = CUES.flatMap((c) =>
    !folded.includes(c.needs) ? [] : [...folded.matchAll(c.re)].map((m) => {
      // "Chỉ số PCI": the acronym's mention starts at "Chỉ số".
      const back = c.acronym && m.index >= 7 && folded.startsWith('chi so ', m.index - 7) ? 7 : 0;
      return { id: c.id, start: m.index - back, end: m.index + m[0].length, acronym: c.acronym };
    }),
  );
  all.sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: Hit[] = [];
  for (const h of all) {
    const prev = kept[kept.length - 1];
    if (prev && h.start < prev.end) continue;
    const gap = prev ? folded.slice(prev.end, h.start) : '';
    // "Chỉ số hài lòng … (SIPAS)" is one mention of SIPAS, not two.
    if (prev && h.acronym && !prev.acronym && prev.id === h.id && gap.length <= 160 && !gap.includes(';')) {
      prev.end = folded[h.end] === ')' ? h.end + 1 : h.end;
      prev.acronym = true;
      continue;
    }
    kept.push({ ...h });
  }
  return kept;
}

/** End of the clause that starts at `from`: the next `;` or sentence-ending full stop. */
function clauseEnd(text: string, from: number): number {
  const m = /;|\.(?=\s|$)/u.exec(text.slice(from));
  return m ? from + m.index : text.length;
}

/**
 * Index mentions in one passage. Subjects joined by commas share the clause's target ("Chỉ số
 * CCHC (PAR INDEX), Chỉ số … (PAPI) phấn đấu tăng 10 bậc"); a mention with its own target ends the
 * clause of the one before it. Several targets are joined with "; ".
 */
export function findIndexMentions(passage: Passage): IndexMention[] {
  const { text } = passage;
  const hits = hitsOf(foldSameLength(text));
  return hits.map((h, i) => {
    let stop = clauseEnd(text, h.end);
    for (const next of hits.slice(i + 1)) {
      if (next.start >= stop) break;
      if (targetsIn(text.slice(h.end, next.start)).length > 0) {
        stop = next.start;
        break;
      }
    }
    const targets = targetsIn(text.slice(h.end, stop)).map((t) => t.text);
    return {
      passageSeq: passage.seq,
      index_id: h.id,
      target: targets.length > 0 ? targets.join('; ') : null,
      start: passage.start + h.start,
      end: passage.start + h.end,
    };
  });
}
