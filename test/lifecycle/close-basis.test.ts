/**
 * Issue 19, item 4: `close` records the evaluation it rests on. The command carries `basis`
 * (as-of date, score, recommendation and its reason codes); a close without one, with one dated
 * after the close or before the evaluation could start, or against the recommendation without a
 * reason, is refused; the closure keeps the basis and the reason; old logs whose close carries no
 * basis still replay.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { planEndDate, replay, shiftDate, transition, type Plan, type PlanCommand } from '../../src/index.js';
import { demoStory } from '../../examples/demo.js';
import { FIXTURES } from '../support/fixtures.js';
import { accept, activePlan, HR, MANAGER } from './helpers.js';

const CLOSE_ON = '2026-04-06';

/** The 90-day plan in evaluation from its end date. */
function evaluating(): Plan {
  const plan = activePlan();
  const end = planEndDate(plan);
  return accept(plan, { type: 'begin_evaluation' }, MANAGER, end).plan;
}

const basisOn = (asOf: string, recommendation: 'successful' | 'not_met' | 'extend' | 'insufficient_evidence' = 'successful') => ({
  asOf,
  score: 81.4,
  recommendation,
  reasonCodes: recommendation === 'successful' ? ['required_goals_met_and_sustained'] : ['required_goal_not_met'],
});

function closeWith(plan: Plan, command: Record<string, unknown>, asOf = CLOSE_ON) {
  return transition(plan, { type: 'close', ...command } as PlanCommand, { asOf, actor: HR });
}

const codeOf = (result: ReturnType<typeof closeWith>): string => (result.ok ? 'accepted' : result.rejection.code);

describe('issue 19 item 4: close records the evaluation it rests on', () => {
  it('close successful with no evaluation at all is refused (evaluation_missing)', () => {
    const result = closeWith(evaluating(), { outcome: 'successful', reason: 'Sustained improvement.' });
    expect(codeOf(result)).toBe('evaluation_missing');
  });

  it('a basis dated after the close is refused (evaluation_out_of_date), with both dates in the message', () => {
    const result = closeWith(evaluating(), { outcome: 'successful', basis: basisOn(shiftDate(CLOSE_ON, 1)) });
    expect(codeOf(result)).toBe('evaluation_out_of_date');
    if (result.ok) return;
    expect(result.rejection.message).toContain(shiftDate(CLOSE_ON, 1));
    expect(result.rejection.message).toContain(CLOSE_ON);
  });

  it('a basis dated before the end date, on a plan whose goals were not met early, is refused (evaluation_out_of_date)', () => {
    const plan = evaluating();
    const end = planEndDate(plan);
    const early = shiftDate(end, -10);
    const result = closeWith(plan, { outcome: 'successful', basis: basisOn(early) });
    expect(codeOf(result)).toBe('evaluation_out_of_date');
    if (result.ok) return;
    expect(result.rejection.message).toContain(early);
    expect(result.rejection.message).toContain(end);
    // dated on the end date itself: accepted
    expect(codeOf(closeWith(plan, { outcome: 'successful', basis: basisOn(end) }))).toBe('accepted');
  });

  it('an early basis counts only when the goals were met on its date: a check-in after it does not make it early enough', () => {
    const active = activePlan();
    const progress = active.goals.map((g) => ({ goalId: g.id, note: 'Met', value: g.target }));
    const met = accept(active, { type: 'record_check_in', checkIn: { date: '2026-02-02', status: 'held', notes: 'All met', progress } }, MANAGER, '2026-02-02').plan;
    const early = accept(met, { type: 'begin_evaluation' }, MANAGER, '2026-02-03').plan;
    const closeOn = '2026-02-06';
    // dated the day before the check-in that met every goal: the goals were not met on that date
    const before = closeWith(early, { outcome: 'successful', basis: basisOn('2026-02-01') }, closeOn);
    expect(codeOf(before)).toBe('evaluation_out_of_date');
    if (!before.ok) expect(before.rejection.facts).toMatchObject({ basisDate: '2026-02-01', why: 'before_end' });
    // dated on or after it: the evaluation could begin then
    expect(codeOf(closeWith(early, { outcome: 'successful', basis: basisOn('2026-02-02') }, closeOn))).not.toBe('evaluation_out_of_date');
    expect(codeOf(closeWith(early, { outcome: 'successful', basis: basisOn('2026-02-03') }, closeOn))).not.toBe('evaluation_out_of_date');
  });

  it('an evaluation from before an extension no longer counts (evaluation_out_of_date)', () => {
    const plan = evaluating();
    const end = planEndDate(plan);
    const extended = accept(plan, { type: 'extend', days: 14, reason: 'More time for the pipeline to convert.' }, HR, end).plan;
    const newEnd = planEndDate(extended);
    expect(newEnd).toBe(shiftDate(end, 14));
    const again = accept(extended, { type: 'begin_evaluation' }, MANAGER, newEnd).plan;
    const closeOn = shiftDate(newEnd, 1);
    expect(codeOf(closeWith(again, { outcome: 'extended_then_closed', basis: basisOn(end) }, closeOn))).toBe('evaluation_out_of_date');
    expect(codeOf(closeWith(again, { outcome: 'extended_then_closed', basis: basisOn(newEnd) }, closeOn))).toBe('accepted');
  });

  it('an outcome other than the recommendation needs a non-blank reason (reason_required_against_recommendation)', () => {
    const plan = evaluating();
    const basis = basisOn(planEndDate(plan), 'extend');
    for (const reason of [undefined, '   ']) {
      const result = closeWith(plan, { outcome: 'successful', basis, ...(reason === undefined ? {} : { reason }) });
      expect(codeOf(result)).toBe('reason_required_against_recommendation');
      if (result.ok) continue;
      expect(result.rejection.message).toContain('extend');
      expect(result.rejection.message).toContain('successful');
    }
    expect(codeOf(closeWith(plan, { outcome: 'successful', basis, reason: 'The last two weeks closed the gap; HR agrees.' }))).toBe('accepted');
  });

  it('closing as recommended needs no reason, and the closure keeps the basis and the reason', () => {
    const plan = evaluating();
    const basis = basisOn(planEndDate(plan));
    const result = closeWith(plan, { outcome: 'successful', basis });
    expect(codeOf(result)).toBe('accepted');
    if (!result.ok) return;
    expect(result.plan.closure).toEqual({ outcome: 'successful', date: CLOSE_ON, by: HR.id, basis });
    const against = closeWith(plan, { outcome: 'not_met', basis, reason: 'The gains came from one deal.' });
    // not_met against a successful recommendation: accepted with its reason (the company kept its side or not, the not-met rule decides)
    if (against.ok) expect(against.plan.closure).toMatchObject({ outcome: 'not_met', basis, reason: 'The gains came from one deal.' });
    else expect(['support_not_delivered', 'check_ins_not_held']).toContain(against.rejection.code);
  });

  it('the closure with its basis replays, and a stored log whose close carries no basis (recorded before this version) still replays', () => {
    const story = demoStory();
    const closed = replay(story.draft, story.plan.events);
    expect(closed.ok ? 'replayed' : closed.message).toBe('replayed');
    expect(story.plan.closure?.basis).toBeDefined();
    const legacy = JSON.parse(readFileSync(join(FIXTURES, 'legacy', 'plan-90-day-lived-close-without-basis.json'), 'utf8')) as Plan;
    const close = legacy.events.find((e) => e.command.type === 'close');
    expect(close?.command).not.toHaveProperty('basis');
    const rebuilt = replay(story.draft, legacy.events);
    expect(rebuilt.ok ? 'replayed' : rebuilt.message).toBe('replayed');
    if (rebuilt.ok) expect(rebuilt.plan.closure).toEqual(legacy.closure);
  });
});
