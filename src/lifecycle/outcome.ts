/**
 * What a command's guards and handler decide, and the helpers every command shares.
 *
 * @internal
 * @module
 */
import type { Draft } from 'immer';
import type { CalendarDate } from '../dates/calendar.js';
import type { Observation, Plan } from '../schema/types.js';
import type { LifecycleRejectionCode, LifecycleRejectionFactsByCode, RejectionBase } from './messages.js';
import type { LifecyclePolicy } from './policy.js';
import type { RecordIndex } from './records.js';
import type { EffectRecipient, LifecycleEffect, LifecycleEvent, LifecycleRejection, TransitionContext } from './types.js';

/** The context with the policy resolved. */
export interface ResolvedContext {
  readonly asOf: CalendarDate;
  readonly actor: TransitionContext['actor'];
  readonly policy: LifecyclePolicy;
  readonly goalsMet: TransitionContext['goalsMet'];
  /** The plan's record ids and check-in dates. */
  readonly index: RecordIndex;
  /**
   * Re-deciding a stored log entry (`replay`): entries recorded before a rule existed are read as
   * they were accepted (a `close` without its `basis`, recorded before it was required).
   */
  readonly replaying?: boolean;
}

/**
 * How the changed plan is checked: `full`, the whole plan but the log with `parsePlan` (a draft
 * edit); `structure`, at the cost of the change (the fields commands compute, the records added,
 * every integrity rule); new observations, the same with their issues pointing into the command.
 */
export type Validation = 'full' | 'structure' | { readonly observations: readonly Observation[] };

/** A rejection code's own facts (the command and the status are added by the decision). */
export type OwnFacts<C extends LifecycleRejectionCode> = Omit<LifecycleRejectionFactsByCode[C], keyof RejectionBase>;

/** The arguments after a rejection's code: its own facts (optional when it has none required), then the extra fields. */
export type RefusalArgs<C extends LifecycleRejectionCode, Extra> = Partial<OwnFacts<C>> extends OwnFacts<C> ? [facts?: OwnFacts<C>, extra?: Extra] : [facts: OwnFacts<C>, extra?: Extra];

/** A refusal: a guard that does not hold, or a person who may not act. */
export interface Refused {
  readonly ok: false;
  readonly code: LifecycleRejectionCode;
  readonly facts?: Readonly<Record<string, unknown>>;
  readonly extra?: Partial<Omit<LifecycleRejection, 'code' | 'message' | 'command' | 'status'>>;
}

/** A handler's change, once the edge's guards hold: the immer recipe, the events and the effects. */
export interface Outcome {
  readonly recipe: (draft: Draft<Plan>) => void;
  readonly produced: readonly LifecycleEvent[];
  /** Events that depend on the changed plan (computed after the recipe). */
  readonly after?: (next: Plan) => readonly LifecycleEvent[];
  readonly effects: readonly LifecycleEffect[];
}

/** A refusal, with the facts its code's message reads. */
export function refuse<C extends LifecycleRejectionCode>(code: C, ...[facts, extra]: RefusalArgs<C, Refused['extra']>): Refused {
  return { ok: false, code, facts: facts ?? {}, extra: extra ?? {} };
}

/** The plan's people in the given roles, as effect recipients. */
export function recipients(plan: Plan, roles: readonly ('manager' | 'employee' | 'hr')[]): EffectRecipient[] {
  return roles.map((role) => {
    if (role === 'manager') return { role, id: plan.manager.id };
    if (role === 'employee') return { role, id: plan.employee.id };
    return plan.hrPartner ? { role, id: plan.hrPartner.id } : { role };
  });
}
