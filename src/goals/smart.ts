import { deepFreeze } from '../frozen/deep-freeze.js';
import { type CalendarDate } from '../dates/calendar.js';
import { differenceExact, shareExceeds } from '../numbers/decimal.js';
import type { Gap, Goal, MetricDefinition, Plan } from '../schema/types.js';
import { issueText, type IssueOf } from '../issues/issue.js';
import { SMART_CATALOGS_EN, type SmartAbout, type SmartCatalogs, type SmartFactsByCode, type SmartLetter, type SmartReasonCode } from './messages.js';
import { goalWindow, windowDays, writtenEndDate } from './plan-dates.js';
import type { PolicyIssue } from '../policy/index.js';
import type { SmartPolicy, SmartPolicyOverrides } from './policy.js';
import { scanVagueWording } from './vague-wording.js';
import type { SmartLocale } from './locale.js';

/** A SMART verdict: the letter is met, doubtful, or not met. */
export type SmartVerdict = 'pass' | 'warn' | 'fail';

/**
 * Why a letter got its verdict: an issue of the shared shape, its `message` and `fix` written
 * from its `facts` (the English catalogs `SMART_MESSAGES` and `SMART_FIXES`). `path` is where in
 * the plan the cause is (`['goals', 0, 'title']`); relative to the goal when it is not in the plan.
 */
export type SmartReason = IssueOf<SmartFactsByCode> & {
  readonly letter: SmartLetter;
  readonly verdict: SmartVerdict;
  /** What to change; "Nothing to do." for passing reasons. */
  readonly fix: string;
};

/** One letter's verdict (the worst of its reasons) and the reasons. */
export interface SmartLetterCheck {
  readonly verdict: SmartVerdict;
  readonly reasons: readonly SmartReason[];
}

/** The SMART check of one goal: a verdict per letter and overall (the worst letter). */
export interface SmartCheck {
  readonly goalId: string;
  readonly verdict: SmartVerdict;
  readonly specific: SmartLetterCheck;
  readonly measurable: SmartLetterCheck;
  readonly achievable: SmartLetterCheck;
  readonly relevant: SmartLetterCheck;
  readonly timeBound: SmartLetterCheck;
  /** `policy_invalid` issues of `context.policy` (the defaults were used for those fields); empty when it is valid. */
  readonly issues: readonly PolicyIssue[];
}

/** What a SMART check may know beyond the plan. */
export interface SmartContext {
  /**
   * The rep's own earlier values of the goal's metric, oldest first, one per period in the
   * goal's basis (undefined for a period without data). Achievable judges the target against
   * the best of the last `historyPeriods` of them.
   */
  readonly history?: readonly (number | undefined)[];
  /** The role's sales cycle in days; defaults to the plan's `salesCycleDays`. */
  readonly salesCycleDays?: number;
  /** Threshold overrides; problems with them are reported in the check's `issues`. */
  readonly policy?: SmartPolicyOverrides;
  /** The language of the reasons' messages and fixes (a `Locale`, `improvement-plan/locales/de`); English without it. Codes, paths and facts are the same in every language. */
  readonly locale?: SmartLocale;
}

/**
 * Maps over a plan, built once and shared by every goal's check.
 *
 * @internal
 */
export interface PlanLookup {
  readonly plan: Plan;
  readonly metrics: ReadonlyMap<string, { readonly metric: MetricDefinition; readonly index: number }>;
  readonly gaps: ReadonlyMap<string, Gap>;
  readonly end: CalendarDate;
}

/** @internal */
export function buildLookup(plan: Plan): PlanLookup {
  const metrics = new Map<string, { metric: MetricDefinition; index: number }>();
  plan.metrics.forEach((metric, index) => {
    if (!metrics.has(metric.id)) metrics.set(metric.id, { metric, index });
  });
  const gaps = new Map<string, Gap>();
  for (const gap of plan.gaps) if (!gaps.has(gap.id)) gaps.set(gap.id, gap);
  return { plan, metrics, gaps, end: writtenEndDate(plan) };
}

const ORDER: Readonly<Record<SmartVerdict, number>> = { pass: 0, warn: 1, fail: 2 };

function worst(verdicts: readonly SmartVerdict[]): SmartVerdict {
  let out: SmartVerdict = 'pass';
  for (const verdict of verdicts) if (ORDER[verdict] > ORDER[out]) out = verdict;
  return out;
}

/** `a - b` measured in the metric's direction: positive when `a` is better than `b`. */
function better(a: number, b: number, metric: Pick<MetricDefinition, 'direction'>): number {
  const d = metric.direction === 'lower_is_better' ? differenceExact(b, a) : differenceExact(a, b);
  return d === 0 ? 0 : d;
}

/** `Omit` over each member of a union (the facts of a code with a bound are a union). */
type Without<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;

class LetterBuilder {
  private readonly reasons: SmartReason[] = [];
  constructor(
    private readonly letter: SmartLetter,
    private readonly about: SmartAbout,
    private readonly catalogs: SmartCatalogs,
  ) {}

  add<C extends SmartReasonCode>(code: C, verdict: SmartVerdict, path: readonly (string | number)[], facts: Without<SmartFactsByCode[C], keyof SmartAbout>): void {
    const all = deepFreeze({ ...this.about, ...facts }) as unknown as SmartFactsByCode[C];
    const message = issueText<SmartFactsByCode, C>({ code, facts: all }, this.catalogs.messages);
    const fix = issueText<SmartFactsByCode, C>({ code, facts: all }, this.catalogs.fixes);
    this.reasons.push({ letter: this.letter, code, verdict, path, facts: all, message, fix } as SmartReason);
  }

  /** Add a passing reason only when nothing else was said. */
  passUnlessNoted<C extends SmartReasonCode>(code: C, path: readonly (string | number)[], facts: Without<SmartFactsByCode[C], keyof SmartAbout>): void {
    if (this.reasons.length === 0) this.add(code, 'pass', path, facts);
  }

  has(code: SmartReasonCode): boolean {
    return this.reasons.some((reason) => reason.code === code);
  }

  build(): SmartLetterCheck {
    return { verdict: worst(this.reasons.map((reason) => reason.verdict)), reasons: this.reasons };
  }
}

/** Is `to` reachable from `from` through `drives` (a leading indicator, directly or through others)? */
function drives(lookup: PlanLookup, from: string, to: string): boolean {
  const seen = new Set<string>([from]);
  const queue = [from];
  while (queue.length > 0) {
    const id = queue.shift() as string;
    for (const next of lookup.metrics.get(id)?.metric.drives ?? []) {
      if (next === to) return true;
      if (!seen.has(next)) {
        seen.add(next);
        queue.push(next);
      }
    }
  }
  return false;
}

function unitProblem(value: number, metric: MetricDefinition): 'ratio_range' | 'negative' | undefined {
  switch (metric.unit) {
    case 'ratio':
      return value < 0 || value > 1 ? 'ratio_range' : undefined;
    case 'count':
    case 'currency':
    case 'duration':
      return value < 0 ? 'negative' : undefined;
    case 'score':
      return undefined;
  }
}

/**
 * The SMART check of one goal against a plan, the lookup and policy already built.
 *
 * @internal
 */
export function smartCheckWith(goal: Goal, goalIndex: number, lookup: PlanLookup, context: SmartContext, policy: SmartPolicy, catalogs: SmartCatalogs = SMART_CATALOGS_EN): Omit<SmartCheck, 'issues'> {
  const { plan } = lookup;
  const base: (string | number)[] = goalIndex >= 0 ? ['goals', goalIndex] : [];
  const at = (...rest: (string | number)[]): (string | number)[] => [...base, ...rest];
  const found = lookup.metrics.get(goal.metricId);
  const metric = found?.metric;
  const metricAt = (...rest: (string | number)[]): (string | number)[] => (found ? ['metrics', found.index, ...rest] : at('metricId'));
  const label: SmartAbout = {
    title: goal.title,
    goalId: goal.id,
    ...(metric
      ? { unit: { unit: metric.unit, ...(metric.currency === undefined ? {} : { currency: metric.currency }), ...(metric.durationUnit === undefined ? {} : { durationUnit: metric.durationUnit }) } }
      : {}),
  };

  // Specific -----------------------------------------------------------------------------
  const specific = new LetterBuilder('specific', label, catalogs);
  if (!metric) specific.add('metric_unknown', 'fail', at('metricId'), { metricId: goal.metricId });
  const scan = scanVagueWording(goal.title);
  if (scan.vague) {
    const phrases = scan.matches.filter((m) => m.kind === 'always' || !scan.quantified).map((m) => m.phrase);
    specific.add('vague_wording', 'fail', at('title'), { phrases, quantified: scan.quantified });
  } else if (!scan.quantified) {
    specific.add('title_without_target', 'warn', at('title'), { target: goal.target });
  }
  const improvement = metric ? better(goal.target, goal.baseline, metric) : 0;
  if (metric && improvement < 0) {
    specific.add('target_against_direction', 'fail', at('target'), { target: goal.target, baseline: goal.baseline, metric: metric.name, direction: metric.direction });
  }
  specific.passUnlessNoted('specific_target', at('target'), { metric: metric?.name ?? goal.metricId, target: goal.target });

  // Measurable ---------------------------------------------------------------------------
  const measurable = new LetterBuilder('measurable', label, catalogs);
  let unitOk = true;
  if (!metric) {
    measurable.add('metric_unknown', 'fail', at('metricId'), { metricId: goal.metricId });
    unitOk = false;
  } else {
    if (!metric.source?.trim()) measurable.add('metric_source_missing', 'fail', metricAt('source'), { metric: metric.name });
    for (const field of ['target', 'baseline'] as const) {
      const problem = unitProblem(goal[field], metric);
      if (problem) {
        unitOk = false;
        measurable.add('target_outside_unit', 'fail', at(field), { field, value: goal[field], metric: metric.name, problem, unitKind: metric.unit });
      }
    }
    const isSkill = goal.category === 'skill' || metric.kind === 'skill';
    // A skill measured by an assessment ("score >= 90% on the product assessment", spec 2.4)
    // is a share of the assessment passed: measurable without a rubric.
    const isAssessment = metric.kind === 'skill' && metric.unit === 'ratio';
    if (isSkill && !metric.rubric && !isAssessment) {
      unitOk = false;
      measurable.add('skill_target_not_rubric', 'fail', metricAt('rubric'), { metric: metric.name, target: goal.target });
    } else if (metric.rubric && !metric.rubric.levels.some((level) => level.value === goal.target)) {
      unitOk = false;
      measurable.add('skill_target_not_rubric', 'fail', at('target'), { metric: metric.name, target: goal.target, levels: metric.rubric.levels.map((l) => l.value) });
    }
    measurable.passUnlessNoted('measurable_target', at('target'), { target: goal.target, metric: metric.name, source: metric.source ?? '' });
  }

  // Achievable ---------------------------------------------------------------------------
  const achievable = new LetterBuilder('achievable', label, catalogs);
  const window = goalWindow(goal, plan);
  const windowField = goal.window ? 'window' : 'deadline';
  if (metric && window && (metric.kind === 'outcome' || goal.category === 'revenue')) {
    const days = windowDays(window);
    const cycle = context.salesCycleDays ?? plan.salesCycleDays;
    if (cycle === undefined) achievable.add('sales_cycle_unknown', 'warn', ['salesCycleDays'], { days });
    else if (days < cycle) achievable.add('window_shorter_than_sales_cycle', 'fail', at(windowField), { days, cycle });
    else achievable.add('within_sales_cycle', 'pass', at(windowField), { days, cycle });
  }
  if (metric && unitOk && improvement > 0) {
    if (metric.rubric) {
      const climbed = metric.rubric.levels.filter((l) => better(l.value, goal.baseline, metric) > 0 && better(l.value, goal.target, metric) <= 0).length;
      if (climbed > policy.maxRubricLevels) achievable.add('rubric_climb_too_steep', 'warn', at('target'), { levels: climbed, limit: policy.maxRubricLevels });
      else achievable.add('within_realistic_bound', 'pass', at('target'), { bound: 'rubric', levels: climbed, limit: policy.maxRubricLevels });
    } else {
      const recent = (context.history ?? []).slice(-policy.historyPeriods).filter((v): v is number => v !== undefined && Number.isFinite(v));
      const relative = goal.baseline === 0 ? undefined : improvement / Math.abs(goal.baseline);
      const change = { change: improvement, ...(relative === undefined ? {} : { relative }) };
      let judged = false;
      if (recent.length > 0) {
        // The rep's own history decides whether the target is realistic; only the impossible bound still applies.
        judged = true;
        const best = recent.reduce((a, b) => (better(b, a, metric) > 0 ? b : a));
        const beyond = better(goal.target, best, metric);
        if (beyond <= 0) {
          achievable.add('reached_before', 'pass', at('target'), { target: goal.target, best });
        } else if (best !== 0 && beyond / Math.abs(best) <= policy.beyondBestMargin) {
          achievable.add('within_realistic_bound', 'pass', at('target'), { bound: 'own_best', ...change, best, beyond: beyond / Math.abs(best), limit: policy.beyondBestMargin });
        } else {
          achievable.add('beyond_own_best', 'warn', at('target'), { target: goal.target, best, ...(best === 0 ? {} : { beyond: beyond / Math.abs(best) }) });
        }
      }
      const reachedBefore = achievable.has('reached_before');
      if (metric.unit === 'ratio') {
        // A ratio is bounded by 0 and 1: a bound relative to a low baseline is harsh (30% -> 80%
        // is +167%), so the share of the headroom the target closes is judged instead.
        if (!reachedBefore && !judged) {
          const lowerIsBetter = metric.direction === 'lower_is_better';
          const room = lowerIsBetter ? goal.baseline : differenceExact(1, goal.baseline);
          const bound = { bound: 'headroom', ...change, headroom: improvement / room, toward: lowerIsBetter ? 0 : 1, limit: policy.realisticRatioHeadroom } as const;
          if (shareExceeds(improvement, room, policy.realisticRatioHeadroom)) achievable.add('improvement_unrealistic', 'warn', at('target'), bound);
          else achievable.add('within_realistic_bound', 'pass', at('target'), bound);
        }
      } else if (!reachedBefore) {
        if (relative === undefined) {
          if (!judged) achievable.add('improvement_not_judged', 'pass', at('baseline'), { change: improvement });
        } else if (relative > policy.impossibleImprovement) {
          achievable.add('improvement_impossible', 'fail', at('target'), { bound: 'relative', ...change, limit: policy.impossibleImprovement });
        } else if (!judged && relative > policy.realisticImprovement) {
          achievable.add('improvement_unrealistic', 'warn', at('target'), { bound: 'relative', ...change, limit: policy.realisticImprovement });
        } else if (!judged) {
          achievable.add('within_realistic_bound', 'pass', at('target'), { bound: 'relative', ...change, limit: policy.realisticImprovement });
        }
      }
    }
    for (const gapId of goal.gapIds) {
      const gap = lookup.gaps.get(gapId);
      if (!gap || gap.metricId !== goal.metricId) continue;
      const beyond = better(goal.target, gap.standard, metric);
      if (beyond > 0 && (gap.standard === 0 || beyond / Math.abs(gap.standard) > policy.beyondStandardMargin)) {
        achievable.add('target_beyond_standard', 'warn', at('target'), { target: goal.target, standard: gap.standard, gapId: gap.id });
        break;
      }
    }
  }
  achievable.passUnlessNoted('improvement_not_judged', at('target'), {});

  // Relevant -----------------------------------------------------------------------------
  const relevant = new LetterBuilder('relevant', label, catalogs);
  if (goal.gapIds.length === 0) relevant.add('goal_without_gap', 'fail', at('gapIds'), {});
  const closes: { readonly gapId: string; readonly through?: string }[] = [];
  goal.gapIds.forEach((gapId, j) => {
    const gap = lookup.gaps.get(gapId);
    if (!gap) {
      relevant.add('gap_unknown', 'fail', at('gapIds', j), { gapId });
      return;
    }
    if (gap.metricId === goal.metricId || drives(lookup, goal.metricId, gap.metricId)) {
      closes.push(gap.metricId === goal.metricId ? { gapId: gap.id } : { gapId: gap.id, through: lookup.metrics.get(gap.metricId)?.metric.name ?? gap.metricId });
      return;
    }
    relevant.add('gap_metric_unrelated', 'fail', at('gapIds', j), {
      metric: metric?.name ?? goal.metricId,
      gapId: gap.id,
      gapMetric: lookup.metrics.get(gap.metricId)?.metric.name ?? gap.metricId,
    });
  });
  relevant.passUnlessNoted('linked_to_gap', at('gapIds'), { closes });

  // Time-bound ---------------------------------------------------------------------------
  const timeBound = new LetterBuilder('timeBound', label, catalogs);
  const planSpan = { start: plan.startDate, end: lookup.end };
  if (!window) {
    timeBound.add('goal_without_window', 'fail', at('window'), {});
  } else {
    const span = { start: window.start, end: window.end };
    if (window.start < plan.startDate || window.end > lookup.end) {
      timeBound.add('goal_window_outside_plan', 'fail', at(windowField), { field: windowField, window: span, plan: planSpan });
    }
    const milestones = (goal.milestones ?? []).map((milestone, j) => ({ milestone, j })).sort((a, b) => (a.milestone.date < b.milestone.date ? -1 : a.milestone.date > b.milestone.date ? 1 : a.j - b.j));
    // Milestones of a window total ("close $75,000 in 60 days") are cumulative amounts that
    // start from zero, as the evaluator's trajectory does; other milestones start at the baseline.
    const cumulative = goal.basis === 'window' && metric?.aggregation === 'sum';
    let previous = cumulative ? 0 : goal.baseline;
    for (const { milestone, j } of milestones) {
      if (milestone.date < window.start || milestone.date > window.end) {
        timeBound.add('milestone_outside_window', 'fail', at('milestones', j, 'date'), { date: milestone.date, window: span });
      }
      if (!metric || improvement < 0) continue;
      if (better(milestone.target, previous, metric) < 0 || better(milestone.target, goal.target, metric) > 0) {
        timeBound.add('milestone_not_monotone', 'fail', at('milestones', j, 'target'), { date: milestone.date, target: milestone.target, previous });
      } else {
        previous = milestone.target;
      }
    }
    timeBound.passUnlessNoted('window_inside_plan', at(windowField), { window: span });
  }

  const letters = {
    specific: specific.build(),
    measurable: measurable.build(),
    achievable: achievable.build(),
    relevant: relevant.build(),
    timeBound: timeBound.build(),
  };
  return {
    goalId: goal.id,
    verdict: worst([letters.specific.verdict, letters.measurable.verdict, letters.achievable.verdict, letters.relevant.verdict, letters.timeBound.verdict]),
    ...letters,
  };
}

/** A text's vague wording: whether it is vague, the phrases found, and whether it states a number. */
export interface VagueWording {
  readonly vague: boolean;
  readonly phrases: readonly string[];
  readonly quantified: boolean;
}

/**
 * Find vague wording in a goal's text with a small linear-time matcher (a token scan over a
 * phrase list, no regular expressions): attitude and effort phrases are always vague ("improve
 * your attitude", "be more engaged"); "sell more", "close more deals", "do better", "build more
 * pipeline" are vague when the text states no number.
 *
 * @example
 * ```ts
 * findVagueWording('Close more deals'); // => { vague: true, phrases: ["close more deals", "more deals"], quantified: false }
 * findVagueWording('Build more pipeline: 10 qualified opportunities a month').vague; // => false
 * ```
 */
export function findVagueWording(text: string): VagueWording {
  const scan = scanVagueWording(text);
  return Object.freeze({ vague: scan.vague, phrases: Object.freeze(scan.matches.map((m) => m.phrase)), quantified: scan.quantified });
}
