// The one door to ECharts: a `use:chart` action that owns init, resize, option updates, clicks
// and dispose. ECharts itself (chart-engine.ts) is loaded on the first chart, so a page's own code
// and its API requests start without waiting for the library.

import type { Action } from 'svelte/action';
import type { BarSeriesOption, HeatmapSeriesOption } from 'echarts/charts';
import type { GridComponentOption, LegendComponentOption, TooltipComponentOption, VisualMapComponentOption } from 'echarts/components';
import type { ComposeOption, ECharts } from 'echarts/core';

type Engine = typeof import('./chart-engine');

let engine: Engine | null = null;
let loading: Promise<Engine> | null = null;

/** ECharts with the parts the dashboard draws, imported once. */
function loadEngine(): Promise<Engine> {
  loading ??= import('./chart-engine').then((m) => (engine = m));
  return loading;
}

// A page that draws charts fetches ECharts while it waits for its data: once the page has started
// (idle: its requests are out), not before, so the library's parsing does not delay them.
if (typeof window !== 'undefined') {
  if ('requestIdleCallback' in window) requestIdleCallback(() => void loadEngine(), { timeout: 1000 });
  else setTimeout(() => void loadEngine(), 200);
}

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
  let current = spec;
  let instance: ECharts | null = null;
  let observer: ResizeObserver | null = null;
  let destroyed = false;
  let onclick = split(spec).onclick;

  const draw = (s: ChartSpec) => {
    const { options, onclick: handler } = split(s);
    onclick = handler;
    node.setAttribute('data-rendered', 'false');
    instance?.setOption({ textStyle: { fontFamily: FONT, color: PALETTE.text }, ...options }, { notMerge: true });
  };
  node.setAttribute('data-rendered', 'false');

  void loadEngine().then(({ init }) => {
    if (destroyed) return;
    const chart = init(node, null, { renderer: 'canvas' });
    instance = chart;
    chart.on('finished', () => node.setAttribute('data-rendered', 'true'));
    chart.on('click', (p) => onclick?.({ seriesIndex: p.seriesIndex ?? 0, dataIndex: p.dataIndex, data: p.data }));
    draw(current);
    observer = new ResizeObserver(() => chart.resize());
    observer.observe(node);
  });

  return {
    update(s) {
      current = s;
      draw(s);
    },
    destroy() {
      destroyed = true;
      observer?.disconnect();
      instance?.dispose();
    },
  };
};

/** The chart drawn in `node` as a PNG data URL (white background, double resolution), or null. */
export function chartPng(node: HTMLElement): string | null {
  const instance = engine?.getInstanceByDom(node);
  return instance ? instance.getDataURL({ type: 'png', pixelRatio: 2, backgroundColor: '#ffffff' }) : null;
}
