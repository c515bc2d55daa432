/**
 * `edit_draft`: the manager or HR changes a draft's content (each field given replaces the plan's
 * field as a whole; `unset` removes optional fields). The changed draft is checked whole, as
 * `parsePlan` would.
 *
 * @internal
 * @module
 */
import * as z from 'zod';
import {
  CheckInScheduleSchema,
  CoachingConversationSchema,
  DevelopmentEntrySchema,
  DiagnosticSchema,
  EmployeeSchema,
  GapSchema,
  GoalSchema,
  MetricDefinitionSchema,
  OutcomeStatementsSchema,
  PersonSchema,
  SupportCommitmentSchema,
} from '../../schema/entities.js';
import { LIMITS } from '../../schema/limits.js';
import { CalendarDateSchema, DaysSchema, LabelSchema, MetadataSchema, TextSchema } from '../../schema/primitives.js';
import { command, H, M, type CommandModule } from '../command.js';
import { validChange } from '../guards.js';

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

/** The `edit_draft` command's shape. */
export const EditDraftSchema = command('edit_draft', { changes: DraftChangesSchema, unset: z.array(DraftUnsettableFieldSchema).max(20).optional() });

/** The `edit_draft` command: its schema, edges (with their guards) and handler. */
export const editDraft: CommandModule<'edit_draft'> = {
  schema: EditDraftSchema,
  edges: [{ from: 'draft', to: 'same', roles: [M, H], guards: [{ ...validChange, validate: () => 'full' }] }],
  handle: (_plan, command) => ({
    recipe: (draft) => {
      const target = draft as unknown as Record<string, unknown>;
      for (const [key, value] of Object.entries(command.changes)) target[key] = value;
      for (const key of command.unset ?? []) delete target[key];
    },
    produced: [{ type: 'draft_edited', fields: [...Object.keys(command.changes), ...(command.unset ?? [])] }],
    effects: [],
  }),
};
