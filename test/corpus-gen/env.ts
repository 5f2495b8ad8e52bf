// What every section writer needs while composing one plan: its random source, its spec, the
// filled placeholders, the writer, and the choice of sentences that fit the plan.

import { dimensionOf } from './codebook.ts';
import { fill } from './context.ts';
import type { Writer } from './document.ts';
import type { PlanSpec } from './plan-spec.ts';
import type { Rng } from './prng.ts';
import type { Variant } from './variant.ts';
import { fits } from './variant.ts';

export interface Env {
  rng: Rng;
  spec: PlanSpec;
  w: Writer;
  vars: Readonly<Record<string, string>>;
  /** Templates already written, so a plan does not repeat itself. */
  used: Set<string>;
}

/** Fills a template with the plan's placeholders. */
export const text = (env: Env, t: string): string => fill(t, env.vars);

/** True when every category tag of `x` is one the plan set out to cover. */
export function isFitting(x: Variant, allowed: ReadonlySet<string>): boolean {
  return x.k.every((t) => dimensionOf(t) === 'role' || allowed.has(t));
}

/**
 * Up to `n` unused variants of `pool` that suit the plan's year and issuer, preferring those
 * whose tags the plan already covers; with `strict`, only those. The ethnic-language attribute
 * is never added by chance.
 */
export function choose<T extends Variant>(env: Env, pool: readonly T[], n: number, strict = false): T[] {
  const { ctx, allowed } = env.spec;
  const ok = pool.filter((x) => fits(x, ctx.yearFrom, ctx.level) && !env.used.has(x.t) && (!x.k.includes('tieng_dan_toc') || allowed.has('tieng_dan_toc')));
  const good = ok.filter((x) => isFitting(x, allowed));
  const picked = env.rng.sample(good, n);
  if (picked.length === 0 && !strict) picked.push(...env.rng.sample(ok, Math.min(n, 1)));
  for (const x of picked) env.used.add(x.t);
  return env.rng.shuffle(picked);
}

/** One variant (see `choose`), or null when the pool has nothing suitable. */
export function chooseOne<T extends Variant>(env: Env, pool: readonly T[], strict = false): T | null {
  return choose(env, pool, 1, strict)[0] ?? null;
}
