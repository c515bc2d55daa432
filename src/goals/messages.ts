/**
 * Every sentence the SMART check writes: the finding and the suggested fix, per reason code.
 *
 * @internal
 * @module
 */
import type { Catalog } from '../issues/issue.js';
import { sentencesOf, type FindingSentences } from '../issues/finding-sentences.js';
import { formatDifference, formatFigure, formatPercent, type FigureUnit } from '../gaps/format.js';

/** The SMART letters. */
export type SmartLetter = 'specific' | 'measurable' | 'achievable' | 'relevant' | 'timeBound';

/** Every reason code of the SMART check, failing, warning and passing. */
export const SMART_REASON_CODES = [
  // Specific
  'metric_unknown',
  'vague_wording',
  'title_without_target',
  'target_against_direction',
  'specific_target',
  // Measurable
  'metric_source_missing',
  'target_outside_unit',
  'skill_target_not_rubric',
  'measurable_target',
  // Achievable
  'window_shorter_than_sales_cycle',
  'sales_cycle_unknown',
  'improvement_impossible',
  'improvement_unrealistic',
  'beyond_own_best',
  'target_beyond_standard',
  'rubric_climb_too_steep',
  'within_sales_cycle',
  'within_realistic_bound',
  'reached_before',
  'improvement_not_judged',
  // Relevant
  'goal_without_gap',
  'gap_unknown',
  'gap_metric_unrelated',
  'linked_to_gap',
  // Time-bound
  'goal_without_window',
  'goal_window_outside_plan',
  'milestone_outside_window',
  'milestone_not_monotone',
  'window_inside_plan',
] as const;

/** A SMART reason code. */
export type SmartReasonCode = (typeof SMART_REASON_CODES)[number];

/** A span of days, `start .. end`. */
export interface SmartSpan {
  readonly start: string;
  readonly end: string;
}

/**
 * How a change asked of a goal is measured against a bound: the change itself (`change`, in the
 * metric's unit; `relative`, its share of the baseline, absent from a zero baseline) and, by
 * `bound`, what the bound is (`limit` a share unless said otherwise):
 * - `relative`: the share of the baseline;
 * - `headroom`: a ratio's share of the headroom to 0% or 100% (`headroom`, the share the target closes; `toward` 0 or 1);
 * - `own_best`: the rep's recent best (`best`; `beyond`, the share past it);
 * - `rubric`: rubric levels (`levels` climbed; `limit` levels).
 */
export type SmartBound =
  | { readonly bound: 'relative'; readonly change: number; readonly relative?: number; readonly limit: number }
  | { readonly bound: 'headroom'; readonly change: number; readonly relative?: number; readonly headroom: number; readonly toward: 0 | 1; readonly limit: number }
  | { readonly bound: 'own_best'; readonly change: number; readonly relative?: number; readonly best: number; readonly beyond: number; readonly limit: number }
  | { readonly bound: 'rubric'; readonly levels: number; readonly limit: number };

/**
 * What every SMART sentence may name: the goal (its title and id) and, for figures, the unit of
 * its metric (absent when the metric is unknown: figures are then plain numbers).
 */
export interface SmartAbout {
  readonly title: string;
  readonly goalId: string;
  readonly unit?: { readonly unit: string; readonly currency?: string; readonly durationUnit?: 'minutes' | 'hours' | 'days' };
}

/**
 * The facts each SMART reason's sentences read: language-neutral data (the goal's title and id,
 * metric names, figures as numbers in the metric's unit, dates, spans, ids and codes), never an
 * English clause, so a locale words a stored reason from its code and facts.
 */
export interface SmartFactsByCode {
  readonly metric_unknown: SmartAbout & { readonly metricId: string };
  /** `phrases`: the vague phrases found; `quantified`: the title states a number. */
  readonly vague_wording: SmartAbout & { readonly phrases: readonly string[]; readonly quantified: boolean };
  readonly title_without_target: SmartAbout & { readonly target: number };
  readonly target_against_direction: SmartAbout & { readonly target: number; readonly baseline: number; readonly metric: string; readonly direction: 'higher_is_better' | 'lower_is_better' };
  readonly specific_target: SmartAbout & { readonly metric: string; readonly target: number };
  readonly metric_source_missing: SmartAbout & { readonly metric: string };
  /** `field`: the figure outside the unit; `problem`: a ratio outside 0..1, or a negative count, amount or duration (`unitKind`). */
  readonly target_outside_unit: SmartAbout & { readonly field: 'target' | 'baseline'; readonly value: number; readonly metric: string; readonly problem: 'ratio_range' | 'negative'; readonly unitKind: string };
  /** `levels`: the rubric's levels (absent: the metric has no rubric). */
  readonly skill_target_not_rubric: SmartAbout & { readonly metric: string; readonly target: number; readonly levels?: readonly number[] };
  readonly measurable_target: SmartAbout & { readonly metric: string; readonly target: number; readonly source: string };
  /** `days`: the goal's window; `cycle`: the role's sales cycle, in days. */
  readonly window_shorter_than_sales_cycle: SmartAbout & { readonly days: number; readonly cycle: number };
  readonly sales_cycle_unknown: SmartAbout & { readonly days: number };
  readonly improvement_impossible: SmartAbout & SmartBound;
  readonly improvement_unrealistic: SmartAbout & SmartBound;
  /** `beyond`: the share past the rep's recent `best` (absent when the best is zero). */
  readonly beyond_own_best: SmartAbout & { readonly target: number; readonly best: number; readonly beyond?: number };
  readonly target_beyond_standard: SmartAbout & { readonly target: number; readonly standard: number; readonly gapId: string };
  readonly rubric_climb_too_steep: SmartAbout & { readonly levels: number; readonly limit: number };
  readonly within_sales_cycle: SmartAbout & { readonly days: number; readonly cycle: number };
  readonly within_realistic_bound: SmartAbout & SmartBound;
  readonly reached_before: SmartAbout & { readonly target: number; readonly best: number };
  /** `change`: a change from a zero baseline, which has no relative size (absent: no change is asked). */
  readonly improvement_not_judged: SmartAbout & { readonly change?: number };
  readonly goal_without_gap: SmartAbout;
  readonly gap_unknown: SmartAbout & { readonly gapId: string };
  /** `gapMetric`: the name (or id) of the gap's metric. */
  readonly gap_metric_unrelated: SmartAbout & { readonly metric: string; readonly gapId: string; readonly gapMetric: string };
  /** `closes`: each gap closed, and the metric it is closed through when the goal's metric drives it. */
  readonly linked_to_gap: SmartAbout & { readonly closes: readonly { readonly gapId: string; readonly through?: string }[] };
  readonly goal_without_window: SmartAbout;
  readonly goal_window_outside_plan: SmartAbout & { readonly field: 'window' | 'deadline'; readonly window: SmartSpan; readonly plan: SmartSpan };
  readonly milestone_outside_window: SmartAbout & { readonly date: string; readonly window: SmartSpan };
  readonly milestone_not_monotone: SmartAbout & { readonly date: string; readonly target: number; readonly previous: number };
  readonly window_inside_plan: SmartAbout & { readonly window: SmartSpan };
}

/** The facts of any SMART reason (checking its `code` narrows them: {@link SmartFactsByCode}). */
export type SmartFacts = SmartFactsByCode[SmartReasonCode];

/** The message and the fix of one reason, from its facts. */
type Sentences<F> = (f: F) => FindingSentences;

const goal = (f: SmartAbout): string => `"${f.title}" (${f.goalId})`;
const fig = (f: SmartAbout, value: number): string => (f.unit === undefined ? String(value) : formatFigure(value, f.unit as FigureUnit));
const span = (s: SmartSpan): string => `${s.start} .. ${s.end}`;
/** "12 (+42.86% on the baseline)". */
function changeOf(f: SmartAbout & { readonly change: number; readonly relative?: number }): string {
  const change = f.unit === undefined ? String(f.change) : formatDifference(f.change, f.unit as FigureUnit);
  return f.relative === undefined ? change : `${change} (+${formatPercent(f.relative)} on the baseline)`;
}
/** What a change asked of a goal is, against its bound: "12 (+42.86% on the baseline)". */
function asked(f: SmartAbout & SmartBound): string {
  switch (f.bound) {
    case 'rubric':
      return `${f.levels} rubric level${f.levels === 1 ? '' : 's'}`;
    case 'own_best':
      return `${changeOf(f)}, ${formatPercent(f.beyond)} beyond the rep's recent best of ${fig(f, f.best)}`;
    case 'headroom':
      return `${changeOf(f)}, closing ${formatPercent(f.headroom)} of the headroom to ${f.toward === 0 ? '0%' : '100%'},`;
    case 'relative':
      return changeOf(f);
  }
}
/** The bound a change is measured against: "50%", "25% of the headroom", "2 levels". */
function bound(f: SmartBound): string {
  switch (f.bound) {
    case 'rubric':
      return `${f.limit} levels`;
    case 'own_best':
      return `${formatPercent(f.limit)} beyond the rep's own best`;
    case 'headroom':
      return `${formatPercent(f.limit)} of the headroom`;
    case 'relative':
      return formatPercent(f.limit);
  }
}

const MESSAGES = {
  metric_unknown: (f) => ({
    message: `Goal ${goal(f)} measures metric ${JSON.stringify(f.metricId)}, which the plan does not define.`,
    fix: 'Define the metric (unit, direction, aggregation, data source) or point the goal at an existing one.',
  }),
  vague_wording: (f) => ({
    message: `Goal ${goal(f)} is worded vaguely (${f.phrases.map((phrase) => `"${phrase}"`).join(', ')}${f.quantified ? '' : ' with no number'}): a rep cannot tell what exactly must change.`,
    fix: 'State the behavior or result and the number to reach, e.g. "Increase lead-to-demo conversion from 20% to 23% in 60 days".',
  }),
  title_without_target: (f) => ({
    message: `Goal ${goal(f)} does not state its target (${fig(f, f.target)}) in its wording.`,
    fix: 'Write the target figure and the period into the goal, so the rep reads exactly what is expected.',
  }),
  target_against_direction: (f) => ({
    message: `Goal ${goal(f)} sets a target of ${fig(f, f.target)}, worse than its baseline of ${fig(f, f.baseline)} for ${f.metric} (${f.direction === 'lower_is_better' ? 'lower is better' : 'higher is better'}).`,
    fix: 'Set a target that improves on the baseline in the metric\'s direction (or keep it equal for a "maintain" goal).',
  }),
  specific_target: (f) => ({
    message: `Goal ${goal(f)} names its metric (${f.metric}) and a concrete target of ${fig(f, f.target)}.`,
    fix: 'Nothing to do.',
  }),
  metric_source_missing: (f) => ({
    message: `Goal ${goal(f)} is measured by ${f.metric}, which has no data source.`,
    fix: 'Name where the figures come from (CRM report, dialer, call reviews, assessment) in the metric\'s `source`.',
  }),
  target_outside_unit: (f) => ({
    message: `Goal ${goal(f)}: the ${f.field} ${f.value} is not a value of ${f.metric} (${f.problem === 'ratio_range' ? 'a ratio is a fraction between 0 and 1' : `a ${f.unitKind} cannot be negative`}).`,
    fix: 'Write figures in the metric\'s unit: ratios as fractions (0.15 for 15%), money in whole minor units, counts and durations non-negative.',
  }),
  skill_target_not_rubric: (f) => ({
    message: `Goal ${goal(f)} is a skill goal, but ${f.levels === undefined ? `its metric ${f.metric} has no rubric` : `its target ${f.target} is not a level of the rubric (${f.levels.join(', ')})`}.`,
    fix: 'Give the skill metric a rubric (levels that describe the skill) and set the target to one of its levels.',
  }),
  measurable_target: (f) => ({
    message: `Goal ${goal(f)} has a target of ${fig(f, f.target)} in the unit of ${f.metric}, measured from ${f.source}.`,
    fix: 'Nothing to do.',
  }),
  window_shorter_than_sales_cycle: (f) => ({
    message: `Goal ${goal(f)} is an outcome goal with a ${f.days}-day window, shorter than the role's ${f.cycle}-day sales cycle: deals started in the plan cannot close inside it.`,
    fix: 'Give the outcome goal a window at least as long as the sales cycle, or measure a leading indicator (meetings, qualified opportunities) instead.',
  }),
  sales_cycle_unknown: (f) => ({
    message: `Goal ${goal(f)} is an outcome goal, but the plan does not state the role's sales cycle, so its ${f.days}-day window cannot be judged.`,
    fix: 'Record the role\'s typical sales cycle in `salesCycleDays`.',
  }),
  improvement_impossible: (f) => ({
    message: `Goal ${goal(f)} asks for ${asked(f)} from its baseline, beyond any realistic improvement (the limit is ${bound(f)}).`,
    fix: 'Set a target the rep can reach in the window, closing the gap in steps with milestones.',
  }),
  improvement_unrealistic: (f) => ({
    message: `Goal ${goal(f)} asks for ${asked(f)} from its baseline, more than the realistic bound of ${bound(f)}.`,
    fix: 'Check the target against the rep\'s history and the team; lower it or lengthen the window if it is out of reach.',
  }),
  beyond_own_best: (f) => ({
    message: `Goal ${goal(f)} sets ${fig(f, f.target)}, ${f.beyond === undefined ? 'above' : `${formatPercent(f.beyond)} beyond`} the rep's best of ${fig(f, f.best)} in the recent periods.`,
    fix: 'Aim near the best level the rep has reached before, or explain in the plan why more is realistic now.',
  }),
  target_beyond_standard: (f) => ({
    message: `Goal ${goal(f)} sets ${fig(f, f.target)}, beyond the standard of ${fig(f, f.standard)} it is meant to close the gap to (gap ${f.gapId}).`,
    fix: 'A plan asks the rep to reach the standard, not to exceed it: set the target at or near the gap\'s standard.',
  }),
  rubric_climb_too_steep: (f) => ({
    message: `Goal ${goal(f)} asks to climb ${f.levels} rubric levels in one plan (the realistic bound is ${f.limit}).`,
    fix: 'Target the next level or two, and set a later milestone for the rest.',
  }),
  within_sales_cycle: (f) => ({
    message: `Goal ${goal(f)}'s ${f.days}-day window covers the role's ${f.cycle}-day sales cycle.`,
    fix: 'Nothing to do.',
  }),
  within_realistic_bound: (f) => ({
    message: `Goal ${goal(f)} asks for ${asked(f)} from its baseline, within the realistic bound of ${bound(f)}.`,
    fix: 'Nothing to do.',
  }),
  reached_before: (f) => ({
    message: `Goal ${goal(f)} sets ${fig(f, f.target)}, a level the rep reached recently (best ${fig(f, f.best)}).`,
    fix: 'Nothing to do.',
  }),
  improvement_not_judged: (f) => ({
    message: `Goal ${goal(f)}: ${f.change === undefined ? 'the target does not ask for a change from the baseline, so there is nothing to bound' : `a change from a zero baseline (${f.unit === undefined ? String(f.change) : formatDifference(f.change, f.unit as FigureUnit)}) has no relative size`}.`,
    fix: 'Nothing to do; give the rep\'s history to judge the target against it.',
  }),
  goal_without_gap: (f) => ({
    message: `Goal ${goal(f)} addresses no identified gap.`,
    fix: 'Link the goal to the gap (with data) it closes, or drop it: every goal must trace back to a measured gap.',
  }),
  gap_unknown: (f) => ({
    message: `Goal ${goal(f)} refers to gap ${JSON.stringify(f.gapId)}, which the plan does not define.`,
    fix: 'Define the gap with its figures, or remove the reference.',
  }),
  gap_metric_unrelated: (f) => ({
    message: `Goal ${goal(f)} measures ${f.metric}, but its gap ${JSON.stringify(f.gapId)} is on ${f.gapMetric}, which that metric is not declared to drive.`,
    fix: 'Measure the gap\'s metric, or declare in the metric\'s `drives` that it is a leading indicator for the gap\'s metric.',
  }),
  linked_to_gap: (f) => ({
    message: `Goal ${goal(f)} closes ${f.closes.map((c) => (c.through === undefined ? `gap ${c.gapId}` : `gap ${c.gapId} through the metric it drives (${c.through})`)).join(', ')}.`,
    fix: 'Nothing to do.',
  }),
  goal_without_window: (f) => ({
    message: `Goal ${goal(f)} has no window and no deadline.`,
    fix: 'Give the goal a window (start and end) or a deadline inside the plan.',
  }),
  goal_window_outside_plan: (f) => ({
    message: `Goal ${goal(f)}'s ${f.field} ${span(f.window)} is not inside the plan's dates ${span(f.plan)}.`,
    fix: 'Move the window or deadline inside the plan\'s start and end dates.',
  }),
  milestone_outside_window: (f) => ({
    message: `Goal ${goal(f)} has a milestone on ${f.date}, outside its window ${span(f.window)}.`,
    fix: 'Date milestones inside the goal\'s window.',
  }),
  milestone_not_monotone: (f) => ({
    message: `Goal ${goal(f)}: the milestone on ${f.date} targets ${fig(f, f.target)}, which does not move from ${fig(f, f.previous)} toward the target.`,
    fix: 'Order milestone targets from the baseline toward the target, each a step further than the one before.',
  }),
  window_inside_plan: (f) => ({
    message: `Goal ${goal(f)} runs ${span(f.window)}, inside the plan's dates.`,
    fix: 'Nothing to do.',
  }),
} as const satisfies { readonly [C in SmartReasonCode]: Sentences<SmartFactsByCode[C]> };

/** The SMART reasons' messages: their part of the English catalog. */
export const SMART_MESSAGES: Catalog<SmartFactsByCode> = /* @__PURE__ */ sentencesOf<SmartFactsByCode>(MESSAGES, 'message');

/** The SMART reasons' fixes (what to change), written from the same facts: a catalog of their own. */
export const SMART_FIXES: Catalog<SmartFactsByCode> = /* @__PURE__ */ sentencesOf<SmartFactsByCode>(MESSAGES, 'fix');

/** The SMART check's words: each reason's message and its fix, by code, from its facts. */
export interface SmartCatalogs {
  readonly messages: Catalog<SmartFactsByCode>;
  readonly fixes: Catalog<SmartFactsByCode>;
}

/** The English SMART catalogs, the default. */
export const SMART_CATALOGS_EN: SmartCatalogs = /* @__PURE__ */ Object.freeze({ messages: SMART_MESSAGES, fixes: SMART_FIXES });
