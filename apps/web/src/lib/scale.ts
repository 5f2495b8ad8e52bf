// Colour scales readable with colour-vision deficiencies: viridis (sequential, light = low) and a
// diverging blue–orange for change. Text on a colour picks black or white by luminance.

/** Viridis from light (low) to dark (high). */
export const VIRIDIS = ['#fde725', '#b5de2b', '#6ece58', '#35b779', '#1f9e89', '#26828e', '#31688e', '#3e4989', '#482878', '#440154'];

/** Blue (fewer) – white – orange (more), Okabe–Ito based. */
export const DIVERGING = ['#0072b2', '#56b4e9', '#cfe6f5', '#f7f7f7', '#fbe3b3', '#e69f00', '#a66f00'];

/** The colour of no data ("không có kế hoạch"). */
export const NO_DATA = '#ffffff';

function hexToRgb(hex: string): [number, number, number] {
  const n = parseInt(hex.slice(1), 16);
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
}

function lerp(a: string, b: string, t: number): string {
  const [r1, g1, b1] = hexToRgb(a);
  const [r2, g2, b2] = hexToRgb(b);
  const mix = (x: number, y: number) => Math.round(x + (y - x) * t);
  return `#${[mix(r1, r2), mix(g1, g2), mix(b1, b2)].map((v) => v.toString(16).padStart(2, '0')).join('')}`;
}

/** The colour of `t` in 0…1 along `stops`. */
export function ramp(stops: readonly string[], t: number): string {
  const x = Math.max(0, Math.min(1, Number.isFinite(t) ? t : 0)) * (stops.length - 1);
  const i = Math.min(stops.length - 2, Math.floor(x));
  return lerp(stops[i]!, stops[i + 1]!, x - i);
}

/** Colour of a value on a sequential (min…max) or diverging (−m…m) scale. */
export function colourOf(value: number, min: number, max: number, diverging = false): string {
  if (diverging) {
    const m = Math.max(Math.abs(min), Math.abs(max)) || 1;
    return ramp(DIVERGING, (value + m) / (2 * m));
  }
  return ramp(VIRIDIS, max > min ? (value - min) / (max - min) : value > 0 ? 1 : 0);
}

/** Black or white, whichever reads better on `bg`. */
export function textOn(bg: string): string {
  const [r, g, b] = hexToRgb(bg).map((c) => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  const lum = 0.2126 * r + 0.7152 * g + 0.0722 * b;
  return lum > 0.22 ? '#111111' : '#ffffff';
}
