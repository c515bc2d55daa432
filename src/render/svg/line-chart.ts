/**
 * An inline SVG line chart: a series over calendar dates (gaps where a period has no value),
 * horizontal reference lines (baseline, target, standard) and vertical markers (milestones,
 * phases, today). Fixed viewBox, so it scales with its container and prints crisply; every label
 * goes through the same escaping builder as the rest of the document; no scripts, no fonts,
 * no external references. The evaluation report's per-goal charts and overview build on it.
 *
 * @module
 */
import { toDayNumber, type CalendarDate } from '../../dates/calendar.js';
import { h, type Html } from '../html/element.js';
import { linearScale, niceDomain } from './scale.js';

/** One point of a series; `y` is undefined for a period without data (the line breaks there). */
export interface ChartPoint {
  readonly x: CalendarDate;
  readonly y: number | undefined;
}

/** What a reference line or marker stands for; it sets the colour and dash. */
export type ChartTone = 'baseline' | 'target' | 'standard' | 'milestone' | 'phase' | 'today' | 'neutral';

/** A horizontal line across the plot at a value. */
export interface ChartReference {
  readonly y: number;
  readonly label: string;
  readonly tone?: ChartTone;
}

/** A vertical line at a date, optionally with a point (a milestone's target). */
export interface ChartMarker {
  readonly x: CalendarDate;
  readonly label: string;
  readonly tone?: ChartTone;
  readonly y?: number;
}

/** Chart sizes: a full chart per goal, or a compact one for an overview. */
export type ChartSize = 'full' | 'compact';

/** What to draw. */
export interface LineChartSpec {
  /** The accessible name (the SVG's `<title>`). */
  readonly title: string;
  /** A longer text alternative (the SVG's `<desc>`). */
  readonly description?: string;
  readonly series: readonly ChartPoint[];
  readonly references?: readonly ChartReference[];
  readonly markers?: readonly ChartMarker[];
  /** The date range shown (default: the series' first and last dates). Markers outside it are left out. */
  readonly domain?: { readonly start: CalendarDate; readonly end: CalendarDate };
  /** Writes a value for the axis and reference labels (default: the number). */
  readonly formatY?: (value: number) => string;
  /** Writes a date for the axis labels (default: `YYYY-MM-DD`). */
  readonly formatX?: (date: CalendarDate) => string;
  readonly size?: ChartSize;
}

/** The fixed viewBoxes and margins of the two sizes. */
export const CHART_GEOMETRY = {
  full: { width: 640, height: 240, top: 18, right: 96, bottom: 28, left: 64, font: 11 },
  compact: { width: 320, height: 96, top: 8, right: 8, bottom: 8, left: 8, font: 0 },
} as const;

const TONES: Readonly<Record<ChartTone, { readonly stroke: string; readonly dash?: string }>> = {
  baseline: { stroke: '#8a94a6', dash: '4 3' },
  target: { stroke: '#1f7a4d', dash: '6 3' },
  standard: { stroke: '#b26b00', dash: '2 3' },
  milestone: { stroke: '#6b4fbb', dash: '3 3' },
  phase: { stroke: '#c5cbd5' },
  today: { stroke: '#c2410c' },
  neutral: { stroke: '#8a94a6', dash: '3 3' },
};
const SERIES = '#2456a6';

/**
 * Draw a line chart as inline SVG.
 *
 * @example
 * ```ts
 * const svg = lineChart({
 *   title: 'Outbound calls per week',
 *   series: [{ x: '2026-01-05', y: 22 }, { x: '2026-01-12', y: undefined }, { x: '2026-01-19', y: 31 }],
 *   references: [{ y: 25, label: 'Baseline 25', tone: 'baseline' }, { y: 40, label: 'Target 40', tone: 'target' }],
 *   markers: [{ x: '2026-01-14', label: 'Today', tone: 'today' }],
 * });
 * svg.html.startsWith('<svg'); // => true (viewBox "0 0 640 240")
 * ```
 */
export function lineChart(spec: LineChartSpec): Html {
  const g = CHART_GEOMETRY[spec.size ?? 'full'];
  const formatY = spec.formatY ?? ((value: number) => String(Number(value.toPrecision(6))));
  const formatX = spec.formatX ?? ((date: CalendarDate) => date);
  const references = (spec.references ?? []).filter((r) => Number.isFinite(r.y));

  const days = spec.series.map((p) => toDayNumber(p.x));
  const startDay = spec.domain ? toDayNumber(spec.domain.start) : days.length > 0 ? Math.min(...days) : 0;
  const endDay = spec.domain ? toDayNumber(spec.domain.end) : days.length > 0 ? Math.max(...days) : 1;
  const [x0, x1] = startDay === endDay ? [startDay - 1, endDay + 1] : [startDay, endDay];
  const markers = (spec.markers ?? []).filter((m) => {
    const day = toDayNumber(m.x);
    return day >= x0 && day <= x1;
  });

  const values = [
    ...spec.series.flatMap((p) => (p.y !== undefined && Number.isFinite(p.y) ? [p.y] : [])),
    ...references.map((r) => r.y),
    ...markers.flatMap((m) => (m.y !== undefined && Number.isFinite(m.y) ? [m.y] : [])),
  ];
  const { domain: yDomain, ticks } = niceDomain(values);
  const plot = { left: g.left, right: g.width - g.right, top: g.top, bottom: g.height - g.bottom };
  const x = linearScale([x0, x1], [plot.left, plot.right]);
  const y = linearScale(yDomain, [plot.bottom, plot.top]);
  const labelled = g.font > 0;

  // The series, broken where a period has no value.
  const segments: { x: number; y: number }[][] = [[]];
  spec.series.forEach((point, i) => {
    const current = segments[segments.length - 1] as { x: number; y: number }[];
    if (point.y === undefined || !Number.isFinite(point.y)) {
      if (current.length > 0) segments.push([]);
      return;
    }
    current.push({ x: x(days[i] as number), y: y(point.y) });
  });
  const lines = segments.filter((s) => s.length >= 2);

  // Marker labels sit at the top of the plot; a label that would overlap an earlier one (in
  // date order) moves down a row, so close milestones and the as-of date stay readable.
  // Reference labels closer than a line of text apart are spread (a baseline next to the target).
  const referenceLabelY = spreadLabels(references.map((r) => y(r.y)), g.font + 1);

  // A label that would run off the chart's right edge is written to the left of its line.
  const labelBoxes = markers.map((m) => {
    const mx = x(toDayNumber(m.x));
    const width = estimateWidth(m.label, g.font - 1);
    const flip = mx + 3 + width > g.width - 2;
    return { x: flip ? mx - 3 - width : mx + 3, width, flip };
  });
  const labelRows = labelled ? stackLabels(labelBoxes) : [];
  const dots = segments.flat();

  const children = [
    h('title', null, spec.title),
    spec.description ? h('desc', null, spec.description) : null,
    h('rect', { x: plot.left, y: plot.top, width: plot.right - plot.left, height: plot.bottom - plot.top, fill: '#ffffff', stroke: '#d5dae1' }),
    labelled
      ? h(
          'g',
          { class: 'ip-chart-axis', fill: '#5b6472', 'font-size': g.font, 'font-family': 'system-ui, sans-serif' },
          ticks.map((tick) => [
            h('line', { x1: plot.left, x2: plot.right, y1: y(tick), y2: y(tick), stroke: '#eef1f5' }),
            h('text', { x: plot.left - 6, y: y(tick) + g.font / 3, 'text-anchor': 'end' }, formatY(tick)),
          ]),
          h('text', { x: plot.left, y: g.height - 8, 'text-anchor': 'start' }, formatX(spec.domain?.start ?? spec.series[0]?.x ?? '')),
          h('text', { x: plot.right, y: g.height - 8, 'text-anchor': 'end' }, formatX(spec.domain?.end ?? spec.series[spec.series.length - 1]?.x ?? '')),
        )
      : null,
    h(
      'g',
      { class: 'ip-chart-markers' },
      markers.map((m, i) => {
        const tone = TONES[m.tone ?? 'neutral'];
        const mx = x(toDayNumber(m.x));
        const labelY = plot.top + g.font + (labelRows[i] ?? 0) * (g.font + 1);
        return h(
          'g',
          { 'data-marker': m.tone ?? 'neutral' },
          h('line', { x1: mx, x2: mx, y1: plot.top, y2: plot.bottom, stroke: tone.stroke, 'stroke-width': 1, 'stroke-dasharray': tone.dash }),
          m.y !== undefined && Number.isFinite(m.y) ? h('circle', { cx: mx, cy: y(m.y), r: 3.5, fill: '#ffffff', stroke: tone.stroke, 'stroke-width': 1.5 }) : null,
          labelled ? h('text', { x: labelBoxes[i]?.flip ? mx - 3 : mx + 3, y: labelY, 'text-anchor': labelBoxes[i]?.flip ? 'end' : undefined, fill: tone.stroke, 'font-size': g.font - 1, 'font-family': 'system-ui, sans-serif' }, m.label) : h('title', null, m.label),
        );
      }),
    ),
    h(
      'g',
      { class: 'ip-chart-references' },
      references.map((r, i) => {
        const tone = TONES[r.tone ?? 'neutral'];
        const ry = y(r.y);
        const labelY = (referenceLabelY[i] ?? ry) + g.font / 3;
        return h(
          'g',
          { 'data-reference': r.tone ?? 'neutral' },
          h('line', { x1: plot.left, x2: plot.right, y1: ry, y2: ry, stroke: tone.stroke, 'stroke-width': 1.5, 'stroke-dasharray': tone.dash }),
          labelled ? h('text', { x: plot.right + 4, y: labelY, fill: tone.stroke, 'font-size': g.font, 'font-family': 'system-ui, sans-serif' }, r.label) : h('title', null, r.label),
        );
      }),
    ),
    h(
      'g',
      { class: 'ip-chart-series', fill: 'none', stroke: SERIES, 'stroke-width': 2, 'stroke-linejoin': 'round', 'stroke-linecap': 'round' },
      lines.map((segment) => h('polyline', { points: segment.map((p) => `${round(p.x)},${round(p.y)}`).join(' ') })),
      dots.map((p) => h('circle', { cx: p.x, cy: p.y, r: 2.5, fill: SERIES, stroke: 'none' })),
    ),
  ];
  return h(
    'svg',
    { viewBox: `0 0 ${g.width} ${g.height}`, width: g.width, height: g.height, role: 'img', 'aria-label': spec.title, class: `ip-chart-svg ip-chart-svg--${spec.size ?? 'full'}` },
    children,
  );
}

/** Vertical label positions at least `gap` apart, each as close to its line as that allows. */
function spreadLabels(ys: readonly number[], gap: number): number[] {
  const order = ys.map((value, i) => ({ value, i })).sort((a, b) => a.value - b.value || a.i - b.i);
  const out = ys.slice();
  let previous = Number.NEGATIVE_INFINITY;
  for (const { value, i } of order) {
    const placed = Math.max(value, previous + gap);
    out[i] = placed;
    previous = placed;
  }
  return out;
}

/** A label's width in viewBox units, estimated from its length (system fonts average about 0.56em). */
function estimateWidth(label: string, font: number): number {
  return [...label].length * font * 0.56;
}

/** The row (0, 1, 2) of each label so that labels in the same row do not overlap. */
function stackLabels(labels: readonly { readonly x: number; readonly width: number }[]): number[] {
  const order = labels.map((label, i) => ({ ...label, i })).sort((a, b) => a.x - b.x || a.i - b.i);
  const ends: number[] = [];
  const rows: number[] = new Array<number>(labels.length).fill(0);
  for (const label of order) {
    let row = ends.findIndex((end) => label.x > end + 4);
    if (row === -1) row = ends.length < 3 ? ends.length : 0;
    ends[row] = label.x + label.width;
    rows[label.i] = row;
  }
  return rows;
}

function round(value: number): string {
  const r = Math.round(value * 100) / 100;
  return Object.is(r, -0) ? '0' : String(r);
}
