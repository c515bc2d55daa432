/**
 * The bench evaluates at two as-of dates: after every plan has ended (the default 2026-12-31,
 * where every goal is `met` or `not_met`, so the code paths of running goals are never timed) and
 * mid-plan, picked here from the organisation's plan spans: the day halfway between the earliest
 * start and the latest end, where some plans have ended, some run and some have not started.
 */
import { fromDayNumber, toDayNumber } from '../../src/dates/calendar.js';
import type { GoalPhase } from '../../src/evaluate/codes.js';
import type { Plan } from '../../src/schema/types.js';
import { generateOrganisation } from './organisation.js';

type Library = typeof import('../../src/index.js');

/** The mid-plan as-of date of the bench organisation (`sample` plans of it; the generator's spans). */
export function midPlanAsOf(seed: number, sample: number): string {
  let first = Infinity;
  let last = -Infinity;
  for (const { plan } of generateOrganisation({ seed, plans: sample, observationsPerDay: 1 })) {
    const start = toDayNumber(plan.startDate);
    first = Math.min(first, start);
    last = Math.max(last, start + (plan.durationDays ?? 90) - 1);
  }
  return fromDayNumber(Math.round((first + last) / 2));
}

/** The goals' phases at `asOf` over `plans` (evaluated untimed), as a line of the bench's output. */
export function phaseMix(lib: Library, plans: readonly Plan[], asOf: string): string {
  const count: Record<GoalPhase, number> = { ended: 0, running: 0, not_started: 0 };
  let goals = 0;
  for (const evaluation of lib.evaluatePlans(plans, { asOf })) {
    for (const goal of evaluation.goals) {
      count[goal.phase] += 1;
      goals += 1;
    }
  }
  const share = (n: number): string => `${((100 * n) / Math.max(1, goals)).toFixed(0)}%`;
  return `goals at ${asOf} (${plans.length} plans): ${share(count.ended)} ended, ${share(count.running)} running, ${share(count.not_started)} not started`;
}
