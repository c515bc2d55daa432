/**
 * The commands a plan accepts, as zod schemas (validated at the boundary: commands come from
 * hosts as JSON) and their inferred types. Every command is plain JSON and is stored as it was
 * accepted in the plan's event log.
 *
 * @module
 */
import * as z from 'zod';
import {
  CheckInScheduleSchema,
  CheckInSchema,
  ClosingOutcomeSchema,
  CloseBasisSchema,
  CoachingConversationSchema,
  DevelopmentEntrySchema,
  DiagnosticSchema,
  EmployeeSchema,
  GapSchema,
  GoalSchema,
  MetricDefinitionSchema,
  ObservationSchema,
  OutcomeStatementsSchema,
  PersonSchema,
  SupportCommitmentSchema,
  SupportDeliverySchema,
} from '../schema/entities.js';
import { LIMITS } from '../schema/limits.js';
import { quote } from '../schema/messages.js';
import { CalendarDateSchema, DaysSchema, IdSchema, LabelSchema, MetadataSchema, pushIssue, TextSchema } from '../schema/primitives.js';

/** Most observations one `record_observations` command may carry (keeps one log entry storable). */
export const MAX_OBSERVATIONS_PER_COMMAND = 1_000;

/** Optional plan fields that `edit_draft` may remove. */
export const DraftUnsettableFieldSchema = z.enum([
  'title',
  'purpose',
  'hrPartner',
  'endDate',
  'durationDays',
  'salesCycleDays',
  'diagnostic',
  'checkInSchedule',
  'outcomes',
  'metadata',
]);

/** The plan content a draft may change (each field replaces the plan's field as a whole). */
export const DraftChangesSchema = z.strictObject({
  title: LabelSchema.optional(),
  employee: EmployeeSchema.optional(),
  manager: PersonSchema.optional(),
  hrPartner: PersonSchema.optional(),
  purpose: TextSchema.optional(),
  startDate: CalendarDateSchema.optional(),
  endDate: CalendarDateSchema.optional(),
  durationDays: DaysSchema.optional(),
  salesCycleDays: z.number().int().min(1).max(3_660).optional(),
  priorCoaching: z.array(CoachingConversationSchema).max(LIMITS.records).optional(),
  diagnostic: DiagnosticSchema.optional(),
  metrics: z.array(MetricDefinitionSchema).max(LIMITS.metrics).optional(),
  gaps: z.array(GapSchema).max(LIMITS.entities).optional(),
  goals: z.array(GoalSchema).max(LIMITS.entities).optional(),
  development: z.array(DevelopmentEntrySchema).max(LIMITS.entities).optional(),
  support: z.array(SupportCommitmentSchema).max(LIMITS.entities).optional(),
  checkInSchedule: CheckInScheduleSchema.optional(),
  outcomes: OutcomeStatementsSchema.optional(),
  metadata: MetadataSchema.optional(),
});

/** A check-in to record; the id is generated (`check-in-<n>`) when omitted. */
export const CheckInRecordSchema = CheckInSchema.extend({ id: IdSchema.optional() });

const command = <T extends string, S extends z.core.$ZodLooseShape>(type: T, shape: S) =>
  z.strictObject({ type: z.literal(type), ...shape });

/**
 * `amend_plan`: goals and support commitments changed together, as one amendment (one revision,
 * one reason), each replacing the goal or commitment of its id or, with a new id, added. At least
 * one goal or commitment, and each id once in its list.
 */
const amendPlanCommand = command('amend_plan', {
  goals: z.array(GoalSchema).min(1).max(LIMITS.entities).optional(),
  support: z.array(SupportCommitmentSchema).min(1).max(LIMITS.entities).optional(),
  reason: TextSchema,
}).check((ctx) => {
  if (ctx.value.goals === undefined && ctx.value.support === undefined) pushIssue(ctx, 'required', { expected: 'goals or support to change' }, ['goals']);
  for (const list of ['goals', 'support'] as const) {
    const seen = new Set<string>();
    (ctx.value[list] ?? []).forEach((item, i) => {
      if (seen.has(item.id)) pushIssue(ctx, 'duplicate_id', { value: quote(item.id) }, [list, i, 'id']);
      seen.add(item.id);
    });
  }
});

/** Every command, discriminated by `type`. */
export const PlanCommandSchema = z.discriminatedUnion('type', [
  command('edit_draft', { changes: DraftChangesSchema, unset: z.array(DraftUnsettableFieldSchema).max(20).optional() }),
  command('submit_for_review', { note: TextSchema.optional() }),
  command('request_changes', { reason: TextSchema }),
  command('approve', { notes: TextSchema.optional() }),
  command('acknowledge', { comment: TextSchema.optional() }),
  command('activate', {}),
  command('record_check_in', { checkIn: CheckInRecordSchema }),
  command('record_observations', { observations: z.array(ObservationSchema).min(1).max(MAX_OBSERVATIONS_PER_COMMAND) }),
  command('record_support_delivery', { delivery: SupportDeliverySchema }),
  command('amend_goal', { goal: GoalSchema, reason: TextSchema }),
  command('amend_support', { commitment: SupportCommitmentSchema, reason: TextSchema }),
  amendPlanCommand,
  command('pause', { reason: TextSchema }),
  command('resume', { note: TextSchema.optional() }),
  command('extend', { days: DaysSchema, reason: TextSchema }),
  command('begin_evaluation', {}),
  // `basis` is required of every new close (refused `evaluation_missing` without it); optional in
  // the shape so the log entries of closes recorded before it was required still read and replay.
  command('close', { outcome: ClosingOutcomeSchema, reason: TextSchema.optional(), basis: CloseBasisSchema.optional() }),
  command('withdraw', { reason: TextSchema }),
  command('start_monitoring', { metricIds: z.array(IdSchema).min(1).max(LIMITS.metrics).optional() }),
  command('end_monitoring', { note: TextSchema.optional() }),
  command('advance', {}),
]);

/** A command to a plan (see {@link PlanCommandSchema}). */
export type PlanCommand = z.output<typeof PlanCommandSchema>;

/** The name of a command. */
export type PlanCommandType = PlanCommand['type'];

/** The command of one type. */
export type PlanCommandOf<T extends PlanCommandType> = Extract<PlanCommand, { readonly type: T }>;

/** The content a draft may change (see {@link DraftChangesSchema}). */
export type DraftChanges = z.output<typeof DraftChangesSchema>;

/** Every command type, in the order of the plan's life. */
export const PLAN_COMMAND_TYPES: readonly PlanCommandType[] = Object.freeze(PlanCommandSchema.options.map((option) => option.shape.type.value));
