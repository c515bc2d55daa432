/**
 * The shape of a command module (`commands/<command>.ts`): its edges in the state chart, each with
 * its guards as functions, and its handler. The chart ({@link PLAN_STATE_CHART}) is built from the
 * modules and `transition` runs the guards of the edge it takes, so the drawn chart and the rules
 * enforced are one.
 *
 * @internal
 * @module
 */
import * as z from 'zod';
import type { ActorRole, Plan, PlanStatus } from '../schema/types.js';
import type { GuardName } from './chart.js';
import type { PlanCommandOf, PlanCommandType } from './commands.js';
import type { Outcome, Refused, ResolvedContext, Validation } from './outcome.js';

/** A condition an edge requires, beyond the state and the role: its name and label (drawn in the chart) and its check. */
export interface Guard<C = unknown> {
  readonly name: GuardName;
  readonly label: string;
  /** The refusal when the guard does not hold on the plan as it is (before the change), else undefined. */
  readonly check?: (plan: Plan, command: C, ctx: ResolvedContext) => Refused | undefined;
  /** `valid_change`: how the changed plan is checked, after the change (`structure` when no guard says). */
  readonly validate?: (command: C) => Validation;
}

/** An edge of the chart: the command sent in `from` (a state or several), by one of `roles`, leads to `to` when its guards hold. */
export interface CommandEdge<C> {
  readonly from: PlanStatus | readonly PlanStatus[];
  /** `same`: the plan stays in the state it was in. */
  readonly to: PlanStatus | 'same';
  readonly roles: readonly ActorRole[];
  readonly guards: readonly Guard<C>[];
}

/** One command: its schema, its edges (with their guards) and its handler, which makes the change once the guards hold. */
export interface CommandModule<T extends PlanCommandType> {
  readonly schema: z.ZodType<PlanCommandOf<T>>;
  readonly edges: readonly CommandEdge<PlanCommandOf<T>>[];
  readonly handle: (plan: Plan, command: PlanCommandOf<T>, ctx: ResolvedContext, to: PlanStatus) => Outcome;
}

/** The strict schema of a command: `type` and its own fields. */
export const command = <T extends string, F extends z.core.$ZodLooseShape>(type: T, shape: F) => z.strictObject({ type: z.literal(type), ...shape });

/** Roles, short. */
export const M = 'manager' as const;
export const E = 'employee' as const;
export const H = 'hr' as const;
export const S = 'system' as const;

/** The states a plan is open in (a withdrawal closes it from any of them). */
export const OPEN: readonly PlanStatus[] = ['draft', 'in_review', 'awaiting_acknowledgement', 'active', 'paused', 'in_evaluation'];
/** Every state, in the order of the plan's life. */
export const ALL: readonly PlanStatus[] = [...OPEN, 'closed', 'monitoring', 'completed'];
