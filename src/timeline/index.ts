/**
 * The plan's calendar: end date, phases, progress, check-in slots, support sessions, milestones,
 * pauses and extensions at `asOf`, all on the *plan clock* (a pause stops it).
 *
 * CONTRACT (shared by lifecycle and evaluate): `planEndDate`, `checkInSlots` and `supportSessions`
 * and their result types keep their names and shapes; fields and options are only ever added.
 *
 * Dates are integer day numbers underneath: results are identical in every host time zone.
 *
 * @module
 */
export { DEFAULT_TIMELINE_POLICY, TIMELINE_POLICY, TIMELINE_POLICY_DESCRIPTIONS, type TimelinePolicy, type TimelinePolicyOverrides, type Holiday } from './policy.js';
export { planEndDate, planDateOf, type PlanEndDateOptions } from './end-date.js';
export {
  PLAN_PHASES,
  planPhases,
  phaseAt,
  planProgress,
  type PhaseSpan,
  type PlanProgress,
  type TimelineOptions,
} from './phases.js';
export {
  checkInSlots,
  type CheckInSlot,
  type CheckInSlotStatus,
  type CheckInSlotOptions,
  type CheckInSlotMove,
  type CheckInMoveReason,
} from './check-ins.js';
export { supportSessions, type SupportSession, type SupportSessionStatus, type SupportSessionOptions } from './support.js';
export { planMilestones, type TimelineMilestone, type MilestoneStatus } from './milestones.js';
export {
  extensionAllowance,
  proposeExtension,
  type ExtensionAllowance,
  type ExtensionProposal,
  type ExtensionRefusalCode,
  type ExtensionRefusal,
} from './extensions.js';
export { CHECK_IN_MOVE_MESSAGES, EXTENSION_MESSAGES, type CheckInMoveFactsByReason, type ExtensionFactsByCode } from './messages.js';
export { planTimeline, type PlanTimeline, type PausedPeriod } from './timeline.js';
export {
  COMPANY_SIDE_DEFAULTS,
  companySideShortfall,
  type CompanySideShortfall,
  type CompanySideTally,
  type CompanySideThresholds,
} from './company-side.js';
