/**
 * The public pipeline over plan documents, as one JSON text: parsePlan, lintPlan, checkSmartGoal
 * for every goal, the timeline (end date, phases, progress, check-in slots, support sessions,
 * milestones) on several days, the evaluation on those days (`evaluatePlan` with the plan's own
 * observations and the 90-day fixture's CRM feed, test/fixtures/observations-90-day.json, and its
 * `summarizeEvaluation`, the EvaluationSummary the CLI and renderers print), and the plan's life
 * through the lifecycle with the nightly `advance` on the way. Run by pipeline.test.ts in child processes under several TZ values: the
 * output must be byte-identical.
 *
 * As a script: `node --import tsx pipeline-snapshot.ts <documents.json>` prints the host's UTC
 * offset in minutes on two days (proves the zone took effect), then the snapshot.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  checkInSlots,
  checkSmartGoal,
  evaluatePlan,
  isCalendarDate,
  summarizeEvaluation,
  lintPlan,
  parsePlan,
  planEndDate,
  planMilestones,
  planPhases,
  planProgress,
  planTimeline,
  shiftDate,
  supportSessions,
  transition,
  type Observation,
  type Plan,
} from '../../src/index.js';
import { FIXTURES } from '../support/fixtures.js';
import { actorOf, PLAN_LIFE, withBasis } from '../support/plan-life.js';

/**
 * The 90-day fixture's CRM feed. Every plan is evaluated with it: the 90-day plan reads it, the
 * others report its observations as of unknown metrics (issues with their paths, also compared).
 */
const FEED = JSON.parse(readFileSync(join(FIXTURES, 'observations-90-day.json'), 'utf8')) as Observation[];

/** The evaluation and its summary on each day (days past the ends of the calendar left out). */
function evaluationsOf(plan: Plan, days: readonly string[]): unknown[] {
  return days.filter((asOf) => isCalendarDate(asOf)).map((asOf) => {
    const evaluation = evaluatePlan(plan, FEED, { asOf });
    return { evaluation, summary: summarizeEvaluation(evaluation) };
  });
}

function lifeOf(plan: Plan): unknown[] {
  const steps: unknown[] = [];
  let current = plan;
  const nightly = (asOf: string) => {
    const result = transition(current, { type: 'advance' }, { asOf, actor: actorOf(current, 'system') });
    steps.push(result);
    if (result.ok) current = result.plan;
  };
  for (const step of PLAN_LIFE) {
    const asOf = step.on(current);
    if (current.status === 'active') nightly(asOf);
    const result = transition(current, withBasis(step.command, asOf), { asOf, actor: actorOf(current, step.role) });
    steps.push(result.ok ? { events: result.events, effects: result.effects, entry: result.entry } : result);
    if (!result.ok) break;
    current = result.plan;
  }
  steps.push(current);
  return steps;
}

/** Everything the pipeline says about each document. */
export function pipelineSnapshot(documents: readonly unknown[]): string {
  return JSON.stringify(
    documents.map((document) => {
      const parsed = parsePlan(document);
      if (!parsed.ok) return { issues: parsed.issues };
      const plan = parsed.plan;
      const end = planEndDate(plan);
      const days = [shiftDate(plan.startDate, -1), plan.startDate, shiftDate(plan.startDate, 40), end, shiftDate(end, 5)];
      return {
        plan,
        lint: lintPlan(plan),
        smart: plan.goals.map((goal) => checkSmartGoal(goal, plan)),
        timeline: days.map((asOf) => planTimeline(plan, { asOf })),
        parts: days.map((asOf) => [planPhases(plan), planProgress(plan, { asOf }), checkInSlots(plan, { asOf }), supportSessions(plan, { asOf }), planMilestones(plan, { asOf })]),
        evaluations: evaluationsOf(plan, days),
        life: lifeOf(plan),
      };
    }),
  );
}

if (process.argv[1]?.endsWith('pipeline-snapshot.ts')) {
  const documents = JSON.parse(readFileSync(process.argv[2]!, 'utf8')) as unknown[];
  const offsets = [new Date(Date.UTC(2026, 0, 15)).getTimezoneOffset(), new Date(Date.UTC(2026, 6, 15)).getTimezoneOffset()];
  process.stdout.write(`${offsets.join(' ')}\n`);
  process.stdout.write(pipelineSnapshot(documents));
}
