/**
 * What a command handler decides, and the helpers every handler shares.
 *
 * @internal
 * @module
 */
import type { Draft } from 'immer';
import type { CalendarDate } from '../dates/calendar.js';
import type { Observation, Plan, PlanStatus } from '../schema/types.js';
import type { LifecycleRejectionCode, RejectionFacts } from './messages.js';
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

/** A handler's decision. */
export type Outcome =
  | {
      readonly ok: false;
      readonly code: LifecycleRejectionCode;
      readonly facts?: Partial<RejectionFacts>;
      readonly extra?: Partial<Omit<LifecycleRejection, 'code' | 'message' | 'command' | 'status'>>;
    }
  | {
      readonly ok: true;
      readonly to: PlanStatus;
      readonly recipe: (draft: Draft<Plan>) => void;
      readonly produced: readonly LifecycleEvent[];
      /** Events that depend on the changed plan (computed after the recipe). */
      readonly after?: (next: Plan) => readonly LifecycleEvent[];
      readonly effects: readonly LifecycleEffect[];
      /** How the changed plan is checked; `structure` when not given. */
      readonly validate?: Validation;
    };

/** A refusal outcome. */
export const refuse = (code: LifecycleRejectionCode, facts: Partial<RejectionFacts> = {}, extra: Extract<Outcome, { ok: false }>['extra'] = {}): Outcome => ({
  ok: false,
  code,
  facts,
  extra,
});

/** The plan's people in the given roles, as effect recipients. */
export function recipients(plan: Plan, roles: readonly ('manager' | 'employee' | 'hr')[]): EffectRecipient[] {
  return roles.map((role) => {
    if (role === 'manager') return { role, id: plan.manager.id };
    if (role === 'employee') return { role, id: plan.employee.id };
    return plan.hrPartner ? { role, id: plan.hrPartner.id } : { role };
  });
}
