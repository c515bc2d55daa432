/**
 * Fuzz target: every function that takes a policy, with null and mistyped policy fields (issue
 * 13, finding 13). For every field of every default policy (nested records included: the
 * lifecycle's `timeline` and `lint`, the evaluation's `coverageUnitByKind` and `sustainPeriods`):
 * null, strings where numbers or records belong (`'week'`, `'7'`, `''`, `'NaN'`), negatives,
 * NaN, ±Infinity, 1e308, arrays, objects and booleans; or the whole policy replaced by one of
 * those.
 *
 * Promises checked: no function throws on a policy (a TypeError was the finding); the functions
 * that report issues (evaluatePlan, detectRelapse, screenTeam, compareConsistency, the fairness
 * analyses analyzeAdverseImpact and reviewFairness) report a
 * `policy_invalid` issue at the field's path (`['policy', ...field]`) for a value no field of that
 * type takes; `transition` refuses the command with `policy_invalid` (as its code, or as an issue
 * of the refusal) for such a value.
 */
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  DEFAULT_EVALUATION_POLICY,
  DEFAULT_FAIRNESS_POLICY,
  DEFAULT_GAP_POLICY,
  DEFAULT_LIFECYCLE_POLICY,
  DEFAULT_LINT_POLICY,
  DEFAULT_READINESS_POLICY,
  DEFAULT_SMART_POLICY,
  DEFAULT_TIMELINE_POLICY,
  analyzeAdverseImpact,
  analyzeGap,
  analyzeTeamGaps,
  assertPlan,
  assessReadiness,
  checkInSlots,
  checkSmartGoal,
  compareConsistency,
  detectRelapse,
  evaluatePlan,
  evaluatePlans,
  extensionAllowance,
  lintPlan,
  planPhases,
  planProgress,
  planTimeline,
  PolicyError,
  recommendOutcome,
  reviewFairness,
  screenTeam,
  summarizeEvaluation,
  transition,
  type Plan,
  type PlanCommand,
} from '../../src/index.js';
import { planArbitrary } from '../../src/testing/index.js';
import { AS_OF, placedOf, populationOf } from '../fairness/population.js';
import { PLAN_FIXTURES, readFixture } from '../support/fixtures.js';
import { recordFuzz, SlowestInput } from '../support/fuzz-log.js';
import { fuzzRuns } from '../support/hostile.js';
import { actorOf, livedTo } from '../support/plan-life.js';
import { badPolicy, Invariants, type BadPolicy } from './shapes.js';

const FULL = process.env['FUZZ'] === '1';

/** The field's default, for the path of a bad value (undefined: the whole policy). */
function defaultAt(defaults: object, path: readonly string[]): unknown {
  let node: unknown = defaults;
  for (const key of path) node = node !== null && typeof node === 'object' ? (node as Record<string, unknown>)[key] : undefined;
  return node;
}

/**
 * Whether no field of the default's type takes `value`: a non-number for a number, a
 * non-boolean for a flag, a non-string for a choice, a non-array for a list, a non-record for a
 * record; for the whole policy (`path` empty), anything but a record (null and undefined mean "no
 * overrides"). Negative numbers and strings for choices may be valid somewhere: not counted.
 */
function surelyInvalid(defaults: object, bad: BadPolicy): boolean {
  const { path, value } = bad;
  if (path.length === 0) return value !== null && value !== undefined && (typeof value !== 'object' || Array.isArray(value));
  const expected = defaultAt(defaults, path);
  if (typeof expected === 'number') return typeof value !== 'number' || !Number.isFinite(value);
  if (typeof expected === 'boolean') return typeof value !== 'boolean';
  if (typeof expected === 'string') return typeof value !== 'string';
  if (Array.isArray(expected)) return !Array.isArray(value);
  if (expected !== null && typeof expected === 'object') return value === null || typeof value !== 'object' || Array.isArray(value);
  return false;
}

const describeBad = (fn: string, bad: BadPolicy) => `${fn} with policy${bad.path.length > 0 ? `.${bad.path.join('.')}` : ''} = ${bad.value === undefined ? 'undefined' : typeof bad.value === 'number' ? String(bad.value) : JSON.stringify(bad.value)}`;

/** A function that takes a policy, called on fixed inputs with the policy given; its issues when it reports them. */
/**
 * The views whose result has no room for issues throw a typed `PolicyError` carrying them (the
 * documented contract, docs/policies.md): the target's first assumption, "never a throw", was wrong
 * for them; their PolicyError's issues are checked like the others' issues (any other throw is
 * still a failure).
 */
const typed =
  (call: (policy: never) => unknown) =>
  (policy: never): unknown => {
    try {
      return call(policy);
    } catch (error) {
      if (error instanceof PolicyError) return { issues: error.issues };
      throw error;
    }
  };

interface PolicyTaker {
  readonly name: string;
  readonly defaults: object;
  readonly call: (policy: never) => { readonly issues?: readonly { code: string; path: readonly (string | number)[] }[] } | unknown;
  /** Reports a bad policy as a `policy_invalid` issue at its path. */
  readonly reports?: 'issues' | 'rejection';
}

describe('fuzz: null and mistyped policy fields', () => {
  let takers: PolicyTaker[] = [];
  beforeAll(() => {
    const documents = [readFixture(PLAN_FIXTURES[0]), ...fc.sample(planArbitrary({ withObservations: true, withRecords: true, maxGoals: 3 }), { numRuns: 2, seed: 81 })];
    const plans: Plan[] = documents.map((d) => livedTo(assertPlan(d), 5));
    const plan = plans[0]!;
    const submitted = livedTo(assertPlan(documents[0]), 0);
    const asOf = plan.startDate;
    const evaluation = evaluatePlan(plan, [], { asOf });
    const calls = plan.metrics.find((m) => m.aggregation === 'sum') ?? plan.metrics[0]!;
    const team = { metrics: plan.metrics, reps: plans.map((p, i) => ({ repId: `rep-${i}`, observations: p.observations })) };
    const history = {
      asOf: '2026-06-30',
      metric: { id: calls.id, name: calls.name, unit: calls.unit, direction: calls.direction },
      periods: [1, 2, 3, 4, 5, 6].map((m) => ({ period: { key: `2026-0${m}`, start: `2026-0${m}-01`, end: `2026-0${m}-28` }, value: 60 - m * 5, standard: 100 })),
      roleStartDate: '2025-01-06',
    };
    // a population for the fairness analyses (on definePolicy: a bad field is a policy_invalid issue at its path)
    const fairness = populationOf([
      { label: 'East', states: placedOf(20, 2) },
      { label: 'West', states: placedOf(20, 6) },
    ]);
    const E = DEFAULT_EVALUATION_POLICY;
    const T = DEFAULT_TIMELINE_POLICY;
    takers = [
      { name: 'evaluatePlan', defaults: E, reports: 'issues', call: (policy) => evaluatePlan(plan, plan.observations, { asOf, policy }) },
      { name: 'evaluatePlans', defaults: E, reports: 'issues', call: (policy) => [...evaluatePlans(plans, { asOf, policy })][0] },
      { name: 'summarizeEvaluation', defaults: E, call: (policy) => summarizeEvaluation(evaluation, { policy }) },
      { name: 'recommendOutcome', defaults: E, reports: 'issues', call: typed((policy) => recommendOutcome(evaluation, policy)) },
      { name: 'detectRelapse', defaults: E, reports: 'issues', call: (policy) => detectRelapse(plan, plan.observations, { asOf: '2026-06-30', policy }) },
      { name: 'screenTeam', defaults: E, reports: 'issues', call: (policy) => screenTeam(team, { asOf: '2026-06-30', policy }) },
      { name: 'compareConsistency', defaults: E, reports: 'issues', call: (policy) => compareConsistency(plans, { policy }) },
      { name: 'analyzeAdverseImpact', defaults: DEFAULT_FAIRNESS_POLICY, reports: 'issues', call: (policy) => analyzeAdverseImpact(fairness.population, { groupOf: fairness.groupOf, asOf: AS_OF, policy }) },
      {
        name: 'reviewFairness',
        defaults: DEFAULT_FAIRNESS_POLICY,
        reports: 'issues',
        call: (policy) => reviewFairness(fairness.population, { asOf: AS_OF, attributes: [{ name: 'Region', groupOf: fairness.groupOf }], policy }),
      },
      { name: 'lintPlan', defaults: DEFAULT_LINT_POLICY, call: (policy) => lintPlan(plan, policy) },
      { name: 'checkSmartGoal', defaults: DEFAULT_SMART_POLICY, call: (policy) => checkSmartGoal(plan.goals[0]!, plan, { policy }) },
      { name: 'analyzeGap', defaults: DEFAULT_GAP_POLICY, call: (policy) => analyzeGap({ current: 20, standard: 40 }, history.metric, policy) },
      { name: 'analyzeTeamGaps', defaults: DEFAULT_GAP_POLICY, call: (policy) => analyzeTeamGaps(team, { metricId: calls.id, span: { start: plan.startDate, end: '2026-06-30' }, unit: 'month' }, policy) },
      { name: 'assessReadiness', defaults: DEFAULT_READINESS_POLICY, call: (policy) => assessReadiness(history, [{ date: '2026-04-06', notes: 'Reviewed.' }], policy) },
      { name: 'planTimeline', defaults: T, call: (policy) => planTimeline(plan, { asOf, policy }) },
      { name: 'planProgress', defaults: T, reports: 'issues', call: typed((policy) => planProgress(plan, { asOf, policy })) },
      { name: 'planPhases', defaults: T, reports: 'issues', call: typed((policy) => planPhases(plan, { asOf, policy })) },
      { name: 'extensionAllowance', defaults: T, reports: 'issues', call: typed((policy) => extensionAllowance(plan, { policy })) },
      { name: 'checkInSlots', defaults: T, reports: 'issues', call: typed((policy) => checkInSlots(plan, { asOf, policy })) },
      {
        name: 'transition',
        defaults: DEFAULT_LIFECYCLE_POLICY,
        reports: 'rejection',
        call: (policy) => transition(submitted, { type: 'submit_for_review' } as PlanCommand, { asOf: submitted.createdOn, actor: actorOf(submitted, 'manager'), policy }),
      },
      {
        name: 'transition (extend)',
        defaults: DEFAULT_LIFECYCLE_POLICY,
        reports: 'rejection',
        call: (policy) => transition(plan, { type: 'extend', days: 10, reason: 'More time.' } as PlanCommand, { asOf: '2026-03-01', actor: actorOf(plan, 'hr'), policy }),
      },
    ];
  }, 300_000);

  it('no function throws on a bad policy; the ones with issues report policy_invalid at its path', () => {
    const slowest = new SlowestInput();
    const inv = new Invariants();
    const runs = fuzzRuns(4_000);
    const seen = new Set<string>();
    const input = fc.nat({ max: takers.length - 1 }).chain((i) => fc.tuple(fc.constant(takers[i]!), badPolicy(takers[i]!.defaults)));
    fc.assert(
      fc.property(input, ([taker, bad]) => {
        seen.add(taker.name);
        const label = () => describeBad(taker.name, bad);
        const result = inv.call(taker.name, () => slowest.time(() => taker.call(bad.policy as never)), label);
        if (!result.ok || !taker.reports || !surelyInvalid(taker.defaults, bad)) return;
        const value = result.value as { ok?: boolean; issues?: readonly { code: string; path: readonly (string | number)[] }[]; rejection?: { code: string; issues?: readonly { code: string; path: readonly (string | number)[] }[] } };
        if (taker.reports === 'issues') {
          const issue = value.issues?.find((i) => i.code === 'policy_invalid');
          const at = ['policy', ...bad.path];
          inv.check(`${taker.name} reports a bad policy field as policy_invalid`, issue !== undefined, label);
          if (issue) inv.check(`${taker.name}'s policy_invalid is at the field's path`, at.every((key, k) => issue.path[k] === key), () => `${label()}: at ${JSON.stringify(issue.path)}`);
        } else {
          const refused = value.ok === false && (value.rejection?.code === 'policy_invalid' || (value.rejection?.issues ?? []).some((i) => i.code === 'policy_invalid'));
          inv.check(`${taker.name} refuses a bad policy with policy_invalid`, refused, () => `${label()}: ${value.ok ? 'accepted' : value.rejection?.code}`);
        }
      }),
      { numRuns: runs },
    );
    recordFuzz('policies (null and mistyped)', runs, slowest.ms);
    inv.assertNone();
    if (runs >= 1_000) expect([...seen].sort()).toEqual(takers.map((t) => t.name).sort());
  });
});
