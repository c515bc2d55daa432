/**
 * Readiness: is it time for a plan? A sustained, data-backed pattern, documented informal
 * coaching, the rep past ramp-up, and the gap not explained by system factors.
 *
 * @module
 */
export {
  assessReadiness,
  type ReadinessHistory,
  type ReadinessPeriod,
  type RecordedSystemFactor,
  type CoachingLogEntry,
  type ReadinessVerdict,
  type ReadinessReason,
  type ReadinessAssessment,
  type PatternPeriod,
  type ReadinessOptions,
} from './assess.js';
export { rewordReadiness, type ReadinessLocale, type ReadinessCatalogOverride } from './locale.js';
export { READINESS_MESSAGES, type ReadinessReasonCode, type ReadinessFacts, type ReadinessFactsByCode, type ReadinessAbout, type ReadinessPeriodFacts } from './messages.js';
export { DEFAULT_READINESS_POLICY, READINESS_POLICY, READINESS_POLICY_DESCRIPTIONS, type ReadinessPolicy, type ReadinessPolicyOverrides } from './policy.js';
