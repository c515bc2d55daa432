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
] as const;

/** A parse issue code. */
export type PlanIssueCode = (typeof PLAN_ISSUE_CODES)[number];
