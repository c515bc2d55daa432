/**
 * An inline SVG bar chart of shares: one horizontal bar per row (a goal's attainment), from 0 to
 * a full bar at 100%, with the row's label on the left and its value on the right. Fixed viewBox
 * width (the height grows with the rows), labels escaped like every other text, no scripts, no
 * fonts, no external references. The evaluation report's overview of all goals uses it.
 *
 * @module
 */
import { h, type Html } from '../html/element.js';

/** What a bar stands for; it sets the bar's colour. */
export type BarTone = 'good' | 'fair' | 'poor' | 'none';

/** One row of a bar chart. */
export interface ChartBar {
  /** The row's label (a goal's title); long labels are shortened on the chart, kept whole in its tooltip. */
  readonly label: string;
  /** The share, 0..1 (clamped); null draws no bar. */
  readonly value: number | null;
  /** The text at the bar's end ("64%", "No data yet"). */
  readonly valueLabel: string;
  readonly tone?: BarTone;
}

/** What to draw. */
export interface BarChartSpec {
  /** The accessible name (the SVG's `<title>`). */
  readonly title: string;
  /** A longer text alternative (the SVG's `<desc>`). */
  readonly description?: string;
  readonly bars: readonly ChartBar[];
  /** Labels of the 0%, 50% and 100% ticks (default "0%", "50%", "100%"). */
  readonly ticks?: readonly [string, string, string];
}

/** The fixed geometry of bar charts: the width, each row's height and the columns. */
export const BAR_CHART_GEOMETRY = {
  width: 640,
  row: 26,
  bar: 14,
  top: 8,
  bottom: 22,
  label: 236,
  plotLeft: 244,
  plotRight: 480,
  font: 11,
  /** Characters of a label shown before it is shortened with an ellipsis. */
  labelChars: 40,
} as const;

const BAR_TONES: Readonly<Record<BarTone, string>> = {
  good: '#1f7a4d',
  fair: '#b26b00',
  poor: '#b42318',
  none: '#8a94a6',
};

function shorten(label: string, max: number): string {
  const chars = [...label];
  return chars.length <= max ? label : `${chars.slice(0, max - 1).join('').trimEnd()}\u2026`;
}

/**
 * Draw horizontal bars of shares as inline SVG.
 *
 * @example
 * ```ts
 * const svg = barChart({
 *   title: 'Attainment by goal',
 *   bars: [
 *     { label: 'Make 40 outbound calls per week', value: 1, valueLabel: '100%', tone: 'good' },
 *     { label: 'Close $45,000 of new business', value: 0.35, valueLabel: '35%', tone: 'fair' },
 *   ],
 * });
 * svg.html.startsWith('<svg viewBox="0 0 640 82"'); // => true
 * ```
 */
export function barChart(spec: BarChartSpec): Html {
  const g = BAR_CHART_GEOMETRY;
  const height = g.top + Math.max(1, spec.bars.length) * g.row + g.bottom;
  const span = g.plotRight - g.plotLeft;
  const plotBottom = g.top + Math.max(1, spec.bars.length) * g.row;
  const [t0, t50, t100] = spec.ticks ?? ['0%', '50%', '100%'];
  const text = { 'font-size': g.font, 'font-family': 'system-ui, sans-serif' };
  const rows = spec.bars.map((bar, i) => {
    const y = g.top + i * g.row;
    const share = bar.value === null || !Number.isFinite(bar.value) ? null : Math.min(1, Math.max(0, bar.value));
    const colour = BAR_TONES[bar.tone ?? 'none'];
    return h(
      'g',
      { 'data-bar': i, 'data-tone': bar.tone ?? 'none' },
      h('title', null, `${bar.label}: ${bar.valueLabel}`),
      h('text', { x: g.label, y: y + g.row / 2 + g.font / 3, 'text-anchor': 'end', fill: '#1d2433', ...text }, shorten(bar.label, g.labelChars)),
      h('rect', { x: g.plotLeft, y: y + (g.row - g.bar) / 2, width: span, height: g.bar, fill: '#eef1f5' }),
      share !== null && share > 0 ? h('rect', { x: g.plotLeft, y: y + (g.row - g.bar) / 2, width: span * share, height: g.bar, fill: colour }) : null,
      h('text', { x: g.plotRight + 6, y: y + g.row / 2 + g.font / 3, 'text-anchor': 'start', fill: colour, ...text }, bar.valueLabel),
    );
  });
  const tick = (share: number, label: string, anchor: string) => {
    const x = g.plotLeft + span * share;
    return [
      h('line', { x1: x, x2: x, y1: g.top, y2: plotBottom, stroke: '#d5dae1', 'stroke-dasharray': share > 0 ? '2 3' : undefined }),
      h('text', { x, y: plotBottom + 14, 'text-anchor': anchor, fill: '#5b6472', ...text }, label),
    ];
  };
  return h(
    'svg',
    { viewBox: `0 0 ${g.width} ${height}`, width: g.width, height, role: 'img', 'aria-label': spec.title, class: 'ip-chart-svg ip-chart-svg--bars' },
    h('title', null, spec.title),
    spec.description ? h('desc', null, spec.description) : null,
    h('g', { class: 'ip-chart-axis' }, tick(0, t0, 'start'), tick(0.5, t50, 'middle'), tick(1, t100, 'end')),
    h('g', { class: 'ip-chart-bars' }, rows),
  );
}
