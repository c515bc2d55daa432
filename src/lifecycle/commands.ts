/**
 * The commands a plan accepts, as zod schemas (validated at the boundary: commands come from
 * hosts as JSON) and their inferred types, assembled from the command modules
 * (`commands/<command>.ts`: each command's schema, edges, guards and handler). Every command is
 * plain JSON and is stored as it was accepted in the plan's event log.
 *
 * @module
 */
import * as z from 'zod';
import type { CommandModule } from './command.js';
import { AcknowledgeSchema, acknowledge } from './commands/acknowledge.js';
import { ActivateSchema, activate } from './commands/activate.js';
import { AdvanceSchema, advance } from './commands/advance.js';
import { AmendGoalSchema, amendGoal } from './commands/amend-goal.js';
import { AmendPlanSchema, amendPlan } from './commands/amend-plan.js';
import { AmendSupportSchema, amendSupport } from './commands/amend-support.js';
import { ApproveSchema, approve } from './commands/approve.js';
import { BeginEvaluationSchema, beginEvaluation } from './commands/begin-evaluation.js';
import { CloseSchema, close } from './commands/close.js';
import { EditDraftSchema, editDraft, type DraftChangesSchema } from './commands/edit-draft.js';
import { EndMonitoringSchema, endMonitoring } from './commands/end-monitoring.js';
import { ExtendSchema, extend } from './commands/extend.js';
import { PauseSchema, pause } from './commands/pause.js';
import { RecordCheckInSchema, recordCheckIn } from './commands/record-check-in.js';
import { RecordObservationsSchema, recordObservations } from './commands/record-observations.js';
import { RecordSupportDeliverySchema, recordSupportDelivery } from './commands/record-support-delivery.js';
import { RequestChangesSchema, requestChanges } from './commands/request-changes.js';
import { ResumeSchema, resume } from './commands/resume.js';
import { StartMonitoringSchema, startMonitoring } from './commands/start-monitoring.js';
import { SubmitForReviewSchema, submitForReview } from './commands/submit-for-review.js';
import { WithdrawSchema, withdraw } from './commands/withdraw.js';

export { DraftChangesSchema, DraftUnsettableFieldSchema } from './commands/edit-draft.js';
export { CheckInRecordSchema } from './commands/record-check-in.js';
export { MAX_OBSERVATIONS_PER_COMMAND } from './commands/record-observations.js';

/** Every command, discriminated by `type` (in the order of the plan's life). */
export const PlanCommandSchema = z.discriminatedUnion('type', [
  EditDraftSchema,
  SubmitForReviewSchema,
  RequestChangesSchema,
  ApproveSchema,
  AcknowledgeSchema,
  ActivateSchema,
  RecordCheckInSchema,
  RecordObservationsSchema,
  RecordSupportDeliverySchema,
  AmendGoalSchema,
  AmendSupportSchema,
  AmendPlanSchema,
  PauseSchema,
  ResumeSchema,
  ExtendSchema,
  BeginEvaluationSchema,
  CloseSchema,
  WithdrawSchema,
  StartMonitoringSchema,
  EndMonitoringSchema,
  AdvanceSchema,
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

/**
 * Every command's module, by type: the mapped type makes the compiler check that each command
 * type has exactly one module, of its own command. The state chart is built from their edges and
 * `transition` runs their guards and handlers. @internal
 */
export const COMMAND_MODULES: { readonly [T in PlanCommandType]: CommandModule<T> } = {
  edit_draft: editDraft,
  submit_for_review: submitForReview,
  request_changes: requestChanges,
  approve,
  acknowledge,
  activate,
  record_check_in: recordCheckIn,
  record_observations: recordObservations,
  record_support_delivery: recordSupportDelivery,
  amend_goal: amendGoal,
  amend_support: amendSupport,
  amend_plan: amendPlan,
  pause,
  resume,
  extend,
  begin_evaluation: beginEvaluation,
  close,
  withdraw,
  start_monitoring: startMonitoring,
  end_monitoring: endMonitoring,
  advance,
};
