// The one door to ECharts: a `use:chart` action that owns init, resize, option updates and dispose.
// Only the parts the dashboard draws are registered, to keep the bundle small.

import type { Action } from 'svelte/action';
import { BarChart, type BarSeriesOption } from 'echarts/charts';
import { GridComponent, TooltipComponent, type GridComponentOption, type TooltipComponentOption } from 'echarts/components';
import { init, use, type ComposeOption } from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';

use([BarChart, GridComponent, TooltipComponent, CanvasRenderer]);

/** Options for the charts the dashboard can draw. */
export type ChartOptions = ComposeOption<BarSeriesOption | GridComponentOption | TooltipComponentOption>;

/** Okabe–Ito colours, told apart with every common colour-vision deficiency. */
export const PALETTE = {
  blue: '#0072B2',
  orange: '#E69F00',
  green: '#009E73',
  vermillion: '#D55E00',
  sky: '#56B4E9',
  text: '#1f2933',
  muted: '#52606d',
  grid: '#d9dee3',
} as const;

const FONT = 'system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "DejaVu Sans", sans-serif';

/**
 * Draws `options` into the element and redraws on every update, replacing the previous options
 * whole. Sets `data-rendered="true"` on the element once ECharts reports a finished render, so
 * tests and screenshots can wait for it.
 */
export const chart: Action<HTMLElement, ChartOptions> = (node, options) => {
  const instance = init(node, null, { renderer: 'canvas' });
  const markRendered = () => node.setAttribute('data-rendered', 'true');
  instance.on('finished', markRendered);

  const draw = (opts: ChartOptions) => {
    node.setAttribute('data-rendered', 'false');
    instance.setOption({ textStyle: { fontFamily: FONT, color: PALETTE.text }, ...opts }, { notMerge: true });
  };
  draw(options);

  const observer = new ResizeObserver(() => instance.resize());
  observer.observe(node);

  return {
    update: draw,
    destroy() {
      observer.disconnect();
      instance.off('finished', markRendered);
      instance.dispose();
    },
  };
};
