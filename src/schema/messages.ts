import type { Catalog } from '../issues/issue.js';
import type { PlanIssueCode } from './codes.js';
import { LIMITS } from './limits.js';

/**
 * Input text as an issue message shows it: at most `max` characters (default
 * {@link LIMITS}.quoteLength), then an ellipsis. Every message that shows input goes through this
 * (or {@link quote}), so no issue echoes a whole hostile value back.
 *
 * @internal
 */
export function clip(text: string, max: number = LIMITS.quoteLength): string {
  if (text.length <= max) return text;
  let end = max;
  const last = text.charCodeAt(end - 1);
  if (last >= 0xd800 && last <= 0xdbff) end -= 1; // keep a surrogate pair whole
  return `${text.slice(0, end)}…`;
}

/**
 * Input text quoted for a message: {@link clip}ped, then written as a JSON string (`"abc…"`).
 *
 * @internal
 */
export function quote(text: string): string {
  return JSON.stringify(clip(text));
}

/**
 * The text of an error thrown while reading input (a JSON syntax error, a getter that throws):
 * clipped at twice the quote length, since it may carry input and a position.
 *
 * @internal
 */
export function errorDetail(error: unknown): string {
  let text: string;
  try {
    text = error instanceof Error ? error.message : String(error);
  } catch {
    text = 'an unreadable error';
  }
  return clip(text, 2 * LIMITS.quoteLength);
}

/**
 * Facts a plan issue's message is built from (its `facts`). Values are strings and numbers, some
 * already written for people (`expected`, `detail`): a locale re-words the sentence around them.
 */
export interface IssueFacts {
  /** Where the problem is, written `goals[0].weight` (`plan`, `observations` or `assignment` at the root). */
  readonly where: string;
  readonly expected?: string;
  readonly received?: string;
  readonly limit?: number | string;
  readonly value?: string;
  readonly detail?: string;
  /** The whole sentence, when the check that found the problem wrote its own (a host's zod refinement). */
  readonly text?: string;
}

/** The facts of each plan issue code (today one shape for all: {@link IssueFacts}). */
export type PlanIssueFactsByCode = { readonly [C in PlanIssueCode]: IssueFacts };

/** "where: detail." (the rules that explain themselves in their detail). */
const said = (f: IssueFacts): string => `${f.where}: ${f.detail}.`;

/**
 * The English message for each plan issue code, kept together so wording stays consistent: the
 * schema's part of the English catalog.
 */
export const PLAN_ISSUE_MESSAGES: Catalog<PlanIssueFactsByCode> = {
  invalid_json: (f) => `${f.where} is not valid JSON${f.detail ? `: ${f.detail}` : ''}.`,
  required: (f) => `${f.where} is required${f.expected ? ` (${f.expected})` : ''}.`,
  invalid_type: (f) => `${f.where} must be ${f.expected ?? 'a different type'}${f.received ? `, not ${f.received}` : ''}.`,
  invalid_value: (f) => f.text ?? `${f.where} must be one of ${f.expected ?? 'the allowed values'}${f.received ? `, not ${f.received}` : ''}.`,
  unknown_field: (f) =>
    `${f.where} is not a field this library knows. Put host-system fields under \`metadata\`, where they are kept as they are.`,
  too_big: (f) => `${f.where} is too big: the limit is ${f.limit ?? 'exceeded'}${f.detail ? ` ${f.detail}` : ''}.`,
  too_small: (f) => `${f.where} is too small: the minimum is ${f.limit ?? 'not reached'}${f.detail ? ` ${f.detail}` : ''}.`,
  not_integer: (f) => `${f.where} must be a whole number${f.received ? `, not ${f.received}` : ''}.`,
  invalid_format: (f) => `${f.where} is not in the expected format${f.expected ? ` (${f.expected})` : ''}.`,
  invalid_date: (f) =>
    `${f.where} must be a real calendar day written YYYY-MM-DD${f.received ? `; ${f.received} is not one` : ''}.`,
  end_before_start: (f) => `${f.where} must come after the start date${f.detail ? ` (${f.detail})` : ''}.`,
  duration_mismatch: (f) => `${f.where} does not agree with the start and end dates${f.detail ? `: ${f.detail}` : ''}.`,
  missing_end_date: (f) => `${f.where} needs an end date or a duration in days.`,
  window_order: (f) => `${f.where} ends before it starts${f.detail ? ` (${f.detail})` : ''}.`,
  past_calendar_end: (f) =>
    `${f.where} takes the plan past the last calendar day, 9999-12-31${f.detail ? ` (${f.detail})` : ''}.`,
  plan_too_long: (f) =>
    `${f.where} makes the plan span more than ${f.limit ?? 'the limit of'} days from its start${f.detail ? ` (${f.detail})` : ''}.`,
  conflicting_fields: (f) => `${f.where}: ${f.detail ?? 'fields that exclude each other are both set'}.`,
  money_not_integral: (f) =>
    `${f.where} is money and must be a whole number of minor units (cents), not ${f.received ?? 'a fraction'}.`,
  currency_required: (f) => `${f.where} has unit "currency" and needs an ISO 4217 currency code.`,
  currency_not_allowed: (f) => `${f.where} has a currency code but its unit is not "currency".`,
  weights_incomplete: (f) =>
    `${f.where}: when any goal has a weight, every goal needs one${f.detail ? ` (${f.detail})` : ''}.`,
  weights_sum: (f) => `${f.where}: goal weights must add up to exactly 100, they add up to ${f.received ?? '?'}.`,
  ratio_requires_parts: (f) =>
    `${f.where} measures a ratio metric and needs a numerator and denominator (a mean of ratios would be wrong).`,
  observation_value_shape: (f) => `${f.where} needs either a value or a numerator and denominator, not ${f.detail ?? 'both or neither'}.`,
  rubric_level_unknown: (f) => `${f.where} is not a level of the metric's rubric${f.expected ? ` (levels: ${f.expected})` : ''}.`,
  rubric_standard_unknown: (f) => `${f.where}: the rubric's standard level is not one of its levels.`,
  comparator_mismatch: (f) =>
    `${f.where} compares ${f.received ?? '?'} but the metric is ${f.expected ?? '?'}; a target cannot point against the metric's direction.`,
  unknown_reference: (f) => `${f.where} refers to ${f.value ?? 'an id'}, which does not exist${f.expected ? ` among ${f.expected}` : ''}.`,
  duplicate_id: (f) => `${f.where} repeats the id ${f.value ?? ''}; ids must be unique.`,
  invalid_metadata: (f) => `${f.where} must be a JSON object (strings, finite numbers, booleans, null, arrays, objects)${f.detail ? `: ${f.detail}` : ''}.`,
  forbidden_key: (f) => `${f.where} uses the key ${f.value ?? ''}, which is not allowed (it could alter object prototypes).`,
  too_deep: (f) => `${f.where} nests deeper than ${f.limit ?? 'the limit'} levels.`,
  unsupported_version: (f) => `${f.where} is ${f.received ?? 'a version'}, ${f.detail ?? 'a version this library does not read'}.`,
  key_too_long: (f) => `${f.where} has a key longer than ${f.limit} characters: ${f.value}.`,
  approval_missing: (f) => `${f.where} is ${f.received}, which needs HR's approval as the latest review, but ${f.detail}.`,
  approval_unexpected: (f) => `${f.where} is an HR approval, but the plan is still ${f.received}: an approval moves a plan on to acknowledgement.`,
  acknowledgement_missing: (f) =>
    `${f.where} is ${f.received}, which needs the manager's and the employee's acknowledgement of the current revision, but ${f.detail}.`,
  closure_missing: (f) => `${f.where} is ${f.received}, which needs a closure (outcome, date, by whom).`,
  closure_unexpected: (f) => `${f.where} is present, but the plan's status is ${f.received}: only a closed plan has a closure.`,
  closure_mismatch: (f) => `${f.where} contradicts the plan: ${f.detail}.`,
  pause_mismatch: said,
  phase_mismatch: said,
  monitoring_mismatch: said,
  same_person: (f) => `${f.where} is ${f.value}, the employee on the plan; ${f.detail}.`,
  signer_mismatch: (f) => `${f.where} is ${f.received}, but ${f.detail}.`,
  duplicate_signature: (f) => `${f.where} signs revision ${f.value} as ${f.received} a second time; each role signs a revision once.`,
  revision_ahead: (f) => `${f.where} is ${f.received}, beyond the plan's revision (${f.limit}).`,
  revision_order: said,
  signature_before_revision: (f) => `${f.where} is before revision ${f.value} existed: ${f.detail}.`,
  record_before_approval: said,
  after_closure: (f) => `${f.where} is after the plan closed (${f.detail}); a closed plan takes no more records of this kind.`,
  extension_mismatch: (f) => `${f.where} does not agree with the extension's length: ${f.detail}.`,
  extension_outside_plan: (f) => `${f.where} does not fit the plan: ${f.detail}.`,
  pause_outside_plan: (f) => `${f.where} is outside the plan: ${f.detail}.`,
  pause_order: said,
  event_sequence: (f) => `${f.where} is ${f.received}, but a log entry's seq is its place in the log, ${f.expected}.`,
  event_order: (f) => `${f.where} is ${f.received}, before the previous log entry (${f.expected}); the log never runs backwards.`,
  too_many_issues: (f) => `${f.where} has more issues than the ${f.limit} listed: ${f.value} more ${f.value === '1' ? 'was' : 'were'} not listed.`,
};

/** The message for an issue code and its facts. */
export function issueMessage(code: PlanIssueCode, facts: IssueFacts, catalog: Catalog<PlanIssueFactsByCode> = PLAN_ISSUE_MESSAGES): string {
  return catalog[code](facts);
}

/** Write a path as people read it: `goals[0].weight`; the root is `plan`. Keys are {@link clip}ped. */
export function formatPath(path: readonly PropertyKey[], root = 'plan'): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else out += out === '' ? clip(String(key)) : `.${clip(String(key))}`;
  }
  return out === '' ? root : out;
}
