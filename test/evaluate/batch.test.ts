import { describe, expect, expectTypeOf, it } from 'vitest';
import {
  evaluatePlan,
  evaluatePlans,
  evaluatePlansAsync,
  type EvaluatePlansOptions,
  type Observation,
  type Plan,
  type PlanEvaluation,
} from '../../src/index.js';
import { isDeepFrozen } from '../support/fixtures.js';
import { fixtureInput, per100, planOf, weeklyObservations, withRecords } from '../support/scenario.js';

const asOf = '2026-03-02';
const plans: Plan[] = [
  planOf(withRecords(fixtureInput())),
  planOf(withRecords(fixtureInput('plan-30-day-activity.json'))),
  planOf(withRecords(fixtureInput('plan-60-day-skill.json'))),
];
const feeds = new Map<string, Observation[]>([
  [
    plans[0]!.id,
    weeklyObservations('2026-01-05', 8, {
      'm-call-meeting': (w) => per100(6 + w),
      'm-calls': (w) => 30 + w,
      'm-won-revenue': (w) => (w === 5 ? 1_000_000 : undefined),
      'm-unknown': () => 1,
    }),
  ],
]);
const observationsFor = (plan: Plan): Observation[] | undefined => feeds.get(plan.id);

/** A source that records how many plans were pulled from it. */
function counted(items: readonly Plan[]): { source: Generator<Plan>; pulled: () => number } {
  let pulled = 0;
  function* source(): Generator<Plan> {
    for (const plan of items) {
      pulled += 1;
      yield plan;
    }
  }
  return { source: source(), pulled: () => pulled };
}

describe('evaluatePlans', () => {
  it('gives, for each plan in order, exactly what evaluatePlan gives', () => {
    const policy = { seriesUnit: 'month' as const, sustainShare: 3 };
    const batch = [...evaluatePlans(plans, { asOf, policy, observationsFor })];
    expect(batch).toEqual(plans.map((plan) => evaluatePlan(plan, observationsFor(plan), { asOf, policy })));
    expect(batch.map((e) => e.planId)).toEqual(plans.map((p) => p.id));
    // The bad policy field is reported in every result, the unknown metric in the fed plan's only.
    expect(batch.map((e) => e.issues.map((i) => i.code))).toEqual([
      ['policy_invalid', ...Array<string>(8).fill('observation_unknown_metric')],
      ['policy_invalid'],
      ['policy_invalid'],
    ]);
    for (const evaluation of batch) expect(isDeepFrozen(evaluation)).toBe(true);
  });

  it('is lazy: it pulls one plan, and asks for its feed, only when the next result is asked for', () => {
    const { source, pulled } = counted(plans);
    const asked: string[] = [];
    const results = evaluatePlans(source, { asOf, observationsFor: (plan) => (asked.push(plan.id), observationsFor(plan)) });
    expect(pulled()).toBe(0);
    expect(results.next().value?.planId).toBe(plans[0]!.id);
    expect([pulled(), asked]).toEqual([1, [plans[0]!.id]]);
    expect(results.next().value?.planId).toBe(plans[1]!.id);
    expect([pulled(), asked.length]).toEqual([2, 2]);
    expect([...results].map((e) => e.planId)).toEqual([plans[2]!.id]);
    expect(results.next().done).toBe(true);
  });

  it('streams an endless source: results come while plans keep coming', () => {
    function* endless(): Generator<Plan> {
      for (;;) yield* plans;
    }
    const seen: string[] = [];
    for (const evaluation of evaluatePlans(endless(), { asOf })) {
      seen.push(evaluation.planId);
      if (seen.length === 7) break;
    }
    expect(seen).toEqual([...plans, ...plans, plans[0]!].map((p) => p.id));
  });

  it('checks asOf at once, before any plan is read', () => {
    const { source, pulled } = counted(plans);
    expect(() => evaluatePlans(source, { asOf: '2026-02-30' })).toThrow(RangeError);
    expect(pulled()).toBe(0);
    expect(() => evaluatePlansAsync(source, { asOf: '6 April' })).toThrow(RangeError);
  });

  it('evaluates nothing for no plans', () => {
    expect([...evaluatePlans([], { asOf })]).toEqual([]);
  });
});

describe('evaluatePlansAsync', () => {
  it('reads an asynchronous source lazily, with feeds that may be promises, and gives evaluatePlan\'s results', async () => {
    let pulled = 0;
    async function* cursor(): AsyncGenerator<Plan> {
      for (const plan of plans) {
        pulled += 1;
        await Promise.resolve();
        yield plan;
      }
    }
    const results = evaluatePlansAsync(cursor(), { asOf, observationsFor: async (plan) => observationsFor(plan) });
    const first = await results.next();
    expect(pulled).toBe(1);
    expect(first.value).toEqual(evaluatePlan(plans[0]!, observationsFor(plans[0]!), { asOf }));
    const rest: PlanEvaluation[] = [];
    for await (const evaluation of results) rest.push(evaluation);
    expect(rest).toEqual(plans.slice(1).map((plan) => evaluatePlan(plan, observationsFor(plan), { asOf })));
    expect(pulled).toBe(3);
  });

  it('also takes a plain iterable', async () => {
    const out: string[] = [];
    for await (const evaluation of evaluatePlansAsync(plans, { asOf })) out.push(evaluation.planId);
    expect(out).toEqual(plans.map((p) => p.id));
  });
});

describe('batch API types', () => {
  it('yields PlanEvaluation from any iterable of plans', () => {
    expectTypeOf(evaluatePlans).parameter(0).toEqualTypeOf<Iterable<Plan>>();
    expectTypeOf(evaluatePlans(plans, { asOf })).toEqualTypeOf<Generator<PlanEvaluation, void, undefined>>();
    expectTypeOf(evaluatePlansAsync(plans, { asOf })).toEqualTypeOf<AsyncGenerator<PlanEvaluation, void, undefined>>();
    expectTypeOf<EvaluatePlansOptions['observationsFor']>().toEqualTypeOf<((plan: Plan) => Iterable<Observation> | null | undefined) | undefined>();
  });
});
