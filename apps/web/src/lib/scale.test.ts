import { describe, expect, it } from 'vitest';
import { colourOf, ramp, textOn, VIRIDIS } from './scale';

describe('colour scales', () => {
  it('runs viridis from light to dark', () => {
    expect(ramp(VIRIDIS, 0)).toBe('#fde725');
    expect(ramp(VIRIDIS, 1)).toBe('#440154');
    expect(colourOf(5, 0, 10)).not.toBe(colourOf(6, 0, 10));
  });
  it('centres the diverging scale on zero', () => {
    expect(colourOf(0, -3, 5, true)).toBe('#f7f7f7');
  });
  it('writes dark text on light colours and light text on dark ones', () => {
    expect(textOn('#fde725')).toBe('#111111');
    expect(textOn('#440154')).toBe('#ffffff');
  });
});
