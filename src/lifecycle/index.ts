/**
 * The plan's lifecycle: a pure state machine. `transition(plan, command, ctx)` applies one command
 * (who and when in `ctx`), returning the new plan with its log entry, the domain events and the
 * effects for the host, or a rejection. `replay` rebuilds a plan from its log. The state chart is
 * data ({@link PLAN_STATE_CHART}) and draws itself ({@link stateChartMermaid}).
 *
 * @module
 */
export { transition } from './transition.js';
export { replay, type ReplayResult, type ReplayFailureCode, type ReplayOptions } from './replay.js';
export {
  PlanCommandSchema,
  DraftChangesSchema,
  DraftUnsettableFieldSchema,
  CheckInRecordSchema,
  PLAN_COMMAND_TYPES,
  MAX_OBSERVATIONS_PER_COMMAND,
  type PlanCommand,
  type PlanCommandType,
  type PlanCommandOf,
  type DraftChanges,
} from './commands.js';
export {
  PLAN_STATE_CHART,
  commandsAccepted,
  stateChartMermaid,
  type PlanStateChart,
  type StateChartState,
  type StateChartTransition,
  type PhaseTransition,
  type GuardName,
} from './chart.js';
export {
  DEFAULT_LIFECYCLE_POLICY,
  LIFECYCLE_POLICY,
  LIFECYCLE_POLICY_DESCRIPTIONS,
  type LifecyclePolicy,
  type LifecyclePolicyOverrides,
  type ReviewBy,
  type SubmitLintPolicy,
} from './policy.js';
export {
  LIFECYCLE_REJECTION_CODES,
  LIFECYCLE_REJECTION_MESSAGES,
  LIFECYCLE_EFFECT_MESSAGES,
  type LifecycleEffectFactsByType,
  type LifecycleRejectionCode,
  type LifecycleRejectionFactsByCode,
  type NestedIssueFacts,
  type NestedIssueOf,
  type NestedPlanIssue,
  type RejectionBase,
  type RejectionFacts,
} from './messages.js';
export { nestedIssueRef } from './nested-issue-ref.js';
export { LIFECYCLE_CATALOGS_EN, rewordEffects, rewordRejection, type LifecycleCatalogs, type LifecycleCatalogsOverride, type LifecycleLocale } from './catalogs.js';
export type {
  TransitionContext,
  TransitionResult,
  TransitionAccepted,
  TransitionRejected,
  LifecycleRejection,
  LifecycleRejectionFields,
  LifecycleEvent,
  LifecycleEventType,
  LifecycleEffect,
  EffectRecipient,
} from './types.js';
