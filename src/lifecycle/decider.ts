/**
 * The plan's lifecycle in the shape of an event-sourcing decider: `{ decide, evolve, initialState }`
 * as Emmett (`@event-driven-io/emmett`) defines `Decider`, so a host that already keeps its
 * aggregates in an event store (Emmett's PostgreSQL, SQLite, EventStoreDB or MongoDB stores) can keep
 * plans there. Two events: the plan as created, and each log entry `transition` appends. Nothing
 * here depends on Emmett: the shapes are plain objects.
 *
 * @module
 */
import type { CalendarDate } from '../dates/calendar.js';
import type { PlanIssue } from '../schema/issues.js';
import { CURRENT_SCHEMA_VERSION, migratePlan, migratePlanEvent } from '../schema/migrate.js';
import { parsePlan } from '../schema/parse.js';
import type { Actor, Plan, PlanEvent } from '../schema/types.js';
import type { PlanCommand } from './commands.js';
import type { LifecyclePolicyOverrides } from './policy.js';
import { replay } from './replay.js';
import { transition } from './transition.js';
import type { LifecycleEffect, LifecycleRejection, TransitionContext } from './types.js';

/** Store a new plan (a document `parsePlan` accepts) in an empty stream. */
export interface CreatePlanCommand {
  readonly type: 'CreatePlan';
  readonly data: { readonly plan: unknown };
  /** Emmett's default command metadata (unused by the decider). */
  readonly metadata?: { readonly now: Date } | undefined;
}

/** Apply one lifecycle command to the plan, with who and when. */
export interface ExecutePlanCommand {
  readonly type: 'ExecutePlanCommand';
  readonly data: {
    readonly command: PlanCommand;
    readonly asOf: CalendarDate;
    readonly actor: Actor;
    /** Overrides of the lifecycle policy, passed to `transition`. */
    readonly policy?: LifecyclePolicyOverrides;
    /** Passed to `transition` (see `TransitionContext.goalsMet`). */
    readonly goalsMet?: TransitionContext['goalsMet'];
  };
  /** Emmett's default command metadata (unused by the decider). */
  readonly metadata?: { readonly now: Date } | undefined;
}

/** A command to {@link planDecider}. */
export type PlanDeciderCommand = CreatePlanCommand | ExecutePlanCommand;

/** The plan as created: the first event of a plan's stream. */
export interface PlanCreatedEvent {
  readonly type: 'PlanCreated';
  readonly data: { readonly plan: Plan };
}

/** One accepted command: the log entry `transition` appended, its format version, and the effects for the host. */
export interface PlanEntryRecordedEvent {
  readonly type: 'PlanEntryRecorded';
  readonly data: { readonly schemaVersion: number; readonly entry: PlanEvent; readonly effects: readonly LifecycleEffect[] };
}

/** An event of a plan's stream. */
export type PlanDeciderEvent = PlanCreatedEvent | PlanEntryRecordedEvent;

/** The state {@link planDecider} folds a stream into: the plan, or null before `PlanCreated`. */
export type PlanDeciderState = Plan | null;

/** Why {@link planDecider}'s `decide` refused a command. */
export type PlanDecisionErrorCode = 'plan_exists' | 'plan_not_found' | 'invalid_plan' | 'rejected' | 'unknown_command';

/**
 * Thrown by {@link planDecider}'s `decide` for a command that does not fit (event-sourcing command
 * handlers, Emmett's included, expect a decider to throw): the `transition` rejection or the parse
 * issues are carried as data.
 *
 * @example
 * ```ts
 * try {
 *   planDecider.decide({ type: 'ExecutePlanCommand', data: { command: { type: 'approve' }, asOf: '2026-01-02', actor: employee } }, plan);
 * } catch (error) {
 *   if (error instanceof PlanDecisionError) error.rejection?.code; // => "wrong_role"
 * }
 * ```
 */
export class PlanDecisionError extends Error {
  /** Why. */
  readonly code: PlanDecisionErrorCode;
  /** For `rejected`: the lifecycle's rejection. */
  readonly rejection: LifecycleRejection | undefined;
  /** For `invalid_plan`: the parse issues. */
  readonly issues: readonly PlanIssue[];

  constructor(code: PlanDecisionErrorCode, message: string, details: { rejection?: LifecycleRejection; issues?: readonly PlanIssue[] } = {}) {
    super(message);
    this.name = 'PlanDecisionError';
    this.code = code;
    this.rejection = details.rejection;
    this.issues = details.issues ?? [];
  }
}

/** The plan as created, read from an event (any earlier format version upgraded). */
function planOf(document: unknown): Plan {
  const upgraded = migratePlan(document);
  const parsed = upgraded.ok ? parsePlan(upgraded.document) : upgraded;
  if (!parsed.ok) throw new PlanDecisionError('invalid_plan', `PlanCreated does not hold a valid plan: ${parsed.issues[0]?.message ?? 'unknown problem'}`, { issues: parsed.issues });
  return parsed.plan;
}

function decide(command: PlanDeciderCommand, state: PlanDeciderState): PlanDeciderEvent[] {
  switch (command.type) {
    case 'CreatePlan': {
      if (state !== null) throw new PlanDecisionError('plan_exists', `The stream already holds plan ${state.id}.`);
      const parsed = parsePlan(command.data.plan);
      if (!parsed.ok) throw new PlanDecisionError('invalid_plan', `Invalid plan: ${parsed.issues[0]?.message ?? 'unknown problem'}`, { issues: parsed.issues });
      return [{ type: 'PlanCreated', data: { plan: parsed.plan } }];
    }
    case 'ExecutePlanCommand': {
      if (state === null) throw new PlanDecisionError('plan_not_found', 'The stream holds no plan yet: send CreatePlan first.');
      const { command: planCommand, asOf, actor, policy, goalsMet } = command.data;
      const result = transition(state, planCommand, { asOf, actor, ...(policy ? { policy } : {}), ...(goalsMet ? { goalsMet } : {}) });
      if (!result.ok) throw new PlanDecisionError('rejected', result.rejection.message, { rejection: result.rejection });
      // An advance that changed nothing is not logged: no event.
      if (result.entry === undefined) return [];
      return [{ type: 'PlanEntryRecorded', data: { schemaVersion: CURRENT_SCHEMA_VERSION, entry: result.entry, effects: result.effects } }];
    }
    default:
      throw new PlanDecisionError('unknown_command', `Unknown command ${JSON.stringify((command as { type?: unknown }).type)}: send CreatePlan or ExecutePlanCommand.`);
  }
}

function evolve(state: PlanDeciderState, event: PlanDeciderEvent): PlanDeciderState {
  switch (event.type) {
    case 'PlanCreated':
      return planOf(event.data.plan);
    case 'PlanEntryRecorded': {
      if (state === null) throw new PlanDecisionError('plan_not_found', 'PlanEntryRecorded before PlanCreated: the stream is out of order.');
      const upgraded = migratePlanEvent(event.data.entry, event.data.schemaVersion ?? CURRENT_SCHEMA_VERSION);
      if (!upgraded.ok) throw new PlanDecisionError('invalid_plan', `A log entry cannot be read: ${upgraded.issues[0]?.message ?? 'unknown problem'}`, { issues: upgraded.issues });
      const replayed = replay(state, [upgraded.entry as unknown as PlanEvent]);
      if (!replayed.ok) throw new PlanDecisionError('invalid_plan', replayed.message);
      return replayed.plan;
    }
    default:
      // Events of other types in the same stream are not the plan's: the state is unchanged.
      return state;
  }
}

/**
 * The plan's lifecycle as an event-sourcing decider, in the shape of Emmett's `Decider`:
 * `decide(command, state)` returns the events (`PlanCreated`, or one `PlanEntryRecorded` with the
 * log entry `transition` appended, or none for an `advance` that changed nothing) and throws a
 * {@link PlanDecisionError} for a command that does not fit; `evolve(state, event)` folds an event
 * into the plan (`replay` of the entry); `initialState()` is null (no plan yet). Folding a stream
 * gives exactly the plan `transition` gives; entries of earlier format versions are upgraded as
 * they are read.
 *
 * @example
 * ```ts
 * import { CommandHandler, getInMemoryEventStore } from '@event-driven-io/emmett';
 * const handle = CommandHandler({ evolve: planDecider.evolve, initialState: planDecider.initialState });
 * const eventStore = getInMemoryEventStore();
 * await handle(eventStore, 'pip-2026-0007', (state) => planDecider.decide({ type: 'CreatePlan', data: { plan: document } }, state));
 * const { newState } = await handle(eventStore, 'pip-2026-0007', (state) =>
 *   planDecider.decide({ type: 'ExecutePlanCommand', data: { command: { type: 'submit_for_review' }, asOf: '2025-12-29', actor: manager } }, state));
 * newState?.status; // => "in_review"
 * ```
 */
export const planDecider: {
  /** The events a command produces on the plan so far (throws a {@link PlanDecisionError} for a refusal). */
  readonly decide: (command: PlanDeciderCommand, state: PlanDeciderState) => PlanDeciderEvent[];
  /** The plan after one more event. */
  readonly evolve: (state: PlanDeciderState, event: PlanDeciderEvent) => PlanDeciderState;
  /** No plan yet: null. */
  readonly initialState: () => PlanDeciderState;
} = Object.freeze({ decide, evolve, initialState: (): PlanDeciderState => null });
