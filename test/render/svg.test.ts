import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fromDayNumber, shiftDate, toDayNumber } from '../../src/index.js';
import { BAR_CHART_GEOMETRY, CHART_GEOMETRY, barChart, barChartLayout, lineChart, lineChartLayout, type LineChartSpec } from '../../src/render/index.js';
import { LIMITS } from '../../src/schema/limits.js';
import { boxesOverlap } from '../../src/render/svg/boxes.js';
import { niceDomain } from '../../src/render/svg/scale.js';
import { runs } from '../support/runs.js';
import { scanHtml } from './html-scan.js';

const weeks = (values: readonly (number | undefined)[], start = '2026-01-05') => values.map((y, i) => ({ x: shiftDate(start, 7 * i), y }));

function numbersIn(svg: string): number[] {
  return [...svg.matchAll(/(?:x1|x2|y1|y2|cx|cy|x|y|width|height)="(-?[\d.]+)"/g)].map((m) => Number(m[1]));
}

function polylines(svg: string): { x: number; y: number }[][] {
  return [...svg.matchAll(/<polyline points="([^"]+)"/g)].map((m) => (m[1] ?? '').split(' ').map((pair) => {
    const [px, py] = pair.split(',').map(Number);
    return { x: px ?? NaN, y: py ?? NaN };
  }));
}

/** The text of each bar's label, its tspans joined, unescaped. */
function labelTexts(svg: string): string[] {
  const unescape = (t: string) => t.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, '&');
  return [...svg.matchAll(/<g data-bar="\d+"[^>]*><title>[\s\S]*?<\/title><text [^>]*>([\s\S]*?)<\/text>/g)].map((m) => unescape((m[1] ?? '').replace(/<\/?tspan[^>]*>/g, '')));
}

function referenceY(svg: string, tone: string): number {
  const match = new RegExp(`<g data-reference="${tone}"><line x1="[\\d.]+" x2="[\\d.]+" y1="([\\d.]+)"`).exec(svg);
  return Number(match?.[1]);
}

describe('lineChart', () => {
  const spec: LineChartSpec = {
    title: 'Outbound calls per week',
    series: weeks([22, 25, undefined, 31, 36, 38]),
    references: [{ y: 25, label: 'Baseline 25', tone: 'baseline' }, { y: 40, label: 'Target 40', tone: 'target' }],
    markers: [{ x: '2026-01-20', label: 'Today', tone: 'today' }, { x: '2026-02-03', label: 'Day 30', tone: 'milestone', y: 30 }, { x: '2027-01-01', label: 'Outside', tone: 'neutral' }],
  };
  const svg = lineChart(spec).html;

  it('has a fixed viewBox, an accessible name and no scripts, links or foreign markup', () => {
    expect(svg.startsWith('<svg viewBox="0 0 640 240" width="640" height="240" role="img" aria-label="Outbound calls per week"')).toBe(true);
    expect(svg).toContain('<title>Outbound calls per week</title>');
    expect(scanHtml(svg)).toEqual([]);
    expect(svg).not.toMatch(/https?:|href|<script|<foreignObject/i);
    expect(lineChart({ ...spec, size: 'compact' }).html).toContain('viewBox="0 0 320 96"');
  });

  it('breaks the line where a period has no value, and draws a dot for every value', () => {
    const lines = polylines(svg);
    expect(lines.map((l) => l.length)).toEqual([2, 3]);
    expect(svg.match(/<circle cx="[\d.]+" cy="[\d.]+" r="2.5"/g)).toHaveLength(5);
    // time runs left to right, values bottom to top
    const [first, second] = lines;
    expect(first?.[1]?.x).toBeGreaterThan(first?.[0]?.x ?? Infinity);
    expect(first?.[1]?.y).toBeLessThan(first?.[0]?.y ?? -Infinity); // 25 above 22
    expect(second?.[0]?.x).toBeGreaterThan(first?.[1]?.x ?? Infinity);
  });

  it('puts reference lines at their values: the baseline through the 25 point, the target above every point', () => {
    const baseline = referenceY(svg, 'baseline');
    const target = referenceY(svg, 'target');
    expect(baseline).toBeCloseTo(polylines(svg)[0]?.[1]?.y ?? NaN, 1);
    for (const line of polylines(svg)) for (const p of line) expect(target).toBeLessThan(p.y);
    expect(svg).toContain('>Target 40</text>');
  });

  it('draws markers inside the date range and leaves out the others', () => {
    expect(svg).toContain('data-marker="today"');
    expect(svg).toContain('>Today</text>');
    expect(svg).toContain('>Day 30</text>');
    expect(svg).not.toContain('Outside');
    expect(svg.match(/<circle[^>]+r="3.5"/g)).toHaveLength(1);
  });

  it('escapes every label', () => {
    const hostile = lineChart({
      title: '<script>alert("t")</script>',
      description: `Tom & Jerry's`,
      series: weeks([1, 2]),
      references: [{ y: 1, label: '"><img src=x>' }],
      markers: [{ x: '2026-01-05', label: '</svg><script>' }],
      formatY: (v) => `<${v}>`,
      formatX: (d) => `&${d}`,
    }).html;
    expect(scanHtml(hostile)).toEqual([]);
    expect(hostile).toContain('&lt;script&gt;alert(&quot;t&quot;)&lt;/script&gt;');
    expect(hostile).toContain('Tom &amp; Jerry&#39;s');
  });

  it('copes with nothing to draw: no series, only gaps, one point, one value everywhere', () => {
    const cases: LineChartSpec[] = [
      { title: 'empty', series: [] },
      { title: 'gaps', series: weeks([undefined, undefined]) },
      { title: 'one', series: weeks([5]) },
      { title: 'flat', series: weeks([0, 0, 0]), references: [{ y: 0, label: 'zero' }] },
      { title: 'nan', series: weeks([Number.NaN, 1]), references: [{ y: Number.POSITIVE_INFINITY, label: 'inf' }] },
      // Found by the property below: a span of denormals used to pad by a denormal and divide to NaN.
      { title: 'denormal', series: weeks([0, -2.5e-323]) },
      { title: 'tiniest', series: weeks([Number.MIN_VALUE, Number.MIN_VALUE]) },
      // Found by the property below: large values a few thousandths apart put a tick off the chart.
      { title: 'large and close', series: weeks([999999999.9940002, 999999999.9960002]) },
    ];
    for (const c of cases) {
      const out = lineChart(c).html;
      expect(out, c.title).not.toMatch(/NaN|Infinity/);
      expect(scanHtml(out)).toEqual([]);
      // every coordinate on the 640 x 240 chart
      for (const n of numbersIn(out)) expect(n >= -0.01 && n <= 640.01, `${c.title}: ${n}`).toBe(true);
    }
  });

  it('property: every coordinate stays inside the viewBox, whatever the data, and the output is deterministic', () => {
    const value = fc.option(fc.double({ min: -1e9, max: 1e9, noNaN: true }), { nil: undefined, freq: 4 });
    fc.assert(
      fc.property(
        fc.integer({ min: toDayNumber('2020-01-01'), max: toDayNumber('2030-01-01') }),
        fc.array(value, { minLength: 0, maxLength: 30 }),
        fc.array(fc.double({ min: -1e9, max: 1e9, noNaN: true }), { maxLength: 3 }),
        fc.array(fc.integer({ min: -30, max: 300 }), { maxLength: 3 }),
        fc.constantFrom('full' as const, 'compact' as const),
        (startDay, values, refs, markerDays, size) => {
          const start = fromDayNumber(startDay);
          const s: LineChartSpec = {
            title: 't',
            size,
            series: weeks(values, start),
            references: refs.map((y) => ({ y, label: 'r', tone: 'target' as const })),
            markers: markerDays.map((d) => ({ x: shiftDate(start, d), label: 'm', tone: 'milestone' as const, ...(refs[0] !== undefined ? { y: refs[0] } : {}) })),
          };
          const out = lineChart(s).html;
          expect(out).not.toMatch(/NaN|Infinity/);
          const [width, height] = size === 'full' ? [640, 240] : [320, 96];
          for (const n of numbersIn(out)) {
            expect(n).toBeGreaterThanOrEqual(-0.01);
            expect(n).toBeLessThanOrEqual(Math.max(width, height) + 0.01);
          }
          for (const line of polylines(out)) for (const p of line) {
            expect(p.x).toBeGreaterThanOrEqual(0);
            expect(p.x).toBeLessThanOrEqual(width);
            expect(p.y).toBeGreaterThanOrEqual(0);
            expect(p.y).toBeLessThanOrEqual(height);
          }
          expect(lineChart(s).html).toBe(out);
        },
      ),
      { numRuns: runs(200) },
    );
  });

  it('niceDomain covers the values with round ticks', () => {
    // span 0.07 over about four intervals: steps of 0.02, from 0.04 (below 0.05) to 0.12
    expect(niceDomain([0.05, 0.12])).toEqual({ domain: [0.04, 0.12], ticks: [0.04, 0.06, 0.08, 0.1, 0.12] });
    expect(niceDomain([22, 40])).toEqual({ domain: [20, 40], ticks: [20, 25, 30, 35, 40] });
    // counts that start near zero are drawn from zero
    expect(niceDomain([5, 40])).toEqual({ domain: [0, 40], ticks: [0, 10, 20, 30, 40] });
    // one value: widened by 10% each side (6.3..7.7), then to steps of 0.5
    expect(niceDomain([7])).toEqual({ domain: [6, 8], ticks: [6, 6.5, 7, 7.5, 8] });
  });
});

describe('barChart', () => {
  const long = 'Reach level 3 (Proficient) on the discovery-call rubric within 60 days';
  const svg = barChart({
    title: 'Attainment <by> goal',
    bars: [
      { label: 'Calls & "demos"', value: 0.5, valueLabel: '50%', tone: 'fair' },
      { label: long, value: 1.7, valueLabel: '170%', tone: 'good' },
      { label: 'No data', value: null, valueLabel: 'No data yet' },
      { label: 'Negative', value: -0.3, valueLabel: '-30%', tone: 'poor' },
    ],
  }).html;
  const g = BAR_CHART_GEOMETRY;
  const fills = [...svg.matchAll(/<g data-bar="(\d)"[^>]*>[\s\S]*?<\/g>/g)].map((m) => [...(m[0].matchAll(/<rect [^>]*width="([\d.]+)"/g))].map((r) => Number(r[1])));

  it('draws one row per bar, its height growing with the rows (and with the lines of a wrapped label), in a fixed width', () => {
    const layout = barChartLayout({ title: 't', bars: [{ label: 'a', value: 1, valueLabel: '' }, { label: long, value: 1, valueLabel: '' }] });
    // one line: a row of g.row; the long label (70 characters, 34 a line) takes three lines of g.line each, plus air
    expect(layout.rows.map((r) => r.lines.length)).toEqual([1, 3]);
    expect(layout.rows.map((r) => r.height)).toEqual([g.row, 3 * g.line + 10]);
    expect(svg.startsWith(`<svg viewBox="0 0 ${g.width} ${g.top + 3 * g.row + 3 * g.line + 10 + g.bottom}"`)).toBe(true);
    expect(svg.match(/<g data-bar="/g)).toHaveLength(4);
    expect(scanHtml(svg)).toEqual([]);
  });

  it('a bar is its share of the track, clamped to [0, 1]; no share, no bar', () => {
    const track = g.plotRight - g.plotLeft;
    expect(fills[0]).toEqual([track, track * 0.5]);
    expect(fills[1]).toEqual([track, track]);
    expect(fills[2]).toEqual([track]);
    expect(fills[3]).toEqual([track]);
  });

  it('writes every label whole (wrapped over tspans, never cut) and escapes every label', () => {
    expect(svg).toContain(`<title>${long}: 170%</title>`);
    expect(svg).not.toContain('\u2026');
    expect(labelTexts(svg)[1]).toBe(long);
    expect(svg).toContain('Calls &amp; &quot;demos&quot;');
    expect(svg).toContain('<title>Attainment &lt;by&gt; goal</title>');
  });

  it('property: labels up to the schema\'s longest title appear complete in the SVG text, inside the label column, the rows not overlapping', () => {
    const word = fc.stringMatching(/^[A-Za-z0-9%$()&<>"'-]{1,60}$/);
    const title = fc.array(word, { minLength: 1, maxLength: 80 }).map((ws) => ws.join(' ').slice(0, LIMITS.labelLength).trim()).filter((t) => t.length > 0);
    fc.assert(
      fc.property(fc.array(title, { minLength: 1, maxLength: 8 }), (titles) => {
        const spec = { title: 't', bars: titles.map((label, i) => ({ label, value: i / 8, valueLabel: `${i}%` })) };
        const out = barChart(spec).html;
        expect(labelTexts(out)).toEqual(titles);
        const layout = barChartLayout(spec);
        for (const [i, row] of layout.rows.entries()) {
          expect(row.labelBox.x).toBeGreaterThanOrEqual(0);
          expect(row.labelBox.x + row.labelBox.width).toBeLessThanOrEqual(g.label + 0.01);
          expect(row.labelBox.y).toBeGreaterThanOrEqual(row.y);
          expect(row.labelBox.y + row.labelBox.height).toBeLessThanOrEqual(row.y + row.height + 0.01);
          if (i > 0) expect(row.y).toBeCloseTo((layout.rows[i - 1]?.y ?? 0) + (layout.rows[i - 1]?.height ?? 0));
        }
        expect(layout.height).toBe(layout.plotBottom + g.bottom);
      }),
      { numRuns: runs(100) },
    );
  });
});

describe('lineChart labels', () => {
  it('keeps close marker labels apart, close reference labels apart, and a label at the right edge inside', () => {
    const layout = lineChartLayout({
      title: 't',
      series: weeks([1, 2, 3, 4]),
      domain: { start: '2026-01-05', end: '2026-01-26' },
      references: [{ y: 2, label: 'Baseline 2', tone: 'baseline' }, { y: 2.01, label: 'Target 2.01', tone: 'target' }],
      markers: [
        { x: '2026-01-12', label: 'Day 8 milestone', tone: 'milestone' },
        { x: '2026-01-13', label: 'As of Jan 13, 2026', tone: 'today' },
        { x: '2026-01-26', label: 'End of the window', tone: 'neutral' },
      ],
    });
    const markers = layout.labels.filter((l) => l.kind === 'marker');
    const references = layout.labels.filter((l) => l.kind === 'reference');
    expect(markers).toHaveLength(3);
    expect(references).toHaveLength(2);
    for (const [i, a] of layout.labels.entries()) {
      for (const b of layout.labels.slice(i + 1)) expect(boxesOverlap(a.box, b.box), `${a.text} / ${b.text}`).toBe(false);
      expect(a.box.x + a.box.width, a.text).toBeLessThanOrEqual(CHART_GEOMETRY.full.width);
    }
    // the last marker sits at the plot's right edge: its label is written to the left of its line
    expect(markers[2]?.anchor).toBe('end');
    expect(markers[2]?.x).toBeLessThan(CHART_GEOMETRY.full.width - CHART_GEOMETRY.full.right);
  });
});
