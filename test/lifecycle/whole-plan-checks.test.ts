/**
 * Integration of issue 13's two halves: `transition` checks a change at the cost of the change
 * (the record lists reduced to their new items), while `parsePlan`'s integrity rules compare the
 * plan's status with its records (HR's latest review, the acknowledgements of the current
 * revision, the approval that precedes every signature, amendment, extension and pause). The
 * rules must see the records the change did not touch: an honest command on a plan that HR
 * approved and both people acknowledged is accepted, and what it returns parses.
 */
import { describe, expect, it } from 'vitest';
import { parsePlan, type Plan } from '../../src/index.js';
import { accept, activePlan, EMPLOYEE, HR, MANAGER, refuse, SYSTEM } from './helpers.js';

const parses = (plan: Plan): string[] => {
  const result = parsePlan(plan);
  return result.ok ? [] : result.issues.map((issue) => `${issue.code} at ${issue.path.join('.')}`);
};

describe('transition checks a change against the whole plan’s records', () => {
  it('records a check-in, observations and a delivery on an approved, acknowledged, active plan', () => {
    const active = activePlan();
    expect(active.reviews.at(-1)?.decision).toBe('approved');
    const checkedIn = accept(active, { type: 'record_check_in', checkIn: { date: '2026-01-09', status: 'held', notes: 'First week.' } }, MANAGER, '2026-01-09').plan;
    const observed = accept(checkedIn, { type: 'record_observations', observations: [{ metricId: 'm-calls', date: '2026-01-09', value: 31 }] }, SYSTEM, '2026-01-10').plan;
    const delivered = accept(observed, { type: 'record_support_delivery', delivery: { commitmentId: 'sup-workshop', date: '2026-01-14', status: 'delivered' } }, MANAGER, '2026-01-14').plan;
    expect(parses(delivered)).toEqual([]);
  });

  it('resumes a paused plan whose approval and acknowledgements were given before the pause', () => {
    const paused = accept(activePlan(), { type: 'pause', reason: 'Parental leave' }, MANAGER, '2026-02-02').plan;
    const resumed = accept(paused, { type: 'resume' }, MANAGER, '2026-02-12').plan;
    expect([resumed.status, resumed.pauses.at(-1)?.end]).toEqual(['active', '2026-02-11']);
    expect(parses(resumed)).toEqual([]);
  });

  it('amends an active plan (an amendment after the approval), then takes the new acknowledgements', () => {
    const active = activePlan();
    const amended = accept(active, { type: 'amend_goal', goal: { ...active.goals[1]!, target: 38 }, reason: 'Lead routing started late.' }, MANAGER, '2026-02-02').plan;
    expect(parses(amended)).toEqual([]);
    let plan = accept(amended, { type: 'acknowledge' }, EMPLOYEE, '2026-02-03').plan;
    plan = accept(plan, { type: 'acknowledge' }, MANAGER, '2026-02-03').plan;
    plan = accept(plan, { type: 'activate' }, HR, '2026-02-03').plan;
    const extended = accept(accept(plan, { type: 'record_check_in', checkIn: { date: '2026-02-06', status: 'held' } }, MANAGER, '2026-02-06').plan, { type: 'extend', days: 14, reason: 'Real progress.' }, HR, '2026-04-01').plan;
    expect(parses(extended)).toEqual([]);
  });

  it('still refuses a change the rest of the plan contradicts, with the rule’s code', () => {
    const active = activePlan();
    // weights are checked against every goal, not only the amended one
    const broken = refuse(active, { type: 'amend_goal', goal: { ...active.goals[1]!, weight: 40 }, reason: 'More weight on calls.' }, MANAGER, '2026-02-04');
    expect([broken.code, broken.issues?.[0]?.code]).toEqual(['invalid_change', 'weights_sum']);
  });
});
