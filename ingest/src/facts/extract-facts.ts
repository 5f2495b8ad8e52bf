// The body facts of a plan, passage by passage: legal references, evaluation indices, deadlines,
// quantified targets and budget sources. Recipients and signature are never read; the preamble
// (front matter, promulgating decision) is read for legal references only.

import type { BudgetSource, Deadline, IndexMention, LegalRef, Passage, Target } from '../model.ts';
import { findBudgetSources } from './budget.ts';
import { findDeadlines } from './deadlines.ts';
import { findIndexMentions } from './indices.ts';
import { findLegalRefs } from './legal-refs.ts';
import { findTargets } from './targets.ts';

export interface ExtractedFacts {
  legal_refs: LegalRef[];
  indices: IndexMention[];
  deadlines: Deadline[];
  targets: Target[];
  budget_sources: BudgetSource[];
}

/** Extracts every fact kind from a document's passages, in passage order. */
export function extractFacts(passages: Passage[]): ExtractedFacts {
  const facts: ExtractedFacts = { legal_refs: [], indices: [], deadlines: [], targets: [], budget_sources: [] };
  for (const p of passages) {
    if (p.block === 'recipients' || p.block === 'signature') continue;
    facts.legal_refs.push(...findLegalRefs(p));
    if (p.block === 'preamble') continue;
    facts.indices.push(...findIndexMentions(p));
    facts.deadlines.push(...findDeadlines(p));
    facts.targets.push(...findTargets(p));
    facts.budget_sources.push(...findBudgetSources(p));
  }
  return facts;
}
