import type { JsonObject } from '../schema/primitives.js';
import type {
  CheckInSchedule,
  Comparator,
  DevelopmentEntry,
  GoalCategory,
  MetricDefinition,
  OutcomeStatements,
  StandardSource,
  SupportCadence,
  SupportKind,
  TargetBasis,
} from '../schema/types.js';

/** A metric of a role template, with the role's standard a rep's current value is compared with. */
export interface MetricTemplate extends MetricDefinition {
  /** The standard for the role (team average, quota, role standard) in the metric's unit. */
  readonly standard: number;
  /** What the standard is. */
  readonly standardSource: StandardSource;
}

/** An intermediate target, placed by day of the plan (day 1 is the start). */
export interface MilestoneTemplate {
  readonly day: number;
  readonly target: number;
  readonly label?: string;
}

/** A goal of a role template. The rep's current value becomes its baseline. */
export interface GoalTemplate {
  readonly id: string;
  readonly title: string;
  readonly description?: string;
  readonly category: GoalCategory;
  readonly metricId: string;
  readonly target: number;
  readonly basis: TargetBasis;
  readonly comparator?: Comparator;
  /** The goal's window in days from the plan's start (default: the whole plan). */
  readonly windowDays?: number;
  readonly weight?: number;
  readonly required?: boolean;
  readonly milestones?: readonly MilestoneTemplate[];
}

/** Who owns a support commitment: the rep's manager, the HR partner, or a named owner id. */
export type SupportOwner = { readonly role: 'manager' } | { readonly role: 'hr_partner' } | { readonly id: string };

/** A support commitment of a role template, scheduled by day of the plan. */
export interface SupportTemplate {
  readonly id: string;
  readonly kind: SupportKind;
  readonly description: string;
  readonly owner: SupportOwner;
  readonly cadence?: Omit<SupportCadence, 'starting'>;
  /** Days of the plan (day 1 is the start) the session is due on. */
  readonly dueDays?: readonly number[];
  readonly goalIds: readonly string[];
}

/**
 * A plan template for a role: the metrics and standards, goals, development, support,
 * check-in rhythm and outcome statements a team uses for everyone in that role, so plans for
 * the same role use the same standards. Plain data: store your own next to these.
 */
export interface RoleTemplate {
  readonly id: string;
  /** The role as written on plans ("Sales Development Representative"). */
  readonly role: string;
  readonly description: string;
  readonly durationDays: number;
  readonly salesCycleDays?: number;
  readonly purpose: string;
  readonly metrics: readonly MetricTemplate[];
  readonly goals: readonly GoalTemplate[];
  readonly development: readonly DevelopmentEntry[];
  readonly support: readonly SupportTemplate[];
  readonly checkInSchedule: CheckInSchedule;
  readonly outcomes: OutcomeStatements;
  readonly metadata?: JsonObject;
}
