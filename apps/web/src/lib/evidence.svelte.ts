// The evidence drawer's state: which cell's passages to show. Any chart, cell or bar opens it;
// the dialog in the layout fetches /api/v1/evidence for the request.

import type { V1Params } from './v1/client';
import type { Dimension } from './v1/types';

export interface EvidenceRequest {
  dimension: Dimension;
  category: string;
  /** Plan filters for /api/v1/evidence (province, year, units, document, …). */
  params: V1Params;
  /** What the cell is, e.g. "Sơn La · 2024". */
  context: string;
}

export const evidence = $state<{ request: EvidenceRequest | null }>({ request: null });

/** Opens the evidence of a cell. */
export function openEvidence(request: EvidenceRequest): void {
  evidence.request = request;
}

export function closeEvidence(): void {
  evidence.request = null;
}
