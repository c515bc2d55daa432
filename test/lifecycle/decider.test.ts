/**
 * planDecider through Emmett's own in-memory event store and command handlers (a dev dependency):
 * a plan's whole life gives the same plan as `transition`, refusals throw and append nothing.
 */
import { CommandHandler, DeciderCommandHandler, getInMemoryEventStore } from '@event-driven-io/emmett';
import { describe, expect, it } from 'vitest';
import {
  planDecider,
  PlanDecisionError,
  planEndDate,
  shiftDate,
  transition,
  type Actor,
  type Plan,
  type PlanCommand,
  type PlanDeciderCommand,
  type PlanDeciderEvent,
  type PlanDeciderState,
} from '../../src/index.js';
import { readFixture } from '../support/fixtures.js';
import { planOf } from '../support/plans.js';
import { EMPLOYEE, HR, MANAGER, SYSTEM, withBasis } from './helpers.js';

const CRM: Actor = { id: 'crm-sync', role: 'system' };

/** One step of the life: the command, who sends it, and on which day (from the plan so far). */
interface Step {
  readonly command: PlanCommand;
  readonly actor: Actor;
  readonly on: (plan: Plan) => string;
}

const LIFE: readonly Step[] = [
  { command: { type: 'edit_draft', changes: { purpose: 'Conversion has stayed at a third of the team for two quarters.' } }, actor: MANAGER, on: () => '2025-12-29' },
  { command: { type: 'submit_for_review', note: 'Ready for HR.' }, actor: MANAGER, on: () => '2025-12-29' },
  { command: { type: 'approve', notes: 'Consistent with the team standard.' }, actor: HR, on: () => '2025-12-30' },
  { command: { type: 'acknowledge' }, actor: MANAGER, on: () => '2025-12-31' },
  { command: { type: 'acknowledge', comment: 'I understand the plan.' }, actor: EMPLOYEE, on: () => '2026-01-02' },
  { command: { type: 'activate' }, actor: HR, on: () => '2026-01-05' },
  { command: { type: 'record_check_in', checkIn: { date: '2026-01-12', status: 'held', notes: 'Reviewed five calls.', progress: [{ goalId: 'g-calls', note: 'Up to 31 calls.', value: 31 }] } }, actor: MANAGER, on: () => '2026-01-12' },
  { command: { type: 'record_support_delivery', delivery: { commitmentId: 'sup-workshop', date: '2026-01-14', status: 'delivered' } }, actor: MANAGER, on: () => '2026-01-14' },
  { command: { type: 'record_observations', observations: [{ id: 'o-1', metricId: 'm-calls', date: '2026-01-16', value: 38 }] }, actor: CRM, on: () => '2026-01-16' },
  { command: { type: 'advance' }, actor: SYSTEM, on: () => '2026-01-16' },
  { command: { type: 'pause', reason: 'Leave.' }, actor: MANAGER, on: () => '2026-01-20' },
  { command: { type: 'resume', note: 'Back.' }, actor: MANAGER, on: () => '2026-01-27' },
  { command: { type: 'record_check_in', checkIn: { date: '2026-02-02', status: 'held', notes: 'Back on track.' } }, actor: MANAGER, on: () => '2026-02-02' },
  { command: { type: 'extend', days: 14, reason: 'Two weeks lost to the leave.' }, actor: HR, on: () => '2026-02-03' },
  { command: { type: 'begin_evaluation' }, actor: MANAGER, on: (plan) => planEndDate(plan) },
  { command: { type: 'close', outcome: 'successful', reason: 'Conversion reached the target.' }, actor: HR, on: (plan) => shiftDate(planEndDate(plan), 1) },
  { command: { type: 'start_monitoring' }, actor: HR, on: (plan) => shiftDate(planEndDate(plan), 2) },
  { command: { type: 'end_monitoring', note: 'Held up for two months.' }, actor: HR, on: (plan) => shiftDate(planEndDate(plan), 70) },
];

describe('planDecider in Emmett', () => {
  const document = readFixture('plan-90-day-conversion.json');
  const created = planOf(document);

  it('has the shape of Emmett\'s Decider: initialState is no plan', () => {
    expect(planDecider.initialState()).toBeNull();
    expect(Object.keys(planDecider).sort()).toEqual(['decide', 'evolve', 'initialState']);
  });

  it('runs a plan\'s whole life through CommandHandler and the in-memory event store, equal to transition', async () => {
    const eventStore = getInMemoryEventStore();
    const handle = CommandHandler<PlanDeciderState, PlanDeciderEvent>({ evolve: planDecider.evolve, initialState: planDecider.initialState });
    const id = 'plan-pip-2026-0007';
    const first = await handle(eventStore, id, (state) => planDecider.decide({ type: 'CreatePlan', data: { plan: document } }, state));
    expect(first.newState).toEqual(created);

    let expected = created;
    let accepted = 0;
    for (const step of LIFE) {
      const asOf = step.on(expected);
      const command = withBasis(step.command, asOf);
      const direct = transition(expected, command, { asOf, actor: step.actor });
      if (!direct.ok) throw new Error(`${step.command.type} refused by transition: ${direct.rejection.code} ${direct.rejection.message}`);
      const result = await handle(eventStore, id, (state) => planDecider.decide({ type: 'ExecutePlanCommand', data: { command, asOf, actor: step.actor } }, state));
      expect(result.newState).toEqual(direct.plan);
      expect(result.newEvents).toHaveLength(direct.entry ? 1 : 0);
      if (direct.entry) accepted += 1;
      expected = direct.plan;
    }
    expect(expected.status).toBe('completed');
    // Reading the stream back from the store folds to the same plan.
    const read = await eventStore.readStream<PlanDeciderEvent>(id);
    expect(read.events).toHaveLength(1 + accepted);
    const folded = read.events.reduce<PlanDeciderState>((state, event) => planDecider.evolve(state, event as PlanDeciderEvent), planDecider.initialState());
    expect(folded).toEqual(expected);
    expect(folded?.events).toHaveLength(accepted);
    const aggregated = await eventStore.aggregateStream<PlanDeciderState, PlanDeciderEvent>(id, { evolve: planDecider.evolve, initialState: planDecider.initialState });
    expect(aggregated.state).toEqual(expected);
  });

  it('runs the same life through DeciderCommandHandler', async () => {
    const eventStore = getInMemoryEventStore();
    const handle = DeciderCommandHandler<PlanDeciderState, PlanDeciderCommand, PlanDeciderEvent>(planDecider);
    const id = 'plan-decider';
    await handle(eventStore, id, { type: 'CreatePlan', data: { plan: document } });
    let expected = created;
    for (const step of LIFE) {
      const asOf = step.on(expected);
      const command = withBasis(step.command, asOf);
      const direct = transition(expected, command, { asOf, actor: step.actor });
      if (!direct.ok) throw new Error(`${step.command.type} refused by transition: ${direct.rejection.code}`);
      const result = await handle(eventStore, id, { type: 'ExecutePlanCommand', data: { command, asOf, actor: step.actor } });
      expect(result.newState).toEqual(direct.plan);
      expected = direct.plan;
    }
  });

  it('throws a PlanDecisionError with the rejection for a command that does not fit, and appends nothing', async () => {
    const eventStore = getInMemoryEventStore();
    const handle = DeciderCommandHandler<PlanDeciderState, PlanDeciderCommand, PlanDeciderEvent>(planDecider);
    await handle(eventStore, 'p', { type: 'CreatePlan', data: { plan: document } });
    const attempt = handle(eventStore, 'p', { type: 'ExecutePlanCommand', data: { command: { type: 'submit_for_review' }, asOf: '2025-12-29', actor: EMPLOYEE } });
    await expect(attempt).rejects.toBeInstanceOf(PlanDecisionError);
    await expect(attempt).rejects.toMatchObject({ code: 'rejected', rejection: { code: 'wrong_role' } });
    expect((await eventStore.readStream('p')).events).toHaveLength(1);
    const again = handle(eventStore, 'p', { type: 'CreatePlan', data: { plan: document } });
    await expect(again).rejects.toMatchObject({ code: 'plan_exists' });
    const empty = handle(eventStore, 'q', { type: 'ExecutePlanCommand', data: { command: { type: 'activate' }, asOf: '2026-01-05', actor: HR } });
    await expect(empty).rejects.toMatchObject({ code: 'plan_not_found' });
    const invalid = handle(eventStore, 'r', { type: 'CreatePlan', data: { plan: { ...(document as object), startDate: '2026-02-30' } } });
    await expect(invalid).rejects.toMatchObject({ code: 'invalid_plan', issues: [expect.objectContaining({ code: 'invalid_date' })] });
    expect((await eventStore.readStream('r')).events).toHaveLength(0);
  });

  it('folds entries written in the current version as they are, and refuses an entry out of order', () => {
    const submitted = transition(created, { type: 'submit_for_review' }, { asOf: '2025-12-29', actor: MANAGER });
    if (!submitted.ok || !submitted.entry) throw new Error('submit refused');
    const event: PlanDeciderEvent = { type: 'PlanEntryRecorded', data: { schemaVersion: 1, entry: submitted.entry, effects: [] } };
    expect(planDecider.evolve(created, event)).toEqual(submitted.plan);
    expect(() => planDecider.evolve(submitted.plan, event)).toThrow(PlanDecisionError);
    expect(() => planDecider.evolve(null, event)).toThrow(/before PlanCreated/);
  });
});
