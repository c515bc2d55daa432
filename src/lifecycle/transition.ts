import { freeze, produce, produceWithPatches } from 'immer';
import { isCalendarDate } from '../dates/calendar.js';
import { ActorSchema, PlanEventSchema } from '../schema/entities.js';
import { fromZodIssues, makeIssue, type PlanIssue } from '../schema/issues.js';
import { LIMITS } from '../schema/limits.js';
import { parsePlan } from '../schema/parse.js';
import type { Plan, PlanEvent } from '../schema/types.js';
import { commandsAccepted, PLAN_STATE_CHART, transitionsFor } from './chart.js';
import { PLAN_COMMAND_TYPES, PlanCommandSchema, type PlanCommand, type PlanCommandType } from './commands.js';
import { HANDLERS, phaseFor } from './handlers.js';
import { rejectionMessage, type LifecycleRejectionCode, type RejectionFacts } from './messages.js';
import type { Outcome, Validation } from './outcome.js';
import { ensurePatches, toPlanPatches } from './patches.js';
import { resolveLifecyclePolicy } from './policy.js';
import type { LifecycleEvent, LifecycleRejection, TransitionContext, TransitionResult } from './types.js';

const MAX_REPORTED_ISSUES = 20;

/** Re-check the changed plan with `parsePlan`, skipping the log and (unless needed) the observations. */
function validateCandidate(before: Plan, next: Plan, validation: Validation): readonly PlanIssue[] {
  const base = { ...next, events: [] };
  if (validation === 'full' || validation === 'structure') {
    const result = parsePlan(validation === 'full' ? base : { ...base, observations: [] });
    return result.ok ? [] : result.issues;
  }
  // New observations only: their issues point into the command's `observations`.
  const result = parsePlan({ ...base, observations: validation.observations });
  const issues = result.ok ? [] : [...result.issues];
  const taken = new Set<string>();
  for (const observation of before.observations) if (observation.id !== undefined) taken.add(observation.id);
  validation.observations.forEach((observation, index) => {
    if (observation.id === undefined) return;
    if (taken.has(observation.id)) issues.push(makeIssue('duplicate_id', ['observations', index, 'id'], { value: JSON.stringify(observation.id) }, 'command'));
    taken.add(observation.id);
  });
  return issues;
}

/**
 * Immer freezes the untouched parts of its base along with the result. A parsed plan is frozen
 * already; any other object is copied first, so the caller's objects are never frozen.
 */
function frozenSource(plan: Plan): Plan {
  return Object.isFrozen(plan) ? plan : freeze(JSON.parse(JSON.stringify(plan)) as Plan, true);
}

function commandType(command: unknown): string {
  if (typeof command !== 'object' || command === null) return 'unknown';
  const type = (command as { type?: unknown }).type;
  return typeof type === 'string' ? type.slice(0, 60) : 'unknown';
}

/**
 * Apply one command to a plan, purely: the plan, the command and the context (who, when, which
 * policy) in; the new plan, the domain events and the effects out, or a rejection with a `code`
 * and a `message`. Never throws for an expected refusal (wrong state, wrong role, a failed guard,
 * a malformed command).
 *
 * The command is looked up in {@link PLAN_STATE_CHART} (state and role), validated with
 * {@link PlanCommandSchema}, its guards are checked, and the change is made with immer's
 * `produceWithPatches`. Every accepted command appends a log entry (`seq`, `at`, `actor`, the
 * command as JSON, the immer patches, the events produced) to `plan.events`, from which
 * {@link replay} rebuilds the plan. One exception: an `advance` that changes nothing and produces
 * no event is accepted (its reminders are returned) but not logged, so a nightly job does not grow
 * the log. The returned plan is deeply frozen and the input plan is never changed (nor frozen: a
 * plan that is not frozen, i.e. not from `parsePlan`, is copied first); the plan must be a valid
 * `Plan` (see `parsePlan`), and the result passes `parsePlan` again.
 *
 * @example
 * ```ts
 * const result = transition(plan, { type: 'approve' }, { asOf: '2026-01-02', actor: { id: 'hr-priya', role: 'hr' } });
 * result.ok && result.plan.status; // => "awaiting_acknowledgement"
 * const refused = transition(plan, { type: 'approve' }, { asOf: '2026-01-02', actor: { id: 'mgr-dana', role: 'manager' } });
 * !refused.ok && refused.rejection.code; // => "wrong_role"
 * ```
 */
export function transition(input: Plan, command: PlanCommand, ctx: TransitionContext): TransitionResult {
  ensurePatches();
  const plan = frozenSource(input);
  const status = plan.status;
  const type = commandType(command);
  const reject = (code: LifecycleRejectionCode, facts: Partial<RejectionFacts> = {}, extra: Partial<LifecycleRejection> = {}): TransitionResult =>
    freeze({ ok: false, rejection: { code, message: rejectionMessage(code, { command: type, status, ...facts }), command: type, status, ...extra } }, true);

  if (!(PLAN_COMMAND_TYPES as readonly string[]).includes(type)) {
    return reject('unknown_command', { allowed: PLAN_COMMAND_TYPES }, { allowedCommands: PLAN_COMMAND_TYPES });
  }
  const known = type as PlanCommandType;
  if (typeof ctx !== 'object' || ctx === null || !isCalendarDate(ctx.asOf)) {
    return reject('invalid_context', { detail: 'asOf must be a real calendar date written YYYY-MM-DD' });
  }
  const actor = ActorSchema.safeParse(ctx.actor);
  if (!actor.success) return reject('invalid_context', { detail: 'actor must be { id, role } with role manager, employee, hr or system' });

  const edges = transitionsFor(known, status);
  if (edges.length === 0) {
    const allowed = commandsAccepted(status);
    const readOnly = PLAN_STATE_CHART.states.find((state) => state.status === status)?.readOnly === true;
    return reject(readOnly ? 'plan_closed' : 'wrong_state', { allowed }, { allowedCommands: allowed });
  }
  if (!edges.some((edge) => edge.roles.includes(actor.data.role))) {
    const roles = [...new Set(edges.flatMap((edge) => edge.roles))];
    return reject('wrong_role', { role: actor.data.role, roles }, { allowedRoles: roles });
  }
  const parsed = PlanCommandSchema.safeParse(command);
  if (!parsed.success) {
    const issues = fromZodIssues(parsed.error.issues, 'command').slice(0, MAX_REPORTED_ISSUES);
    return reject('invalid_command', { detail: issues[0]?.message ?? 'see the issues' }, { issues });
  }
  if (plan.events.length >= LIMITS.events) return reject('log_full', { count: plan.events.length });
  const last = plan.events.at(-1)?.at;
  if (last !== undefined && ctx.asOf < last) return reject('clock_backwards', { date: last }, { date: last });

  // JSON in, JSON stored: drops nothing a parsed command has, turns -0 into 0.
  const normalized = JSON.parse(JSON.stringify(parsed.data)) as PlanCommand;
  const policy = resolveLifecyclePolicy(ctx.policy);
  const resolved = { asOf: ctx.asOf, actor: actor.data, policy, goalsMet: ctx.goalsMet };
  const outcome: Outcome = (HANDLERS[known] as (...args: unknown[]) => Outcome)(plan, normalized, resolved, edges[0]!.to);
  if (!outcome.ok) return reject(outcome.code, outcome.facts, outcome.extra);
  if (!edges.some((edge) => edge.to === outcome.to)) {
    throw new Error(`improvement-plan: ${known} in ${status} led to ${outcome.to}, which the state chart does not allow`);
  }

  const [next, patches] = produceWithPatches(plan, (draft) => {
    outcome.recipe(draft);
    if (draft.status !== outcome.to) draft.status = outcome.to;
    if (outcome.to === 'active') {
      const phase = phaseFor(draft as unknown as Plan, ctx.asOf, policy);
      if (draft.phase !== phase) draft.phase = phase;
    } else if (draft.phase !== undefined) delete draft.phase;
  });
  if (outcome.validate) {
    const issues = validateCandidate(plan, next, outcome.validate);
    if (issues.length > 0) {
      return reject('invalid_change', { detail: issues[0]?.message ?? 'see the issues' }, { issues: issues.slice(0, MAX_REPORTED_ISSUES) });
    }
  }
  const produced: readonly LifecycleEvent[] = [...outcome.produced, ...(outcome.after ? outcome.after(next) : [])];
  if (known === 'advance' && patches.length === 0 && produced.length === 0) {
    return freeze({ ok: true, plan, events: [], effects: outcome.effects, entry: undefined }, true);
  }
  const entry: PlanEvent = {
    seq: plan.events.length,
    at: ctx.asOf,
    actor: { id: actor.data.id, role: actor.data.role },
    command: normalized as unknown as PlanEvent['command'],
    patches: toPlanPatches(patches),
    produced: JSON.parse(JSON.stringify(produced)) as PlanEvent['produced'],
  };
  const storable = PlanEventSchema.safeParse(entry);
  if (!storable.success) {
    const issues = fromZodIssues(storable.error.issues, 'event').slice(0, MAX_REPORTED_ISSUES);
    return reject('event_not_storable', { detail: issues[0]?.message ?? 'see the issues' }, { issues });
  }
  const logged = produce(next, (draft) => {
    draft.events.push(entry);
  });
  return freeze({ ok: true, plan: logged, events: produced, effects: outcome.effects, entry: logged.events.at(-1) }, true);
}
