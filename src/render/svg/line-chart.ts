/**
 * An inline SVG line chart: a series over calendar dates (gaps where a period has no value),
 * horizontal reference lines (baseline, target, standard) and vertical markers (milestones,
 * phases, today). Fixed viewBox, so it scales with its container and prints crisply; every label
 * goes through the same escaping builder as the rest of the document; no scripts, no fonts,
 * no external references. The evaluation report's per-goal charts and overview build on it.
 *
 * @module
 */
import { civilOf, daysFromCivil, fromDayNumber, isoWeekdayOfDay, toDayNumber, type CalendarDate } from '../../dates/calendar.js';
import { h, type Html } from '../html/element.js';
import {
  boxesOverlap,
  boxHitsPoint,
  boxHitsSegment,
  boxInside,
  inflate,
  textBox,
  textWidth,
  type Box,
  type PlottedPoint,
  type PlottedSegment,
  type TextAnchor,
} from './boxes.js';
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
  /** Writes a date for the x axis' tick labels (default: `YYYY-MM-DD`). */
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

/** What a label on a line chart names. */
export type ChartLabelKind = 'y-tick' | 'x-tick' | 'reference' | 'marker';

/** A label as drawn: its text at `x`, baseline `y`, and the box it is estimated to cover. */
export interface ChartLabel {
  readonly kind: ChartLabelKind;
  /** The reference's or marker's index in the spec; the tick's index among the ticks. */
  readonly index: number;
  readonly text: string;
  readonly x: number;
  readonly y: number;
  readonly anchor: TextAnchor;
  readonly font: number;
  readonly box: Box;
}

/**
 * Everything a line chart draws, in viewBox units: the SVG is written from it, and tests read it.
 * Labels are placed so that no label box meets a plotted point (with its radius), a series
 * segment, a reference or marker line (a marker's label may touch its own line), another label,
 * or the viewBox's edge; see {@link lineChartLayout}.
 */
export interface LineChartLayout {
  readonly width: number;
  readonly height: number;
  readonly plot: { readonly left: number; readonly right: number; readonly top: number; readonly bottom: number };
  /** The value ticks: a grid line each, labelled unless their labels would collide. */
  readonly yTicks: readonly { readonly value: number; readonly y: number }[];
  /** The date ticks (month starts, or Mondays on short charts), a tick mark each. */
  readonly xTicks: readonly { readonly date: CalendarDate; readonly x: number }[];
  /** The series, one polyline per run of periods with data. */
  readonly lines: readonly (readonly { readonly x: number; readonly y: number }[])[];
  /** Every plotted point: the series' dots, then the markers' points. */
  readonly points: readonly PlottedPoint[];
  /** Every drawn straight line a label must keep off: series segments, reference and marker lines. */
  readonly segments: readonly PlottedSegment[];
  readonly references: readonly { readonly index: number; readonly y: number; readonly label: string; readonly tone: ChartTone }[];
  readonly markers: readonly { readonly index: number; readonly x: number; readonly y: number | undefined; readonly label: string; readonly tone: ChartTone }[];
  /** The labels drawn as text. A reference or marker label that found no free place is left out here and kept as the line's tooltip. */
  readonly labels: readonly ChartLabel[];
}

/** Labels keep this far from lines and points (half a stroke, and some air). */
const CLEARANCE = 1.5;
/** The smallest font a label is shrunk to before it moves elsewhere. */
const MIN_FONT = 7;
/** The most label rows added above the plot for labels that found no room elsewhere. */
const MAX_BAND_ROWS = 8;
const DAY = 1;

/** The most tick candidates a date axis gets: a long range steps by several months or weeks. */
const MAX_DATE_TICKS = 24;
/** Month steps a long axis may take (a tick every 1, 2, 3, 4 or 6 months, then whole years). */
const MONTH_STEPS = [1, 2, 3, 4, 6, 12];

/**
 * The tick dates of a date axis from `start` to `end` (day numbers). The rule: the first day of
 * every month inside the range when the range spans at least 42 days (six weeks) and holds at
 * least two month starts; otherwise every Monday, or every day when the range is under two weeks.
 * A range with more than 24 such dates steps by several months (2, 3, 4, 6, 12, then whole
 * years) or weeks, so an axis never has more than 24 ticks, however far its dates reach.
 *
 * @example
 * ```ts
 * dateTicks(toDayNumber('2026-01-05'), toDayNumber('2026-04-04')).map(fromDayNumber);
 * // => ['2026-02-01', '2026-03-01', '2026-04-01']
 * ```
 */
export function dateTicks(start: number, end: number): number[] {
  const out: number[] = [];
  if (end - start >= 42) {
    const first = civilOf(Math.ceil(start));
    const last = civilOf(Math.floor(end));
    // months counted from January of the first year (0-based), from the first month start in range
    const from = first.month - 1 + (first.dayOfMonth === 1 ? 0 : 1);
    const months = (last.year - first.year) * 12 + last.month - 1 - from + 1;
    const needed = Math.ceil(months / MAX_DATE_TICKS);
    const step = MONTH_STEPS.find((m) => m >= needed) ?? 12 * Math.ceil(needed / 12);
    for (let i = 0; i < months; i += step) {
      out.push(daysFromCivil(first.year + Math.floor((from + i) / 12), ((from + i) % 12) + 1, 1));
    }
    if (out.length >= 2) return out;
    out.length = 0;
  }
  if (end - start >= 14) {
    const firstMonday = Math.ceil(start) + ((8 - isoWeekdayOfDay(Math.ceil(start))) % 7);
    const weeks = Math.floor((end - firstMonday) / 7) + 1;
    const step = 7 * Math.max(1, Math.ceil(weeks / MAX_DATE_TICKS));
    for (let day = firstMonday; day <= end; day += step) out.push(day);
    return out;
  }
  for (let day = Math.ceil(start); day <= end; day += DAY) out.push(day);
  return out;
}

/**
 * Lay a line chart out: scales, the series, reference lines, markers, ticks and every label's
 * place. Labels are placed in this order, each only where its estimated box (see
 * `TEXT_METRICS`: a conservative 0.62 em per character) is inside the viewBox and meets no
 * point, line or label placed before it:
 *
 * - value tick labels left of the plot (shrunk to fit the margin; a colliding one is left out);
 * - date tick labels under the plot: every k-th tick, the smallest k at which none collide;
 * - reference labels right of the plot at their line's height, moved up or down a little,
 *   shrunk to fit, else inside the plot above or below their line, else in a row above the plot;
 * - marker labels beside their line (right, then left) from the top of the plot down, else in
 *   rows added above the plot (the chart grows by a row each).
 *
 * @example
 * ```ts
 * const layout = lineChartLayout({
 *   title: 'Calls',
 *   series: [{ x: '2026-01-05', y: 22 }, { x: '2026-03-30', y: 41 }],
 *   references: [{ y: 40, label: 'Target 40', tone: 'target' }],
 *   markers: [{ x: '2026-03-30', label: 'As of Mar 30, 2026', tone: 'today' }],
 * });
 * layout.xTicks.map((t) => t.date); // => ['2026-02-01', '2026-03-01']
 * ```
 */
export function lineChartLayout(spec: LineChartSpec): LineChartLayout {
  let layout = layoutWithBand(spec, 0);
  for (let band = 1; band <= MAX_BAND_ROWS && layout.unplaced > 0; band += 1) layout = layoutWithBand(spec, band);
  return layout.layout;
}

function layoutWithBand(spec: LineChartSpec, band: number): { layout: LineChartLayout; unplaced: number } {
  const g = CHART_GEOMETRY[spec.size ?? 'full'];
  const formatY = spec.formatY ?? ((value: number) => String(Number(value.toPrecision(6))));
  const formatX = spec.formatX ?? ((date: CalendarDate) => date);
  const labelled = g.font > 0;
  const markerFont = g.font - 1;
  const row = Math.ceil(Math.max(g.font, 1) * 1.3);
  const extra = labelled ? band * row : 0;
  const width = g.width;
  const height = g.height + extra;
  const specReferences = (spec.references ?? []).map((r, index) => ({ ...r, index })).filter((r) => Number.isFinite(r.y));

  const days = spec.series.map((p) => toDayNumber(p.x));
  const startDay = spec.domain ? toDayNumber(spec.domain.start) : days.length > 0 ? Math.min(...days) : 0;
  const endDay = spec.domain ? toDayNumber(spec.domain.end) : days.length > 0 ? Math.max(...days) : 1;
  const [x0, x1] = startDay === endDay ? [startDay - 1, endDay + 1] : [startDay, endDay];
  const specMarkers = (spec.markers ?? []).map((m, index) => ({ ...m, index })).filter((m) => {
    const day = toDayNumber(m.x);
    return day >= x0 && day <= x1;
  });

  const values = [
    ...spec.series.flatMap((p) => (p.y !== undefined && Number.isFinite(p.y) ? [p.y] : [])),
    ...specReferences.map((r) => r.y),
    ...specMarkers.flatMap((m) => (m.y !== undefined && Number.isFinite(m.y) ? [m.y] : [])),
  ];
  const { domain: yDomain, ticks } = niceDomain(values);
  const plot = { left: g.left, right: width - g.right, top: g.top + extra, bottom: height - g.bottom };
  const x = linearScale([x0, x1], [plot.left, plot.right]);
  const y = linearScale(yDomain, [plot.bottom, plot.top]);

  // The series, broken where a period has no value.
  const runs: { x: number; y: number }[][] = [[]];
  spec.series.forEach((point, i) => {
    const current = runs[runs.length - 1] as { x: number; y: number }[];
    if (point.y === undefined || !Number.isFinite(point.y)) {
      if (current.length > 0) runs.push([]);
      return;
    }
    current.push({ x: x(days[i] as number), y: y(point.y) });
  });
  const lines = runs.filter((s) => s.length >= 2);
  const references = specReferences.map((r) => ({ index: r.index, y: y(r.y), label: r.label, tone: r.tone ?? 'neutral' }));
  const markers = specMarkers.map((m) => ({
    index: m.index,
    x: x(toDayNumber(m.x)),
    y: m.y !== undefined && Number.isFinite(m.y) ? y(m.y) : undefined,
    label: m.label,
    tone: m.tone ?? 'neutral',
  }));
  const points: PlottedPoint[] = [
    ...runs.flat().map((p) => ({ x: p.x, y: p.y, r: 2.5 })),
    ...markers.flatMap((m) => (m.y === undefined ? [] : [{ x: m.x, y: m.y, r: 3.5 }])),
  ];
  const seriesSegments: PlottedSegment[] = lines.flatMap((line) => line.slice(1).map((p, i) => ({ x1: (line[i] as { x: number }).x, y1: (line[i] as { y: number }).y, x2: p.x, y2: p.y })));
  const referenceSegments = references.map((r) => ({ x1: plot.left, y1: r.y, x2: plot.right, y2: r.y }));
  const markerSegments = markers.map((m) => ({ x1: m.x, y1: plot.top, x2: m.x, y2: plot.bottom }));
  const segments: PlottedSegment[] = [...seriesSegments, ...referenceSegments, ...markerSegments];
  const yTicks = ticks.map((value) => ({ value, y: y(value) }));
  const xTicks = dateTicks(x0, x1).map((day) => ({ date: fromDayNumber(day), x: x(day) }));

  const labels: ChartLabel[] = [];
  // Whether a label may go at `box`: inside the viewBox, off every point, line (but `own`) and label.
  const free = (box: Box, own?: PlottedSegment): boolean => {
    if (!boxInside(box, width, height)) return false;
    const padded = inflate(box, CLEARANCE);
    if (labels.some((l) => boxesOverlap(inflate(l.box, 1), box))) return false;
    if (points.some((p) => boxHitsPoint(padded, p))) return false;
    return !segments.some((s) => s !== own && boxHitsSegment(padded, s));
  };
  const label = (kind: ChartLabelKind, index: number, text: string, lx: number, ly: number, font: number, anchor: TextAnchor): ChartLabel => ({
    kind, index, text, x: lx, y: ly, anchor, font, box: textBox(text, lx, ly, font, anchor),
  });
  let unplaced = 0;

  if (labelled) {
    // Value ticks: right-aligned left of the plot, shrunk to the margin.
    yTicks.forEach((tick, i) => {
      const text = formatY(tick.value);
      const font = fitFont(text, g.font, plot.left - 8);
      const candidate = label('y-tick', i, text, plot.left - 6, tick.y + font / 3, font, 'end');
      if (free(candidate.box)) labels.push(candidate);
    });
    // Date ticks: centred under their tick (kept inside the viewBox), every k-th one.
    const xCandidates = xTicks.map((tick, i) => {
      const text = formatX(tick.date);
      const font = fitFont(text, g.font, width - 4);
      const w = textWidth(text, font);
      const anchor: TextAnchor = tick.x - w / 2 < 1 ? 'start' : tick.x + w / 2 > width - 1 ? 'end' : 'middle';
      const lx = anchor === 'start' ? Math.max(1, tick.x - w / 2) : anchor === 'end' ? Math.min(width - 1, tick.x + w / 2) : tick.x;
      return label('x-tick', i, text, lx, height - 8, font, anchor);
    });
    for (let step = 1; step <= Math.max(1, xCandidates.length); step += 1) {
      const chosen = xCandidates.filter((_, i) => i % step === 0);
      const fits = chosen.every((c, i) => free(c.box) && chosen.slice(0, i).every((d) => !boxesOverlap(inflate(d.box, 3), c.box)));
      if (fits) {
        labels.push(...chosen);
        break;
      }
    }
    // Reference labels: right of the plot at the line's height, nudged; else inside the plot.
    for (const r of references.slice().sort((a, b) => a.y - b.y || a.index - b.index)) {
      const own = referenceSegments[references.indexOf(r)];
      const font = fitFont(r.label, g.font, width - plot.right - 5);
      const tries: ChartLabel[] = [];
      if (textWidth(r.label, font) <= width - plot.right - 5) {
        for (let shift = 0; shift <= 4 * row; shift += 2) {
          tries.push(label('reference', r.index, r.label, plot.right + 4, r.y + font / 3 + shift, font, 'start'));
          if (shift > 0) tries.push(label('reference', r.index, r.label, plot.right + 4, r.y + font / 3 - shift, font, 'start'));
        }
      }
      const inner = fitFont(r.label, g.font, plot.right - plot.left - 6);
      for (const side of [[plot.right - 3, 'end'], [plot.left + 3, 'start']] as const) {
        for (let gap = 5; gap <= 3 * row; gap += 3) {
          tries.push(label('reference', r.index, r.label, side[0], r.y - gap - inner * 0.3, inner, side[1]));
          tries.push(label('reference', r.index, r.label, side[0], r.y + gap + inner * 0.95, inner, side[1]));
        }
      }
      for (let b = 0; b < band; b += 1) {
        const ly = plot.top - 3 - inner * 0.3 - b * row;
        tries.push(label('reference', r.index, r.label, width - 2, ly, inner, 'end'), label('reference', r.index, r.label, plot.left, ly, inner, 'start'));
      }
      const placed = tries.find((t) => free(t.box, own));
      if (placed) labels.push(placed);
      else unplaced += 1;
    }
    // Marker labels, in date order: beside their line, top down, right then left; else above the plot.
    for (const m of markers.slice().sort((a, b) => a.x - b.x || a.index - b.index)) {
      const own = markerSegments[markers.indexOf(m)];
      const tries: ChartLabel[] = [];
      for (let ly = plot.top + markerFont * 0.95 + 3; ly + markerFont * 0.3 + 3 <= plot.bottom; ly += 2) {
        tries.push(label('marker', m.index, m.label, m.x + 3, ly, markerFont, 'start'));
        tries.push(label('marker', m.index, m.label, m.x - 3, ly, markerFont, 'end'));
      }
      for (let b = 0; b < band; b += 1) {
        const ly = plot.top - 3 - markerFont * 0.3 - b * row;
        for (const [lx, anchor] of [[m.x + 3, 'start'], [m.x - 3, 'end'], [m.x, 'middle']] as const) tries.push(label('marker', m.index, m.label, lx, ly, markerFont, anchor));
      }
      const placed = tries.find((t) => free(t.box, own));
      if (placed) labels.push(placed);
      else unplaced += 1;
    }
  }
  return {
    layout: { width, height, plot, yTicks, xTicks, lines, points, segments, references, markers, labels },
    unplaced,
  };
}

/** The font size (at most `font`, at least `MIN_FONT`) at which `text` fits `room`. */
function fitFont(text: string, font: number, room: number): number {
  const w = textWidth(text, font);
  if (w <= room) return font;
  return Math.max(MIN_FONT, Math.floor((font * room) / Math.max(w, 1) * 10) / 10);
}

/**
 * Draw a line chart as inline SVG, from its {@link lineChartLayout} (pass one already computed
 * for the same spec to skip laying it out again).
 *
 * @example
 * ```ts
 * const svg = lineChart({
 *   title: 'Outbound calls per week',
 *   series: [{ x: '2026-01-05', y: 22 }, { x: '2026-01-12', y: undefined }, { x: '2026-01-19', y: 31 }],
 *   references: [{ y: 25, label: 'Baseline 25', tone: 'baseline' }, { y: 40, label: 'Target 40', tone: 'target' }],
 *   markers: [{ x: '2026-01-14', label: 'Today', tone: 'today' }],
 * });
 * svg.html.startsWith('<svg'); // => true (viewBox "0 0 640 240", taller when marker labels need rows above the plot)
 * ```
 */
export function lineChart(spec: LineChartSpec, layout: LineChartLayout = lineChartLayout(spec)): Html {
  const size = spec.size ?? 'full';
  const g = CHART_GEOMETRY[size];
  const { plot, width, height } = layout;
  const labelled = g.font > 0;
  const font = { 'font-family': 'system-ui, sans-serif' };
  const text = (l: ChartLabel, fill?: string) =>
    h('text', { x: round(l.x), y: round(l.y), 'text-anchor': l.anchor === 'start' ? undefined : l.anchor, fill, 'font-size': l.font, ...font }, l.text);
  const labelOf = (kind: ChartLabelKind, index: number) => layout.labels.find((l) => l.kind === kind && l.index === index);

  const children = [
    h('title', null, spec.title),
    spec.description ? h('desc', null, spec.description) : null,
    h('rect', { x: plot.left, y: plot.top, width: plot.right - plot.left, height: plot.bottom - plot.top, fill: '#ffffff', stroke: '#d5dae1' }),
    labelled
      ? h(
          'g',
          { class: 'ip-chart-axis', fill: '#5b6472' },
          layout.yTicks.map((tick) => h('line', { x1: plot.left, x2: plot.right, y1: tick.y, y2: tick.y, stroke: '#eef1f5' })),
          layout.xTicks.map((tick) => h('line', { x1: round(tick.x), x2: round(tick.x), y1: plot.bottom, y2: plot.bottom + 4, stroke: '#8a94a6' })),
          layout.labels.filter((l) => l.kind === 'y-tick' || l.kind === 'x-tick').map((l) => text(l)),
        )
      : null,
    h(
      'g',
      { class: 'ip-chart-markers' },
      layout.markers.map((m) => {
        const tone = TONES[m.tone];
        const placed = labelOf('marker', m.index);
        return h(
          'g',
          { 'data-marker': m.tone },
          h('line', { x1: m.x, x2: m.x, y1: plot.top, y2: plot.bottom, stroke: tone.stroke, 'stroke-width': 1, 'stroke-dasharray': tone.dash }),
          m.y !== undefined ? h('circle', { cx: m.x, cy: m.y, r: 3.5, fill: '#ffffff', stroke: tone.stroke, 'stroke-width': 1.5 }) : null,
          placed ? text(placed, tone.stroke) : h('title', null, m.label),
        );
      }),
    ),
    h(
      'g',
      { class: 'ip-chart-references' },
      layout.references.map((r) => {
        const tone = TONES[r.tone];
        const placed = labelOf('reference', r.index);
        return h(
          'g',
          { 'data-reference': r.tone },
          h('line', { x1: plot.left, x2: plot.right, y1: r.y, y2: r.y, stroke: tone.stroke, 'stroke-width': 1.5, 'stroke-dasharray': tone.dash }),
          placed ? text(placed, tone.stroke) : h('title', null, r.label),
        );
      }),
    ),
    h(
      'g',
      { class: 'ip-chart-series', fill: 'none', stroke: SERIES, 'stroke-width': 2, 'stroke-linejoin': 'round', 'stroke-linecap': 'round' },
      layout.lines.map((segment) => h('polyline', { points: segment.map((p) => `${round(p.x)},${round(p.y)}`).join(' ') })),
      layout.points.slice(0, layout.points.length - layout.markers.filter((m) => m.y !== undefined).length).map((p) => h('circle', { cx: p.x, cy: p.y, r: 2.5, fill: SERIES, stroke: 'none' })),
    ),
  ];
  return h(
    'svg',
    { viewBox: `0 0 ${width} ${height}`, width, height, role: 'img', 'aria-label': spec.title, class: `ip-chart-svg ip-chart-svg--${size}` },
    children,
  );
}

function round(value: number): number {
  const r = Math.round(value * 100) / 100;
  return Object.is(r, -0) ? 0 : r;
}
