// Shared pieces of the fact endpoints (indices, deadlines, targets, annex tasks): plan and
// category filters on the fact's passage, and the highlighted passage.

import type { Row } from '../../db.ts';
import type { Env } from '../../v1/endpoint.ts';
import { codedWith, planWhere, Where, type CategoryFilters, type PlaceFilters, type YearFilters } from '../../v1/filters.ts';
import { markSpans } from '../../v1/highlight.ts';

/** Plan filters, and "the fact's passage is coded with a selected category". */
export function factWhere(p: YearFilters & PlaceFilters & CategoryFilters & { issuer_level?: string }, env: Env): Where {
  return codedWith(planWhere(new Where(), p, env.ref), p, 'passage_id');
}

/** Adds `highlighted`: the passage as HTML with the fact's span in <mark>. */
export const withHighlight = (r: Row): Row => ({
  ...r,
  highlighted: markSpans(String(r.passage_text ?? ''), [{ start: Number(r.span_start), end: Number(r.span_end) }]),
});
