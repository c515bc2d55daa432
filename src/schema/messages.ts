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

/** A record that only an approved plan has, in `record_before_approval`. */
export type ApprovedRecord = 'signature' | 'amendment' | 'extension' | 'pause';

/**
 * What was wrong, in data a catalog words (a plan issue's `problem`): each `kind` names one check
 * of the plan against its own records, with the dates, days, ids and codes it compared.
 */
export type PlanIssueProblem =
  /** A span that ends before it starts (`end_before_start`, `window_order`). */
  | { readonly kind: 'span'; readonly start: string; readonly end: string }
  /** `durationDays` from the start end on `derived`, not on the written `endDate` (`given`). */
  | { readonly kind: 'duration_end'; readonly days: number; readonly start: string; readonly derived: string; readonly given: string }
  /** The plan from `start` to `end` is `days` days long (`plan_too_long`). */
  | { readonly kind: 'plan_span'; readonly start: string; readonly end: string; readonly days: number }
  /** The plan would end `days` days after 9999-12-31 (`past_calendar_end`). */
  | { readonly kind: 'days_past_calendar'; readonly days: number }
  /** An extension granted before the plan started (`extension_outside_plan`). */
  | { readonly kind: 'granted_before_start'; readonly granted: string; readonly start: string }
  /** An extension granted while the plan was paused. */
  | { readonly kind: 'granted_while_paused'; readonly granted: string }
  /** The plan's end when an extension was granted, counted from its written days and earlier extensions, is not its `previousEndDate` (`given`). */
  | { readonly kind: 'previous_end'; readonly expected: string; readonly written: number; readonly earlier: number; readonly pausedSkipped: boolean; readonly given: string }
  /** An extension's days after its previous end end on `expected`, not on its `newEndDate` (`given`) (`extension_mismatch`). */
  | { readonly kind: 'extension_end'; readonly days: number; readonly previousEnd: string; readonly expected: string; readonly skipped: number; readonly given: string }
  /** A pause starts before the plan (`pause_outside_plan`). */
  | { readonly kind: 'pause_before_start'; readonly start: string; readonly planStart: string }
  /** The pause before it has not ended (`pause_order`). */
  | { readonly kind: 'previous_pause_open'; readonly previousStart: string }
  /** A pause starts before the previous one ended (`pause_order`). */
  | { readonly kind: 'pause_overlap'; readonly start: string; readonly previousEnd: string }
  /** A goal without a weight among weighted goals (`weights_incomplete`). */
  | { readonly kind: 'goal_without_weight'; readonly goalId: string }
  /** The goal or support an amendment kept is not its target (`conflicting_fields`). */
  | { readonly kind: 'amendment_target'; readonly target: string; readonly side: string; readonly kept: string; readonly targetId: string }
  /** A goal with both a window and a deadline (`conflicting_fields`). */
  | { readonly kind: 'window_and_deadline' }
  /** The manager is the employee (`same_person`). */
  | { readonly kind: 'manager_is_employee' }
  /** The HR partner is the employee (`same_person`). */
  | { readonly kind: 'hr_partner_is_employee' }
  /** A signature as `hr` on a plan without an HR partner (`signer_mismatch`). */
  | { readonly kind: 'no_hr_partner' }
  /** The signer is not the plan's person in that role (`signer_mismatch`). */
  | { readonly kind: 'not_the_signer'; readonly role: string; readonly personId: string }
  /** An amendment's revision below 1 (`revision_order`). */
  | { readonly kind: 'revision_below_one' }
  /** An amendment's revision not above the one before (`revision_order`); `sameRevision` when they are equal. */
  | { readonly kind: 'revision_not_raised'; readonly revision: number; readonly previous: number; readonly sameRevision: boolean }
  /** A signature dated before the amendment that made its revision (`signature_before_revision`). */
  | { readonly kind: 'signed_before_amendment'; readonly signed: string; readonly amended: string }
  /** No HR review (`approval_missing`). */
  | { readonly kind: 'no_review' }
  /** HR's latest review requested changes (`approval_missing`). */
  | { readonly kind: 'changes_requested'; readonly date: string }
  /** The roles that have not acknowledged the revision (`acknowledgement_missing`). */
  | { readonly kind: 'not_acknowledged'; readonly missing: readonly ('manager' | 'employee')[]; readonly revision: number }
  /** Closed as extended_then_closed without an extension (`closure_mismatch`). */
  | { readonly kind: 'never_extended' }
  /** Closed with a decision before the plan started (`closure_mismatch`). */
  | { readonly kind: 'closed_before_start'; readonly outcome: string; readonly date: string; readonly start: string }
  /** A paused plan whose last pause has ended (`pause_mismatch`). */
  | { readonly kind: 'no_open_pause' }
  /** An open pause that is not the last of a paused plan (`pause_mismatch`). */
  | { readonly kind: 'open_pause_not_last' }
  /** An open pause on a plan that is not paused (`pause_mismatch`); `status` as JSON. */
  | { readonly kind: 'open_pause_not_paused'; readonly status: string }
  /** An active plan without a phase (`phase_mismatch`). */
  | { readonly kind: 'active_without_phase' }
  /** A phase on a plan that is not active (`phase_mismatch`); `status` as JSON. */
  | { readonly kind: 'phase_not_active'; readonly status: string }
  /** A monitoring record on a plan that is neither monitoring nor completed (`monitoring_mismatch`). */
  | { readonly kind: 'monitoring_status'; readonly status: string }
  /** Monitoring after a close not in good standing. */
  | { readonly kind: 'monitoring_after_outcome'; readonly outcome: string }
  /** A monitoring or completed plan without a monitoring record. */
  | { readonly kind: 'monitoring_missing'; readonly status: string }
  /** Monitoring that has ended on a plan still "monitoring". */
  | { readonly kind: 'monitoring_ended' }
  /** A completed plan whose monitoring has no end. */
  | { readonly kind: 'monitoring_open' }
  /** Monitoring that starts before the close. */
  | { readonly kind: 'monitoring_before_close'; readonly closed: string; readonly start: string }
  /** A record only an approved plan has, on a plan HR has not approved (`record_before_approval`). */
  | { readonly kind: 'not_approved'; readonly record: ApprovedRecord }
  /** Such a record dated before HR's approval. */
  | { readonly kind: 'before_approval'; readonly record: ApprovedRecord; readonly date: string; readonly approval: string }
  /** A record after the plan closed (`after_closure`). */
  | { readonly kind: 'after_close'; readonly closed: string }
  /** A pause open at the close that ends on or after it (`after_closure`). */
  | { readonly kind: 'pause_after_close'; readonly closed: string }
  /** Host data that is not an object (`invalid_metadata`). */
  | { readonly kind: 'not_an_object' }
  /** A number that is not finite (`invalid_metadata`); `value` as written. */
  | { readonly kind: 'not_finite'; readonly value: string }
  /** An object that is not plain (a class instance, a Map). */
  | { readonly kind: 'not_plain' }
  /** A value JSON has no form for; `type` is its `typeof`. */
  | { readonly kind: 'not_json'; readonly type: string }
  /** An observation with a value and a numerator or denominator (`observation_value_shape`). */
  | { readonly kind: 'value_and_parts' }
  /** An observation with neither. */
  | { readonly kind: 'no_value' }
  /** An observation with only one of numerator and denominator. */
  | { readonly kind: 'one_part' }
  /** A document newer than the library reads (`unsupported_version`); `reads` is the version it reads. */
  | { readonly kind: 'newer_version'; readonly reads: number }
  /** An earlier version of the format, which `migratePlan` upgrades (`unsupported_version`). */
  | { readonly kind: 'earlier_version' }
  /** A version with no upgrade step (`unsupported_version`). */
  | { readonly kind: 'no_upgrade_step'; readonly reads: number; readonly from: number }
  /** A host's migration step threw (`invalid_value`); `error` is what it threw, as text. */
  | { readonly kind: 'migration_failed'; readonly step: string; readonly from: number; readonly error: string }
  /** An id that is not one of the template's goals (`unknown_reference`). */
  | { readonly kind: 'not_a_template_goal' };

/** What the facts of every parse issue hold: where the problem is. */
export interface IssueFactsBase {
  /** Where the problem is, written `goals[0].weight` (`plan`, `observations` or `assignment` at the root). */
  readonly where: string;
}

/**
 * Facts a plan issue's message is built from (its `facts`), every code's in one wide shape: data
 * and codes, never English, so a locale words the same issue in its language. No code has these
 * facts: the facts of each code ({@link PlanIssueFactsByCode}) are narrower and every one of them
 * is an `IssueFacts`, so a helper that reads any issue's facts takes this shape.
 *
 * - `expected` and `received`: for `invalid_type` and `required`, a type code (`string`,
 *   `number`, `int`, `boolean`, `object`, `array`, `union`, `json`, `plan_document`, `log_entry`,
 *   `template_assignment`, `assignment_or_defaults`, `goals_or_support`, `current_value`, and
 *   `none_defined` for an empty list of ids; received `null`, `array`,
 *   `number`, `NaN`, `Infinity`, `string`, `unreadable`, ... by `typeof`), a value as written
 *   (`1.5`) or a list of allowed values as JSON; elsewhere data as the input had it (quoted ids,
 *   dates, codes).
 * - `limit`, with `unit` (`characters`, `items`, `values`) for a size.
 * - `problem`: what a check of the plan against its own records found ({@link PlanIssueProblem}).
 * - `detail`: only an engine's or host's own text (a JSON syntax error, what a getter threw).
 * - `text`: a host's own sentence ({@link HostSentence}).
 */
export interface IssueFacts extends IssueFactsBase {
  readonly expected?: string;
  readonly received?: string;
  readonly limit?: number | string;
  /** The unit of a size `limit`. */
  readonly unit?: 'characters' | 'items' | 'values';
  readonly value?: string;
  /** What a check of the plan against its records found. */
  readonly problem?: PlanIssueProblem;
  /** Text from outside the library: a JSON parser's error, what a host's getter or step threw. */
  readonly detail?: string;
  /** The whole sentence, when the check that found the problem wrote its own ({@link HostSentence}). */
  readonly text?: string;
}

/**
 * The facts of an issue whose sentence a host wrote itself, instead of the facts the library
 * gives: where, and the whole sentence as `text`. The store words the problems of its own
 * requests so (`required`, `invalid_value`, `invalid_date`, `invalid_json`, `unknown_reference`),
 * and a host's zod refinement's message is one (`invalid_value`). Only those five codes take it
 * ({@link OrHostSentence}). The issue's `message` is the host's sentence; a catalog re-words it as
 * the code's sentence with `where` alone, except `invalid_value`, whose sentence is `text` itself.
 *
 * @example
 * ```ts
 * import type { PlanIssue } from 'improvement-plan';
 * const message = 'asOf must be a real calendar day written YYYY-MM-DD.';
 * const issue: PlanIssue = { code: 'invalid_date', path: ['asOf'], facts: { where: 'asOf', text: message }, message };
 * ```
 */
export interface HostSentence extends IssueFactsBase {
  /** The whole sentence, as the host wrote it. */
  readonly text: string;
}

/**
 * A code's own facts `F`, or a {@link HostSentence} instead. Each side has the other side's facts
 * as absent (`?: never`): a catalog reads any fact of either side (`undefined` on the other) and
 * `text !== undefined` tells the host's sentence apart; a host sentence with any of `F`'s facts,
 * or `F` with a `text`, does not compile.
 */
export type OrHostSentence<F extends IssueFactsBase> =
  | (F & { readonly text?: never })
  | (HostSentence & { readonly [K in Exclude<keyof F, keyof HostSentence>]?: never });

/**
 * The facts of each plan issue code: {@link IssueFactsBase} (`where`) and the facts that code
 * carries, required when every issue of the code has them, optional when some do; `problem`
 * narrowed to the kinds the code reports. Five codes take a host's own sentence instead
 * ({@link OrHostSentence}). Checking a {@link PlanIssue}'s `code` narrows its `facts` to its
 * code's. Each code's facts are an {@link IssueFacts} (the wide shape a helper shared by all codes
 * reads).
 */
export interface PlanIssueFactsByCode {
  /** `detail`: the JSON parser's error; or a host's own sentence instead (the store's). */
  readonly invalid_json: OrHostSentence<IssueFactsBase & { readonly detail: string }>;
  /**
   * `expected`: a type code, the allowed values as JSON, or `current_value` of the metric named in
   * `value`; or a host's own sentence instead (the store's).
   */
  readonly required: OrHostSentence<IssueFactsBase & { readonly expected: string; readonly value?: string }>;
  /** `expected`: a type code; `received`: a type code or a value as written; `detail`: what reading or copying the input threw. */
  readonly invalid_type: IssueFactsBase & { readonly expected: string; readonly received?: string; readonly detail?: string };
  /**
   * `expected`: the allowed values as JSON, `received`: the text given, quoted; `problem`: a host's
   * migration step that threw; none of them for a value zod rejects otherwise. Or a host's own
   * sentence instead (a zod refinement's message, the store's).
   */
  readonly invalid_value: OrHostSentence<
    IssueFactsBase & {
      readonly expected?: string;
      readonly received?: string;
      readonly problem?: Extract<PlanIssueProblem, { kind: 'migration_failed' }>;
    }
  >;
  readonly unknown_field: IssueFactsBase;
  /** `limit`: a number, or zod's bigint or date limit as text. */
  readonly too_big: IssueFactsBase & { readonly limit: number | string; readonly unit?: 'characters' | 'items' | 'values' };
  /** `limit`: a number, or zod's bigint or date limit as text. */
  readonly too_small: IssueFactsBase & { readonly limit: number | string; readonly unit?: 'characters' | 'items' | 'values' };
  readonly not_integer: IssueFactsBase & { readonly received: string };
  /** `expected`: the pattern or zod's format name. */
  readonly invalid_format: IssueFactsBase & { readonly expected: string };
  /** `received`: the text given, quoted; or a host's own sentence instead (the store's). */
  readonly invalid_date: OrHostSentence<IssueFactsBase & { readonly received: string }>;
  readonly end_before_start: IssueFactsBase & { readonly problem: Extract<PlanIssueProblem, { kind: 'span' }> };
  readonly duration_mismatch: IssueFactsBase & { readonly problem: Extract<PlanIssueProblem, { kind: 'duration_end' }> };
  readonly missing_end_date: IssueFactsBase;
  readonly window_order: IssueFactsBase & { readonly problem: Extract<PlanIssueProblem, { kind: 'span' }> };
  readonly past_calendar_end: IssueFactsBase & { readonly problem: Extract<PlanIssueProblem, { kind: 'days_past_calendar' }> };
  /** `limit`: the longest plan, in days. */
  readonly plan_too_long: IssueFactsBase & { readonly limit: number; readonly problem: Extract<PlanIssueProblem, { kind: 'plan_span' }> };
  readonly conflicting_fields: IssueFactsBase & { readonly problem: Extract<PlanIssueProblem, { kind: 'amendment_target' | 'window_and_deadline' }> };
  readonly money_not_integral: IssueFactsBase & { readonly received: string };
  readonly currency_required: IssueFactsBase;
  readonly currency_not_allowed: IssueFactsBase;
  readonly weights_incomplete: IssueFactsBase & { readonly problem: Extract<PlanIssueProblem, { kind: 'goal_without_weight' }> };
  /** `received`: the weights' sum. */
  readonly weights_sum: IssueFactsBase & { readonly received: string };
  readonly ratio_requires_parts: IssueFactsBase;
  readonly observation_value_shape: IssueFactsBase & { readonly problem: Extract<PlanIssueProblem, { kind: 'value_and_parts' | 'no_value' | 'one_part' }> };
  /** `expected`: the rubric's levels. */
  readonly rubric_level_unknown: IssueFactsBase & { readonly expected: string };
  readonly rubric_standard_unknown: IssueFactsBase;
  /** `received`: the goal's comparator; `expected`: the metric's direction. */
  readonly comparator_mismatch: IssueFactsBase & { readonly received: string; readonly expected: string };
  /**
   * `value`: the id, quoted; `expected`: the ids there are (or `none_defined`), or `problem` the
   * list it is not in; or a host's own sentence instead (the store's).
   */
  readonly unknown_reference: OrHostSentence<
    IssueFactsBase & {
      readonly value: string;
      readonly expected?: string;
      readonly problem?: Extract<PlanIssueProblem, { kind: 'not_a_template_goal' }>;
    }
  >;
  /** `value`: the id. */
  readonly duplicate_id: IssueFactsBase & { readonly value: string };
  readonly invalid_metadata: IssueFactsBase & { readonly problem: Extract<PlanIssueProblem, { kind: 'not_an_object' | 'not_finite' | 'not_plain' | 'not_json' }> };
  /** `value`: the key, quoted. */
  readonly forbidden_key: IssueFactsBase & { readonly value: string };
  /** `limit`: the deepest nesting. */
  readonly too_deep: IssueFactsBase & { readonly limit: number };
  /** `received`: the version. */
  readonly unsupported_version: IssueFactsBase & {
    readonly received: string;
    readonly problem: Extract<PlanIssueProblem, { kind: 'newer_version' | 'earlier_version' | 'no_upgrade_step' }>;
  };
  /** `value`: the key, quoted and clipped; `limit`: the longest key, in characters. */
  readonly key_too_long: IssueFactsBase & { readonly value: string; readonly limit: number };
  /** `received`: the plan's status, as JSON. */
  readonly approval_missing: IssueFactsBase & { readonly received: string; readonly problem: Extract<PlanIssueProblem, { kind: 'no_review' | 'changes_requested' }> };
  /** `received`: the plan's status, as JSON. */
  readonly approval_unexpected: IssueFactsBase & { readonly received: string };
  /** `received`: the plan's status, as JSON. */
  readonly acknowledgement_missing: IssueFactsBase & { readonly received: string; readonly problem: Extract<PlanIssueProblem, { kind: 'not_acknowledged' }> };
  /** `received`: the plan's status, as JSON. */
  readonly closure_missing: IssueFactsBase & { readonly received: string };
  /** `received`: the plan's status, as JSON. */
  readonly closure_unexpected: IssueFactsBase & { readonly received: string };
  readonly closure_mismatch: IssueFactsBase & { readonly problem: Extract<PlanIssueProblem, { kind: 'never_extended' | 'closed_before_start' }> };
  readonly pause_mismatch: IssueFactsBase & { readonly problem: Extract<PlanIssueProblem, { kind: 'no_open_pause' | 'open_pause_not_last' | 'open_pause_not_paused' }> };
  readonly phase_mismatch: IssueFactsBase & { readonly problem: Extract<PlanIssueProblem, { kind: 'active_without_phase' | 'phase_not_active' }> };
  readonly monitoring_mismatch: IssueFactsBase & {
    readonly problem: Extract<
      PlanIssueProblem,
      { kind: 'monitoring_status' | 'monitoring_after_outcome' | 'monitoring_missing' | 'monitoring_ended' | 'monitoring_open' | 'monitoring_before_close' }
    >;
  };
  /** `value`: the employee's id, quoted. */
  readonly same_person: IssueFactsBase & { readonly value: string; readonly problem: Extract<PlanIssueProblem, { kind: 'manager_is_employee' | 'hr_partner_is_employee' }> };
  /** `received`: the signer's id, quoted. */
  readonly signer_mismatch: IssueFactsBase & { readonly received: string; readonly problem: Extract<PlanIssueProblem, { kind: 'no_hr_partner' | 'not_the_signer' }> };
  /** `value`: the revision; `received`: the role. */
  readonly duplicate_signature: IssueFactsBase & { readonly value: string; readonly received: string };
  /** `received`: the revision given; `limit`: the plan's revision. */
  readonly revision_ahead: IssueFactsBase & { readonly received: string; readonly limit: number };
  readonly revision_order: IssueFactsBase & { readonly problem: Extract<PlanIssueProblem, { kind: 'revision_below_one' | 'revision_not_raised' }> };
  /** `value`: the revision signed. */
  readonly signature_before_revision: IssueFactsBase & { readonly value: string; readonly problem: Extract<PlanIssueProblem, { kind: 'signed_before_amendment' }> };
  readonly record_before_approval: IssueFactsBase & { readonly problem: Extract<PlanIssueProblem, { kind: 'not_approved' | 'before_approval' }> };
  readonly after_closure: IssueFactsBase & { readonly problem: Extract<PlanIssueProblem, { kind: 'after_close' | 'pause_after_close' }> };
  readonly extension_mismatch: IssueFactsBase & { readonly problem: Extract<PlanIssueProblem, { kind: 'extension_end' }> };
  readonly extension_outside_plan: IssueFactsBase & {
    readonly problem: Extract<PlanIssueProblem, { kind: 'granted_before_start' | 'granted_while_paused' | 'previous_end' }>;
  };
  readonly pause_outside_plan: IssueFactsBase & { readonly problem: Extract<PlanIssueProblem, { kind: 'pause_before_start' }> };
  readonly pause_order: IssueFactsBase & { readonly problem: Extract<PlanIssueProblem, { kind: 'previous_pause_open' | 'pause_overlap' }> };
  /** `received`: the entry's `seq`; `expected`: its place in the log. */
  readonly event_sequence: IssueFactsBase & { readonly received: string; readonly expected: string };
  /** `received`: the entry's `at`; `expected`: the previous entry's. */
  readonly event_order: IssueFactsBase & { readonly received: string; readonly expected: string };
  /** `limit`: the issues listed; `value`: how many more there were. */
  readonly too_many_issues: IssueFactsBase & { readonly limit: number; readonly value: string };
}

/** `F` without `where`, each side of a union on its own (a code's facts or a {@link HostSentence}). */
type WithoutWhere<F> = F extends unknown ? Omit<F, 'where'> : never;

/**
 * The facts a check gives for an issue of code `C`: its code's facts without `where`, which is
 * written from the issue's path.
 *
 * @internal
 */
export type PlanIssueFactsInput<C extends PlanIssueCode> = C extends PlanIssueCode ? WithoutWhere<PlanIssueFactsByCode[C]> : never;

/**
 * One issue as a check finds it, before its path is written out: its code, its path and its
 * code's facts.
 *
 * @internal
 */
export type PlanIssueDraft = { [C in PlanIssueCode]: { readonly code: C; readonly path: PropertyKey[]; readonly facts: PlanIssueFactsInput<C> } }[PlanIssueCode];

const days = (n: number, noun = 'day'): string => `${n} ${noun}${n === 1 ? '' : 's'}`;
const RECORD: Readonly<Record<ApprovedRecord, string>> = { signature: 'a signature', amendment: 'an amendment', extension: 'an extension', pause: 'a pause' };

/**
 * Each problem in English, as the clause the issue's sentence holds.
 *
 * @internal
 */
export const PROBLEM_WORDS: { readonly [K in PlanIssueProblem['kind']]: (p: Extract<PlanIssueProblem, { kind: K }>) => string } = {
  span: (p) => `${p.start} .. ${p.end}`,
  duration_end: (p) => `${p.days} days from ${p.start} end on ${p.derived}, not ${p.given}`,
  plan_span: (p) => `${p.start} .. ${p.end} is ${days(p.days)}`,
  days_past_calendar: (p) => `it would end ${days(p.days)} after it`,
  granted_before_start: (p) => `it was granted on ${p.granted}, before the plan started on ${p.start}`,
  granted_while_paused: (p) => `it was granted on ${p.granted}, while the plan was paused`,
  previous_end: (p) =>
    `the plan ended on ${p.expected} when it was granted (${days(p.written)} as written${p.earlier > 0 ? `, ${days(p.earlier)} of earlier extensions` : ''}${p.pausedSkipped ? ', paused days skipped' : ''}), not ${p.given}`,
  extension_end: (p) => `${days(p.days, 'plan day')} after ${p.previousEnd} end on ${p.expected}${p.skipped > 0 ? ` (${days(p.skipped, 'paused day')} skipped)` : ''}, not ${p.given}`,
  pause_before_start: (p) => `it starts on ${p.start}, before the plan starts on ${p.planStart}`,
  previous_pause_open: (p) => `the previous pause, from ${p.previousStart}, has not ended`,
  pause_overlap: (p) => `it starts on ${p.start}, before the previous pause ended on ${p.previousEnd}; pauses are listed in date order and do not overlap`,
  goal_without_weight: (p) => `goal ${quote(p.goalId)} has none`,
  amendment_target: (p) => `the ${p.target} kept ${p.side} the amendment is ${quote(p.kept)}, not its target ${quote(p.targetId)}`,
  window_and_deadline: () => 'a goal has either a window or a deadline, not both',
  manager_is_employee: () => 'a plan is managed by someone other than the employee on it',
  hr_partner_is_employee: () => 'the HR partner who reviews the plan is someone other than the employee on it',
  no_hr_partner: () => 'the plan names no HR partner to sign as hr',
  not_the_signer: (p) => `the plan's ${p.role === 'hr' ? 'HR partner' : p.role} is ${quote(p.personId)}`,
  revision_below_one: () => 'an amendment raises the revision, so it is 1 or more',
  revision_not_raised: (p) =>
    `amendments raise the revision in order, and ${p.revision} follows ${p.previous}${p.sameRevision ? ' (records of one revision are one amendment: same date, same author, one after the other)' : ''}`,
  signed_before_amendment: (p) => `signed on ${p.signed}, before the amendment of ${p.amended} made it`,
  no_review: () => 'there is no HR review',
  changes_requested: (p) => `HR's latest review, on ${p.date}, requested changes`,
  not_acknowledged: (p) => `the ${p.missing.join(' and the ')} ${p.missing.length === 1 ? 'has' : 'have'} not acknowledged revision ${p.revision}`,
  never_extended: () => 'it closed as extended_then_closed, but the plan was never extended',
  closed_before_start: (p) => `a plan closes as ${p.outcome} after it ran, and it closed on ${p.date}, before its start on ${p.start}`,
  no_open_pause: () => 'a paused plan has an open pause (one without an end) as its last pause',
  open_pause_not_last: () => 'only the last pause of a paused plan is still open',
  open_pause_not_paused: (p) => `the plan is ${p.status}, not paused, so every pause has ended`,
  active_without_phase: () => 'an active plan is in one of its three phases',
  phase_not_active: (p) => `a phase belongs to an active plan, and this one is ${p.status}`,
  monitoring_status: (p) => `the plan is ${p.status}: monitoring makes it "monitoring", then "completed"`,
  monitoring_after_outcome: (p) => `monitoring follows a close in good standing (successful or extended_then_closed), not ${p.outcome}`,
  monitoring_missing: (p) => `a plan that is ${p.status} has a monitoring record`,
  monitoring_ended: () => 'monitoring that has ended makes the plan "completed", not "monitoring"',
  monitoring_open: () => "a completed plan's monitoring has an end",
  monitoring_before_close: (p) => `monitoring starts on or after the close, ${p.closed}, not on ${p.start}`,
  not_approved: (p) => `${RECORD[p.record]} comes after HR approves the plan, and HR has not approved it`,
  before_approval: (p) => `${RECORD[p.record]} is dated ${p.date}, before HR approved the plan on ${p.approval}`,
  after_close: (p) => `it closed on ${p.closed}`,
  pause_after_close: (p) => `it closed on ${p.closed}; a pause open then ends the day before`,
  not_an_object: () => 'expected an object',
  not_finite: (p) => `${p.value} is not a finite number`,
  not_plain: () => 'only plain objects are allowed',
  not_json: (p) => `${p.type} is not JSON`,
  value_and_parts: () => 'both',
  no_value: () => 'neither',
  one_part: () => 'only one of numerator and denominator',
  newer_version: (p) => `newer than this version of improvement-plan reads (${p.reads}): upgrade the library to read it`,
  earlier_version: () => 'an earlier version of the format: upgrade the document with migratePlan, then parse it',
  no_upgrade_step: (p) => `not a version this library can upgrade: it reads ${p.reads} and has no step from ${p.from} to ${p.from + 1}`,
  migration_failed: (p) => `a document the step "${p.step}" (from ${p.from}) can upgrade (${p.error})`,
  not_a_template_goal: () => "the template's goals",
};

/** What a field takes, in English, by type code; any other code (one of zod's) is shown as it is. */
const EXPECTED_WORDS: Readonly<Record<string, string>> = {
  string: 'text',
  number: 'a finite number',
  int: 'a whole number',
  boolean: 'true or false',
  object: 'an object',
  array: 'an array',
  union: 'one of the allowed shapes',
  json: 'plain JSON data',
  plan_document: 'a plan document (an object)',
  log_entry: 'a log entry (an object)',
  template_assignment: 'a template assignment',
  assignment_or_defaults: 'in the assignment or the defaults',
  goals_or_support: 'goals or support to change',
  none_defined: 'none defined',
};

/** What was received, in English, by type code; a value as written (`1.5`, `NaN`) is shown as it is. */
const RECEIVED_WORDS: Readonly<Record<string, string>> = {
  array: 'an array',
  number: 'a number',
  object: 'an object',
  string: 'a string',
  boolean: 'a boolean',
  bigint: 'a bigint',
  symbol: 'a symbol',
  function: 'a function',
  undefined: 'a undefined',
};

/** The clause of a problem, or the outside text (`detail`) when there is no problem. */
function detailOf(f: IssueFacts): string | undefined {
  const p = f.problem;
  return p === undefined ? f.detail : (PROBLEM_WORDS[p.kind] as (p: PlanIssueProblem) => string)(p);
}

/** `expected` in English: a type code's words, `the rep's current <value>`, or the data as it is. */
function expectedOf(f: IssueFacts): string | undefined {
  if (f.problem !== undefined) return detailOf(f);
  if (f.expected === 'current_value') return `the rep's current ${f.value ?? 'value'}`;
  return f.expected === undefined ? undefined : Object.hasOwn(EXPECTED_WORDS, f.expected) ? EXPECTED_WORDS[f.expected] : f.expected;
}

/** `received` in English: a type code's words, what could not be read, or the data as it is. */
function receivedOf(f: IssueFacts): string | undefined {
  if (f.received === 'unreadable') return `a value that failed to read (${f.detail ?? '?'})`;
  if (f.received === 'uncopyable') return `a value that failed to copy (${f.detail ?? '?'})`;
  return f.received === undefined ? undefined : Object.hasOwn(RECEIVED_WORDS, f.received) ? RECEIVED_WORDS[f.received] : f.received;
}

/** A count written with digits only, grouped in thousands ("1,234"); anything else as it is. */
const grouped = (value: string | undefined): string => (value !== undefined && /^\d+$/.test(value) ? value.replace(/\B(?=(\d{3})+(?!\d))/g, ',') : (value ?? ''));

/** A size limit with its unit: "100 characters". */
const limitOf = (f: IssueFacts): string | number | undefined => (f.limit === undefined || f.unit === undefined ? f.limit : `${f.limit} ${f.unit}`);

/** "where: detail." (the rules that explain themselves in their detail). */
const said = (f: IssueFacts): string => `${f.where}: ${detailOf(f)}.`;

/**
 * The English message for each plan issue code, kept together so wording stays consistent: the
 * schema's part of the English catalog.
 */
export const PLAN_ISSUE_MESSAGES: Catalog<PlanIssueFactsByCode> = {
  invalid_json: (f) => `${f.where} is not valid JSON${f.detail ? `: ${f.detail}` : ''}.`,
  required: (f) => `${f.where} is required${f.expected ? ` (${expectedOf(f)})` : ''}.`,
  invalid_type: (f) => `${f.where} must be ${expectedOf(f) ?? 'a different type'}${f.received ? `, not ${receivedOf(f)}` : ''}.`,
  invalid_value: (f) => f.text ?? `${f.where} must be one of ${expectedOf(f) ?? 'the allowed values'}${f.received ? `, not ${f.received}` : ''}.`,
  unknown_field: (f) =>
    `${f.where} is not a field this library knows. Put host-system fields under \`metadata\`, where they are kept as they are.`,
  too_big: (f) => `${f.where} is too big: the limit is ${limitOf(f) ?? 'exceeded'}${detailOf(f) ? ` ${detailOf(f)}` : ''}.`,
  too_small: (f) => `${f.where} is too small: the minimum is ${limitOf(f) ?? 'not reached'}${detailOf(f) ? ` ${detailOf(f)}` : ''}.`,
  not_integer: (f) => `${f.where} must be a whole number${f.received ? `, not ${f.received}` : ''}.`,
  invalid_format: (f) => `${f.where} is not in the expected format${f.expected ? ` (${f.expected})` : ''}.`,
  invalid_date: (f) =>
    `${f.where} must be a real calendar day written YYYY-MM-DD${f.received ? `; ${f.received} is not one` : ''}.`,
  end_before_start: (f) => `${f.where} must come after the start date${detailOf(f) ? ` (${detailOf(f)})` : ''}.`,
  duration_mismatch: (f) => `${f.where} does not agree with the start and end dates${detailOf(f) ? `: ${detailOf(f)}` : ''}.`,
  missing_end_date: (f) => `${f.where} needs an end date or a duration in days.`,
  window_order: (f) => `${f.where} ends before it starts${detailOf(f) ? ` (${detailOf(f)})` : ''}.`,
  past_calendar_end: (f) =>
    `${f.where} takes the plan past the last calendar day, 9999-12-31${detailOf(f) ? ` (${detailOf(f)})` : ''}.`,
  plan_too_long: (f) =>
    `${f.where} makes the plan span more than ${f.limit ?? 'the limit of'} days from its start${detailOf(f) ? ` (${detailOf(f)})` : ''}.`,
  conflicting_fields: (f) => `${f.where}: ${detailOf(f) ?? 'fields that exclude each other are both set'}.`,
  money_not_integral: (f) =>
    `${f.where} is money and must be a whole number of minor units (cents), not ${f.received ?? 'a fraction'}.`,
  currency_required: (f) => `${f.where} has unit "currency" and needs an ISO 4217 currency code.`,
  currency_not_allowed: (f) => `${f.where} has a currency code but its unit is not "currency".`,
  weights_incomplete: (f) =>
    `${f.where}: when any goal has a weight, every goal needs one${detailOf(f) ? ` (${detailOf(f)})` : ''}.`,
  weights_sum: (f) => `${f.where}: goal weights must add up to exactly 100, they add up to ${f.received ?? '?'}.`,
  ratio_requires_parts: (f) =>
    `${f.where} measures a ratio metric and needs a numerator and denominator (a mean of ratios would be wrong).`,
  observation_value_shape: (f) => `${f.where} needs either a value or a numerator and denominator, not ${detailOf(f) ?? 'both or neither'}.`,
  rubric_level_unknown: (f) => `${f.where} is not a level of the metric's rubric${f.expected ? ` (levels: ${f.expected})` : ''}.`,
  rubric_standard_unknown: (f) => `${f.where}: the rubric's standard level is not one of its levels.`,
  comparator_mismatch: (f) =>
    `${f.where} compares ${f.received ?? '?'} but the metric is ${f.expected ?? '?'}; a target cannot point against the metric's direction.`,
  unknown_reference: (f) => `${f.where} refers to ${f.value ?? 'an id'}, which does not exist${expectedOf(f) ? ` among ${expectedOf(f)}` : ''}.`,
  duplicate_id: (f) => `${f.where} repeats the id ${f.value ?? ''}; ids must be unique.`,
  invalid_metadata: (f) => `${f.where} must be a JSON object (strings, finite numbers, booleans, null, arrays, objects)${detailOf(f) ? `: ${detailOf(f)}` : ''}.`,
  forbidden_key: (f) => `${f.where} uses the key ${f.value ?? ''}, which is not allowed (it could alter object prototypes).`,
  too_deep: (f) => `${f.where} nests deeper than ${f.limit ?? 'the limit'} levels.`,
  unsupported_version: (f) => `${f.where} is ${f.received ?? 'a version'}, ${detailOf(f) ?? 'a version this library does not read'}.`,
  key_too_long: (f) => `${f.where} has a key longer than ${f.limit} characters: ${f.value}.`,
  approval_missing: (f) => `${f.where} is ${f.received}, which needs HR's approval as the latest review, but ${detailOf(f)}.`,
  approval_unexpected: (f) => `${f.where} is an HR approval, but the plan is still ${f.received}: an approval moves a plan on to acknowledgement.`,
  acknowledgement_missing: (f) =>
    `${f.where} is ${f.received}, which needs the manager's and the employee's acknowledgement of the current revision, but ${detailOf(f)}.`,
  closure_missing: (f) => `${f.where} is ${f.received}, which needs a closure (outcome, date, by whom).`,
  closure_unexpected: (f) => `${f.where} is present, but the plan's status is ${f.received}: only a closed plan has a closure.`,
  closure_mismatch: (f) => `${f.where} contradicts the plan: ${detailOf(f)}.`,
  pause_mismatch: said,
  phase_mismatch: said,
  monitoring_mismatch: said,
  same_person: (f) => `${f.where} is ${f.value}, the employee on the plan; ${detailOf(f)}.`,
  signer_mismatch: (f) => `${f.where} is ${f.received}, but ${detailOf(f)}.`,
  duplicate_signature: (f) => `${f.where} signs revision ${f.value} as ${f.received} a second time; each role signs a revision once.`,
  revision_ahead: (f) => `${f.where} is ${f.received}, beyond the plan's revision (${f.limit}).`,
  revision_order: said,
  signature_before_revision: (f) => `${f.where} is before revision ${f.value} existed: ${detailOf(f)}.`,
  record_before_approval: said,
  after_closure: (f) => `${f.where} is after the plan closed (${detailOf(f)}); a closed plan takes no more records of this kind.`,
  extension_mismatch: (f) => `${f.where} does not agree with the extension's length: ${detailOf(f)}.`,
  extension_outside_plan: (f) => `${f.where} does not fit the plan: ${detailOf(f)}.`,
  pause_outside_plan: (f) => `${f.where} is outside the plan: ${detailOf(f)}.`,
  pause_order: said,
  event_sequence: (f) => `${f.where} is ${f.received}, but a log entry's seq is its place in the log, ${f.expected}.`,
  event_order: (f) => `${f.where} is ${f.received}, before the previous log entry (${f.expected}); the log never runs backwards.`,
  too_many_issues: (f) => `${f.where} has more issues than the ${f.limit} listed: ${grouped(f.value)} more ${f.value === '1' ? 'was' : 'were'} not listed.`,
};

/** The message for an issue code and its facts. */
export function issueMessage<C extends PlanIssueCode>(code: C, facts: PlanIssueFactsByCode[C], catalog: Catalog<PlanIssueFactsByCode> = PLAN_ISSUE_MESSAGES): string {
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
