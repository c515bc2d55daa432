/**
 * Run by tz.test.ts in child processes with different TZ values: prints the JSON of every
 * evaluator's result for fixed inputs.
 */
import {
  compareConsistency,
  detectRelapse,
  evaluatePlan,
  recommendOutcome,
  screenTeam,
  summarizeEvaluation,
  type PlanInput,
} from '../../src/index.js';
import { fixtureInput, per100, planOf, weeklyObservations, withRecords } from '../support/scenario.js';

const feed = weeklyObservations('2026-01-05', 13, {
  'm-call-meeting': (w) => per100(5 + (w % 5)),
  'm-calls': (w) => 28 + w,
  'm-discovery': (w) => (w % 3 === 0 ? 2 + (w > 5 ? 1 : 0) : undefined),
  'm-won-revenue': (w) => (w % 4 === 1 ? 1_300_000 : undefined),
});
const plan = planOf(withRecords(fixtureInput(), { supportMissed: (id, n) => id === 'sup-call-review' && n % 3 === 0 }));
const out: unknown[] = [];
for (const asOf of ['2026-01-04', '2026-01-20', '2026-03-08', '2026-03-29', '2026-04-04', '2026-04-06']) {
  const evaluation = evaluatePlan(plan, feed, { asOf });
  out.push(evaluation, recommendOutcome(evaluation), summarizeEvaluation(evaluation));
}
const closed: PlanInput = { ...withRecords(fixtureInput()), closure: { outcome: 'successful', date: '2026-04-06', by: 'mgr-dana' }, observations: feed };
out.push(detectRelapse(planOf(closed), weeklyObservations('2026-04-06', 12, { 'm-call-meeting': (w) => per100(w < 5 ? 13 : 6) }), { asOf: '2026-07-01' }));
const metrics = planOf(fixtureInput()).metrics;
out.push(
  screenTeam(
    {
      metrics,
      reps: [
        { repId: 'r1', observations: weeklyObservations('2026-01-05', 10, { 'm-calls': (w) => 50 - 3 * w, 'm-won-revenue': () => 900_000 }) },
        { repId: 'r2', observations: weeklyObservations('2026-01-05', 10, { 'm-calls': () => 45, 'm-won-revenue': () => 900_000 }) },
      ],
    },
    { asOf: '2026-03-15' },
  ),
);
out.push(compareConsistency([planOf(fixtureInput()), planOf(fixtureInput('plan-30-day-activity.json')), planOf(fixtureInput('plan-60-day-skill.json'))]));
process.stdout.write(JSON.stringify(out));
