/**
 * The plan interchange format: zod schemas, inferred types, parsing and the JSON Schema.
 *
 * @packageDocumentation
 */
export * from './entities.js';
export { PlanShape, PLAN_SCHEMA_VERSION } from './plan-shape.js';
export { PlanSchema, ObservationFeedSchema } from './plan.js';
export { CalendarDateSchema, DateSpanSchema, MetadataSchema, JsonValueSchema, type JsonObject, type JsonValue } from './primitives.js';
export { LIMITS, type Limits } from './limits.js';
export { PLAN_ISSUE_CODES, type PlanIssueCode } from './codes.js';
export type { PlanIssue } from './issues.js';
export { PLAN_ISSUE_MESSAGES, type IssueFacts as PlanIssueFacts, type IssueFactsBase as PlanIssueFactsBase, type HostSentence, type OrHostSentence, type PlanIssueFactsByCode, type PlanIssueProblem, type ApprovedRecord } from './messages.js';
export {
  parsePlan,
  parsePlanJson,
  assertPlan,
  parseObservations,
  assertObservations,
  serializePlan,
  PlanValidationError,
  type PlanParseResult,
  type ObservationsParseResult,
} from './parse.js';
export { rewordPlanIssues, type ParseLocale, type ParseOptions, type PlanIssueCatalogOverride } from './locale.js';
export { planJsonSchema, PLAN_JSON_SCHEMA_ID } from './json-schema.js';
export {
  CURRENT_SCHEMA_VERSION,
  PLAN_MIGRATIONS,
  migratePlan,
  migratePlanEvent,
  type PlanMigrationStep,
  type PlanMigrationOptions,
  type PlanMigrationResult,
  type PlanEventMigrationResult,
} from './migrate.js';
export type * from './types.js';
