// Where a plan's money comes from: the state budget, the agencies' own estimates, other lawful
// sources, sponsorship. Read in the budget section and in task assignments ("bố trí kinh phí"),
// not in content sections, where public finance is a topic to communicate rather than a source.

import type { BudgetSource, Passage, SectionKind } from '../model.ts';

type Source = BudgetSource['source'];

const CUES: Array<[Source, RegExp]> = [
  // "Luật Ngân sách nhà nước" and "phân cấp ngân sách nhà nước" name rules, not money.
  ['state_budget', /(?<!Luật |phân cấp )ngân sách (?:nhà nước|tỉnh|địa phương|trung ương|cấp (?:tỉnh|huyện|xã))/giu],
  ['state_budget', /nguồn kinh phí (?:do )?(?:Ủy ban nhân dân|UBND) (?:tỉnh|huyện) cấp/giu],
  ['agency_estimate', /(?:chủ động|đơn vị mình,?) bố trí kinh phí/giu],
  ['agency_estimate', /(?:xây dựng|lập) dự toán(?: kinh phí)?/giu],
  ['agency_estimate', /dự toán [^.;]{0,40}?của (?:các )?(?:cơ quan|đơn vị|sở|ngành)/giu],
  ['agency_estimate', /nguồn kinh phí [^.;]{0,40}?của (?:ngành|cơ quan|đơn vị)/giu],
  ['other_lawful', /(?:các )?nguồn [^.;]{0,30}?hợp pháp khác/giu],
  ['sponsorship', /tài trợ/giu],
];

/** Section kinds whose text describes what to communicate, never how it is paid for. */
const TOPIC_KINDS = new Set<SectionKind>(['purpose', 'requirement', 'audience', 'content', 'form']);

/**
 * Budget sources in one passage, in order of appearance. Each mention is a row; overlapping cues
 * of the same source count once ("nguồn kinh phí do ngân sách nhà nước cấp").
 */
export function findBudgetSources(passage: Passage): BudgetSource[] {
  if (TOPIC_KINDS.has(passage.kind)) return [];
  const hits: BudgetSource[] = [];
  for (const [source, re] of CUES) {
    for (const m of passage.text.matchAll(re)) {
      const start = passage.start + m.index;
      const end = start + m[0].length;
      if (hits.some((h) => h.source === source && start < h.end && h.start < end)) continue;
      hits.push({ passageSeq: passage.seq, source, start, end });
    }
  }
  return hits.sort((a, b) => a.start - b.start);
}
