// Is this a CCHC communication plan? A legal-dissemination plan, a general policy-communication
// plan, a CCHC implementation plan or a news article is recorded as rejected, not coded.

import { fold } from '../text/fold.ts';

/** null when the document is a CCHC communication plan, else the reason it is not. */
export function notAPlanReason(title: string | null, hasPlanHeading: boolean, text: string): string | null {
  if (!hasPlanHeading || !title) {
    return /\b(ke hoach)\b/.test(fold(text.slice(0, 3000)))
      ? 'not a plan: no "KẾ HOẠCH" title heading was found'
      : 'not a plan: no "KẾ HOẠCH" title heading (looks like an article or another kind of document)';
  }
  const t = fold(title);
  const cchc = /cai cach hanh chinh|\bcchc\b/.test(t);
  const comm = /tuyen truyen|thong tin|truyen thong/.test(t);
  if (!cchc && /pho bien,? giao duc phap luat|pbgdpl/.test(t)) return `a legal-dissemination plan, not a CCHC communication plan (title: "${title}")`;
  if (!cchc) return `not about administrative reform (title: "${title}")`;
  if (!comm) return `a CCHC plan that is not a communication plan (title: "${title}")`;
  return null;
}
