// The labels written beside each plan: document facts as printed, and the categories present
// in its text (a theme's parent area counts as present too, CODEBOOK §1).

import { AGENCIES, AUDIENCES, CHANNELS, ROLES, TOPICS, TOPIC_PARENT, dimensionOf } from './codebook.ts';
import type { ComposedPlan } from './compose.ts';
import type { PlanSpec } from './plan-spec.ts';

export interface PlanLabels {
  province_code: string;
  year_from: number;
  year_to: number;
  doc_number: string | null;
  decision_number: string | null;
  issue_date: string | null;
  issuer_level: 'province' | 'department' | 'district';
  topics: string[];
  channels: string[];
  audiences: string[];
  agency_roles: string[];
  /** The plan asks for ethnic-minority languages (CODEBOOK §2 attribute). */
  tieng_dan_toc: boolean;
  /** Issuer as named in the text ("Sở Nội vụ", "Ủy ban nhân dân huyện Mường La"). */
  issuer: string;
  /** Text layout: blank-line paragraphs or a line-wrapped web scrape. */
  style: 'paragraph' | 'web';
}

const inOrder = (ids: readonly string[], present: ReadonlySet<string>) => ids.filter((id) => present.has(id));

/** Labels for a composed plan; throws on a tag outside the codebook (a bug in a pool). */
export function labelsOf(spec: PlanSpec, plan: ComposedPlan): PlanLabels {
  const present = new Set<string>();
  const roles = new Set<string>();
  for (const tag of plan.tags) {
    const dim = dimensionOf(tag);
    if (dim === 'role') {
      const [agency, role] = tag.split(':');
      if (!AGENCIES.includes(agency!) || !(ROLES as readonly string[]).includes(role!)) throw new Error(`bad agency role: ${tag}`);
      roles.add(tag);
    } else {
      present.add(tag);
      if (dim === 'topic' && TOPIC_PARENT[tag]) present.add(TOPIC_PARENT[tag]);
    }
  }
  const { ctx } = spec;
  const issuer =
    ctx.level === 'department' ? ctx.department!.name : ctx.level === 'district' ? `Ủy ban nhân dân huyện ${ctx.district}` : `Ủy ban nhân dân ${ctx.vars.DV0}`;
  return {
    province_code: ctx.province.code,
    year_from: ctx.yearFrom,
    year_to: ctx.yearTo,
    doc_number: plan.docNumber,
    decision_number: plan.decisionNumber,
    issue_date: plan.issueDate,
    issuer_level: ctx.level,
    topics: inOrder(TOPICS, present),
    channels: inOrder(CHANNELS, present),
    audiences: inOrder(AUDIENCES, present),
    agency_roles: [...roles].sort(),
    tieng_dan_toc: present.has('tieng_dan_toc'),
    issuer,
    style: spec.style,
  };
}
