// Codes a parsed document with the codebook: topics, channels, audiences and the ethnic-language
// attribute per passage; agencies and their roles from assignment headings, the annex's lead and
// coordinating columns, and role phrases in the text. Every row keeps its passage, span and rule.

import { loadProvinces } from '../facts/provinces.ts';
import type { AgencyRole, AnnexRow, Code, Passage, Section } from '../model.ts';
import { fold, foldSameLength } from '../text/fold.ts';
import type { Codebook, CueValue, Group, RoleCue } from './codebook.ts';
import { tokenize, type Match, type Token } from './matcher.ts';

/** Blocks that are not the plan's own words: never coded. */
const NOT_CODED = new Set(['recipients', 'preamble', 'signature', 'table_header']);

type M = Match<CueValue>;

/** Keeps the matches of one group that no exclusion cancels and no longer match of the group contains. */
export function resolveGroup(matches: M[]): M[] {
  const excludes = matches.filter((m) => m.value.exclude);
  const seen = new Set<string>();
  const kept = matches.filter((m) => {
    if (m.value.exclude || excludes.some((x) => x.value.id === m.value.id && x.start <= m.start && x.end >= m.end)) return false;
    const key = `${m.value.id}|${m.start}|${m.end}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  return kept.filter((m) => !kept.some((o) => o !== m && o.start <= m.start && o.end >= m.end && o.end - o.start > m.end - m.start));
}

interface Analysed {
  passage: Passage;
  folded: string;
  tokens: Token[];
  byGroup: Map<Group, M[]>;
  /** Clause number of each character (clauses end at `;`, `.`, `|`). */
  clauseAt: (offset: number) => number;
}

function clauses(folded: string): (offset: number) => number {
  const ends: number[] = [];
  for (let i = 0; i < folded.length; i++) {
    const ch = folded[i];
    if (ch === ';' || ch === '|' || (ch === '.' && (i + 1 === folded.length || folded[i + 1] === ' '))) ends.push(i);
  }
  return (offset) => {
    let lo = 0;
    let hi = ends.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (ends[mid]! < offset) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
}

function analyse(p: Passage, cb: Codebook): Analysed {
  const folded = foldSameLength(p.text);
  const tokens = tokenize(folded);
  const all = cb.index.matchTokens(tokens, p.text);
  const byGroup = new Map<Group, M[]>();
  for (const m of all) {
    const list = byGroup.get(m.value.group) ?? [];
    list.push(m);
    byGroup.set(m.value.group, list);
  }
  for (const [g, list] of byGroup) byGroup.set(g, resolveGroup(list).sort((a, b) => a.start - b.start));
  return { passage: p, folded, tokens, byGroup, clauseAt: clauses(folded) };
}

const rule = (m: M) => `${m.value.id}:${m.value.phrase}`;

const DIMENSION: Partial<Record<Group, Code['dimension']>> = { topic: 'topic', channel: 'channel', attribute: 'attribute', audience: 'audience' };

/** Words that may open an assignment item before the agencies it names. */
const LEAD_IN = /^(?:[\s\-–+•*]*(?:[ivxlc]+|\d+(?:\.\d+)*|[a-z])[.)]\s*)?[\s\-–+•*]*(?:(?:de nghi|giao|trach nhiem cua|nhiem vu cua|thu truong|chu tich|giam doc|lanh dao)\s+)?$/;

let gapWords: Set<string> | null = null;

/**
 * Whether the text between two agency names joins them into one list (`, `, ` và `, `; `,
 * ` (qua `, a province name): a few connector words at most, never a verb or a clause.
 */
function joinsList(gap: string): boolean {
  if (/[\d:]/.test(gap)) return false;
  gapWords ??= new Set([
    'va', 'cac', 'cung', 'tinh', 'thanh', 'pho', 'huyen', 'thi', 'xa', 'cap', 'qua', 'phuong', 'tran', 'viet', 'nam', 'trung', 'uong',
    ...loadProvinces().flatMap((p) => fold(p.name).split(' ')),
  ]);
  const words = gap.split(/[^a-z0-9&]+/).filter(Boolean);
  return words.length <= 6 && words.every((w) => gapWords!.has(w));
}

/** The agencies a passage opens with (`1. Sở Nội vụ`, `3. Sở Tài chính: …`, `9. Đài PTTH tỉnh; Báo Sơn La, …`). */
function leadingAgencies(a: Analysed): M[] {
  const agencies = a.byGroup.get('agency') ?? [];
  if (agencies.length === 0) return [];
  const colon = a.folded.indexOf(':');
  const headEnd = colon >= 0 ? colon : a.folded.length;
  const first = agencies[0]!;
  if (first.start >= headEnd || !LEAD_IN.test(a.folded.slice(0, first.start))) return [];
  const run = [first];
  for (const m of agencies.slice(1)) {
    if (m.start >= headEnd) break;
    if (!joinsList(a.folded.slice(run[run.length - 1]!.end, m.start))) break;
    run.push(m);
  }
  return run;
}

/** Agencies named right after an object cue (`phối hợp với X, Y`, `báo cáo … qua X`, `Đề nghị X`). */
function objectsOf(a: Analysed, cue: M, rc: RoleCue): M[] {
  const agencies = (a.byGroup.get('agency') ?? []).filter((m) => m.start >= cue.end && a.clauseAt(m.start) === a.clauseAt(cue.end - 1));
  const window = rc.window ?? 12;
  const out: M[] = [];
  for (const m of agencies) {
    const prev = out[out.length - 1];
    if (prev) {
      if (joinsList(a.folded.slice(prev.end, m.start))) {
        out.push(m);
        continue;
      }
      break;
    }
    const gap = m.start - cue.end;
    if (gap <= 3) {
      out.push(m);
      continue;
    }
    if (gap > window) break;
    if (!rc.through) {
      out.push(m);
      continue;
    }
    // The words right before the agency must be one of the `through` words.
    const before = a.tokens.filter((t) => t.end <= m.start && t.start >= cue.end).map((t) => t.text);
    if (rc.through.some((w) => before.slice(-w.split(' ').length).join(' ') === w)) out.push(m);
  }
  return out;
}

export interface CodedDocument {
  codes: Code[];
  agency_roles: AgencyRole[];
  annex_rows: AnnexRow[];
}

/** Codes every passage of a document. Pure: same input and codebook, same output. */
export function codeDocument(doc: { passages: Passage[]; sections: Section[]; annex_rows: AnnexRow[] }, cb: Codebook): CodedDocument {
  const codes: Code[] = [];
  const roles: AgencyRole[] = [];
  const seenRole = new Set<string>();
  const addRole = (p: Passage, agency: string, role: string, ruleId: string, start: number, end: number) => {
    const key = `${p.seq}|${agency}|${role}|${start}|${end}`;
    if (seenRole.has(key)) return;
    seenRole.add(key);
    roles.push({ passageSeq: p.seq, agency, role, rule: ruleId, start: p.start + start, end: p.start + end });
  };

  const analysed = new Map<number, Analysed>();
  for (const p of doc.passages) if (!NOT_CODED.has(p.block)) analysed.set(p.seq, analyse(p, cb));

  // Categories.
  for (const a of analysed.values()) {
    const p = a.passage;
    for (const [group, list] of a.byGroup) {
      const dimension = DIMENSION[group];
      if (!dimension) continue;
      for (const m of list) {
        codes.push({ passageSeq: p.seq, dimension, id: m.value.id, via: null, rule: rule(m), start: p.start + m.start, end: p.start + m.end });
        const parent = group === 'topic' ? cb.parentOf.get(m.value.id) : undefined;
        if (parent) codes.push({ passageSeq: p.seq, dimension, id: parent, via: m.value.id, rule: rule(m), start: p.start + m.start, end: p.start + m.end });
      }
    }
  }

  // Owners of assignment sections: the agencies the section's opening passage names, else its parent's.
  const firstOfSection = new Map<string, Analysed>();
  for (const a of analysed.values()) if (!firstOfSection.has(a.passage.sectionPath)) firstOfSection.set(a.passage.sectionPath, a);
  const parentPath = new Map(doc.sections.map((s) => [s.path, s.parent]));
  const ownerCache = new Map<string, M[]>();
  const ownersOf = (path: string): M[] => {
    const hit = ownerCache.get(path);
    if (hit) return hit;
    const opener = firstOfSection.get(path);
    let owners = opener && opener.passage.kind === 'assignment' ? leadingAgencies(opener) : [];
    if (owners.length === 0) {
      const parent = parentPath.get(path);
      owners = parent !== undefined && parent !== null && parent !== path ? ownersOf(parent) : [];
    }
    ownerCache.set(path, owners);
    return owners;
  };

  for (const a of analysed.values()) {
    const p = a.passage;
    const agencies = a.byGroup.get('agency') ?? [];
    const roleCues = a.byGroup.get('role') ?? [];
    const inAssignment = p.kind === 'assignment';
    const isOpener = firstOfSection.get(p.sectionPath) === a;

    // Assignment items: the agencies a heading or item opens with implement it; one alone leads.
    let own: M[] = [];
    if (inAssignment) {
      const leading = leadingAgencies(a);
      for (const m of leading) addRole(p, m.value.id, 'thuc_hien', 'assignment-heading', m.start, m.end);
      const distinct = new Set(leading.map((m) => m.value.id));
      if (isOpener && distinct.size === 1) addRole(p, leading[0]!.value.id, 'chu_tri', 'assignment-heading-alone', leading[0]!.start, leading[0]!.end);
      own = leading.length > 0 ? leading : ownersOf(p.sectionPath);
    }

    // Object cues first, so their agencies are not taken as subjects.
    const objects = new Set<M>();
    for (const cue of roleCues) {
      const rc = cue.value.roleCue;
      if (rc?.kind !== 'object') continue;
      for (const m of objectsOf(a, cue, rc)) {
        objects.add(m);
        addRole(p, m.value.id, cue.value.id, rule(cue), Math.min(cue.start, m.start), Math.max(cue.end, m.end));
      }
    }
    for (const cue of roleCues) {
      const rc = cue.value.roleCue;
      if (rc?.kind !== 'subject') continue;
      const clause = a.clauseAt(cue.start);
      const subject = agencies.find((m) => m.end <= cue.start && !objects.has(m) && a.clauseAt(m.start) === clause);
      if (subject) {
        addRole(p, subject.value.id, cue.value.id, rule(cue), subject.start, cue.end);
        continue;
      }
      // No agency before the cue: the item's owner holds the role, when the clause opens with the
      // cue's verb (`- Chủ trì tham mưu …`), not when it names another subject first
      // (`Các cơ quan, đơn vị được giao … có trách nhiệm tham mưu`).
      const wordsBefore = a.tokens.filter((t) => t.end <= cue.start && a.clauseAt(t.start) === clause).length;
      if (inAssignment && wordsBefore <= 6) for (const m of new Map(own.map((o) => [o.value.id, o])).values()) addRole(p, m.value.id, cue.value.id, rule(cue), cue.start, cue.end);
    }
  }

  // Annex columns: lead agencies lead, coordinating agencies coordinate.
  const annex_rows = doc.annex_rows.map((row) => {
    const a = analysed.get(row.passageSeq);
    if (!a) return row;
    const p = a.passage;
    const agencies = a.byGroup.get('agency') ?? [];
    const cells = p.text.split(' | ');
    const cellStart: number[] = [];
    let at = 0;
    for (const c of cells) {
      cellStart.push(at);
      at += c.length + 3;
    }
    const cellRange = (value: string | null): [number, number] | null => {
      if (!value) return null;
      const i = cells.findIndex((c) => c.trim() === value.trim());
      if (i >= 0) return [cellStart[i]!, cellStart[i]! + cells[i]!.length];
      const j = p.text.lastIndexOf(value);
      return j >= 0 ? [j, j + value.length] : null;
    };
    const pick = (range: [number, number] | null, role: string, ruleId: string): string[] => {
      if (!range) return [];
      const ids: string[] = [];
      for (const m of agencies) {
        if (m.start < range[0] || m.end > range[1]) continue;
        if (!ids.includes(m.value.id)) ids.push(m.value.id);
        addRole(p, m.value.id, role, ruleId, m.start, m.end);
      }
      return ids;
    };
    return { ...row, lead: pick(cellRange(row.lead_text), 'chu_tri', 'annex-lead'), coordinate: pick(cellRange(row.coordinate_text), 'phoi_hop', 'annex-coordinate') };
  });

  return { codes, agency_roles: roles, annex_rows };
}
