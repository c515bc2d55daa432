/**
 * Feeds the evaluatePlan fuzz target (test/fuzz/evaluate.fuzz.test.ts) broke: numbers past the
 * schema's magnitude bound, ratios that overflow, a value given with parts whose denominator is
 * zero, and -0. Each was left in the evaluation as Infinity (JSON null) or echoed as "-0"; each is
 * now left out with an issue naming the observation, or read as 0.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { evaluatePlan, LIMITS, screenTeam, summarizeEvaluation, type Observation, type Plan } from '../../src/index.js';
import { messyFeed } from '../support/messy-feed.js';
import { runs } from '../support/runs.js';
import { fixtureInput, planOf, withRecords } from '../support/scenario.js';

const plan = planOf(withRecords(fixtureInput()));
const asOf = '2026-02-02';
/** A few ordinary weeks of calls (a `sum` metric), so a goal has data besides the hostile one. */
const calls: Observation[] = ['2026-01-05', '2026-01-12', '2026-01-19'].map((date) => ({ metricId: 'm-calls', date, value: 30 }));

function evaluateWith(hostile: Observation) {
  return evaluatePlan(plan, [...calls, hostile], { asOf });
}

const goal = (evaluation: ReturnType<typeof evaluatePlan>, id: string) => evaluation.goals.find((g) => g.goalId === id)!;

describe('hostile numbers in a feed', () => {
  it('leaves out a value past ±2^53-1 (the bound parseObservations applies) as observation_invalid at its feed index', () => {
    for (const value of [1e308, -1e308, LIMITS.magnitude + 2, Number.MAX_VALUE]) {
      const evaluation = evaluateWith({ metricId: 'm-calls', date: '2026-01-20', value });
      expect(evaluation.issues).toEqual([
        { code: 'observation_invalid', path: ['feed', 3], facts: { metricId: 'm-calls', aggregation: 'sum' }, message: expect.stringContaining('"m-calls"') as unknown as string },
      ]);
      expect(goal(evaluation, 'g-calls').observed).toBe(evaluatePlan(plan, calls, { asOf }).goals.find((g) => g.goalId === 'g-calls')!.observed);
    }
  });

  it('keeps a value at the bound: ±2^53-1 is a number the schema accepts', () => {
    const evaluation = evaluateWith({ metricId: 'm-calls', date: '2026-01-20', value: LIMITS.magnitude });
    expect(evaluation.issues).toEqual([]);
    expect(goal(evaluation, 'g-calls').observed).toBeGreaterThan(1e15);
    expect(Number.isFinite(goal(evaluation, 'g-calls').observed)).toBe(true);
  });

  it('leaves out parts whose ratio overflows (1 / 5e-324) or passes ±2^53-1 (1 / 5.6e-309, found by the fuzz target), for ratio metrics and others', () => {
    for (const [metricId, denominator] of [['m-call-meeting', Number.MIN_VALUE], ['m-calls', Number.MIN_VALUE], ['m-calls', 5.56268464626801e-309], ['m-call-meeting', 1e-300]] as const) {
      const evaluation = evaluateWith({ metricId, date: '2026-01-20', numerator: 1, denominator });
      expect(evaluation.issues.map((i) => [i.code, i.path])).toEqual([['observation_invalid', ['feed', 3]]]);
      expect(evaluation.issues[0]!.message).toBe('The observation of "' + metricId + '" has an invalid date or number; it was left out.');
    }
  });

  it('reads the parts of a non-ratio observation over its value, so a zero denominator is a shape mismatch', () => {
    const evaluation = evaluateWith({ metricId: 'm-calls', date: '2026-01-20', value: 12, numerator: 3, denominator: 0 });
    expect(evaluation.issues.map((i) => [i.code, i.path])).toEqual([['observation_shape_mismatch', ['feed', 3]]]);
    // with a denominator the parts are the figure: 30 / 3 = 10 calls that day, not 12
    const withParts = evaluateWith({ metricId: 'm-calls', date: '2026-01-20', value: 12, numerator: 30, denominator: 3 });
    const withValue = evaluateWith({ metricId: 'm-calls', date: '2026-01-20', value: 10 });
    expect(withParts.issues).toEqual([]);
    expect(goal(withParts, 'g-calls')).toEqual(goal(withValue, 'g-calls'));
  });

  it('keeps a zero denominator of a ratio metric: the window sums the parts', () => {
    const evaluation = evaluateWith({ metricId: 'm-call-meeting', date: '2026-01-20', numerator: 0, denominator: 0 });
    expect(evaluation.issues).toEqual([]);
  });

  it('reads -0 as 0: no figure, summary or text says "-0"', () => {
    const evaluation = evaluatePlan(
      plan,
      [
        { metricId: 'm-discovery', date: '2026-01-20', value: -0 },
        { metricId: 'm-call-meeting', date: '2026-01-20', numerator: -0, denominator: 10 },
      ],
      { asOf },
    );
    expect(evaluation.issues).toEqual([]);
    expect(Object.is(goal(evaluation, 'g-discovery').observed, 0)).toBe(true);
    expect(Object.is(goal(evaluation, 'g-conversion').observed, 0)).toBe(true);
    const text = JSON.stringify(summarizeEvaluation(evaluation), (_key, v: unknown) => (Object.is(v, -0) ? 'NEGATIVE ZERO' : v));
    expect(text).not.toContain('NEGATIVE ZERO');
  });
});

describe('plans and teams the schema would refuse, given as they are', () => {
  /** The plan as plain objects, changed in a way parsePlan would refuse (a host may skip parsing). */
  const thawed = (change: (copy: { goals: Record<string, unknown>[] }) => void): Plan => {
    const copy = JSON.parse(JSON.stringify(plan)) as { goals: Record<string, unknown>[] };
    change(copy);
    return copy as unknown as Plan;
  };

  it('leaves out a goal whose metric the plan does not define, with goal_metric_unknown at its metricId', () => {
    const evaluation = evaluatePlan(thawed((p) => void (p.goals[1]!['metricId'] = 'm-gone')), calls, { asOf });
    expect(evaluation.goals.map((g) => g.goalId)).toEqual(['g-conversion', 'g-discovery', 'g-revenue']);
    expect(evaluation.issues).toEqual([
      { code: 'goal_metric_unknown', path: ['goals', 1, 'metricId'], facts: { goalId: plan.goals[1]!.id, metricId: 'm-gone' }, message: expect.stringContaining('"m-gone"') as unknown as string },
    ]);
  });

  it('weighs goals equally unless every goal has a weight', () => {
    expect(evaluatePlan(plan, calls, { asOf }).score.weighting).toBe('goal_weights');
    const oneMissing = evaluatePlan(thawed((p) => void delete p.goals[0]!['weight']), calls, { asOf });
    expect(oneMissing.score.weighting).toBe('equal');
    expect(oneMissing.goals.map((g) => g.weight)).toEqual([25, 25, 25, 25]);
    const none = evaluatePlan(thawed((p) => void p.goals.splice(0)), calls, { asOf });
    expect([none.score.weighting, none.score.value, none.goals]).toEqual(['equal', 0, []]);
  });

  it('screenTeam leaves out a rep\'s hostile observations with issues at reps[i].observations[j]', () => {
    const screen = screenTeam(
      {
        metrics: plan.metrics,
        reps: [
          {
            repId: 'r-1',
            observations: [
              { metricId: 'm-calls', date: '2026-01-09', value: 30 },
              { metricId: 'm-calls', date: '2026-02-30', value: 30 },
              { metricId: 'm-calls', date: '2026-01-16', value: 1e308 },
              { metricId: 'm-call-meeting', date: '2026-01-16', value: 0.1 },
              { metricId: 'm-calls', date: '2026-01-16', numerator: 3, denominator: 0 },
              { metricId: 'm-calls', date: '2026-01-16', numerator: 1, denominator: Number.MIN_VALUE },
              { metricId: 'm-calls', date: '2026-01-16', numerator: -1, denominator: 2 },
              null as unknown as Observation,
            ],
          },
        ],
      },
      { asOf: '2026-03-15' },
    );
    expect(screen.issues.map((i) => [i.code, i.path])).toEqual([
      ['observation_invalid', ['reps', 0, 'observations', 1]],
      ['observation_invalid', ['reps', 0, 'observations', 2]],
      ['observation_shape_mismatch', ['reps', 0, 'observations', 3]],
      ['observation_shape_mismatch', ['reps', 0, 'observations', 4]],
      ['observation_invalid', ['reps', 0, 'observations', 5]],
      ['observation_invalid', ['reps', 0, 'observations', 6]],
      ['observation_unknown_metric', ['reps', 0, 'observations', 7, 'metricId']],
    ]);
    expect(screen.issues[2]!.message).toContain('"m-call-meeting"');
    expect(screen.issues[6]!.message).toContain('"?"');
  });
});

describe('the team screen reads a feed as the evaluator does', () => {
  it('property: screenTeam leaves out exactly the observations evaluatePlan leaves out, with the same issues', () => {
    fc.assert(
      fc.property(messyFeed(plan), (feed) => {
        const evaluated = evaluatePlan(plan, feed, { asOf }).issues;
        const screened = screenTeam({ metrics: plan.metrics, reps: [{ repId: 'r', observations: feed }] }, { asOf }).issues;
        // The same issue, at the rep's observations instead of the feed.
        const asFeed = screened.map((issue) => ({ ...issue, path: ['feed', ...issue.path.slice(3)] }));
        expect(screened.every((issue) => issue.path[0] === 'reps' && issue.path[1] === 0 && issue.path[2] === 'observations')).toBe(true);
        expect(asFeed).toEqual(evaluated);
      }),
      { numRuns: runs(150) },
    );
  });

  it('names an unknown metric id that is not text as "?", without throwing (found by the evaluatePlan fuzz target)', () => {
    const hostile = [
      { metricId: { toString: null }, date: '2026-01-20' },
      { metricId: {}, date: '2026-01-20' },
      { metricId: 7, date: '2026-01-20' },
    ] as unknown as Observation[];
    const expected = [
      ['observation_unknown_metric', ['feed', 0, 'metricId'], 'The observation refers to metric "?", which the plan does not define; it was left out.'],
      ['observation_unknown_metric', ['feed', 1, 'metricId'], 'The observation refers to metric "?", which the plan does not define; it was left out.'],
      ['observation_unknown_metric', ['feed', 2, 'metricId'], 'The observation refers to metric "7", which the plan does not define; it was left out.'],
    ];
    expect(evaluatePlan(plan, hostile, { asOf }).issues.map((i) => [i.code, i.path, i.message])).toEqual(expected);
    const screened = screenTeam({ metrics: plan.metrics, reps: [{ repId: 'r', observations: hostile }] }, { asOf }).issues;
    expect(screened.map((i) => [i.code, ['feed', ...i.path.slice(3)], i.message])).toEqual(expected);
  });

  it('embedded observations and a feed keep their own paths', () => {
    // A plan the schema would refuse (an embedded observation of no metric), given as it is.
    const embedded = { ...plan, observations: [{ metricId: 'm-nope', date: '2026-01-05', value: 1 }] } as Plan;
    const issues = evaluatePlan(embedded, [{ metricId: 'm-calls', date: '2026-01-06' }], { asOf }).issues;
    expect(issues.map((issue) => [issue.code, issue.path])).toEqual([
      ['observation_unknown_metric', ['observations', 0, 'metricId']],
      ['observation_shape_mismatch', ['feed', 0]],
    ]);
  });
});
