// The one door to ECharts: a `use:chart` action that owns init, resize, option updates, clicks
// and dispose. Only the parts the dashboard draws are registered, to keep the bundle small.

import type { Action } from 'svelte/action';
import { BarChart, HeatmapChart, type BarSeriesOption, type HeatmapSeriesOption } from 'echarts/charts';
import {
  GridComponent,
  LegendComponent,
  TooltipComponent,
  VisualMapComponent,
  type GridComponentOption,
  type LegendComponentOption,
  type TooltipComponentOption,
  type VisualMapComponentOption,
} from 'echarts/components';
import { getInstanceByDom, init, use, type ComposeOption } from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';

use([BarChart, HeatmapChart, GridComponent, LegendComponent, TooltipComponent, VisualMapComponent, CanvasRenderer]);

/** Options for the charts the dashboard can draw. */
export type ChartOptions = ComposeOption<
  BarSeriesOption | HeatmapSeriesOption | GridComponentOption | LegendComponentOption | TooltipComponentOption | VisualMapComponentOption
>;

/** What a click on a bar or cell reports: the series, the item's index and its data. */
export interface ChartClick {
  seriesIndex: number;
  dataIndex: number;
  data: unknown;
}

/** Options, or options with a click handler. */
export type ChartSpec = ChartOptions | { options: ChartOptions; onclick?: (c: ChartClick) => void };

/** Okabe–Ito colours, told apart with every common colour-vision deficiency. */
export const PALETTE = {
  blue: '#0072B2',
  orange: '#E69F00',
  green: '#009E73',
  vermillion: '#D55E00',
  sky: '#56B4E9',
  purple: '#CC79A7',
  yellow: '#F0E442',
  text: '#1f2933',
  muted: '#52606d',
  grid: '#d9dee3',
} as const;

const FONT = 'system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "DejaVu Sans", sans-serif';

type Split = { options: ChartOptions; onclick?: (c: ChartClick) => void };

const split = (spec: ChartSpec): Split => ('options' in spec && !('series' in spec) ? (spec as Split) : { options: spec as ChartOptions });

/**
 * Draws the options into the element and redraws on every update, replacing the previous options
 * whole. Sets `data-rendered="true"` on the element once ECharts reports a finished render, so
 * tests and screenshots can wait for it.
 */
export const chart: Action<HTMLElement, ChartSpec> = (node, spec) => {
  const instance = init(node, null, { renderer: 'canvas' });
  const markRendered = () => node.setAttribute('data-rendered', 'true');
  instance.on('finished', markRendered);
  let onclick = split(spec).onclick;
  instance.on('click', (p) => onclick?.({ seriesIndex: p.seriesIndex ?? 0, dataIndex: p.dataIndex, data: p.data }));

  const draw = (s: ChartSpec) => {
    const { options, onclick: handler } = split(s);
    onclick = handler;
    node.setAttribute('data-rendered', 'false');
    instance.setOption({ textStyle: { fontFamily: FONT, color: PALETTE.text }, ...options }, { notMerge: true });
  };
  draw(spec);

  const observer = new ResizeObserver(() => instance.resize());
  observer.observe(node);

  return {
    update: draw,
    destroy() {
      observer.disconnect();
      instance.dispose();
    },
  };
};

/** The chart drawn in `node` as a PNG data URL (white background, double resolution), or null. */
export function chartPng(node: HTMLElement): string | null {
  const instance = getInstanceByDom(node);
  return instance ? instance.getDataURL({ type: 'png', pixelRatio: 2, backgroundColor: '#ffffff' }) : null;
}
