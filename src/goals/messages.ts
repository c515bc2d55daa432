/**
 * Every sentence the SMART check writes: the finding and the suggested fix, per reason code.
 *
 * @internal
 * @module
 */
import type { Catalog } from '../issues/issue.js';

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

/** Facts a reason's sentences are built from (already written for people). */
export interface SmartFacts {
  readonly goal: string;
  readonly metric?: string;
  readonly detail?: string;
  readonly value?: string;
  readonly limit?: string;
  readonly window?: string;
  readonly plan?: string;
}

/** The facts of each SMART reason code (today one shape for all: {@link SmartFacts}). */
export type SmartFactsByCode = { readonly [C in SmartReasonCode]: SmartFacts };

/** The message and the fix of one reason, from its facts. */
type Sentences<F> = (f: F) => { readonly message: string; readonly fix: string };

const MESSAGES = {
  metric_unknown: (f) => ({
    message: `Goal ${f.goal} measures metric ${f.value ?? '?'}, which the plan does not define.`,
    fix: 'Define the metric (unit, direction, aggregation, data source) or point the goal at an existing one.',
  }),
  vague_wording: (f) => ({
    message: `Goal ${f.goal} is worded vaguely (${f.detail ?? 'vague phrase'}): a rep cannot tell what exactly must change.`,
    fix: 'State the behavior or result and the number to reach, e.g. "Increase lead-to-demo conversion from 20% to 23% in 60 days".',
  }),
  title_without_target: (f) => ({
    message: `Goal ${f.goal} does not state its target (${f.value ?? '?'}) in its wording.`,
    fix: 'Write the target figure and the period into the goal, so the rep reads exactly what is expected.',
  }),
  target_against_direction: (f) => ({
    message: `Goal ${f.goal} sets a target of ${f.value ?? '?'}, worse than its baseline of ${f.detail ?? '?'} for ${f.metric ?? 'its metric'} (${f.limit ?? ''}).`,
    fix: 'Set a target that improves on the baseline in the metric\'s direction (or keep it equal for a "maintain" goal).',
  }),
  specific_target: (f) => ({
    message: `Goal ${f.goal} names its metric (${f.metric ?? '?'}) and a concrete target of ${f.value ?? '?'}.`,
    fix: 'Nothing to do.',
  }),
  metric_source_missing: (f) => ({
    message: `Goal ${f.goal} is measured by ${f.metric ?? 'a metric'}, which has no data source.`,
    fix: 'Name where the figures come from (CRM report, dialer, call reviews, assessment) in the metric\'s `source`.',
  }),
  target_outside_unit: (f) => ({
    message: `Goal ${f.goal}: ${f.detail ?? 'the figure'} ${f.value ?? '?'} is not a value of ${f.metric ?? 'the metric'} (${f.limit ?? ''}).`,
    fix: 'Write figures in the metric\'s unit: ratios as fractions (0.15 for 15%), money in whole minor units, counts and durations non-negative.',
  }),
  skill_target_not_rubric: (f) => ({
    message: `Goal ${f.goal} is a skill goal, but ${f.detail ?? 'its target is not a rubric level'}.`,
    fix: 'Give the skill metric a rubric (levels that describe the skill) and set the target to one of its levels.',
  }),
  measurable_target: (f) => ({
    message: `Goal ${f.goal} has a target of ${f.value ?? '?'} in the unit of ${f.metric ?? 'its metric'}, measured from ${f.detail ?? 'its source'}.`,
    fix: 'Nothing to do.',
  }),
  window_shorter_than_sales_cycle: (f) => ({
    message: `Goal ${f.goal} is an outcome goal with a ${f.window ?? '?'}-day window, shorter than the role's ${f.limit ?? '?'}-day sales cycle: deals started in the plan cannot close inside it.`,
    fix: 'Give the outcome goal a window at least as long as the sales cycle, or measure a leading indicator (meetings, qualified opportunities) instead.',
  }),
  sales_cycle_unknown: (f) => ({
    message: `Goal ${f.goal} is an outcome goal, but the plan does not state the role's sales cycle, so its ${f.window ?? '?'}-day window cannot be judged.`,
    fix: 'Record the role\'s typical sales cycle in `salesCycleDays`.',
  }),
  improvement_impossible: (f) => ({
    message: `Goal ${f.goal} asks for ${f.detail ?? 'a change'} from its baseline, beyond any realistic improvement (the limit is ${f.limit ?? '?'}).`,
    fix: 'Set a target the rep can reach in the window, closing the gap in steps with milestones.',
  }),
  improvement_unrealistic: (f) => ({
    message: `Goal ${f.goal} asks for ${f.detail ?? 'a change'} from its baseline, more than the realistic bound of ${f.limit ?? '?'}.`,
    fix: 'Check the target against the rep\'s history and the team; lower it or lengthen the window if it is out of reach.',
  }),
  beyond_own_best: (f) => ({
    message: `Goal ${f.goal} sets ${f.value ?? '?'}, ${f.detail ?? 'well beyond'} the rep's best of ${f.limit ?? '?'} in the recent periods.`,
    fix: 'Aim near the best level the rep has reached before, or explain in the plan why more is realistic now.',
  }),
  target_beyond_standard: (f) => ({
    message: `Goal ${f.goal} sets ${f.value ?? '?'}, beyond the standard of ${f.limit ?? '?'} it is meant to close the gap to (${f.detail ?? ''}).`,
    fix: 'A plan asks the rep to reach the standard, not to exceed it: set the target at or near the gap\'s standard.',
  }),
  rubric_climb_too_steep: (f) => ({
    message: `Goal ${f.goal} asks to climb ${f.detail ?? '?'} rubric levels in one plan (the realistic bound is ${f.limit ?? '?'}).`,
    fix: 'Target the next level or two, and set a later milestone for the rest.',
  }),
  within_sales_cycle: (f) => ({
    message: `Goal ${f.goal}'s ${f.window ?? '?'}-day window covers the role's ${f.limit ?? '?'}-day sales cycle.`,
    fix: 'Nothing to do.',
  }),
  within_realistic_bound: (f) => ({
    message: `Goal ${f.goal} asks for ${f.detail ?? 'a change'} from its baseline, within the realistic bound of ${f.limit ?? '?'}.`,
    fix: 'Nothing to do.',
  }),
  reached_before: (f) => ({
    message: `Goal ${f.goal} sets ${f.value ?? '?'}, a level the rep reached recently (best ${f.limit ?? '?'}).`,
    fix: 'Nothing to do.',
  }),
  improvement_not_judged: (f) => ({
    message: `Goal ${f.goal}: ${f.detail ?? 'the change from baseline cannot be judged'}.`,
    fix: 'Nothing to do; give the rep\'s history to judge the target against it.',
  }),
  goal_without_gap: (f) => ({
    message: `Goal ${f.goal} addresses no identified gap.`,
    fix: 'Link the goal to the gap (with data) it closes, or drop it: every goal must trace back to a measured gap.',
  }),
  gap_unknown: (f) => ({
    message: `Goal ${f.goal} refers to gap ${f.value ?? '?'}, which the plan does not define.`,
    fix: 'Define the gap with its figures, or remove the reference.',
  }),
  gap_metric_unrelated: (f) => ({
    message: `Goal ${f.goal} measures ${f.metric ?? 'a metric'}, but its gap ${f.value ?? '?'} is on ${f.detail ?? 'another metric'}, which that metric is not declared to drive.`,
    fix: 'Measure the gap\'s metric, or declare in the metric\'s `drives` that it is a leading indicator for the gap\'s metric.',
  }),
  linked_to_gap: (f) => ({
    message: `Goal ${f.goal} closes ${f.detail ?? 'its gap'}.`,
    fix: 'Nothing to do.',
  }),
  goal_without_window: (f) => ({
    message: `Goal ${f.goal} has no window and no deadline.`,
    fix: 'Give the goal a window (start and end) or a deadline inside the plan.',
  }),
  goal_window_outside_plan: (f) => ({
    message: `Goal ${f.goal}'s ${f.detail ?? 'window'} ${f.window ?? '?'} is not inside the plan's dates ${f.plan ?? '?'}.`,
    fix: 'Move the window or deadline inside the plan\'s start and end dates.',
  }),
  milestone_outside_window: (f) => ({
    message: `Goal ${f.goal} has a milestone on ${f.value ?? '?'}, outside its window ${f.window ?? '?'}.`,
    fix: 'Date milestones inside the goal\'s window.',
  }),
  milestone_not_monotone: (f) => ({
    message: `Goal ${f.goal}: the milestone on ${f.detail ?? '?'} targets ${f.value ?? '?'}, which does not move from ${f.limit ?? '?'} toward the target.`,
    fix: 'Order milestone targets from the baseline toward the target, each a step further than the one before.',
  }),
  window_inside_plan: (f) => ({
    message: `Goal ${f.goal} runs ${f.window ?? '?'}, inside the plan's dates.`,
    fix: 'Nothing to do.',
  }),
} as const satisfies { readonly [C in SmartReasonCode]: Sentences<SmartFactsByCode[C]> };

/** The message and fix for a reason code. */
export function smartSentences(code: SmartReasonCode, facts: SmartFacts): { readonly message: string; readonly fix: string } {
  return MESSAGES[code](facts);
}

function part(which: 'message' | 'fix'): Catalog<SmartFactsByCode> {
  const out: Partial<Record<SmartReasonCode, (f: SmartFacts) => string>> = {};
  for (const code of SMART_REASON_CODES) out[code] = (f) => MESSAGES[code](f)[which];
  return out as Catalog<SmartFactsByCode>;
}

/** The SMART reasons' messages: their part of the English catalog. */
export const SMART_MESSAGES: Catalog<SmartFactsByCode> = /* @__PURE__ */ part('message');

/** The SMART reasons' fixes (what to change), written from the same facts: a catalog of their own. */
export const SMART_FIXES: Catalog<SmartFactsByCode> = /* @__PURE__ */ part('fix');
