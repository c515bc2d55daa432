import { Immer, type Draft, type Patch } from 'immer';
import { issueText } from '../issues/issue.js';
import { deepFreeze as freeze } from '../frozen/deep-freeze.js';
import * as z from 'zod';
import { isCalendarDate } from '../dates/calendar.js';
import type { PlanIssueCode } from '../schema/codes.js';
import { quote, type PlanIssueFactsInput } from '../schema/messages.js';
import { ActorSchema, PlanEventSchema } from '../schema/entities.js';
import { fromZodIssues, makeIssue, type PlanIssue } from '../schema/issues.js';
import { LIMITS } from '../schema/limits.js';
import { checkIntegrity } from '../schema/integrity.js';
import { parsePlan } from '../schema/parse.js';
import { PlanShape, type PlanShapeOutput } from '../schema/plan-shape.js';
import type { Actor, Plan, PlanEvent, PlanPatch, PlanStatus } from '../schema/types.js';
import { commandsAccepted, PLAN_STATE_CHART, transitionsFor } from './chart.js';
import type { CommandEdge } from './command.js';
import { COMMAND_MODULES, PLAN_COMMAND_TYPES, PlanCommandSchema, type PlanCommand, type PlanCommandOf, type PlanCommandType } from './commands.js';
import { activePhase } from './guards.js';
import { noticesFor } from './notices.js';
import { rewordEffects, rewordRejection, type LifecycleLocale } from './catalogs.js';
import { LIFECYCLE_REJECTION_MESSAGES, type LifecycleRejectionCode, type NestedIssueFacts, type NestedPlanIssue, type RejectionFacts } from './messages.js';
import type { Outcome, Refused, RefusalArgs, ResolvedContext, Validation } from './outcome.js';
import { applyPlanPatches, ensurePatches, toPlanPatches } from './patches.js';
import { personRefusal } from './people.js';
import { LIFECYCLE_POLICY, type LifecyclePolicy } from './policy.js';
import { recordIndexOf, type RecordIndex } from './records.js';
import type { LifecycleEvent, LifecycleRejection, LifecycleRejectionFields, TransitionContext, TransitionResult } from './types.js';

const MAX_REPORTED_ISSUES = 20;

/**
 * The plan's lists that commands only ever append to (records and the log). A command's patches
 * are worked out against the plan with these lists empty and then moved to the lists' ends, so
 * working out a change costs the change, not the length of the plan's history.
 */
const APPENDED = ['observations', 'checkIns', 'supportDeliveries', 'reviews', 'signatures', 'amendments', 'events'] as const;
type AppendedList = (typeof APPENDED)[number];
const APPENDED_LISTS: ReadonlySet<string> = new Set(APPENDED);

/**
 * The record lists whose records, once checked, a command leaves as they are but for the last
 * pause (which `resume` and `withdraw` end): the change's shapes are checked from its first new
 * or changed record on.
 */
const RECORD_LISTS = ['observations', 'checkIns', 'supportDeliveries', 'reviews', 'signatures', 'amendments', 'extensions', 'pauses'] as const;
type RecordList = (typeof RECORD_LISTS)[number];

/** The lengths of the record lists and the log (where a change's new records begin). */
type Lengths = { readonly [L in AppendedList | RecordList]: number };

const lengthsOf = (plan: Plan): Lengths => ({
  observations: plan.observations.length,
  checkIns: plan.checkIns.length,
  supportDeliveries: plan.supportDeliveries.length,
  reviews: plan.reviews.length,
  signatures: plan.signatures.length,
  amendments: plan.amendments.length,
  extensions: plan.extensions.length,
  pauses: plan.pauses.length,
  events: plan.events.length,
});

/** Works out patches without freezing anything (the plan is frozen already, or replay's own working copy). */
const patchMaker = new Immer({ autoFreeze: false });

/** A command the lifecycle decided to accept, not yet applied. @internal */
export interface Decision {
  readonly type: PlanCommandType;
  /** The command as stored in the log (parsed, then JSON). */
  readonly command: PlanCommand;
  readonly actor: Actor;
  readonly ctx: ResolvedContext;
  /** The state the edge taken leads to. */
  readonly to: PlanStatus;
  /** How the changed plan is checked (the edge's `valid_change` guard says; `structure` otherwise). */
  readonly validate: Validation;
  readonly outcome: Outcome;
}

/** A refusal, as `transition` reports it. @internal */
export interface Refusal {
  readonly ok: false;
  readonly rejection: LifecycleRejection;
}

/** An applied decision: the plan after it, and its log entry (none for an `advance` that changed nothing). @internal */
export interface Applied {
  readonly ok: true;
  readonly next: Plan;
  readonly produced: readonly LifecycleEvent[];
  readonly entry: PlanEvent | undefined;
}

function commandType(command: unknown): string {
  if (typeof command !== 'object' || command === null) return 'unknown';
  const type = (command as { type?: unknown }).type;
  return typeof type === 'string' ? type.slice(0, 60) : 'unknown';
}

function refusal(type: string, plan: Plan, code: LifecycleRejectionCode, facts: Readonly<Record<string, unknown>> = {}, extra: Partial<LifecycleRejectionFields> = {}): Refusal {
  const status = plan.status;
  const all = JSON.parse(JSON.stringify({ command: type, status, ...facts })) as RejectionFacts;
  const message = issueText({ code, facts: all }, LIFECYCLE_REJECTION_MESSAGES);
  return { ok: false, rejection: { code, path: [], facts: all, message, command: type, status, ...extra } as LifecycleRejection };
}

/** The nested form of an issue, of each issue of a union on its own: checking its `code` still narrows its `facts`. */
type Nested<I> = I extends { readonly code: infer C extends string; readonly facts: infer F } ? NestedIssueFacts<C, F> : never;

/** A nested issue as data: its code, path and facts (its catalog words it again). */
function nested<I extends { readonly code: string; readonly path: readonly (string | number)[]; readonly facts: unknown }>(issue: I): Nested<I> {
  // the issue's own code and facts, so they still belong together
  return { code: issue.code, path: issue.path, facts: issue.facts } as Nested<I>;
}

/** The facts of a rejection that names its first nested issue (none: the message says "see the issues"). */
function firstOf(issues: readonly PlanIssue[]): { first?: NestedPlanIssue } {
  const first = issues[0];
  return first === undefined ? {} : { first: nested(first) };
}

/** {@link refusal}, typed: the facts its code's message reads. */
function refusalOf<C extends LifecycleRejectionCode>(type: string, plan: Plan, code: C, ...[facts, extra]: RefusalArgs<C, Partial<LifecycleRejectionFields>>): Refusal {
  return refusal(type, plan, code, facts, extra);
}

/**
 * Decide a command against the plan as it is: the state chart (state and role), the command's
 * shape, the log's limits and order, the person, then the guards of the command's edge (its
 * module's) and its handler's change. Nothing is applied. Shared by `transition` and `replay`,
 * which re-decides every log entry.
 *
 * @internal
 */
export function decide(
  plan: Plan,
  command: unknown,
  ctx: TransitionContext,
  /** `policy`: the policy resolved already (replay's, checked once); without it, `ctx.policy` is resolved and checked here. */
  options: { readonly index: RecordIndex; readonly policy?: LifecyclePolicy; readonly replaying?: boolean },
): { readonly ok: true; readonly decision: Decision } | Refusal {
  const type = commandType(command);
  const reject = <C extends LifecycleRejectionCode>(code: C, ...args: RefusalArgs<C, Partial<LifecycleRejectionFields>>): Refusal => refusalOf(type, plan, code, ...args);
  const status = plan.status;

  if (!(PLAN_COMMAND_TYPES as readonly string[]).includes(type)) {
    return reject('unknown_command', { allowed: PLAN_COMMAND_TYPES }, { allowedCommands: PLAN_COMMAND_TYPES });
  }
  const known = type as PlanCommandType;
  if (typeof ctx !== 'object' || ctx === null || !isCalendarDate(ctx.asOf)) {
    return reject('invalid_context', { field: 'asOf' });
  }
  const actor = ActorSchema.safeParse(ctx.actor, { reportInput: true });
  if (!actor.success) return reject('invalid_context', { field: 'actor' });
  let policy = options.policy;
  if (policy === undefined) {
    const resolved = LIFECYCLE_POLICY.resolve(ctx.policy);
    if (resolved.issues.length > 0) {
      return reject('policy_invalid', { first: nested(resolved.issues[0]!) }, { policyIssues: resolved.issues.slice(0, MAX_REPORTED_ISSUES) });
    }
    policy = resolved.policy;
  }

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
  const parsed = PlanCommandSchema.safeParse(command, { reportInput: true });
  if (!parsed.success) {
    const issues = fromZodIssues(parsed.error.issues, 'command').slice(0, MAX_REPORTED_ISSUES);
    return reject('invalid_command', firstOf(issues), { issues });
  }
  if (plan.events.length >= LIMITS.events) return reject('log_full', { count: plan.events.length });
  const last = plan.events.at(-1)?.at;
  if (last !== undefined && ctx.asOf < last) return reject('clock_backwards', { date: last }, { date: last });
  if (ctx.asOf < plan.createdOn) return reject('before_plan_created', { date: plan.createdOn }, { date: plan.createdOn });

  const person = personRefusal(plan, actor.data);
  if (person) return refusal(type, plan, person.code, person.facts, person.extra);

  // JSON in, JSON stored: drops nothing a parsed command has, turns -0 into 0.
  const normalized = JSON.parse(JSON.stringify(parsed.data)) as PlanCommand;
  const resolved: ResolvedContext = { asOf: ctx.asOf, actor: actor.data, policy, goalsMet: ctx.goalsMet, index: options.index, ...(options.replaying ? { replaying: true } : {}) };
  const taken = handle(normalized.type, normalized, plan, resolved);
  if (!taken.ok) return refusal(type, plan, taken.code, taken.facts, taken.extra);
  return { ok: true, decision: { type: known, command: normalized, actor: actor.data, ctx: resolved, to: taken.to, validate: taken.validate, outcome: taken.outcome } };
}

/** The decision's change as an immer recipe: the handler's, then the status and the phase. */
function recipeOf(decision: Decision): (draft: Draft<Plan>) => void {
  const { outcome, ctx, to } = decision;
  return (draft) => {
    outcome.recipe(draft);
    if (draft.status !== to) draft.status = to;
    if (to === 'active') {
      const phase = activePhase(draft as unknown as Plan, ctx.asOf, ctx.policy.timeline);
      if (draft.phase !== phase) draft.phase = phase;
    } else if (draft.phase !== undefined) delete draft.phase;
  };
}

/**
 * Patches worked out on the empty shell, moved to the end of the plan's lists; undefined when a
 * patch touches an appended list other than by adding an item (then the plan itself is used).
 */
function movedToListEnds(patches: readonly Patch[], lengths: Lengths): Patch[] | undefined {
  const out: Patch[] = [];
  for (const patch of patches) {
    const list = patch.path[0];
    if (typeof list === 'string' && APPENDED_LISTS.has(list) && patch.path.length > 1) {
      const at = patch.path[1];
      if (patch.op !== 'add' || patch.path.length !== 2 || typeof at !== 'number') return undefined;
      out.push({ ...patch, path: [list, lengths[list as AppendedList] + at] });
    } else out.push(patch);
  }
  return out;
}

/** The decision's patches, as the log stores them (immer's, worked out without copying the plan's lists). */
function patchesOf(plan: Plan, decision: Decision, lengths: Lengths): PlanPatch[] {
  ensurePatches();
  const recipe = recipeOf(decision);
  const shell: Record<string, unknown> = { ...plan };
  for (const list of APPENDED) shell[list] = [];
  const [, onShell] = patchMaker.produceWithPatches(shell as unknown as Plan, recipe);
  const moved = movedToListEnds(onShell, lengths);
  if (moved) return toPlanPatches(moved);
  const [, onPlan] = patchMaker.produceWithPatches(plan, recipe);
  return toPlanPatches(onPlan);
}

/**
 * Take the command's edge from the plan's state and run its handler: the guards of each edge of
 * its module that leaves the state are checked in order; the last edge whose guards all hold is
 * taken (`advance` from `active`: the edge to `in_evaluation` when its guard holds, else the one
 * that keeps the plan where it is), else the first failed guard's refusal is returned.
 * `COMMAND_MODULES` maps each type to the module of that type's command, so indexing it by `K`
 * gives the guards and the handler of `PlanCommandOf<K>`: the compiler checks the pairing, with no
 * cast.
 */
function handle<K extends PlanCommandType>(
  type: K,
  command: PlanCommandOf<K>,
  plan: Plan,
  ctx: ResolvedContext,
): Refused | { readonly ok: true; readonly to: PlanStatus; readonly validate: Validation; readonly outcome: Outcome } {
  const module = COMMAND_MODULES[type];
  let refused: Refused | undefined;
  let taken: CommandEdge<PlanCommandOf<K>> | undefined;
  for (const edge of module.edges) {
    if (typeof edge.from === 'string' ? edge.from !== plan.status : !edge.from.includes(plan.status)) continue;
    let failed: Refused | undefined;
    for (const guard of edge.guards) if ((failed = guard.check?.(plan, command, ctx))) break;
    if (failed) refused ??= failed;
    else taken = edge;
  }
  if (!taken) return refused!;
  const to = taken.to === 'same' ? plan.status : taken.to;
  let validate: Validation = 'structure';
  for (const guard of taken.guards) if (guard.validate) validate = guard.validate(command);
  return { ok: true, to, validate, outcome: module.handle(plan, command, ctx, to) };
}

/**
 * Re-point an issue found in a list's new items (validated on their own) to the items' place in
 * the plan: built again at the new path, so its facts (`where`) and its message move together.
 */
function atPlanIndex(issue: PlanIssue, offset: number): PlanIssue {
  const index = issue.path[1];
  if (offset === 0 || typeof index !== 'number') return issue;
  return makeIssue(issue.code, [issue.path[0] as string, index + offset, ...issue.path.slice(2)], issue.facts, 'plan');
}

/** Plan fields no command but `edit_draft` changes except by an entity its command schema checked: not parsed again. */
const SETTLED_FIELDS = [
  'title',
  'employee',
  'manager',
  'hrPartner',
  'purpose',
  'salesCycleDays',
  'priorCoaching',
  'diagnostic',
  'metrics',
  'gaps',
  'goals',
  'development',
  'support',
  'checkInSchedule',
  'outcomes',
  'metadata',
] as const;

/**
 * The record lists every integrity rule reads one record at a time (a reference, a value against
 * its metric; their ids are checked against the record index): the rules see only their new
 * records. The other lists the log appends to (reviews, signatures, amendments, extensions,
 * pauses) are the plan's state, which the rules compare with its status (HR's latest review, the
 * acknowledgements of the current revision, the approval before every signature ...): the rules
 * see them whole. They stay short in a genuine life, and hold at most `LIMITS.records` items.
 */
const PER_RECORD: ReadonlySet<string> = new Set<AppendedList>(['observations', 'checkIns', 'supportDeliveries']);

/** The longest each list a command adds to may grow (the plan schema's bounds). */
const LIST_LIMITS: { readonly [K in Exclude<AppendedList, 'events'> | 'goals' | 'support']: number } = {
  observations: LIMITS.observations,
  checkIns: LIMITS.records,
  supportDeliveries: LIMITS.records,
  reviews: LIMITS.records,
  signatures: LIMITS.records,
  amendments: LIMITS.records,
  goals: LIMITS.entities,
  support: LIMITS.entities,
};

let changeShape: z.ZodType | undefined;

/**
 * The plan's shape for a changed plan: every field as `parsePlan` reads it, except the settled
 * fields (valid already, or checked by the command's own schema). Built on first use. The
 * integrity rules run apart, on the whole plan (see {@link validateChange}).
 */
function changedPlanShape(): z.ZodType {
  changeShape ??= PlanShape.extend(Object.fromEntries(SETTLED_FIELDS.map((field) => [field, z.any().optional()])));
  return changeShape;
}

/** The first item of each record list the change touched: its first new item, or an earlier one it changed in place. */
function firstTouched(before: Lengths, patches: readonly PlanPatch[]): Map<RecordList, number> {
  const from = new Map<RecordList, number>();
  for (const list of RECORD_LISTS) from.set(list, before[list]);
  for (const patch of patches) {
    const list = patch.path[0] as RecordList;
    const at = from.get(list);
    if (at === undefined) continue;
    if (patch.path.length === 1) from.set(list, 0);
    else {
      const index = patch.path[1];
      from.set(list, typeof index === 'number' ? Math.min(at, index) : 0);
    }
  }
  return from;
}

/**
 * Check the changed plan as `parsePlan` would. `full` (a draft edit): the whole plan but the log,
 * with `parsePlan`. Otherwise at the cost of the change: the shapes of the fields commands compute
 * (status, phase, revision, closure, monitoring ...) and of the records the change added or
 * changed (the earlier ones were checked when they were added), then every integrity rule over the
 * whole plan, but for the per-record lists ({@link PER_RECORD}), of which the rules see the new
 * records and the index the ids. A list grown past its bound is checked whole. New observations'
 * issues point into the command's `observations`; other records' into the plan. The log itself is
 * left out: `transition` appends its entry in order, numbered and dated as the rules require.
 */
function validateChange(before: Lengths, next: Plan, validation: Validation, patches: readonly PlanPatch[], index: RecordIndex): readonly PlanIssue[] {
  const tooLong = (Object.keys(LIST_LIMITS) as (keyof typeof LIST_LIMITS)[]).some((list) => next[list].length > LIST_LIMITS[list]);
  if (validation === 'full' || tooLong) {
    const result = parsePlan({ ...next, events: [] });
    return result.ok ? [] : result.issues;
  }
  const from = firstTouched(before, patches);
  const shapeInput: Record<string, unknown> = { ...next, events: [] };
  const rulesInput: Record<string, unknown> = { ...next, events: [] };
  /** Where each list given in part begins in the plan (issues found in it are moved there). */
  const offsets = new Map<string, number>();
  for (const [list, first] of from) {
    const tail = (next[list] as readonly unknown[]).slice(first);
    shapeInput[list] = tail;
    // a per-record list changed in place is read whole by the rules (its ids with it)
    if (PER_RECORD.has(list) && first === before[list]) rulesInput[list] = tail;
  }
  const observations = typeof validation === 'object';
  const issues: PlanIssue[] = [];
  const shaped = changedPlanShape().safeParse(shapeInput, { reportInput: true });
  const failed = new Set<PropertyKey>();
  if (!shaped.success) {
    for (const issue of fromZodIssues(shaped.error.issues, 'plan', MAX_REPORTED_ISSUES)) {
      const list = issue.path[0] as string;
      issues.push(observations && list === 'observations' ? issue : atPlanIndex(issue, from.get(list as RecordList) ?? 0));
    }
    for (const issue of shaped.error.issues) if (issue.path.length > 0) failed.add(issue.path[0]!);
  }
  for (const [list, first] of from) if (rulesInput[list] !== next[list]) offsets.set(list, first);
  // The integrity rules, as parsePlan runs them: a field that did not parse is left to its issues.
  checkIntegrity(rulesInput as unknown as PlanShapeOutput, (key) => !failed.has(key), <C extends PlanIssueCode>(code: C, path: readonly PropertyKey[], facts = {} as PlanIssueFactsInput<C>) => {
    if (issues.length >= MAX_REPORTED_ISSUES) return;
    const issue = makeIssue(code, path, facts, 'plan');
    const list = String(path[0]);
    issues.push(observations && list === 'observations' ? issue : atPlanIndex(issue, offsets.get(list) ?? 0));
  });
  if (observations) {
    // New observations' ids: new to the plan, and each once in the command.
    const seen = new Set<string>();
    validation.observations.forEach((observation, i) => {
      if (observation.id === undefined) return;
      if (seen.has(observation.id) || index.observationId(observation.id)) {
        issues.push(makeIssue('duplicate_id', ['observations', i, 'id'], { value: quote(observation.id) }, 'command'));
      }
      seen.add(observation.id);
    });
  }
  for (const list of ['checkIns', 'supportDeliveries'] as const) {
    const offset = offsets.get(list);
    if (offset === undefined) continue;
    const taken = list === 'checkIns' ? index.checkInId : index.deliveryId;
    next[list].slice(offset).forEach((record, k) => {
      if (record.id !== undefined && taken(record.id)) issues.push(makeIssue('duplicate_id', [list, offset + k, 'id'], { value: quote(record.id) }, 'plan'));
    });
  }
  return issues;
}

/**
 * Apply a decision: work out its patches, apply them (`copy`: to a frozen plan, structurally
 * shared; `in_place`: to replay's working copy), check the result, and build the log entry.
 * A change that leaves an invalid plan or an entry that cannot be stored is refused.
 *
 * @internal
 */
export function applyDecision(plan: Plan, decision: Decision, mode: 'copy' | 'in_place'): Applied | Refusal {
  const { outcome, ctx, type } = decision;
  const before = lengthsOf(plan);
  const patches = patchesOf(plan, decision, before);
  const next = applyPlanPatches(plan, patches, mode);
  // Every change is checked (a command that changes nothing leaves the valid plan it was given).
  if (patches.length > 0) {
    const issues = validateChange(before, next, decision.validate, patches, ctx.index);
    if (issues.length > 0) {
      return refusalOf(type, plan, 'invalid_change', firstOf(issues), { issues: issues.slice(0, MAX_REPORTED_ISSUES) });
    }
  }
  const produced: readonly LifecycleEvent[] = [...outcome.produced, ...(outcome.after ? outcome.after(next) : [])];
  if (type === 'advance' && patches.length === 0 && produced.length === 0) return { ok: true, next, produced, entry: undefined };
  const entry: PlanEvent = {
    seq: before.events,
    at: ctx.asOf,
    actor: { id: decision.actor.id, role: decision.actor.role },
    command: decision.command as unknown as PlanEvent['command'],
    patches,
    produced: JSON.parse(JSON.stringify(produced)) as PlanEvent['produced'],
  };
  const storable = PlanEventSchema.safeParse(entry, { reportInput: true });
  if (!storable.success) {
    const issues = fromZodIssues(storable.error.issues, 'event').slice(0, MAX_REPORTED_ISSUES);
    return refusalOf(type, plan, 'event_not_storable', firstOf(issues), { issues });
  }
  return { ok: true, next, produced, entry };
}

/**
 * Immer freezes the untouched parts of its base along with the result. A parsed plan is frozen
 * already; any other object is copied first, so the caller's objects are never frozen.
 */
function frozenSource(plan: Plan): Plan {
  return Object.isFrozen(plan) ? plan : freeze(JSON.parse(JSON.stringify(plan)) as Plan, true);
}

/** The context's locale, or none when the context is not an object or its getter throws. */
function localeOf(ctx: unknown): LifecycleLocale | undefined {
  if (typeof ctx !== 'object' || ctx === null) return undefined;
  try {
    return (ctx as { readonly locale?: LifecycleLocale }).locale;
  } catch {
    return undefined;
  }
}

/**
 * Apply one command to a plan, purely: the plan, the command and the context (who, when, which
 * policy) in; the new plan, the domain events and the effects out, or a rejection with a `code`
 * and a `message`. Never throws for an expected refusal (wrong state, wrong role, wrong person, a
 * failed guard, a malformed command, a record dated where it cannot be).
 *
 * The command is looked up in {@link PLAN_STATE_CHART} (state and role), validated with
 * {@link PlanCommandSchema}; the log must stay in date order and begin no earlier than the plan's
 * `createdOn`; the actor must be the right person (the plan's own manager or employee, HR
 * independent of the plan, the plan's HR partner for the review); the command's guards are
 * checked, and the change is made with immer. Every accepted command appends a log entry (`seq`,
 * `at`, `actor`, the command as JSON, the immer patches, the events produced) to `plan.events`, from
 * which {@link replay} rebuilds the plan. One exception: an `advance` that changes nothing and
 * produces no event is accepted (its reminders are returned) but not logged, so a nightly job does
 * not grow the log. The returned plan is deeply frozen and the input plan is never changed (nor
 * frozen: a plan that is not frozen, i.e. not from `parsePlan`, is copied first); the plan must be
 * a valid `Plan` (see `parsePlan`), and the result passes `parsePlan` again.
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
  const decided = decide(plan, command, ctx, { index: recordIndexOf(plan) });
  if (!decided.ok) return freeze({ ok: false, rejection: rewordRejection(decided.rejection, localeOf(ctx)) }, true);
  const applied = applyDecision(plan, decided.decision, 'copy');
  if (!applied.ok) return freeze({ ok: false, rejection: rewordRejection(applied.rejection, localeOf(ctx)) }, true);
  // The handler's effects, then the notices its events call for (notices.ts).
  const effects = rewordEffects([...decided.decision.outcome.effects, ...noticesFor(applied.next, applied.produced, decided.decision.ctx.asOf)], localeOf(ctx));
  if (applied.entry === undefined) return freeze({ ok: true, plan, events: [], effects, entry: undefined }, true);
  const logged = applyPlanPatches(applied.next, [{ op: 'add', path: ['events', plan.events.length], value: applied.entry as unknown as PlanPatch['value'] }], 'copy');
  return freeze({ ok: true, plan: logged, events: applied.produced, effects, entry: logged.events.at(-1) }, true);
}
