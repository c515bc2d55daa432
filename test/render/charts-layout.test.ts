import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fromDayNumber, shiftDate, toDayNumber } from '../../src/index.js';
import { boxesOverlap, boxHitsPoint, boxHitsSegment, boxInside, textBox, type Box } from '../../src/render/svg/boxes.js';
import { dateTicks, lineChartLayout, type LineChartLayout, type LineChartSpec } from '../../src/render/svg/line-chart.js';
import { runs } from '../support/runs.js';
import { evaluatePlan, summarizeEvaluation } from '../../src/index.js';
import { evaluationDocument } from '../../src/render/evaluation-document.js';
import { resolveRenderOptions } from '../../src/render/options.js';
import type { Block, RenderDocument } from '../../src/render/document.js';
import type { BarChartLayout } from '../../src/render/svg/bar-chart.js';
import { demoStory } from '../../examples/demo.js';

/** Every overlap in a layout: a label on a point, on a line (a marker's label may touch its own line), on a label, or outside the viewBox. */
function overlaps(layout: LineChartLayout): string[] {
  const found: string[] = [];
  const ownLine = (kind: string, index: number) => {
    if (kind === 'marker') {
      const i = layout.markers.findIndex((m) => m.index === index);
      return layout.segments[layout.segments.length - layout.markers.length + i];
    }
    if (kind === 'reference') {
      const i = layout.references.findIndex((r) => r.index === index);
      return layout.segments[layout.segments.length - layout.markers.length - layout.references.length + i];
    }
    return undefined;
  };
  layout.labels.forEach((label, i) => {
    const name = `${label.kind} ${label.index} "${label.text}"`;
    if (!boxInside(label.box, layout.width, layout.height)) found.push(`${name} outside the viewBox`);
    for (const p of layout.points) if (boxHitsPoint(label.box, p)) found.push(`${name} on the point ${p.x},${p.y}`);
    const own = ownLine(label.kind, label.index);
    for (const s of layout.segments) if (s !== own && boxHitsSegment(label.box, s)) found.push(`${name} on the line ${s.x1},${s.y1}-${s.x2},${s.y2}`);
    for (const other of layout.labels.slice(i + 1)) if (boxesOverlap(label.box, other.box)) found.push(`${name} on ${other.kind} ${other.index} "${other.text}"`);
  });
  return found;
}

const box = (x: number, y: number, width: number, height: number): Box => ({ x, y, width, height });

describe('label boxes', () => {
  it('estimates a text box from its font size and length, placed by its anchor', () => {
    expect(textBox('abcd', 100, 50, 10, 'start')).toEqual({ x: 100, y: 50 - 9.5, width: 24.8, height: 12.5 });
    expect(textBox('abcd', 100, 50, 10, 'end').x).toBeCloseTo(75.2);
    expect(textBox('abcd', 100, 50, 10, 'middle').x).toBeCloseTo(87.6);
  });

  it('sees boxes meet boxes, points and segments, and only then', () => {
    expect(boxesOverlap(box(0, 0, 10, 10), box(5, 5, 10, 10))).toBe(true);
    expect(boxesOverlap(box(0, 0, 10, 10), box(10, 0, 10, 10))).toBe(false);
    expect(boxHitsPoint(box(0, 0, 10, 10), { x: 12, y: 5, r: 2.5 })).toBe(true);
    expect(boxHitsPoint(box(0, 0, 10, 10), { x: 12, y: 12, r: 2.5 })).toBe(false);
    expect(boxHitsSegment(box(0, 0, 10, 10), { x1: -5, y1: 5, x2: 15, y2: 5 })).toBe(true);
    expect(boxHitsSegment(box(0, 0, 10, 10), { x1: -5, y1: -5, x2: 15, y2: 15 })).toBe(true);
    expect(boxHitsSegment(box(0, 0, 10, 10), { x1: 11, y1: -5, x2: 20, y2: 15 })).toBe(false);
    expect(boxHitsSegment(box(0, 0, 10, 10), { x1: 2, y1: 2, x2: 3, y2: 3 })).toBe(true);
  });
});

describe('date ticks', () => {
  it('a tick per month start on charts of six weeks or more, Mondays on shorter ones', () => {
    const days = (a: string, b: string) => dateTicks(toDayNumber(a), toDayNumber(b)).map(fromDayNumber);
    expect(days('2026-01-05', '2026-04-05')).toEqual(['2026-02-01', '2026-03-01', '2026-04-01']);
    expect(days('2026-01-05', '2026-01-30')).toEqual(['2026-01-05', '2026-01-12', '2026-01-19', '2026-01-26']);
    // six weeks holding one month start: Mondays
    expect(days('2026-01-05', '2026-02-20')).toHaveLength(7);
    expect(days('2026-01-05', '2026-01-08')).toEqual(['2026-01-05', '2026-01-06', '2026-01-07', '2026-01-08']);
  });
});

describe('lineChartLayout', () => {
  const week = (start: string, values: readonly (number | undefined)[]) => values.map((y, i) => ({ x: shiftDate(start, 7 * i), y }));

  it('property: no label meets a plotted point, a line or another label, and every label is inside the viewBox', { timeout: 60_000 }, () => {
    const shape = fc.oneof(
      // random values, gaps allowed
      fc.array(fc.option(fc.double({ min: 0, max: 1e6, noNaN: true }), { nil: undefined, freq: 6 }), { minLength: 1, maxLength: 200 }),
      // flat
      fc.tuple(fc.integer({ min: 1, max: 200 }), fc.double({ min: 0, max: 1e6, noNaN: true })).map(([n, v]) => Array.from({ length: n }, () => v)),
      // spikes on a flat line
      fc.tuple(fc.integer({ min: 1, max: 200 }), fc.double({ min: 0, max: 100, noNaN: true }), fc.array(fc.nat(199), { maxLength: 5 })).map(([n, v, spikes]) => Array.from({ length: n }, (_, i) => (spikes.includes(i) ? v * 50 + 1 : v))),
    );
    fc.assert(
      fc.property(
        fc.integer({ min: toDayNumber('2024-01-01'), max: toDayNumber('2028-01-01') }),
        shape,
        fc.double({ min: 0, max: 1e6, noNaN: true }),
        fc.boolean(),
        fc.oneof(fc.constant('first' as const), fc.constant('last' as const), fc.nat(199)),
        fc.array(fc.nat(199), { maxLength: 3 }),
        fc.boolean(),
        (startDay, values, targetValue, atTarget, asOf, milestones, padded) => {
          const start = fromDayNumber(startDay);
          // "all at target": the target is the series' own value
          const target = atTarget ? (values.find((v) => v !== undefined) ?? targetValue) : targetValue;
          const last = values.length - 1;
          const asOfIndex = asOf === 'first' ? 0 : asOf === 'last' ? last : Math.min(asOf, last);
          const end = shiftDate(start, 7 * last + (padded ? 6 : 0));
          const spec: LineChartSpec = {
            title: 't',
            series: week(start, values),
            references: [{ y: 0, label: 'Baseline 0', tone: 'baseline' }, { y: target, label: `Target ${target}`, tone: 'target' }],
            markers: [
              ...milestones.map((m, i) => ({ x: shiftDate(start, 7 * Math.min(m, last)), y: target, label: `Milestone ${i + 1}`, tone: 'milestone' as const })),
              { x: shiftDate(start, 7 * asOfIndex), label: `As of ${shiftDate(start, 7 * asOfIndex)}`, tone: 'today' as const },
            ],
            domain: { start, end },
          };
          const layout = lineChartLayout(spec);
          expect(overlaps(layout)).toEqual([]);
          // the as-of label is drawn (never dropped)
          expect(layout.labels.some((l) => l.kind === 'marker' && l.text.startsWith('As of'))).toBe(true);
          // so are the target's label and at least two date ticks
          expect(layout.labels.some((l) => l.kind === 'reference' && l.text.startsWith('Target'))).toBe(true);
          expect(layout.labels.filter((l) => l.kind === 'x-tick').length).toBeGreaterThanOrEqual(Math.min(2, layout.xTicks.length));
        },
      ),
      { numRuns: runs(200) },
    );
  });
});

describe("the demo's charts", () => {
  // The demo plan's final and mid-way evaluations, as the demo renders them (HR's copy).
  const story = demoStory();
  const documents = [story.final.plan.asOf, story.midway.plan.asOf].map((asOf) => {
    const evaluation = evaluatePlan(story.plan, null, { asOf });
    const summary = summarizeEvaluation(evaluation);
    return { asOf, doc: evaluationDocument(summary, resolveRenderOptions({ format: 'html', audience: 'hr' }, undefined), story.plan, evaluation) };
  });
  const charts = (doc: RenderDocument) => {
    const out: { name: string; layout: unknown }[] = [];
    const walk = (blocks: readonly Block[]): void => {
      for (const b of blocks) {
        if (b.kind === 'chart') out.push({ name: b.name, layout: b.layout });
        if (b.kind === 'subsection') walk(b.blocks);
      }
    };
    for (const section of doc.sections) walk(section.blocks);
    return out;
  };

  it.each(documents)('as of $asOf: each goal chart has its as-of, target and baseline labels, month ticks, and no overlap', ({ doc, asOf }) => {
    const goals = charts(doc).filter((c) => c.name.startsWith('goal-'));
    expect(goals.map((c) => c.name)).toEqual(story.plan.goals.map((g) => `goal-${g.id}`));
    for (const { name, layout } of goals) {
      const l = layout as LineChartLayout;
      expect(overlaps(l), name).toEqual([]);
      const texts = l.labels.map((x) => x.text);
      expect(texts, name).toContain(`As of ${formatDate(asOf)}`);
      expect(texts.some((t) => t.startsWith('Target')), name).toBe(true);
      expect(texts.some((t) => t.startsWith('Baseline')), name).toBe(true);
      // the goals' windows run from Jan 5 for 60 or 90 days: a tick on the first of each month inside, each labelled
      const end = asOf > '2026-04-04' ? asOf : name === 'goal-g-discovery' ? '2026-03-05' : '2026-04-04';
      const months = ['2026-02-01', '2026-03-01', '2026-04-01'].filter((d) => d <= end);
      expect(l.xTicks.map((t) => t.date), name).toEqual(months);
      expect(l.labels.filter((x) => x.kind === 'x-tick').map((x) => x.text), name).toEqual(months.map(formatDate));
    }
  });

  it('the overview bar chart writes every goal title whole', () => {
    const overview = charts(documents[0]!.doc).find((c) => c.name === 'overview')?.layout as BarChartLayout;
    expect(overview.rows.map((r) => r.lines.join(''))).toEqual(story.plan.goals.map((g) => g.title));
    // the conversion goal's title is longer than a line: wrapped, not cut
    expect(Math.max(...overview.rows.map((r) => r.lines.length))).toBeGreaterThan(1);
  });
});

function formatDate(date: string): string {
  return new Date(`${date}T00:00:00Z`).toLocaleDateString('en-US', { month: 'short', day: 'numeric', year: 'numeric', timeZone: 'UTC' });
}
