
/**
 * Every issue code a parse can report. Codes discriminate; messages explain.
 */
export const PLAN_ISSUE_CODES = [
  // shape
  'invalid_json',
  'required',
  'invalid_type',
  'invalid_value',
  'unknown_field',
  'too_big',
  'too_small',
  'not_integer',
  'invalid_format',
  // calendar
  'invalid_date',
  'end_before_start',
  'duration_mismatch',
  'missing_end_date',
  'window_order',
  'past_calendar_end',
  'plan_too_long',
  'conflicting_fields',
  // numbers and money
  'money_not_integral',
  'currency_required',
  'currency_not_allowed',
  'weights_incomplete',
  'weights_sum',
  'ratio_requires_parts',
  'observation_value_shape',
  'rubric_level_unknown',
  'rubric_standard_unknown',
  'comparator_mismatch',
  // references
  'unknown_reference',
  'duplicate_id',
  // host data
  'invalid_metadata',
  'forbidden_key',
  'too_deep',
  // format versions
  'unsupported_version',
  'key_too_long',
  // the state of the plan against its records
  'approval_missing',
  'approval_unexpected',
  'acknowledgement_missing',
  'closure_missing',
  'closure_unexpected',
  'closure_mismatch',
  'pause_mismatch',
  'phase_mismatch',
  'monitoring_mismatch',
  // records against the people, the revision, the dates and each other
  'same_person',
  'signer_mismatch',
  'duplicate_signature',
  'revision_ahead',
  'revision_order',
  'signature_before_revision',
  'record_before_approval',
  'after_closure',
  'extension_mismatch',
  'extension_outside_plan',
  'pause_outside_plan',
  'pause_order',
  'event_sequence',
  'event_order',
  // the report itself
  'too_many_issues',
] as const;

/** A parse issue code. */
export type PlanIssueCode = (typeof PLAN_ISSUE_CODES)[number];

/**
 * Every goal category, in order (revenue, activity, skill, customer, conduct). The schema's enum
 * (`GoalCategorySchema`) is built from this list, so a category added here is in the schema, the
 * JSON Schema and every order that lists the categories (the evaluation's subtotals) without
 * another edit. Here rather than in the schema so that code reading categories (lint, the command
 * line's fast path) does not build the zod schemas.
 *
 * @internal
 */
export const GOAL_CATEGORIES = Object.freeze(['revenue', 'activity', 'skill', 'customer', 'conduct'] as const);
