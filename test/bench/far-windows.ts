/**
 * How long `evaluatePlan` takes when goal windows reach far outside the plan (issue 13, finding 9):
 * the 90-day fixture plan with goal windows from 0001-01-01 to 9999-12-31, which the schema
 * accepts (lint warns, but evaluation does not require lint). The evaluation's cost must follow
 * the plan's own span and `asOf`, whatever a window says. A script, not a test: timings belong in
 * notes, never in assertions (test/evaluate/far-windows.test.ts checks the bound structurally).
 *
 *   npx tsx test/bench/far-windows.ts            # each case once after a warm-up, best of 3
 *   npx tsx test/bench/far-windows.ts --repeats 1
 */
import { performance } from 'node:perf_hooks';
import { assertPlan, evaluatePlan, type PlanInput } from '../../src/index.js';
import { fixtureInput, weeklyObservations } from '../support/scenario.js';

type Goals = NonNullable<PlanInput['goals']>;

const FAR = { start: '0001-01-01', end: '9999-12-31' } as const;
const AS_OF = '2026-03-02';

function argument(name: string, fallback: number): number {
  const at = process.argv.indexOf(`--${name}`);
  return at >= 0 ? Number(process.argv[at + 1]) : fallback;
}

/** The fixture plan with its goals changed by `goals` (weights dropped: equal weights), and 13 weeks of observations. */
function planWith(goals: (fixture: Goals) => Goals): PlanInput {
  const input = fixtureInput();
  input.goals = goals((input.goals ?? []).map(({ weight: _weight, ...goal }) => goal));
  input.observations = weeklyObservations(input.startDate, 13, {
    'm-calls': (w) => 30 + w,
    'm-call-meeting': (w) => ({ numerator: 5 + w, denominator: 100 }),
    'm-won-revenue': (w) => (w % 3 === 0 ? 500_000 : undefined),
    'm-discovery': (w) => (w % 4 === 0 ? 2 + (w > 6 ? 1 : 0) : undefined),
  });
  return input;
}

/** The fixture's weekly calls goal (40 calls per week) with `change` applied. */
const callsGoal = (goals: Goals, change: Partial<Goals[number]>): Goals[number] => ({ ...goals.find((g) => g.id === 'g-calls')!, ...change });
const PER_DAY = { basis: 'per_day', baseline: 5, target: 8 } as const;

const CASES: readonly { readonly name: string; readonly input: PlanInput }[] = [
  {
    name: 'one per_week goal far (the other 3 in the plan)',
    input: planWith((goals) => goals.map((g) => (g.id === 'g-calls' ? callsGoal(goals, { window: FAR }) : g))),
  },
  {
    name: 'one per_day goal far (the other 3 in the plan)',
    input: planWith((goals) => goals.map((g) => (g.id === 'g-calls' ? callsGoal(goals, { ...PER_DAY, window: FAR }) : g))),
  },
  {
    name: '10 goals far (weekly, daily, monthly, window)',
    input: planWith((goals) => [
      ...goals.map((g) => ({ ...g, window: FAR })),
      callsGoal(goals, { id: 'g-calls-day', ...PER_DAY, window: FAR }),
      callsGoal(goals, { id: 'g-calls-month', basis: 'per_month', baseline: 100, target: 160, window: FAR }),
      ...[2, 3, 4, 5].map((n) => callsGoal(goals, { id: `g-calls-${n}`, window: FAR })),
    ]),
  },
];

const repeats = argument('repeats', 3);
console.log(`evaluatePlan at ${AS_OF}, goal windows ${FAR.start}..${FAR.end} (best of ${repeats}; node ${process.version})`);
for (const { name, input } of CASES) {
  const plan = assertPlan(input);
  let best = Number.POSITIVE_INFINITY;
  let periods = 0;
  for (let r = 0; r < repeats; r += 1) {
    const started = performance.now();
    const evaluation = evaluatePlan(plan, [], { asOf: AS_OF });
    best = Math.min(best, performance.now() - started);
    periods = evaluation.goals.reduce((sum, g) => sum + g.periods.length, 0);
  }
  console.log(`${name.padEnd(60)} ${plan.goals.length.toString().padStart(2)} goals  ${best.toFixed(1).padStart(9)} ms  (${periods} periods in the result)`);
}
