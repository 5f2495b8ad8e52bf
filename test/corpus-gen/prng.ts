// A small seeded pseudo-random generator (mulberry32) and the sampling helpers the corpus
// generator needs. Never Math.random: the same seed must give byte-identical plans.

/** A deterministic source of numbers in [0, 1) with sampling helpers. */
export interface Rng {
  /** The next number in [0, 1). */
  next(): number;
  /** An integer in [min, max], both included. */
  int(min: number, max: number): number;
  /** True with probability `p`. */
  chance(p: number): boolean;
  /** One element of a non-empty list. */
  pick<T>(list: readonly T[]): T;
  /** `k` distinct elements, in the list's order. */
  sample<T>(list: readonly T[], k: number): T[];
  /** Up to `k` distinct elements drawn with the given weights (zero-weight ones never), in draw order. */
  weightedSample<T>(list: readonly T[], weight: (x: T) => number, k: number): T[];
  /** A shuffled copy. */
  shuffle<T>(list: readonly T[]): T[];
}

/** mulberry32: 32-bit state, good enough for test data and fast. */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Mixes a corpus seed and a plan index into one 32-bit seed, so plan i does not depend on n. */
export function planSeed(seed: number, index: number): number {
  let h = (Math.imul(seed >>> 0, 0x9e3779b1) ^ Math.imul(index + 1, 0x85ebca6b)) >>> 0;
  h = Math.imul(h ^ (h >>> 16), 0x7feb352d) >>> 0;
  h = Math.imul(h ^ (h >>> 15), 0x846ca68b) >>> 0;
  return (h ^ (h >>> 16)) >>> 0;
}

/** An `Rng` over mulberry32 seeded with `seed`. */
export function createRng(seed: number): Rng {
  const next = mulberry32(seed);
  const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1));
  const shuffle = <T>(list: readonly T[]): T[] => {
    const out = list.slice();
    for (let i = out.length - 1; i > 0; i--) {
      const j = Math.floor(next() * (i + 1));
      const t = out[i]!;
      out[i] = out[j]!;
      out[j] = t;
    }
    return out;
  };
  return {
    next,
    int,
    chance: (p) => next() < p,
    pick: (list) => {
      if (list.length === 0) throw new Error('pick from an empty list');
      return list[Math.floor(next() * list.length)]!;
    },
    sample: (list, k) => {
      const idx = shuffle(list.map((_, i) => i)).slice(0, Math.max(0, k)).sort((a, b) => a - b);
      return idx.map((i) => list[i]!);
    },
    weightedSample: (list, weight, k) => {
      const pool = list.map((x) => ({ x, w: weight(x) })).filter((p) => p.w > 0);
      const out: (typeof list)[number][] = [];
      while (out.length < k && pool.length > 0) {
        const total = pool.reduce((s, p) => s + p.w, 0);
        let r = next() * total;
        let i = 0;
        while (i < pool.length - 1 && r >= pool[i]!.w) r -= pool[i++]!.w;
        out.push(pool[i]!.x);
        pool.splice(i, 1);
      }
      return out;
    },
    shuffle,
  };
}
