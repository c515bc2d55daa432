/**
 * Issue 20: evaluation issues and warnings are issues of the shared shape. Their `facts` are the
 * data the English catalogs (`EVALUATION_ISSUE_MESSAGES`, `EVALUATION_WARNING_MESSAGES`) write
 * `message` from; stored as JSON, an issue re-words from its code and facts alone, and another
 * catalog words the same issue differently.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  EVALUATION_ISSUE_CODES,
  EVALUATION_ISSUE_MESSAGES,
  EVALUATION_WARNING_CODES,
  EVALUATION_WARNING_MESSAGES,
  evaluatePlan,
  issueText,
  planEndDate,
  type Catalog,
  type EvaluationIssue,
  type EvaluationWarning,
  type EvaluationIssueFactsByCode,
  type EvaluationWarningFactsByCode,
  type Observation,
  type PlanEvaluation,
} from '../../src/index.js';
import { runs } from '../support/runs.js';
import { fixtureInput, planOf, weeklyObservations, withRecords } from '../support/scenario.js';
import { expectWordedFromFacts } from '../support/issue-facts.js';

const AS_OF = '2026-03-02';

function checkIssue(issue: EvaluationIssue): void {
  expectWordedFromFacts(issue, EVALUATION_ISSUE_MESSAGES);
}

function checkWarning(warning: EvaluationWarning): void {
  expectWordedFromFacts(warning, EVALUATION_WARNING_MESSAGES);
  expect(warning.facts.count).toBe(warning.count);
}

function checkAll(evaluation: PlanEvaluation): void {
  for (const issue of evaluation.issues) checkIssue(issue);
  for (const warning of evaluation.warnings) checkWarning(warning);
}

const input = withRecords(fixtureInput());
const plan = planOf(input);
const calls = weeklyObservations('2026-01-05', 8, { 'm-calls': (w) => 30 + w });
/** The fixture's ratio metric: conversion of calls to meetings. */
const ratioMetric = plan.metrics.find((m) => m.aggregation === 'ratio')!;
const sumMetric = plan.metrics.find((m) => m.id === 'm-calls')!;

describe('evaluation issues are issues with facts', () => {
  it('the English catalogs cover every issue and warning code', () => {
    expect(Object.keys(EVALUATION_ISSUE_MESSAGES).sort()).toEqual([...EVALUATION_ISSUE_CODES].sort());
    expect(Object.keys(EVALUATION_WARNING_MESSAGES).sort()).toEqual([...EVALUATION_WARNING_CODES].sort());
  });

  it('every issue code: facts name the ids as given, the message is the English catalog applied to them', () => {
    const thawed = JSON.parse(JSON.stringify(plan)) as { goals: { id: string; metricId: string }[] };
    thawed.goals[1]!.metricId = 'm-gone';
    const feed: unknown[] = [
      ...calls,
      { metricId: 'm-nope', date: '2026-01-06', value: 3 },
      { metricId: sumMetric.id, date: '2026-01-07' },
      { metricId: ratioMetric.id, date: '2026-01-07', value: 0.2 },
      { metricId: sumMetric.id, date: '2026-02-30', value: 4 },
    ];
    const evaluation = evaluatePlan(thawed as unknown as typeof plan, feed as Observation[], { asOf: AS_OF, policy: { sustainShare: 2 } as never });
    const byCode = new Map(evaluation.issues.map((issue) => [issue.code, issue]));
    expect([...byCode.keys()].sort()).toEqual(['goal_metric_unknown', 'observation_invalid', 'observation_shape_mismatch', 'observation_unknown_metric', 'policy_invalid']);
    for (const issue of evaluation.issues) checkIssue(issue);
    const n = calls.length;
    expect(evaluation.issues.find((i) => i.code === 'observation_unknown_metric')).toMatchObject({ path: ['feed', n, 'metricId'], facts: { metricId: 'm-nope' } });
    expect(evaluation.issues.find((i) => i.code === 'goal_metric_unknown')).toMatchObject({ path: ['goals', 1, 'metricId'], facts: { goalId: plan.goals[1]!.id, metricId: 'm-gone' } });
    const shapes = evaluation.issues.filter((i) => i.code === 'observation_shape_mismatch');
    expect(shapes.map((i) => [i.path, i.facts])).toEqual([
      [['feed', n + 1], { metricId: sumMetric.id, aggregation: 'sum' }],
      [['feed', n + 2], { metricId: ratioMetric.id, aggregation: 'ratio' }],
    ]);
    // The wording follows the facts: a ratio needs its parts, a total its value.
    expect(shapes[1]!.message).toContain('numerator and denominator');
    expect(shapes[0]!.message).not.toContain('numerator');
    const policy = byCode.get('policy_invalid')!;
    expect(policy.path).toEqual(['policy', 'sustainShare']);
    expect(policy.code === 'policy_invalid' && policy.facts.kind === 'invalid' && policy.facts.received).toBe('2');
  });

  it('issues_truncated: the count of issues not listed is its fact', () => {
    const feed = Array.from({ length: 5 }, (_, i) => ({ metricId: `m-unknown-${i}`, date: '2026-01-06', value: 1 }));
    const evaluation = evaluatePlan(plan, feed, { asOf: AS_OF, policy: { maxIssues: 2 } });
    expect(evaluation.issues.map((i) => i.code)).toEqual(['observation_unknown_metric', 'observation_unknown_metric', 'issues_truncated']);
    expect(evaluation.issues[2]!.facts).toEqual({ count: 3 });
    expect(evaluation.issues[2]!.path).toEqual([]);
    checkAll(evaluation);
  });

  it('a catalog of the same type words the same issue differently, from its stored facts', () => {
    const evaluation = evaluatePlan(plan, [{ metricId: 'm-nope', date: '2026-01-06', value: 3 }], { asOf: AS_OF });
    const stored = JSON.parse(JSON.stringify(evaluation.issues[0])) as EvaluationIssue;
    const terse = {
      ...EVALUATION_ISSUE_MESSAGES,
      observation_unknown_metric: (f: { readonly metricId: string }) => `unknown metric ${f.metricId}`,
    } satisfies Catalog<EvaluationIssueFactsByCode>;
    expect(issueText(stored, terse)).toBe('unknown metric m-nope');
  });
});

describe('evaluation warnings are issues with facts', () => {
  it('repeats: count, source and the first repeat (position and id) are the facts', () => {
    const withIds = calls.map((o, i) => ({ ...o, id: `obs-${i}` }));
    const own = planOf({ ...input, observations: withIds });
    const conflicting = { ...withIds[0]!, value: 99 };
    const evaluation = evaluatePlan(own, [...withIds, calls[1]!, calls[1]!, conflicting], { asOf: AS_OF });
    checkAll(evaluation);
    const repeats = evaluation.warnings.filter((w) => w.code !== 'window_clipped');
    expect(repeats.map((w) => [w.code, w.path, w.facts])).toEqual([
      ['feed_repeats_plan', ['feed'], { count: withIds.length + 2, source: 'feed', index: 0, id: 'obs-0' }],
      ['conflicting_duplicate', ['feed'], { count: 1, source: 'feed', index: withIds.length + 2, id: 'obs-0' }],
    ]);
  });

  it('a window cut to the plan: the window as written, as evaluated and the plan span are facts', () => {
    const far = planOf({ ...input, goals: input.goals!.map((g, i) => (i === 0 ? { ...g, window: { start: '2025-12-01', end: '2026-01-31' } } : g)) });
    const evaluation = evaluatePlan(far, calls, { asOf: AS_OF });
    checkAll(evaluation);
    const clipped = evaluation.warnings.find((w) => w.code === 'window_clipped');
    expect(clipped?.facts).toEqual({
      count: 35,
      goalId: far.goals[0]!.id,
      windowStart: '2025-12-01',
      windowEnd: '2026-01-31',
      evaluatedStart: far.startDate,
      evaluatedEnd: '2026-01-31',
      planStart: far.startDate,
      planEnd: planEndDate(far),
    });
    // Written by hand from those facts: the English sentence, byte for byte.
    expect(clipped?.message).toBe(
      `Goal "${far.goals[0]!.id}"'s window 2025-12-01 to 2026-01-31 reaches outside the plan (2026-01-05 to ${planEndDate(far)}); it was evaluated from 2026-01-05 to 2026-01-31 (35 days cut away).`,
    );
  });

  it('leave: the paused spans and the moved window are facts', () => {
    const paused = planOf({ ...input, pauses: [{ start: '2026-02-02', end: '2026-02-08', reason: 'Leave' }] });
    const evaluation = evaluatePlan(paused, calls, { asOf: AS_OF });
    checkAll(evaluation);
    const excluded = evaluation.warnings.find((w) => w.code === 'paused_days_excluded');
    expect(excluded?.path).toEqual(['pauses']);
    expect(excluded?.facts).toEqual({ count: 7, pauses: [{ start: '2026-02-02', end: '2026-02-08', open: false }] });
    expect(excluded?.message.startsWith('7 paused days (2026-02-02 to 2026-02-08) are outside every measure')).toBe(true);
    const moved = evaluation.warnings.filter((w) => w.code === 'window_moved');
    expect(moved.length).toBeGreaterThan(0);
    for (const warning of moved) {
      if (warning.code !== 'window_moved') continue;
      expect(warning.facts.count).toBe(7);
      expect(warning.message).toContain(`${warning.facts.evaluatedStart} to ${warning.facts.evaluatedEnd} (7 days later)`);
    }
  });

  it('property: any mix of repeats and pauses, every warning re-words from its facts alone', () => {
    fc.assert(
      fc.property(
        fc.array(fc.nat({ max: calls.length - 1 }), { maxLength: 6 }),
        fc.option(fc.integer({ min: 0, max: 40 }), { nil: undefined }),
        fc.boolean(),
        (repeatAt, pauseAt, ids) => {
          const feed = ids ? calls.map((o, i) => ({ ...o, id: `o-${i}` })) : calls;
          const pauses = pauseAt === undefined ? [] : [{ start: addDays('2026-01-05', pauseAt), end: addDays('2026-01-05', pauseAt + 3), reason: 'Leave' }];
          const p = planOf({ ...input, pauses });
          const evaluation = evaluatePlan(p, [...feed, ...repeatAt.map((i) => feed[i]!)], { asOf: AS_OF });
          checkAll(evaluation);
        },
      ),
      { numRuns: runs(40) },
    );
  });
});

/** `date` plus `days` calendar days. */
function addDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

// A compile-time check: a catalog of warnings missing a code does not type-check.
// @ts-expect-error window_moved is missing
const _incomplete: Catalog<EvaluationWarningFactsByCode> = { ...EVALUATION_WARNING_MESSAGES, window_moved: undefined };
void _incomplete;
