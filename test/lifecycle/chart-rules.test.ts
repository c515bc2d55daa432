/**
 * The chart is the rules (issue 20): every state x every command type x every role, on the 90-day
 * plan lived through every state and on generated plans lived to any state. `transition` refuses
 * with the state's code (`wrong_state`, or `plan_closed` in a read-only state) exactly when the
 * chart has no edge from that state for that command; every other refusal a command's own rules
 * give (beyond the checks every command passes: its shape, the actor, the log, the changed plan)
 * comes from a guard the chart draws on that edge.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  parsePlan,
  planEndDate,
  PLAN_COMMAND_TYPES,
  PLAN_STATE_CHART,
  transition,
  type ActorRole,
  type LifecycleRejection,
  type Plan,
  type PlanCommand,
  type PlanCommandType,
  type PlanStatus,
} from '../../src/index.js';
import { COMMAND_MODULES } from '../../src/lifecycle/commands.js';
import type { ResolvedContext } from '../../src/lifecycle/outcome.js';
import { LIFECYCLE_POLICY } from '../../src/lifecycle/policy.js';
import { recordIndexOf } from '../../src/lifecycle/records.js';
import { livePlan, planLifeArbitrary } from '../../src/testing/lived-plan.js';
import { planArbitrary } from '../../src/testing/plan-arbitrary.js';
import { actorOf, livedTo, PLAN_LIFE } from '../support/plan-life.js';
import { plan90 } from '../support/plans.js';
import { runs } from '../support/runs.js';

const ROLES: readonly ActorRole[] = ['manager', 'employee', 'hr', 'system'];
const STATE_CODES: ReadonlySet<string> = new Set(['wrong_state', 'plan_closed']);
/** Refusals every command can get whatever its edge: the context, the role, the person, its shape, the log, the changed plan. */
const COMMON_CODES: ReadonlySet<string> = new Set([
  'invalid_context',
  'policy_invalid',
  'wrong_role',
  'wrong_person',
  'conflict_of_interest',
  'invalid_command',
  'log_full',
  'clock_backwards',
  'before_plan_created',
  'invalid_change',
  'event_not_storable',
]);

/** The chart's edges for a command in a state (read from the public chart). */
const edgesOf = (type: PlanCommandType, status: PlanStatus) => PLAN_STATE_CHART.transitions.filter((t) => t.command === type && t.from === status);

/** A well-formed command of each type for `plan` on `asOf` (its guards may still refuse it). */
function commandOf(type: PlanCommandType, plan: Plan, asOf: string): PlanCommand {
  const goal = plan.goals[0];
  const support = plan.support[0];
  const metric = plan.metrics[0];
  switch (type) {
    case 'edit_draft':
      return { type, changes: { purpose: 'A clearer purpose for the plan.' } };
    case 'request_changes':
    case 'pause':
    case 'withdraw':
      return { type, reason: 'Agreed in the weekly review.' };
    case 'record_check_in':
      return { type, checkIn: { date: asOf, status: 'held', notes: 'Reviewed every goal.' } };
    case 'record_observations':
      return { type, observations: [{ metricId: metric?.id ?? 'm', date: asOf, value: 3 }] };
    case 'record_support_delivery':
      return { type, delivery: { commitmentId: support?.id ?? 's', date: asOf, status: 'delivered' } };
    case 'amend_goal':
      return goal ? { type, goal: { ...goal, title: `${goal.title}, amended` }, reason: 'Agreed change.' } : ({ type, reason: 'No goal.' } as PlanCommand);
    case 'amend_support':
      return support ? { type, commitment: { ...support, description: `${support.description}, amended` }, reason: 'Agreed change.' } : ({ type, reason: 'No commitment.' } as PlanCommand);
    case 'amend_plan':
      return goal ? { type, goals: [{ ...goal, title: `${goal.title}, amended` }], reason: 'Agreed change.' } : ({ type, reason: 'No goal.' } as PlanCommand);
    case 'extend':
      return { type, days: 10, reason: 'Real progress.' };
    case 'close':
      return { type, outcome: 'successful', basis: { asOf, score: 82.5, recommendation: 'successful', reasonCodes: [] } };
    default:
      return { type } as PlanCommand;
  }
}

/** The refusals the guards the chart draws on the command's edge from the plan's state give, checked on the plan as it is. */
function drawnGuardCodes(plan: Plan, command: PlanCommand, asOf: string, role: ActorRole): Set<string> {
  const drawn = new Set(edgesOf(command.type, plan.status).flatMap((t) => t.guards));
  const ctx: ResolvedContext = { asOf, actor: actorOf(plan, role), policy: LIFECYCLE_POLICY.defaults, goalsMet: undefined, index: recordIndexOf(plan) };
  const codes = new Set<string>();
  const module = COMMAND_MODULES[command.type] as unknown as { edges: readonly { guards: readonly { name: string; check?: (p: Plan, c: PlanCommand, x: ResolvedContext) => { code: string } | undefined }[] }[] };
  for (const edge of module.edges) {
    for (const guard of edge.guards) {
      if (!drawn.has(guard.name as never)) continue;
      const refused = guard.check?.(plan, command, ctx);
      if (refused) codes.add(refused.code);
    }
  }
  return codes;
}

/** Send every command type from every role to `plan`; check the rules above; return the states and codes seen. */
function sweep(plan: Plan, asOf: string, seen: { states: Set<PlanStatus>; codes: Set<string> }): void {
  seen.states.add(plan.status);
  for (const type of PLAN_COMMAND_TYPES) {
    const hasEdge = edgesOf(type, plan.status).length > 0;
    for (const role of ROLES) {
      const command = commandOf(type, plan, asOf);
      const result = transition(plan, command, { asOf, actor: actorOf(plan, role) });
      const rejection: LifecycleRejection | undefined = result.ok ? undefined : result.rejection;
      const stateRefused = rejection !== undefined && STATE_CODES.has(rejection.code);
      expect(stateRefused, `${type} in ${plan.status} from ${role}: ${rejection?.code ?? 'accepted'}`).toBe(!hasEdge);
      if (rejection) seen.codes.add(rejection.code);
      if (!rejection || stateRefused || COMMON_CODES.has(rejection.code)) continue;
      expect([...drawnGuardCodes(plan, command, asOf, role)], `${type} in ${plan.status} refused ${rejection.code}: by a guard the chart draws`).toContain(rejection.code);
    }
  }
}

describe('the chart is the rules', () => {
  it('every state x every command x every role on the 90-day plan: the state code iff no edge, every other refusal by a drawn guard', () => {
    const seen = { states: new Set<PlanStatus>(), codes: new Set<string>() };
    for (let depth = 0; depth <= PLAN_LIFE.length; depth += 1) {
      const plan = livedTo(plan90(), depth);
      sweep(plan, plan.events.at(-1)?.at ?? plan.createdOn, seen);
      // on the end date too: the guards that turn on dates see another date
      if (plan.status === 'active' || plan.status === 'awaiting_acknowledgement') sweep(plan, planEndDate(plan), seen);
    }
    expect([...seen.states].sort()).toEqual(PLAN_STATE_CHART.states.map((s) => s.status).sort());
    // both state codes and guard refusals were met
    expect(seen.codes).toContain('wrong_state');
    expect(seen.codes).toContain('plan_closed');
    expect([...seen.codes].filter((code) => !STATE_CODES.has(code) && !COMMON_CODES.has(code)).length).toBeGreaterThan(3);
  });

  it('on generated plans lived to any state: the state code iff the chart has no edge', () => {
    const seen = { states: new Set<PlanStatus>(), codes: new Set<string>() };
    fc.assert(
      fc.property(planArbitrary({ withRecords: true }), planLifeArbitrary, (draft, life) => {
        // the same life lived to every state (and, as generated, perhaps withdrawn from it)
        for (const reach of [...PLAN_STATE_CHART.states.map((s) => s.status), life.reach]) {
          const parsed = parsePlan(livePlan(draft, { ...life, reach, withdrawn: reach === life.reach && life.withdrawn }));
          if (!parsed.ok) throw new Error(`lived plan does not parse: ${JSON.stringify(parsed.issues.slice(0, 2))}`);
          sweep(parsed.plan, planEndDate(parsed.plan), seen);
        }
      }),
      { numRuns: runs(10) },
    );
    expect(seen.states.size).toBe(PLAN_STATE_CHART.states.length);
  });

  it('draws the close basis: the refusals for the basis come from a guard on the close edge (it was missing from the chart)', () => {
    const close = PLAN_STATE_CHART.transitions.find((t) => t.command === 'close');
    expect(close?.guards).toContain('basis_current');
    expect(PLAN_STATE_CHART.guards.basis_current).toMatch(/evaluation/);
  });

  it("says in the not-met guard's label that the check-ins due must have been held too (the close refuses check_ins_not_held)", () => {
    expect(PLAN_STATE_CHART.guards.support_delivered_if_not_met).toMatch(/check-ins/);
  });

  it('gives each guard name one label, and every drawn guard a check (or, valid_change, a check of the changed plan)', () => {
    const labels = new Map<string, Set<string>>();
    for (const type of PLAN_COMMAND_TYPES) {
      for (const edge of COMMAND_MODULES[type].edges) {
        for (const guard of edge.guards) {
          labels.set(guard.name, (labels.get(guard.name) ?? new Set()).add(guard.label));
          expect(guard.check !== undefined || guard.name === 'valid_change', `${type}: ${guard.name} has a check`).toBe(true);
        }
      }
    }
    for (const [name, texts] of labels) {
      expect(texts.size, name).toBe(1);
      expect(PLAN_STATE_CHART.guards[name as keyof typeof PLAN_STATE_CHART.guards]).toBe([...texts][0]);
    }
    expect(Object.keys(PLAN_STATE_CHART.guards).sort()).toEqual([...labels.keys()].sort());
  });
});
