/**
 * A plan produced by honest `transition` calls always parses: the integrity rules never reject a
 * state the lifecycle reaches. Checked on the demo's whole life (every log entry replayed one at a
 * time) and on generated plans driven through every kind of record: reviews, acknowledgements,
 * amendments (re-acknowledged), pauses, an extension, the close, monitoring, withdrawal.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { demoStory } from '../../examples/demo.js';
import {
  parsePlan,
  planEndDate,
  replay,
  serializePlan,
  shiftDate,
  transition,
  type Actor,
  type Plan,
  type PlanCommand,
} from '../../src/index.js';
import { planArbitrary } from '../../src/testing/index.js';
import { withBasis } from '../support/plan-life.js';
import { runs } from '../support/runs.js';

function expectParses(plan: Plan, label: string): void {
  const again = parsePlan(JSON.parse(serializePlan(plan)) as unknown);
  expect(again.ok, `${label}: ${again.ok ? '' : JSON.stringify(again.issues.slice(0, 5))}`).toBe(true);
}

describe('honest lives parse at every step', () => {
  it("the demo's plan, replayed one log entry at a time from its draft", () => {
    const story = demoStory();
    let plan = story.draft;
    expectParses(plan, 'draft');
    for (const entry of story.plan.events) {
      const next = replay(plan, [entry]);
      if (!next.ok) throw new Error(next.message);
      plan = next.plan;
      expectParses(plan, `after ${entry.seq} ${entry.command.type} on ${entry.at}`);
    }
    expect(plan).toEqual(story.plan);
  });

  type Step = readonly [PlanCommand, Actor['role'], (plan: Plan) => string];

  const actorOf = (plan: Plan, role: Actor['role']): Actor =>
    role === 'manager' ? { id: plan.manager.id, role } : role === 'employee' ? { id: plan.employee.id, role } : role === 'hr' ? { id: plan.hrPartner?.id ?? 'hr-1', role } : { id: 'nightly-job', role };

  function live(start: Plan, steps: readonly Step[]): Plan {
    let plan = start;
    for (const [command, role, on] of steps) {
      const asOf = on(plan);
      const result = transition(plan, withBasis(command, asOf), { asOf, actor: actorOf(plan, role) });
      if (!result.ok) throw new Error(`${command.type} on ${asOf} in ${plan.status} refused: ${result.rejection.code} ${result.rejection.message}`);
      plan = result.plan;
      expectParses(plan, `${command.type} on ${asOf}`);
    }
    return plan;
  }

  const before = (plan: Plan, days: number) => shiftDate(plan.createdOn, days);
  const into = (plan: Plan, days: number) => shiftDate(plan.startDate, days);
  const afterEnd = (plan: Plan, days: number) => shiftDate(planEndDate(plan), days);
  const notBefore = (plan: Plan, date: string) => {
    const last = plan.events.at(-1)?.at;
    return last !== undefined && last > date ? last : date;
  };

  const toActive: readonly Step[] = [
    [{ type: 'submit_for_review' }, 'manager', (p) => before(p, 0)],
    [{ type: 'request_changes', reason: 'Name the workshop owner.' }, 'hr', (p) => before(p, 1)],
    [{ type: 'edit_draft', changes: { purpose: 'A documented gap; the workshop is run by enablement.' } }, 'manager', (p) => before(p, 1)],
    [{ type: 'submit_for_review' }, 'manager', (p) => before(p, 1)],
    [{ type: 'approve' }, 'hr', (p) => before(p, 2)],
    [{ type: 'acknowledge' }, 'manager', (p) => before(p, 2)],
    [{ type: 'amend_support', commitment: { id: 'sup-extra', kind: 'mentorship', description: 'A peer mentor.', owner: 'mgr-1', dueDates: [], goalIds: [] }, reason: 'HR asked for a mentor.' }, 'manager', (p) => before(p, 2)],
    [{ type: 'acknowledge' }, 'manager', (p) => before(p, 3)],
    [{ type: 'acknowledge', comment: 'I understand.' }, 'employee', (p) => before(p, 3)],
    [{ type: 'activate' }, 'hr', (p) => into(p, 0)],
  ];

  it('generated plans through amendments, pauses, an extension, the close and monitoring', () => {
    fc.assert(
      fc.property(planArbitrary(), fc.integer({ min: 1, max: 30 }), (input, extensionDays) => {
        const parsed = parsePlan(input);
        if (!parsed.ok) throw new Error('generated plans are valid');
        live(parsed.plan, [
          ...toActive,
          [{ type: 'advance' }, 'system', (p) => into(p, 3)],
          [{ type: 'pause', reason: 'Medical leave.' }, 'manager', (p) => into(p, 10)],
          [{ type: 'resume' }, 'manager', (p) => into(p, 15)],
          [{ type: 'amend_goal', goal: { ...parsed.plan.goals[0]!, title: `${parsed.plan.goals[0]!.title} (amended)` }, reason: 'New territory.' }, 'manager', (p) => into(p, 20)],
          [{ type: 'acknowledge' }, 'manager', (p) => into(p, 20)],
          [{ type: 'acknowledge' }, 'employee', (p) => into(p, 21)],
          [{ type: 'activate' }, 'hr', (p) => into(p, 21)],
          [{ type: 'pause', reason: 'Leave again.' }, 'manager', (p) => into(p, 25)],
          [{ type: 'resume' }, 'manager', (p) => into(p, 25)],
          // past its end, still active (nobody began the evaluation): paused, resumed, then extended
          [{ type: 'pause', reason: 'Leave again.' }, 'manager', (p) => afterEnd(p, 2)],
          [{ type: 'resume' }, 'manager', (p) => afterEnd(p, 6)],
          [{ type: 'begin_evaluation' }, 'manager', (p) => afterEnd(p, 7)],
          [{ type: 'extend', days: extensionDays, reason: 'Real progress.' }, 'hr', (p) => afterEnd(p, 7)],
          [{ type: 'advance' }, 'system', (p) => notBefore(p, afterEnd(p, 0))],
          [{ type: 'begin_evaluation' }, 'manager', (p) => notBefore(p, afterEnd(p, 0))],
          [{ type: 'close', outcome: 'extended_then_closed' }, 'hr', (p) => notBefore(p, afterEnd(p, 1))],
          [{ type: 'start_monitoring' }, 'hr', (p) => notBefore(p, afterEnd(p, 2))],
          [{ type: 'end_monitoring' }, 'hr', (p) => notBefore(p, afterEnd(p, 60))],
        ]);
      }),
      { numRuns: runs(15) },
    );
  });

  it('generated plans withdrawn from every open state', () => {
    const paths: readonly (readonly Step[])[] = [
      [],
      toActive.slice(0, 1),
      toActive.slice(0, 6),
      toActive,
      [...toActive, [{ type: 'pause', reason: 'Leave.' }, 'manager', (p) => into(p, 5)]],
      [...toActive, [{ type: 'pause', reason: 'Leave.' }, 'manager', (p) => into(p, 5)], [{ type: 'advance' }, 'system', (p) => into(p, 9)]],
      [...toActive, [{ type: 'begin_evaluation' }, 'manager', (p) => afterEnd(p, 0)]],
    ];
    fc.assert(
      fc.property(planArbitrary(), fc.constantFrom(...paths), (input, path) => {
        const parsed = parsePlan(input);
        if (!parsed.ok) throw new Error('generated plans are valid');
        const lived = live(parsed.plan, path);
        const on = lived.events.at(-1)?.at ?? lived.createdOn;
        live(lived, [[{ type: 'withdraw', reason: 'Role eliminated.' }, 'hr', () => shiftDate(on, 1)]]);
      }),
      { numRuns: runs(20) },
    );
  });
});
