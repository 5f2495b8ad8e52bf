import { describe, expect, it } from 'vitest';
import { dimensionOf } from './codebook.ts';
import { composePlan } from './compose.ts';
import { fill } from './context.ts';
import { cuesIn } from './cues.ts';
import { AGENCY_NAMES } from './pools/agencies.ts';
import { CHANNEL_FORMS, CHANNEL_POOLS, ETHNIC_NOTE } from './pools/channels.ts';
import { ANNEX_ITEMS } from './pools/annex-items.ts';
import { CITIZEN_ITEMS } from './pools/citizens.ts';
import { COMMUNE_DUTIES, DUTIES, GROUP_DUTIES } from './pools/duties.ts';
import { AUDIENCE_PHRASES, OPENINGS, PURPOSES, REQUIREMENTS, SOLUTIONS } from './pools/framing.ts';
import { TOPIC_POOLS } from './pools/topics.ts';
import { drawPlanSpec } from './plan-spec.ts';
import { createRng, planSeed } from './prng.ts';
import type { Variant } from './variant.ts';

const VARS: Record<string, string> = {
  P: 'Sơn La', tinh: 'tỉnh', TU: 'Tỉnh ủy', dv: 'tỉnh', DV: 'tỉnh Sơn La', DV0: 'tỉnh Sơn La', Y: '2024', Y0: '2023', YP: 'năm 2024',
  bao: 'Báo Sơn La', dai: 'Đài Phát thanh và Truyền hình tỉnh', UB: 'UBND tỉnh', huyen: 'các huyện, thị xã, thành phố',
  xa: 'các xã, phường, thị trấn', bp: 'Bộ phận tiếp nhận và trả kết quả cấp huyện, cấp xã', n1: '12', d1: '01/01/2024',
  n2: '35', d2: '22/01/2024', tt: '21', dtt: '09/01/2024', han: '', ISSUER: 'Sở Y tế', DN: 'Mường La',
};

/** The mismatch between a text's cues and its tags, ignoring agency roles; empty when they agree. */
function mismatch(text: string, tags: readonly string[], paper: string): string[] {
  const cued = cuesIn(text, paper);
  const tagged = new Set(tags.filter((t) => dimensionOf(t) !== 'role'));
  return [...[...cued].filter((c) => !tagged.has(c)).map((c) => `untagged ${c}`), ...[...tagged].filter((t) => !cued.has(t)).map((t) => `uncued ${t}`)];
}

const pools: Array<[string, readonly Variant[]]> = [
  ...Object.entries(TOPIC_POOLS).map(([k, p]) => [`topic ${k}`, p] as [string, readonly Variant[]]),
  ...Object.entries(CHANNEL_POOLS).map(([k, p]) => [`channel ${k}`, p] as [string, readonly Variant[]]),
  ...Object.entries(CHANNEL_FORMS).map(([k, p]) => [`form ${k}`, p] as [string, readonly Variant[]]),
  ...Object.entries(AUDIENCE_PHRASES).map(([k, p]) => [`audience ${k}`, p] as [string, readonly Variant[]]),
  ...Object.entries(DUTIES).map(([k, p]) => [`duty ${k}`, p] as [string, readonly Variant[]]),
  ...Object.entries(ANNEX_ITEMS).map(([k, p]) => [`annex ${k}`, p] as [string, readonly Variant[]]),
  ...Object.entries(AGENCY_NAMES).map(([k, a]) => [`name ${k}`, a.names] as [string, readonly Variant[]]),
  ['ethnic note', ETHNIC_NOTE], ['citizens', CITIZEN_ITEMS], ['group duties', GROUP_DUTIES], ['commune duties', COMMUNE_DUTIES],
  ['purposes', PURPOSES], ['requirements', REQUIREMENTS], ['solutions', SOLUTIONS], ['openings', OPENINGS],
];

describe('labels lint', () => {
  it('tags every pool sentence with exactly the categories its words cue', () => {
    const problems: string[] = [];
    for (const [name, pool] of pools) {
      for (const x of pool) {
        const m = mismatch(fill(x.t, VARS), x.k, VARS.bao!);
        if (m.length) problems.push(`${name}: ${m.join(', ')} — ${x.t.slice(0, 90)}`);
      }
    }
    expect(problems).toEqual([]);
  });

  it('tags every generated paragraph and table row with exactly the categories its words cue', () => {
    const problems: string[] = [];
    for (let i = 0; i < 400; i++) {
      const rng = createRng(planSeed(3, i));
      const spec = drawPlanSpec(rng, i);
      const plan = composePlan(spec, rng);
      const paper = spec.ctx.vars.bao!;
      for (const b of plan.blocks) {
        if (b.kind === 'para' && b.lint !== false) {
          const m = mismatch(b.text, b.tags, paper);
          if (m.length) problems.push(`plan ${i}: ${m.join(', ')} — ${b.text.slice(0, 100)}`);
        } else if (b.kind === 'table') {
          for (const r of b.rows) {
            const m = mismatch(r.cells.join(' '), r.tags, paper);
            if (m.length) problems.push(`plan ${i} row: ${m.join(', ')} — ${r.cells.join(' | ').slice(0, 120)}`);
          }
        }
      }
    }
    expect([...new Set(problems.map((p) => p.replace(/^plan \d+/, 'plan')))].slice(0, 40)).toEqual([]);
  });
});
