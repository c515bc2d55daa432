/**
 * The recommendation's reasons as data and words: the facts of each reason, typed per code, and
 * the English catalog that writes a reason's sentence from its code and facts alone. Facts are
 * language-neutral (titles, numbers, dates, units and codes, never a phrase), so a locale re-words
 * a stored reason without the evaluation it came from.
 *
 * @module
 */
import type { Catalog } from '../issues/issue.js';
import type { PeriodUnit } from '../metrics/periods.js';
import type { MetricDefinition, MetricUnit } from '../schema/types.js';
import type { ReasonCode, TriadCode } from './codes.js';
import { formatValue, percent, plain, triadMessage } from './messages.js';

/** Whose goals the success criteria are: those marked required, or every goal started when none is. */
export type ReasonScope = 'required' | 'every_goal';

/** The unit a goal's figures are in (to write them: "12.5%", "USD 45,000", "24 hours"). */
export interface ReasonMetricFacts {
  readonly unit: MetricUnit;
  readonly currency: string | null;
  readonly durationUnit: NonNullable<MetricDefinition['durationUnit']> | null;
}

/** Periods at or past target among those counted. */
export interface ReasonPeriodCount {
  readonly atTarget: number;
  readonly counted: number;
  readonly unit: PeriodUnit;
}

/**
 * A goal that is not met, with its figures: per period (periods at target, the share and the share
 * needed) or as one value against the target (`observed` null: no data).
 */
export interface GoalShortfallFacts {
  readonly title: string;
  readonly metric: ReasonMetricFacts;
  readonly target: number;
  readonly observed: number | null;
  /** The window has ended (else the figures are "so far"). */
  readonly ended: boolean;
  /** Per-period goals: the periods and the share at target; null for a single value. */
  readonly perPeriod: (ReasonPeriodCount & { readonly metShare: number }) | null;
  /** The policy's `periodMetShare`. */
  readonly periodMetShare: number;
}

/** A goal met over its window but not held over its last periods. */
export interface GoalNotHeldFacts {
  readonly title: string;
  readonly metric: ReasonMetricFacts;
  readonly target: number;
  /** The last periods: at target, considered, their unit and how many the policy reads; null without them. */
  readonly lastPeriods: (ReasonPeriodCount & { readonly periods: number }) | null;
  /** The policy's `sustainShare`. */
  readonly sustainShare: number;
}

/** A required goal not met over its window whose recent level reaches its target and holds there. */
export interface GoalHeldRecentlyFacts {
  readonly title: string;
  readonly metric: ReasonMetricFacts;
  readonly target: number;
  /** The mean (per period) or value over the window. */
  readonly observed: number;
  /** Per-period goals: the periods of the window at target; null for other readings. */
  readonly window: ReasonPeriodCount | null;
  /** The last periods at target and the recent level; null when there is no recent level. */
  readonly recent: { readonly lastPeriods: ReasonPeriodCount; readonly value: number; readonly start: string; readonly end: string } | null;
}

/** A goal below its floor. */
export interface GoalUnderFloorFacts {
  readonly title: string;
  readonly attainment: number;
  /** The recent level as a share of the gap; null without one. */
  readonly progress: number | null;
  readonly floor: number;
}

/** A goal short of its target while the score alone counts for success. */
export type ShortGoalFacts = ({ readonly kind: 'not_met' } & GoalShortfallFacts) | ({ readonly kind: 'not_held' } & GoalNotHeldFacts);

/** The company's side that fell short: support delivered, commitments kept, check-ins held. */
export interface CommitmentShortfallFacts {
  /** Support short: `none_committed`, or sessions delivered of those due; null when support was not short. */
  readonly support: 'none_committed' | { readonly delivered: number; readonly due: number; readonly share: number } | null;
  /** Commitments under the policy's share (when support was short). */
  readonly commitments: readonly { readonly description: string; readonly delivered: number; readonly due: number }[];
  /** Check-ins short: `none_held`, or held of those due; null when check-ins were not short. */
  readonly checkIns: 'none_held' | { readonly held: number; readonly due: number; readonly share: number } | null;
}

/** A score against a threshold, and the share of the gaps the recent level has closed. */
export interface ScoreFacts {
  readonly score: number;
  readonly threshold: number;
  readonly progress: number;
}

/** The facts of each reason, by code. */
export interface ReasonFactsByCode {
  provisional_before_end: { readonly asOf: string; readonly endDate: string };
  plan_not_running: Readonly<Record<string, never>>;
  plan_not_started: { readonly asOf: string };
  /** The criterion goals without a complete period yet, with the unit they are measured by (none: nothing elapsed at all). */
  nothing_elapsed: { readonly goals: readonly { readonly title: string; readonly unit: PeriodUnit }[] };
  insufficient_coverage: { readonly share: number; readonly threshold: number; readonly goals: readonly string[]; readonly scope: ReasonScope };
  required_goal_without_data: { readonly goals: readonly string[]; readonly scope: ReasonScope };
  check_ins_undocumented: { readonly share: number; readonly threshold: number };
  /** `heldRecently`: how many criterion goals count as met by their recent level instead. */
  required_goals_met_and_sustained: { readonly goals: readonly string[]; readonly scope: ReasonScope; readonly heldRecently: number };
  required_goal_held_recently: { readonly goals: readonly GoalHeldRecentlyFacts[]; readonly scope: ReasonScope };
  score_past_success_threshold: { readonly score: number; readonly threshold: number; readonly goals: readonly (ShortGoalFacts & { readonly attainment: number; readonly floor: number })[] };
  non_required_goal_not_met: { readonly goals: readonly GoalShortfallFacts[] };
  /** `score`: the score past the success threshold that does not stand in for a required goal (null when it is not past). */
  required_goal_not_met: { readonly goals: readonly GoalShortfallFacts[]; readonly scope: ReasonScope; readonly score: { readonly score: number; readonly threshold: number } | null };
  required_goal_not_sustained: { readonly goals: readonly GoalNotHeldFacts[] };
  goal_below_floor: { readonly goals: readonly GoalUnderFloorFacts[] };
  improvement_past_threshold: ScoreFacts;
  leading_indicators_improving: { readonly triad: TriadCode };
  goals_on_course: { readonly goals: readonly string[] };
  extension_cap_reached: { readonly count: number; readonly cap: number };
  no_real_improvement: ScoreFacts;
  company_commitment_shortfall: CommitmentShortfallFacts;
}

/** The facts of a reason of any code. */
export type ReasonFacts = ReasonFactsByCode[ReasonCode];

/** "a, b and c". */
function list(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

const quoted = (title: string): string => `"${title}"`;
const titles = (goals: readonly string[]): string => list(goals.map(quoted));

/** "weeks", "month": a period unit counted. */
const periods = (unit: string, count: number): string => `${unit}${count === 1 ? '' : 's'}`;

/**
 * Where a goal that is not met stands, with its figures: `"Calls": at or past 40 in 5 of 13 weeks
 * (38.5%; 80% needed)`, `"Discovery": 2 against a target of 4`.
 */
function goalShortfall(f: GoalShortfallFacts): string {
  const v = (value: number): string => formatValue(value, f.metric);
  const soFar = f.ended ? '' : ' so far';
  const p = f.perPeriod;
  if (p !== null) {
    return `${quoted(f.title)}: at or past ${v(f.target)} in ${p.atTarget} of ${p.counted} ${periods(p.unit, p.counted)}${soFar} (${percent(p.metShare)}; ${percent(f.periodMetShare)} needed)`;
  }
  if (f.observed === null) return `${quoted(f.title)}: no data`;
  return `${quoted(f.title)}: ${v(f.observed)}${soFar} against a target of ${v(f.target)}`;
}

/** A goal met over its window but not held over its last periods, with the figures. */
function goalNotHeld(f: GoalNotHeldFacts): string {
  const s = f.lastPeriods;
  if (s === null) return quoted(f.title);
  return `${quoted(f.title)}: at or past ${formatValue(f.target, f.metric)} in ${s.atTarget} of the last ${s.counted} ${periods(s.unit, s.counted)} (${percent(f.sustainShare)} of the last ${s.periods} needed)`;
}

/** A required goal held at target recently: the figures that make it count. */
function goalHeldRecently(f: GoalHeldRecentlyFacts): string {
  const v = (value: number): string => formatValue(value, f.metric);
  const r = f.recent;
  if (r === null) return quoted(f.title);
  const w = f.window;
  const over = w !== null ? `a mean of ${v(f.observed)} and at or past it in ${w.atTarget} of ${w.counted} ${periods(w.unit, w.counted)}` : v(f.observed);
  const s = r.lastPeriods;
  return `${quoted(f.title)} is ${over} over its window, short of its target of ${v(f.target)}, but at or past ${v(f.target)} in ${s.atTarget} of the last ${s.counted} ${periods(s.unit, s.counted)} (${v(r.value)} from ${r.start} to ${r.end})`;
}

/** A goal below its floor, with its attainment, recent level and floor. */
function goalUnderFloor(f: GoalUnderFloorFacts): string {
  const parts = [`attainment ${percent(f.attainment)}`];
  if (f.progress !== null) parts.push(`recent level ${percent(f.progress)} of the gap`);
  return `${quoted(f.title)}: ${parts.join(', ')}, against a floor of ${percent(f.floor)}`;
}

/** What fell short on the company's side, in one clause list. */
function shortfallDetail(f: CommitmentShortfallFacts): string {
  const parts: string[] = [];
  if (f.support === 'none_committed') parts.push('no support was committed');
  else if (f.support !== null) parts.push(`${f.support.delivered} of ${f.support.due} support sessions due were delivered (${percent(f.support.share)})`);
  for (const c of f.commitments) parts.push(`"${c.description}": ${c.delivered} of ${c.due}`);
  if (f.checkIns === 'none_held') parts.push('no check-in was held');
  else if (f.checkIns !== null) parts.push(`${f.checkIns.held} of ${f.checkIns.due} check-ins due were held (${percent(f.checkIns.share)})`);
  return parts.join('; ');
}

const every = (scope: ReasonScope): boolean => scope === 'every_goal';
const several = (items: readonly unknown[]): boolean => items.length > 1;

/**
 * The English sentence of every recommendation reason, written from its facts. A locale is another
 * catalog of this type.
 *
 * @example
 * ```ts
 * RECOMMENDATION_MESSAGES.extension_cap_reached({ count: 1, cap: 1 });
 * // => "The plan has had 1 of the 1 extensions the policy allows; another cannot be recommended."
 * ```
 */
export const RECOMMENDATION_MESSAGES: Catalog<ReasonFactsByCode> = {
  provisional_before_end: (f) => `Provisional: the plan runs until ${f.endDate}; this reading is as of ${f.asOf}.`,
  plan_not_running: () => 'The plan is not running: it has not been activated, so nothing is due under it yet and no outcome can be read from it.',
  plan_not_started: (f) => `The plan has not started yet (it starts after ${f.asOf}).`,
  nothing_elapsed: (f) =>
    f.goals.length > 0
      ? `No complete measurement period yet for ${list(f.goals.map((g) => `${quoted(g.title)} (measured by ${g.unit})`))}: too early to judge.`
      : 'No complete measurement period has elapsed yet: there is nothing to judge.',
  insufficient_coverage: (f) =>
    `${percent(f.share)} of the elapsed measurement periods have data${f.goals.length > 0 ? `, less for ${every(f.scope) ? '' : 'required '}${f.goals.length > 1 ? 'goals' : 'goal'} ${titles(f.goals)}` : ''} (the policy needs ${percent(f.threshold)}): too little data to decide.`,
  required_goal_without_data: (f) =>
    every(f.scope) ? `No data yet for ${titles(f.goals)}.` : `Required ${several(f.goals) ? 'goals have' : 'goal has'} no data: ${titles(f.goals)}.`,
  check_ins_undocumented: (f) =>
    `Only ${percent(f.share)} of the held check-ins are documented (the policy needs ${percent(f.threshold)}): too little documentation to decide.`,
  required_goals_met_and_sustained: (f) =>
    f.heldRecently > 0
      ? `${every(f.scope) ? 'Met' : 'Required and met'}, held over the last periods: ${titles(f.goals)}.`
      : `Every ${every(f.scope) ? '' : 'required '}goal is met and held over its last periods: ${titles(f.goals)}.`,
  required_goal_held_recently: (f) =>
    `${list(f.goals.map(goalHeldRecently))}: a ${every(f.scope) ? '' : 'required '}goal whose recent level reaches its target and holds there through its last periods counts as met, significant and sustained improvement (the policy's recentLevelMeetsRequired).`,
  score_past_success_threshold: (f) => {
    const items = f.goals.map((g) => `${g.kind === 'not_held' ? goalNotHeld(g) : goalShortfall(g)}, attainment ${percent(g.attainment)} against a floor of ${percent(g.floor)}`);
    return `The score is ${plain(f.score, 1)}, at or past the success threshold of ${plain(f.threshold, 1)}, with no goal below its floor: significant and sustained improvement${items.length > 0 ? `, though ${several(items) ? 'these goals are' : 'this goal is'} short of target: ${list(items)}` : ''}.`;
  },
  non_required_goal_not_met: (f) => `Not met, and not required for success: ${list(f.goals.map(goalShortfall))}.`,
  required_goal_not_met: (f) =>
    `${every(f.scope) ? `Not met (no goal is marked required, so every goal counts)` : `Required ${several(f.goals) ? 'goals' : 'goal'} not met`}: ${list(f.goals.map(goalShortfall))}.${f.score !== null ? ` The score of ${plain(f.score.score, 1)} is past the success threshold of ${plain(f.score.threshold, 1)}, but a score does not stand in for a required goal.` : ''}`,
  required_goal_not_sustained: (f) => `Met but not held over the last periods: ${list(f.goals.map(goalNotHeld))}.`,
  goal_below_floor: (f) => `Below ${several(f.goals) ? 'their floors' : 'its floor'}: ${list(f.goals.map(goalUnderFloor))}.`,
  improvement_past_threshold: (f) =>
    `Real improvement: the score is ${plain(f.score, 1)} (extend threshold ${plain(f.threshold, 1)}) and the recent level has closed ${percent(f.progress)} of the gaps.`,
  leading_indicators_improving: (f) => `Leading indicators improve while outcomes lag. ${triadMessage(f.triad)}`.trim(),
  goals_on_course: (f) =>
    `On course: every goal started is met or on track against its expected trajectory (${titles(f.goals)}), so the improvement is where the plan expects it by now.`,
  extension_cap_reached: (f) => `The plan has had ${f.count} of the ${f.cap} extensions the policy allows; another cannot be recommended.`,
  no_real_improvement: (f) =>
    `No real improvement: the score is ${plain(f.score, 1)} (extend threshold ${plain(f.threshold, 1)}) and the recent level has closed ${percent(f.progress)} of the gaps.`,
  company_commitment_shortfall: (f) =>
    `The company's side of the plan fell short (${shortfallDetail(f)}): the plan cannot fairly end in "not met".`,
};
