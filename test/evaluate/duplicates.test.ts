/**
 * Issue 13, finding 12: an observation given twice counts once. The same id is one observation,
 * wherever it comes from (the plan's own, the feed, or both); a feed observation without an id
 * that is identical to one of the plan's own is that observation again. Each repeat is reported
 * in `evaluation.warnings` with its code and count; when the same id carries different figures,
 * the first read (the plan's own, then the feed in order) counts and the conflict is reported.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { detectRelapse, evaluatePlan, evaluatePlans, type Observation, type PlanEvaluation } from '../../src/index.js';
import { runs } from '../support/runs.js';
import { fixtureInput, planOf, weeklyObservations, withRecords } from '../support/scenario.js';

const AS_OF = '2026-04-06';
/** 30 calls every week: short of the weekly target of 40. */
const thirty = weeklyObservations('2026-01-05', 13, { 'm-calls': () => 30 });
const withIds = (observations: readonly Observation[], prefix = 'obs'): Observation[] => observations.map((o, i) => ({ ...o, id: `${prefix}-${i}` }));
const calls = (e: PlanEvaluation) => e.goals.find((g) => g.goalId === 'g-calls')!;
type Warning = { readonly code: string; readonly count: number; readonly path: readonly (string | number)[]; readonly message: string };
const warningsOf = (e: unknown): readonly Warning[] => ((e as { warnings?: readonly Warning[] }).warnings ?? []);
const counts = (e: unknown) => warningsOf(e).map((w) => [w.code, w.count]);

const bare = planOf(withRecords(fixtureInput()));
const embedding = (observations: readonly Observation[]) => planOf({ ...withRecords(fixtureInput()), observations: [...observations] });

describe('a feed sent twice reads once', () => {
  it('a feed repeating the plan\'s own observations (no ids): 30 a week, not 60, and not met', () => {
    const once = evaluatePlan(bare, thirty, { asOf: AS_OF });
    const twice = evaluatePlan(embedding(thirty), thirty, { asOf: AS_OF });
    expect(calls(once).observed).toBe(30);
    expect(calls(twice).observed).toBe(30);
    expect(calls(twice).met).toBe(false);
    expect(twice.goals).toEqual(once.goals);
    expect(twice.score).toEqual(once.score);
    expect(counts(twice)).toEqual([['feed_repeats_plan', thirty.length]]);
    expect(warningsOf(twice)[0]?.path).toEqual(['feed']);
    expect(counts(once)).toEqual([]);
  });

  it('the same id twice in one feed counts once', () => {
    const feed = withIds(thirty);
    const doubled = evaluatePlan(bare, [...feed, ...feed], { asOf: AS_OF });
    expect(calls(doubled).observed).toBe(30);
    expect(doubled.goals).toEqual(evaluatePlan(bare, feed, { asOf: AS_OF }).goals);
    expect(counts(doubled)).toEqual([['duplicate_id', feed.length]]);
  });

  it('ids shared by the plan and the feed count once', () => {
    const feed = withIds(thirty);
    const e = evaluatePlan(embedding(feed), feed, { asOf: AS_OF });
    expect(calls(e).observed).toBe(30);
    expect(counts(e)).toEqual([['feed_repeats_plan', feed.length]]);
  });

  it('the same id with other figures: the first read counts (the plan\'s own), the conflict is reported', () => {
    const feed = withIds(thirty);
    const other = feed.map((o) => ({ ...o, value: 60 }));
    const e = evaluatePlan(embedding(feed), other, { asOf: AS_OF });
    expect(calls(e).observed).toBe(30);
    expect(counts(e)).toEqual([['conflicting_duplicate', feed.length]]);
    const inFeed = evaluatePlan(bare, [...feed, ...other], { asOf: AS_OF });
    expect(calls(inFeed).observed).toBe(30);
    expect(counts(inFeed)).toEqual([['conflicting_duplicate', feed.length]]);
    expect(warningsOf(inFeed)[0]?.message).toContain('obs-0');
  });

  it('identical observations without ids inside one source are separate events (kept)', () => {
    const e = evaluatePlan(bare, [...thirty, ...thirty], { asOf: AS_OF });
    expect(calls(e).observed).toBe(60);
    expect(counts(e)).toEqual([]);
  });

  it('evaluatePlans and detectRelapse read the same way', () => {
    const [batched] = [...evaluatePlans([embedding(thirty)], { asOf: AS_OF, observationsFor: () => thirty })];
    expect(calls(batched!).observed).toBe(30);
    expect(counts(batched)).toEqual([['feed_repeats_plan', thirty.length]]);
    const closed = planOf({
      ...withRecords(fixtureInput()),
      observations: thirty,
      status: 'monitoring',
      closure: { outcome: 'successful', date: '2026-04-06', by: 'mgr-dana' },
      // a monitoring plan has its monitoring record (parsePlan's integrity rules, issue 13)
      monitoring: { start: '2026-04-06' },
    });
    const relapse = detectRelapse(closed, thirty, { asOf: '2026-06-30' });
    expect(relapse.applicable).toBe(true);
    expect(counts(relapse)).toEqual([['feed_repeats_plan', thirty.length]]);
  });

  it('property: any feed with ids, given twice, evaluates as given once', () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ week: fc.integer({ min: 0, max: 12 }), value: fc.integer({ min: 0, max: 80 }) }), { maxLength: 30 }),
        fc.integer({ min: 0, max: 30 }),
        (rows, cut) => {
          const feed = rows.map((r, i): Observation => ({ id: `c-${i}`, metricId: 'm-calls', date: weeklyObservations('2026-01-05', 13, { 'm-calls': () => 0 })[r.week]!.date, value: r.value }));
          const once = evaluatePlan(bare, feed, { asOf: AS_OF });
          // part of it embedded in the plan, all of it in the feed
          const twice = evaluatePlan(embedding(feed.slice(0, cut)), feed, { asOf: AS_OF });
          expect(twice.goals).toEqual(once.goals);
          expect(counts(twice)).toEqual(Math.min(cut, feed.length) > 0 ? [['feed_repeats_plan', Math.min(cut, feed.length)]] : []);
        },
      ),
      { numRuns: runs(60) },
    );
  });
});
