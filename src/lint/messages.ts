/**
 * Every sentence plan linting writes (the finding and its fix) for the plan-level rules. The
 * goal-level rules reuse the SMART check's sentences.
 *
 * @internal
 * @module
 */
import type { Catalog } from '../issues/issue.js';
import { sentencesOf, type FindingSentences } from '../issues/finding-sentences.js';
import { describeField, type FieldEntry } from './field-words.js';
import { CHARACTERISTIC_NAMES, type ProtectedCharacteristic } from './characteristic-names.js';
import { formatPercent } from '../gaps/format.js';
import { gapMessage, type GapFacts } from '../gaps/messages.js';
import { SMART_FIXES, SMART_MESSAGES, type SmartFactsByCode } from '../goals/messages.js';
import { POLICY_CATALOGS_EN, POLICY_ISSUE_MESSAGES, type PolicyIssueFacts } from '../policy/messages.js';
import { SMART_LINT_CODES, type LintCode } from './rules.js';

/** Facts a finding's sentences are built from (already written for people). */
export interface LintFacts {
  readonly what?: string;
  readonly value?: string;
  readonly limit?: string;
  readonly detail?: string;
  /** For `weight_concentrated`: the share of the plan's weight the goal or category carries, the policy's most, and the share the other goals carry together (fractions). */
  readonly share?: number;
  readonly maxShare?: number;
  readonly restShare?: number;
  /** For `protected_characteristic`: the text records leave (a pause, an extension), which gets its own fix. */
  readonly leave?: boolean;
  /** For `goals_single_category`: how many goals, and the categories they are in. */
  readonly count?: number;
  readonly categories?: readonly string[];
  /** For `weight_concentrated` over a category: the category and its goals' ids. */
  readonly category?: string;
  readonly goalIds?: readonly string[];
  /** For `weight_concentrated` over one goal: the goals carry equal weight (none is declared). */
  readonly equal?: boolean;
  /** For `skill_gap_needs_time`: the skill gaps' ids (none: the root cause is skill). */
  readonly gaps?: readonly string[];
  /** For `diagnostic_incomplete`: the diagnostic field left unanswered. */
  readonly question?: 'strengths' | 'struggles' | 'notDoing' | 'doingWrong';
  /** For `system_factor_unaddressed`: the factor's kind (`lead_quality`). */
  readonly kind?: string;
  /** For `check_in_cadence_sparse`: the cadence that is too sparse, or the days the first check-in waits after the start (with its date as `value`). */
  readonly cadence?: 'weekly' | 'biweekly';
  readonly wait?: number;
  /** For `gap_not_a_shortfall`: the gap's own facts (figures, unit, direction), worded by `GAP_ANALYSIS_MESSAGES`. */
  readonly gap?: GapFacts;
  /**
   * For `protected_characteristic`: the field, written as a path (`goals[0].title`) and as its
   * steps (`place`), the list entry it is in (`entry`: by id, date or place), and each term found
   * with its characteristic's code.
   */
  readonly field?: string;
  readonly place?: readonly (string | number)[];
  readonly entry?: FieldEntry;
  readonly terms?: readonly { readonly text: string; readonly characteristic: ProtectedCharacteristic }[];
}

/** "a, b and c". */
export function listed(items: readonly string[]): string {
  return items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

/** How the goals fall into categories, in words: the only goal's, all in one, or a few. */
function categoryLead(f: LintFacts): string {
  const categories = f.categories ?? [];
  if (f.count === undefined) return 'The goals are in one category';
  if (f.count === 1) return `The plan's only goal, ${f.what ?? '?'}, is in the category ${categories[0] ?? '?'}`;
  return categories.length === 1 ? `All ${f.count} goals are in the category ${categories[0] ?? '?'}` : `The ${f.count} goals are in ${categories.length} categories only (${listed(categories)})`;
}

/** The diagnostic's questions, by field. */
const DIAGNOSTIC_QUESTIONS = {
  strengths: 'what is the rep good at',
  struggles: 'what is the rep struggling with',
  notDoing: 'what is the rep not doing',
  doingWrong: 'what is the rep doing wrong',
} as const;

const pct = (share: number | undefined): string => (share === undefined ? '?' : formatPercent(share));

type Sentences = (f: LintFacts) => FindingSentences;

/** Plan-level codes (the goal-level ones come from the SMART check). */
export type PlanLevelCode = Exclude<
  LintCode,
  | 'policy_invalid'
  | 'metric_unknown'
  | 'vague_wording'
  | 'title_without_target'
  | 'target_against_direction'
  | 'metric_source_missing'
  | 'target_outside_unit'
  | 'skill_target_not_rubric'
  | 'window_shorter_than_sales_cycle'
  | 'sales_cycle_unknown'
  | 'improvement_impossible'
  | 'improvement_unrealistic'
  | 'target_beyond_standard'
  | 'rubric_climb_too_steep'
  | 'goal_without_gap'
  | 'gap_unknown'
  | 'gap_metric_unrelated'
  | 'goal_without_window'
  | 'goal_window_outside_plan'
  | 'milestone_outside_window'
  | 'milestone_not_monotone'
>;

/** Goal-level codes: the SMART check's reasons of the same name. */
export type GoalLevelCode = Exclude<LintCode, PlanLevelCode | 'policy_invalid'>;

/**
 * The facts of each lint code: {@link LintFacts} for the plan-level rules, the SMART check's
 * facts for the goal-level ones, a policy issue's facts for `policy_invalid`.
 */
export type LintFactsByCode = { readonly [C in PlanLevelCode]: LintFacts } & { readonly [C in GoalLevelCode]: SmartFactsByCode[C] } & {
  readonly policy_invalid: PolicyIssueFacts;
};

/** The facts of some lint finding. */
export type LintFindingFacts = LintFactsByCode[LintCode];

const MESSAGES: { readonly [C in PlanLevelCode]: Sentences } = {
  purpose_missing: () => ({
    message: 'The plan states no purpose.',
    fix: 'Say in two or three sentences why the plan exists: the sustained gap, what must change, and that the company will help.',
  }),
  hr_partner_missing: () => ({
    message: 'No HR partner is named; HR reviews the plan for fairness and consistency before it is signed.',
    fix: 'Name the HR partner who will review the plan.',
  }),
  role_start_missing: () => ({
    message: 'The date the employee started in the role is not recorded, so the plan cannot show the rep is past ramp-up.',
    fix: 'Record `employee.roleStartDate`.',
  }),
  plan_too_short: (f) => ({
    message: `The plan runs ${f.value ?? '?'} days, shorter than the minimum of ${f.limit ?? '?'} days: too little time to show a change.`,
    fix: 'Plan for 30, 60 or 90 days.',
  }),
  skill_gap_needs_time: (f) => ({
    message: `The plan closes a skill gap (${f.gaps !== undefined && f.gaps.length > 0 ? `gap ${f.gaps.join(', ')}` : 'the root cause is skill'}) in ${f.value ?? '?'} days; skills take ${f.limit ?? '60'}-90 days to build and show in live deals.`,
    fix: 'Lengthen the plan to 60-90 days, or move the skill goal to a follow-up plan.',
  }),
  diagnostic_missing: () => ({
    message: 'The plan has no diagnostic: the root cause (skill, will or system) is unknown.',
    fix: 'Answer the five diagnostic questions and classify the root cause before writing goals.',
  }),
  diagnostic_incomplete: (f) => ({
    message: `The diagnostic leaves "${f.question === undefined ? '?' : DIAGNOSTIC_QUESTIONS[f.question]}" unanswered.`,
    fix: 'Answer every diagnostic question; "nothing found" is an answer.',
  }),
  root_cause_system: () => ({
    message: 'The root cause is the system alone (territory, leads, playbook, tools): a performance plan would judge the rep for the system\'s fault.',
    fix: 'Fix the system factors first; use a plan only if a gap remains that the rep can close.',
  }),
  system_factor_unaddressed: (f) => ({
    message: `The diagnostic records a ${(f.kind ?? 'system').replace('_', ' ')} factor (${f.what ?? '?'}) but nothing in the plan addresses it, so the rep would be judged for the system's fault.`,
    fix: 'Add a support commitment that lists the factor in `systemFactorIds`, or write its `mitigation`.',
  }),
  gaps_missing: () => ({
    message: 'The plan lists no performance gap: goals must come from measured gaps.',
    fix: 'Add each gap with the metric, the rep\'s value, the standard, the period and the evidence.',
  }),
  gap_not_a_shortfall: (f) => ({
    message: `Gap ${f.what ?? '?'} is not a shortfall: ${f.gap ? gapMessage(f.gap) : 'the rep meets the standard'}`,
    fix: 'Check the figures and the metric\'s direction; remove the gap if the rep meets the standard.',
  }),
  gap_evidence_missing: (f) => ({
    message: `Gap ${f.what ?? '?'} has no evidence.`,
    fix: 'Cite the data the figures come from (report, period, counts).',
  }),
  gap_period_missing: (f) => ({
    message: `Gap ${f.what ?? '?'} names no period, so it cannot show a sustained pattern.`,
    fix: 'Give the period the figures were measured over.',
  }),
  gap_period_short: (f) => ({
    message: `Gap ${f.what ?? '?'} was measured over ${f.value ?? '?'} days, less than ${f.limit ?? '?'}: it may be one bad month, not a sustained pattern.`,
    fix: 'Show the gap over several periods (a quarter), or coach informally first.',
  }),
  gap_unaddressed: (f) => ({
    message: `Gap ${f.what ?? '?'} is not addressed by any goal.`,
    fix: 'Add a goal that closes the gap (link it in the goal\'s `gapIds`), or remove the gap.',
  }),
  goals_missing: () => ({
    message: 'The plan has no goals.',
    fix: 'Add SMART goals tied to the gaps, mixing leading indicators and outcomes.',
  }),
  only_outcome_goals: () => ({
    message: 'Every goal is a lagging outcome; no leading indicator (activity or behavior) shows improvement before results arrive.',
    fix: 'Add an activity or behavior goal (calls, meetings booked, discovery used in live deals) that drives the outcome.',
  }),
  leading_indicator_missing: () => ({
    message: 'No goal measures an activity or a behavior, the leading indicators of results.',
    fix: 'Add a behavior goal showing the skill used in live deals, or an activity goal.',
  }),
  skill_metric_missing: () => ({
    message: 'The root cause is skill, but no goal measures the skill itself (a rubric-scored skill metric).',
    fix: 'Add a skill goal scored against a rubric, with a development entry for practice and feedback.',
  }),
  weights_incomplete: (f) => ({
    message: `Goal ${f.what ?? '?'} has no weight while other goals do.`,
    fix: 'Give every goal a weight, or none.',
  }),
  weights_sum: (f) => ({
    message: `Goal weights add up to ${f.value ?? '?'}, not exactly 100.`,
    fix: 'Adjust the weights so they add up to 100.',
  }),
  development_missing: (f) => ({
    message: `Skill goal ${f.what ?? '?'} has no development entry: how the skill is practised and how feedback shows it developing.`,
    fix: 'Add a development entry naming the skill, the practice and the feedback, linked to the goal.',
  }),
  support_missing: () => ({
    message: 'The plan lists no support: a plan is a two-way commitment.',
    fix: 'Add at least one support commitment (coaching, training, mentorship, tools) with an owner and dates.',
  }),
  support_owner_missing: (f) => ({
    message: `Support ${f.what ?? '?'} has no owner, so nobody is accountable for delivering it.`,
    fix: 'Name the person who delivers it.',
  }),
  support_unscheduled: (f) => ({
    message: `Support ${f.what ?? '?'} has neither a cadence nor due dates, so its delivery cannot be tracked.`,
    fix: 'Give it a cadence (weekly, every two weeks, monthly) or due dates.',
  }),
  support_outside_plan: (f) => ({
    message: `Support ${f.what ?? '?'} is dated ${f.value ?? '?'}, outside the plan's dates ${f.limit ?? '?'}.`,
    fix: 'Schedule the support inside the plan.',
  }),
  will_with_training_only: () => ({
    message: 'The root cause is will ("won\'t do"), but the only support is training, which addresses "can\'t do".',
    fix: 'Add coaching or manager check-ins that address motivation and expectations.',
  }),
  support_missed: (f) => ({
    message: `Support session ${f.what ?? '?'} on ${f.value ?? '?'} was not delivered.`,
    fix: 'Reschedule it; a plan whose support was not delivered cannot fairly end in "not met".',
  }),
  check_ins_missing: () => ({
    message: 'No check-ins are scheduled.',
    fix: 'Schedule weekly or bi-weekly check-ins in advance.',
  }),
  check_in_first_date_outside_plan: (f) => ({
    message: `The first check-in (${f.value ?? '?'}) is outside the plan's dates ${f.limit ?? '?'}.`,
    fix: 'Start check-ins in the plan\'s first week or two.',
  }),
  check_in_cadence_sparse: (f) => ({
    message: `${f.cadence !== undefined ? `Check-ins are ${f.cadence}` : f.wait !== undefined ? `The first check-in is ${f.wait} days after the start (${f.value ?? '?'})` : 'Check-ins are too sparse'}: more than ${f.limit ?? '?'} days without a check-in.`,
    fix: 'Check in at least every two weeks, starting in the plan\'s first two weeks.',
  }),
  check_in_missed: (f) => ({
    message: `Check-in ${f.what ?? '?'} on ${f.value ?? '?'} was missed.`,
    fix: 'Reschedule it and record the new date.',
  }),
  check_in_undocumented: (f) => ({
    message: `Check-in ${f.what ?? '?'} on ${f.value ?? '?'} was held but has no notes and no progress recorded.`,
    fix: 'Document each check-in: progress per goal, agreed actions, adjustments.',
  }),
  outcomes_missing: () => ({
    message: 'The plan states neither what success looks like nor what happens if the goals are not met.',
    fix: 'Write the success criteria and the consequences (extension, transition out).',
  }),
  success_criteria_missing: () => ({
    message: 'The plan does not say what successful completion looks like.',
    fix: 'State the success criteria in terms of the goals.',
  }),
  consequences_missing: () => ({
    message: 'The plan does not say what happens if the goals are not met.',
    fix: 'State the consequences (a review, an extension, a transition out of the role).',
  }),
  prior_coaching_missing: () => ({
    message: 'No documented informal coaching happened before the plan: a plan must not be the first conversation.',
    fix: 'Coach informally first and record the conversations (date, notes) in `priorCoaching`.',
  }),
  prior_coaching_insufficient: (f) => ({
    message: `Only ${f.value ?? '?'} documented coaching conversation${f.value === '1' ? '' : 's'} before the plan; the policy expects ${f.limit ?? '?'}.`,
    fix: 'Hold and document more informal coaching before starting a formal plan.',
  }),
  rep_ramping: (f) => ({
    message: `The rep started in the role on ${f.value ?? '?'} and is still ramping up until ${f.limit ?? '?'} when the plan starts.`,
    fix: 'Support the rep through ramp-up; start a plan only for a sustained gap after it.',
  }),
  goals_single_category: (f) => ({
    message: `${categoryLead(f)}; a balanced plan mixes at least ${f.limit ?? '?'} of revenue, activity, skill, customer and conduct goals.`,
    fix: 'Add goals of other categories for the gaps the plan addresses: a leading activity goal (calls, demos), a skill goal scored on a rubric, a customer or conduct goal (CRM hygiene, retention) beside the outcome. A plan narrow on purpose (a 30-day activity plan) says why in its purpose.',
  }),
  weight_concentrated: (f) => ({
    message: `${f.category !== undefined ? `The ${f.category} goals (${listed(f.goalIds ?? [])})` : `Goal ${f.what ?? '?'}`} ${f.category !== undefined ? 'carry together' : f.equal ? 'carries, as one of equally weighted goals,' : 'carries'} ${pct(f.share)} of the plan's weight, more than the ${pct(f.maxShare)} the policy allows; the other goals carry ${pct(f.restShare)} together, so the verdict rests on it.`,
    fix: 'Spread the weight over the goals that address the gaps (leading activity and skill goals beside the outcome), or split the goal, so that no goal or category carries more than the policy allows.',
  }),
  protected_characteristic: (f) => ({
    message: `${f.place === undefined ? 'A text' : describeField(f.place, f.entry)} mentions ${f.terms === undefined || f.terms.length === 0 ? 'a protected characteristic' : listed(f.terms.map((term) => `"${term.text}" (${CHARACTERISTIC_NAMES[term.characteristic]})`))}: wording about protected characteristics has no place in a performance plan.`,
    fix: f.leave
      ? 'Record leave neutrally ("approved leave of absence"): the kind of leave and any medical or family detail belong in HR\'s confidential records, not in the plan, which must never suggest they bear on performance.'
      : 'Protected characteristics (age, sex or gender, pregnancy, race, ethnicity or national origin, religion, disability or health, sexual orientation, marital or family status, union membership) are never a basis for a performance plan: remove the reference and describe the observable work behaviour instead (what the rep did or did not do, when, with the figures).',
  }),
};

/** The facts of each plan-level lint code (the goal-level codes are the SMART check's: {@link SmartFactsByCode}). */
export type PlanLevelFactsByCode = { readonly [C in PlanLevelCode]: LintFacts };

/** Plan linting's own words: each plan-level finding's message and fix, by code, from its facts (goal-level findings are worded by the SMART catalogs). */
export interface LintCatalogs {
  readonly messages: Catalog<PlanLevelFactsByCode>;
  readonly fixes: Catalog<PlanLevelFactsByCode>;
}

const PLAN_LEVEL_MESSAGES = /* @__PURE__ */ sentencesOf<PlanLevelFactsByCode>(MESSAGES, 'message');
const PLAN_LEVEL_FIXES = /* @__PURE__ */ sentencesOf<PlanLevelFactsByCode>(MESSAGES, 'fix');

/** The English plan-level lint catalogs, the default. */
export const LINT_CATALOGS_EN: LintCatalogs = /* @__PURE__ */ Object.freeze({ messages: PLAN_LEVEL_MESSAGES, fixes: PLAN_LEVEL_FIXES });

/** What `policy_invalid` findings advise. */
export const POLICY_FIX: string = POLICY_CATALOGS_EN.lintFix;

function part(planLevel: Catalog<PlanLevelFactsByCode>, goalLevel: Catalog<Pick<SmartFactsByCode, GoalLevelCode>>, policy: (f: PolicyIssueFacts) => string): Catalog<LintFactsByCode> {
  const out: Record<string, (f: never) => string> = { ...planLevel, policy_invalid: policy };
  for (const code of Object.values(SMART_LINT_CODES)) if (code !== null) out[code] = goalLevel[code];
  return out as unknown as Catalog<LintFactsByCode>;
}

/** The lint findings' messages: their part of the English catalog (goal-level ones are the SMART check's). */
export const LINT_MESSAGES: Catalog<LintFactsByCode> = /* @__PURE__ */ part(PLAN_LEVEL_MESSAGES, SMART_MESSAGES, (f) => POLICY_ISSUE_MESSAGES.policy_invalid(f));

/** The lint findings' fixes, from the same facts. */
export const LINT_FIXES: Catalog<LintFactsByCode> = /* @__PURE__ */ part(PLAN_LEVEL_FIXES, SMART_FIXES, () => POLICY_FIX);
