import { describe, expect, it } from 'vitest';
import { createRng, mulberry32, planSeed } from './prng.ts';

describe('prng', () => {
  it('gives the same sequence for the same seed', () => {
    const a = mulberry32(42);
    const b = mulberry32(42);
    expect([a(), a(), a()]).toEqual([b(), b(), b()]);
  });

  it('gives different sequences for different plan indexes', () => {
    expect(planSeed(1, 0)).not.toBe(planSeed(1, 1));
    expect(planSeed(1, 0)).not.toBe(planSeed(2, 0));
  });

  it('keeps integers within their bounds and samples distinct elements', () => {
    const r = createRng(7);
    for (let i = 0; i < 1000; i++) {
      const v = r.int(3, 17);
      expect(v).toBeGreaterThanOrEqual(3);
      expect(v).toBeLessThanOrEqual(17);
    }
    const s = r.sample([1, 2, 3, 4, 5, 6], 4);
    expect(new Set(s).size).toBe(4);
    const w = r.weightedSample(['a', 'b', 'c'], () => 1, 5);
    expect(w.slice().sort()).toEqual(['a', 'b', 'c']);
  });
});
