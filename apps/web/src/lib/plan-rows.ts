// /api/v1/plans rows for the older plan components (DocumentSummary), and the latest plan.

import type { DocumentSummary } from './api';
import type { PlanRow } from './v1/types';

export function planToSummary(r: PlanRow): DocumentSummary {
  return {
    id: r.document_id,
    source_name: r.source_name,
    title: r.title ?? '',
    province_code: r.province_code,
    province_name: r.province_name,
    year_from: r.year_from,
    year_to: r.year_to,
    doc_number: r.doc_number,
    decision_number: null,
    issue_date: r.issue_date,
    issuer: r.issuer,
    issuer_level: r.issuer_level,
    passage_count: r.passage_count,
  };
}

/** The plan with the latest year, then the latest issue date. */
export function latestPlan<T extends Pick<PlanRow, 'year_to' | 'issue_date'>>(rows: readonly T[]): T | null {
  let best: T | null = null;
  for (const r of rows) {
    if (!best || (r.year_to ?? 0) > (best.year_to ?? 0) || ((r.year_to ?? 0) === (best.year_to ?? 0) && (r.issue_date ?? '') > (best.issue_date ?? ''))) best = r;
  }
  return best;
}
