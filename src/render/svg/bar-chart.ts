/**
 * An inline SVG bar chart of shares: one horizontal bar per row (a goal's attainment), from 0 to
 * a full bar at 100%, with the row's label on the left and its value on the right. Fixed viewBox
 * width; the height grows with the rows, and a row with a long label grows with the lines the
 * label is wrapped to (labels are never cut), labels escaped like every other text, no scripts, no
 * fonts, no external references. The evaluation report's overview of all goals uses it.
 *
 * @module
 */
import { h, type Html } from '../html/element.js';
import { textBox, textWidth, type Box } from './boxes.js';

/** What a bar stands for; it sets the bar's colour. */
export type BarTone = 'good' | 'fair' | 'poor' | 'none';

/** One row of a bar chart. */
export interface ChartBar {
  /** The row's label (a goal's title); a long label is wrapped over several lines in the label column, never cut. */
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
  /** The distance between the baselines of a wrapped label's lines. */
  line: 14,
} as const;

const BAR_TONES: Readonly<Record<BarTone, string>> = {
  good: '#1f7a4d',
  fair: '#b26b00',
  poor: '#b42318',
  none: '#8a94a6',
};

/** One row of a laid-out bar chart. */
export interface BarRowLayout {
  readonly index: number;
  /** The row's top and height (a wrapped label makes a row taller). */
  readonly y: number;
  readonly height: number;
  /** The bar's top (the bar is centred in its row). */
  readonly barY: number;
  /** The label's lines: together (concatenated) exactly the label; each but the last ends where it was broken. */
  readonly lines: readonly string[];
  /** The baseline of the label's first line. */
  readonly labelY: number;
  readonly labelBox: Box;
  readonly valueBox: Box;
}

/** Where everything of a bar chart goes, in viewBox units. */
export interface BarChartLayout {
  readonly width: number;
  readonly height: number;
  /** The top and bottom of the rows (the tick lines' extent). */
  readonly plotTop: number;
  readonly plotBottom: number;
  readonly rows: readonly BarRowLayout[];
}

/**
 * A label broken into lines of at most `max` characters: at spaces where it can be (a line keeps
 * its trailing space, so the lines concatenate to the label), inside a word longer than a line.
 */
export function wrapLabel(label: string, max: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const token of label.match(/\S+\s*|\s+/g) ?? []) {
    let chars = [...token];
    const visible = [...token.trimEnd()].length;
    if ([...line].length + visible <= max) {
      line += token;
      continue;
    }
    if (line !== '') lines.push(line);
    while ([...chars.join('').trimEnd()].length > max) {
      lines.push(chars.slice(0, max).join(''));
      chars = chars.slice(max);
    }
    line = chars.join('');
  }
  if (line !== '' || lines.length === 0) lines.push(line);
  return lines;
}

/**
 * Lay a bar chart out: each row's height (taller for a label wrapped over several lines, see
 * `wrapLabel`: at spaces, inside a word longer than a line, never cut; a line holds as many characters as fit the label column at the
 * conservative 0.62 em per character of `TEXT_METRICS`), the label's and value's boxes.
 *
 * @example
 * ```ts
 * const layout = barChartLayout({ title: 't', bars: [{ label: 'Raise call-to-meeting conversion from 5% to 12% over the plan', value: 0.9, valueLabel: '90%' }] });
 * layout.rows[0]?.lines; // => ['Raise call-to-meeting conversion ', 'from 5% to 12% over the plan']
 * ```
 */
export function barChartLayout(spec: BarChartSpec): BarChartLayout {
  const g = BAR_CHART_GEOMETRY;
  const max = Math.max(1, Math.floor((g.label - 4) / textWidth('x', g.font)));
  let top = g.top;
  const rows = spec.bars.map((bar, index) => {
    const lines = wrapLabel(bar.label, max);
    const height = Math.max(g.row, lines.length * g.line + 10);
    const middle = top + height / 2;
    const labelY = middle - ((lines.length - 1) * g.line) / 2 + g.font / 3;
    const widest = Math.max(...lines.map((l) => textWidth(l.trimEnd(), g.font)));
    const first = textBox('', g.label, labelY, g.font, 'end');
    const row: BarRowLayout = {
      index,
      y: top,
      height,
      barY: middle - g.bar / 2,
      lines,
      labelY,
      labelBox: { x: g.label - widest, y: first.y, width: widest, height: first.height + (lines.length - 1) * g.line },
      valueBox: textBox(bar.valueLabel, g.plotRight + 6, middle + g.font / 3, g.font, 'start'),
    };
    top += height;
    return row;
  });
  const plotBottom = spec.bars.length === 0 ? g.top + g.row : top;
  return { width: g.width, height: plotBottom + g.bottom, plotTop: g.top, plotBottom, rows };
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
  const layout = barChartLayout(spec);
  const { height, plotBottom } = layout;
  const span = g.plotRight - g.plotLeft;
  const [t0, t50, t100] = spec.ticks ?? ['0%', '50%', '100%'];
  const text = { 'font-size': g.font, 'font-family': 'system-ui, sans-serif' };
  const rows = spec.bars.map((bar, i) => {
    const row = layout.rows[i] as BarRowLayout;
    const share = bar.value === null || !Number.isFinite(bar.value) ? null : Math.min(1, Math.max(0, bar.value));
    const colour = BAR_TONES[bar.tone ?? 'none'];
    const middle = row.y + row.height / 2;
    return h(
      'g',
      { 'data-bar': i, 'data-tone': bar.tone ?? 'none' },
      h('title', null, `${bar.label}: ${bar.valueLabel}`),
      h(
        'text',
        { x: g.label, y: row.labelY, 'text-anchor': 'end', fill: '#1d2433', ...text },
        row.lines.length === 1 ? bar.label : row.lines.map((line, j) => h('tspan', { x: g.label, dy: j === 0 ? undefined : g.line }, line)),
      ),
      h('rect', { x: g.plotLeft, y: row.barY, width: span, height: g.bar, fill: '#eef1f5' }),
      share !== null && share > 0 ? h('rect', { x: g.plotLeft, y: row.barY, width: span * share, height: g.bar, fill: colour }) : null,
      h('text', { x: g.plotRight + 6, y: middle + g.font / 3, 'text-anchor': 'start', fill: colour, ...text }, bar.valueLabel),
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
