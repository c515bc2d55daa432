import { deepFreeze as freeze } from '../frozen/deep-freeze.js';
import { issueText, type Catalog } from '../issues/issue.js';
import { localeCatalog, type EvaluateLocale } from './locale-catalog.js';
import type { CalendarDate } from '../dates/calendar.js';
import { companySideShortfall } from '../timeline/company-side.js';
import { OUTCOME_RANK, type ReasonCode, type RecommendedOutcome } from './codes.js';
import { atOrPast, favourableSign } from './numbers.js';
import { EVALUATION_POLICY, type EvaluationPolicy, type EvaluationPolicyOverrides } from './policy.js';
import {
  RECOMMENDATION_MESSAGES,
  type CommitmentShortfallFacts,
  type GoalHeldRecentlyFacts,
  type GoalNotHeldFacts,
  type GoalShortfallFacts,
  type GoalUnderFloorFacts,
  type ReasonFactsByCode,
  type ReasonMetricFacts,
  type ReasonScope,
} from './reason-messages.js';
import type { GoalEvaluation, PlanEvaluation, Recommendation, RecommendationReason } from './types.js';

/** Options of {@link recommendOutcome}. */
export interface RecommendOptions {
  /** The language of the reasons' sentences: a `Locale`. Default: English. */
  readonly locale?: EvaluateLocale;
}

/** What a reason says: its evidence (goals, figures, dates) and the facts its sentence is written from. */
interface ReasonInput<C extends ReasonCode = ReasonCode> {
  readonly goalIds?: readonly string[];
  readonly figures?: Readonly<Record<string, number>>;
  readonly dates?: Readonly<Record<string, CalendarDate>>;
  readonly facts: ReasonFactsByCode[C];
}

/** A reason worded by a catalog (English by default). */
function reason<C extends ReasonCode>(code: C, input: ReasonInput<C>, catalog: Catalog<ReasonFactsByCode> = RECOMMENDATION_MESSAGES): RecommendationReason {
  return {
    code,
    facts: input.facts,
    message: issueText<ReasonFactsByCode, C>({ code, facts: input.facts }, catalog),
    evidence: { goalIds: input.goalIds ?? [], figures: input.figures ?? {}, dates: input.dates ?? {} },
  } as RecommendationReason;
}

const titles = (goals: readonly GoalEvaluation[]): string[] => goals.map((g) => g.title);

const metricOf = (g: GoalEvaluation): ReasonMetricFacts => ({ unit: g.metric.unit, currency: g.metric.currency, durationUnit: g.metric.durationUnit });

const periodsAtTarget = (g: GoalEvaluation): number => g.periods.filter((p) => p.atTarget === true).length;

/** A goal not met, as its reason's facts. */
function shortfallFacts(g: GoalEvaluation, periodMetShare: number): GoalShortfallFacts {
  const perPeriod = g.reading === 'per_period' && g.metShare !== null ? { atTarget: periodsAtTarget(g), counted: g.periods.length, unit: g.periodUnit, metShare: g.metShare } : null;
  return { title: g.title, metric: metricOf(g), target: g.target, observed: g.observed, ended: g.phase === 'ended', perPeriod, periodMetShare };
}

/** A goal met but not held over its last periods, as its reason's facts. */
function notHeldFacts(g: GoalEvaluation, sustainShare: number): GoalNotHeldFacts {
  const s = g.sustainment;
  const lastPeriods = s === null ? null : { atTarget: s.atTarget, counted: s.considered, unit: s.unit, periods: s.periods };
  return { title: g.title, metric: metricOf(g), target: g.target, lastPeriods, sustainShare };
}

/** A required goal held at target recently, as its reason's facts. */
function heldRecentlyFacts(g: GoalEvaluation): GoalHeldRecentlyFacts {
  const s = g.sustainment;
  const r = g.recent;
  const recent =
    s === null || r === null || r.value === null ? null : { lastPeriods: { atTarget: s.atTarget, counted: s.considered, unit: s.unit }, value: r.value, start: r.start, end: r.end };
  const window = g.reading === 'per_period' ? { atTarget: periodsAtTarget(g), counted: g.periods.length, unit: g.periodUnit } : null;
  return { title: g.title, metric: metricOf(g), target: g.target, observed: g.observed ?? 0, window, recent };
}

/** A goal below its floor, as its reason's facts. */
const underFloorFacts = (g: GoalEvaluation): GoalUnderFloorFacts => ({ title: g.title, attainment: g.attainmentClamped ?? 0, progress: g.progress, floor: g.floor });

/** Support and check-in shortfalls judged by the one company-side rule (shared with the close guard). */
function shortfalls(evaluation: PlanEvaluation, p: EvaluationPolicy): { support: boolean; checkIns: boolean } {
  const { support, checkIns } = evaluation.evidence;
  return companySideShortfall(
    {
      support: {
        due: support.due,
        delivered: support.delivered,
        commitments: support.commitments,
        nothingCommitted: support.commitments.length === 0 && support.shortfall,
      },
      checkIns: { due: checkIns.due, held: checkIns.held, noneHeld: checkIns.scheduled === 0 && checkIns.held === 0 && checkIns.shortfall },
    },
    p,
  );
}

function shortfallDetail(evaluation: PlanEvaluation, p: EvaluationPolicy): { facts: CommitmentShortfallFacts; figures: Record<string, number> } {
  const { support, checkIns } = evaluation.evidence;
  const short = shortfalls(evaluation, p);
  const figures: Record<string, number> = {
    supportDue: support.due,
    supportDelivered: support.delivered,
    checkInsDue: checkIns.due,
    checkInsHeld: checkIns.held,
    minSupportDeliveredShare: p.minSupportDeliveredShare,
    minCommitmentDeliveredShare: p.minCommitmentDeliveredShare,
    minCheckInHeldShare: p.minCheckInHeldShare,
  };
  if (support.deliveredShare !== null) figures['supportDeliveredShare'] = support.deliveredShare;
  if (checkIns.heldShare !== null) figures['checkInsHeldShare'] = checkIns.heldShare;
  let supportFacts: CommitmentShortfallFacts['support'] = null;
  const commitments: { description: string; delivered: number; due: number }[] = [];
  if (short.support) {
    supportFacts = support.commitments.length === 0 ? 'none_committed' : { delivered: support.delivered, due: support.due, share: support.deliveredShare ?? 0 };
    for (const c of support.commitments) {
      if (c.share !== null && c.share < p.minCommitmentDeliveredShare) {
        commitments.push({ description: c.description, delivered: c.delivered, due: c.due });
        figures[`delivered:${c.commitmentId}`] = c.delivered;
        figures[`due:${c.commitmentId}`] = c.due;
      }
    }
  }
  let checkInFacts: CommitmentShortfallFacts['checkIns'] = null;
  if (short.checkIns) {
    checkInFacts = checkIns.scheduled === 0 && checkIns.held === 0 ? 'none_held' : { held: checkIns.held, due: checkIns.due, share: checkIns.heldShare ?? 0 };
  }
  return { facts: { support: supportFacts, commitments, checkIns: checkInFacts }, figures };
}

/** Figures of a goal that is not met: observed, target, attainment, and for per-period goals the periods at target. */
function shortfallFigures(g: GoalEvaluation, figures: Record<string, number>): void {
  if (g.observed !== null) figures[`observed:${g.goalId}`] = g.observed;
  figures[`target:${g.goalId}`] = g.target;
  figures[`attainment:${g.goalId}`] = g.attainment ?? 0;
  if (g.reading === 'per_period' && g.metShare !== null) {
    figures[`metShare:${g.goalId}`] = g.metShare;
    figures[`atTarget:${g.goalId}`] = g.periods.filter((period) => period.atTarget === true).length;
    figures[`periods:${g.goalId}`] = g.periods.length;
  }
}

/** Whether a goal's recent level is at or past its target and sustained (the last k periods). */
function heldAtTargetRecently(g: GoalEvaluation): boolean {
  const s = g.sustainment;
  const value = g.recent?.value ?? null;
  return s !== null && s.sustained && value !== null && atOrPast(value, g.target, favourableSign(g.metric.direction));
}

/**
 * Recommend an outcome from an evaluation: `successful`, `extend`, `not_met` or
 * `insufficient_evidence`, with reasons (code, message, evidence). Final at or after the plan's
 * end date, provisional before it. The rules, in order (all thresholds from the policy; the
 * success criteria are the goals marked `required`, or every goal when none is):
 *
 * 0. not running: a plan not yet activated gives insufficient evidence (`plan_not_running`);
 * 1. insufficient evidence: nothing elapsed, a criterion goal without a complete measurement
 *    period yet, coverage (the plan's or a criterion goal's, complete periods only) below
 *    `minCoverage`, a criterion goal without data, or held check-ins documented below
 *    `minDocumentedShare`;
 * 2. successful: every started criterion goal met and sustained, or (with
 *    `recentLevelMeetsRequired`) not met over its window but held at target through its recent
 *    periods (`required_goal_held_recently`, with the figures); or, only when no goal is marked
 *    required, the score at or past `successScore` with every goal's attainment and recent
 *    progress at or past its floor. A score never stands in for a required goal;
 * 3. extend: score at or past `extendScore`, progress at or past `improvementShare`, leading
 *    indicators improving while outcomes lag, or every started goal met or on track against its
 *    trajectory; unless the extension cap is reached;
 * 4. not met otherwise; but never while every started goal is met or on track (insufficient
 *    evidence then), and the fairness guard never gives "not met" while support delivered or
 *    check-ins held are below the policy's shares: it gives `shortfallOutcome` (extend, or
 *    insufficient evidence once the extension cap is reached) with `company_commitment_shortfall`.
 *
 * Better observation values (coverage fixed) never lower the outcome's rank
 * (not met < insufficient evidence < extend < successful).
 *
 * `policy` overrides the evaluation's own policy. A recommendation has no room for issues: a bad
 * value there throws a {@link PolicyError} with the `policy_invalid` issues;
 * {@link summarizeEvaluation} reports them as data instead.
 *
 * `options.locale` writes the reasons' sentences in a language (codes, facts and evidence do not change).
 *
 * @throws PolicyError when `policy` has a bad or unknown field (a programming error).
 * @example
 * ```ts
 * const recommendation = recommendOutcome(evaluatePlan(plan, feed, { asOf: '2026-04-06' }));
 * recommendation.outcome; // => "extend"
 * recommendation.reasons.map((r) => r.code); // => ["leading_indicators_improving", ...]
 * ```
 */
export function recommendOutcome(evaluation: PlanEvaluation, policy?: EvaluationPolicyOverrides, options: RecommendOptions = {}): Recommendation {
  const p = EVALUATION_POLICY.resolveOrThrow(policy, evaluation.policy);
  const { outcome, drafts } = decideOutcome(evaluation, p);
  const catalog = localeCatalog(options.locale, 'reasons', RECOMMENDATION_MESSAGES) ?? RECOMMENDATION_MESSAGES;
  const reasons: RecommendationReason[] = [];
  for (const d of drafts) reasons.push(reason(d.code, d.input(), catalog));
  const { final, asOf } = evaluation;
  return freeze({ outcome, rank: OUTCOME_RANK[outcome], final, asOf, reasons }, true);
}

/**
 * A reason decided, its words not yet written: the code, and how to gather the evidence and the
 * facts its sentence needs (called only when the sentence is wanted).
 *
 * @internal
 */
export interface ReasonDraft {
  readonly code: ReasonCode;
  readonly input: () => ReasonInput;
}

/**
 * The decision of {@link recommendOutcome} without its words: the outcome and the reasons' codes,
 * each with a deferred gathering of its evidence and facts. {@link figuresOf} reads only this, so
 * the figures path builds no sentence; `recommendOutcome` words every draft.
 *
 * @internal
 */
export function decideOutcome(evaluation: PlanEvaluation, p: EvaluationPolicy): { readonly outcome: RecommendedOutcome; readonly drafts: readonly ReasonDraft[] } {
  const drafts: ReasonDraft[] = [];
  const draft = <C extends ReasonCode>(code: C, input: () => ReasonInput<C>): void => {
    drafts.push({ code, input });
  };
  const { asOf, endDate, final } = evaluation;
  const dates = { asOf, endDate };

  const short = shortfalls(evaluation, p);
  const shortfall = short.support || short.checkIns;
  const capReached = evaluation.extensionsGranted >= p.maxExtensions;
  const decide = (outcome: RecommendedOutcome): { outcome: RecommendedOutcome; drafts: readonly ReasonDraft[] } => {
    if (shortfall && outcome !== 'successful' && !drafts.some((r) => r.code === 'company_commitment_shortfall')) {
      draft('company_commitment_shortfall', () => {
        const { facts, figures } = shortfallDetail(evaluation, p);
        return { figures, dates, facts };
      });
    }
    return { outcome, drafts };
  };

  // 0. A plan that has not been activated: nothing runs, nothing is due, nothing to read.
  if (evaluation.running === false) {
    draft('plan_not_running', () => ({ dates: { asOf, startDate: evaluation.startDate }, facts: {} }));
    return { outcome: 'insufficient_evidence', drafts };
  }
  if (!final) draft('provisional_before_end', () => ({ dates, facts: { asOf, endDate } }));

  const started = evaluation.goals.filter((g) => g.phase !== 'not_started');
  // The success criteria: the required goals that have started; every started goal when none is
  // marked required (or none of the required ones has started yet), so success is never granted
  // on an empty list.
  const marked = evaluation.goals.filter((g) => g.required && g.phase !== 'not_started');
  const required = marked.length > 0 ? marked : started;
  const scope: ReasonScope = marked.length > 0 ? 'required' : 'every_goal';
  const score = evaluation.score.value;
  const { coverage, checkIns } = evaluation.evidence;

  // 1. Evidence.
  const before = drafts.length;
  const waiting = required.filter((g) => g.coverage.elapsed === 0);
  if (asOf < evaluation.startDate) {
    draft('plan_not_started', () => ({ dates: { asOf, startDate: evaluation.startDate }, facts: { asOf } }));
  } else if (coverage.elapsed === 0 || started.length === 0) {
    draft('nothing_elapsed', () => ({ dates, figures: { elapsedPeriods: coverage.elapsed }, facts: { goals: [] } }));
  } else if (waiting.length > 0) {
    // The policy's evidence for a goal is its complete measurement periods (coverageUnitByKind,
    // or the goal's own unit): until a criterion goal has one, there is nothing to judge it on.
    draft('nothing_elapsed', () => ({
      goalIds: waiting.map((g) => g.goalId),
      figures: { elapsedPeriods: coverage.elapsed },
      dates,
      facts: { goals: waiting.map((g) => ({ title: g.title, unit: g.coverage.unit })) },
    }));
  } else {
    const sparse = required.filter((g) => g.coverage.share !== null && g.coverage.share < p.minCoverage);
    if ((coverage.share !== null && coverage.share < p.minCoverage) || sparse.length > 0) {
      draft('insufficient_coverage', () => {
        const figures: Record<string, number> = { periodsWithData: coverage.withData, periodsElapsed: coverage.elapsed, coverage: coverage.share ?? 0, minCoverage: p.minCoverage };
        for (const g of sparse) figures[`coverage:${g.goalId}`] = g.coverage.share ?? 0;
        return {
          goalIds: started.filter((g) => (g.coverage.share ?? 0) < p.minCoverage).map((g) => g.goalId),
          figures,
          dates,
          facts: { share: coverage.share ?? 0, threshold: p.minCoverage, goals: titles(sparse), scope },
        };
      });
    }
    const silent = required.filter((g) => g.observed === null);
    if (silent.length > 0) {
      draft('required_goal_without_data', () => ({ goalIds: silent.map((g) => g.goalId), dates, facts: { goals: titles(silent), scope } }));
    }
    const documentedShare = checkIns.documentedShare;
    if (documentedShare !== null && documentedShare < p.minDocumentedShare) {
      draft('check_ins_undocumented', () => ({
        figures: { held: checkIns.held, documented: checkIns.documented, documentedShare, minDocumentedShare: p.minDocumentedShare },
        dates,
        facts: { share: documentedShare, threshold: p.minDocumentedShare },
      }));
    }
  }
  if (drafts.length > before) return decide('insufficient_evidence');

  // 2. Success.
  const sustained = (g: GoalEvaluation): boolean => g.met && (g.sustainment === null || g.sustainment.sustained);
  const heldRecently = (g: GoalEvaluation): boolean => p.recentLevelMeetsRequired && !g.met && heldAtTargetRecently(g);
  const metAndSustained = required.filter(sustained);
  const held = required.filter(heldRecently);
  const notMet = required.filter((g) => !g.met && !heldRecently(g));
  const notSustained = required.filter((g) => g.met && !sustained(g));
  const belowFloor = started.filter((g) => (g.attainmentClamped ?? 0) < g.floor || (g.progress ?? 0) < g.floor);
  if (notMet.length === 0 && notSustained.length === 0) {
    if (metAndSustained.length > 0) {
      draft('required_goals_met_and_sustained', () => ({
        goalIds: metAndSustained.map((g) => g.goalId),
        figures: Object.fromEntries(
          metAndSustained.flatMap((g) => (g.sustainment?.share !== null && g.sustainment?.share !== undefined ? [[`sustained:${g.goalId}`, g.sustainment.share]] : [])),
        ),
        dates,
        facts: { goals: titles(metAndSustained), scope, heldRecently: held.length },
      }));
    }
    if (held.length > 0) {
      draft('required_goal_held_recently', () => {
        const figures: Record<string, number> = { sustainShare: p.sustainShare };
        for (const g of held) {
          figures[`observed:${g.goalId}`] = g.observed ?? 0;
          figures[`target:${g.goalId}`] = g.target;
          figures[`recent:${g.goalId}`] = g.recent?.value ?? 0;
          figures[`atTarget:${g.goalId}`] = g.sustainment?.atTarget ?? 0;
          figures[`periods:${g.goalId}`] = g.sustainment?.considered ?? 0;
        }
        return {
          goalIds: held.map((g) => g.goalId),
          figures,
          dates: { ...dates, ...Object.fromEntries(held.flatMap((g) => (g.recent ? [[`recentStart:${g.goalId}`, g.recent.start]] : []))) },
          facts: { goals: held.map(heldRecentlyFacts), scope },
        };
      });
    }
    const others = marked.length > 0 ? started.filter((g) => !g.required && !g.met) : [];
    if (others.length > 0) {
      draft('non_required_goal_not_met', () => {
        const figures: Record<string, number> = { periodMetShare: p.periodMetShare };
        for (const g of others) shortfallFigures(g, figures);
        return { goalIds: others.map((g) => g.goalId), figures, dates, facts: { goals: others.map((g) => shortfallFacts(g, p.periodMetShare)) } };
      });
    }
    return decide('successful');
  }
  // Success by score: significant and sustained improvement while goals are slightly short. Only
  // when no goal is marked required: a score never stands in for a required goal.
  if (marked.length === 0 && score >= p.successScore && belowFloor.length === 0) {
    draft('score_past_success_threshold', () => {
      const shortGoals = [...notMet, ...notSustained];
      const figures: Record<string, number> = { score, successScore: p.successScore };
      for (const g of shortGoals) {
        figures[`attainment:${g.goalId}`] = g.attainmentClamped ?? 0;
        figures[`floor:${g.goalId}`] = g.floor;
      }
      return {
        goalIds: started.map((g) => g.goalId),
        figures,
        dates,
        facts: {
          score,
          threshold: p.successScore,
          goals: shortGoals.map((g) => ({
            ...(g.met ? { kind: 'not_held' as const, ...notHeldFacts(g, p.sustainShare) } : { kind: 'not_met' as const, ...shortfallFacts(g, p.periodMetShare) }),
            attainment: g.attainmentClamped ?? 0,
            floor: g.floor,
          })),
        },
      };
    });
    return decide('successful');
  }
  if (notMet.length > 0) {
    draft('required_goal_not_met', () => {
      const figures: Record<string, number> = {};
      for (const g of notMet) shortfallFigures(g, figures);
      if (notMet.some((g) => g.reading === 'per_period')) figures['periodMetShare'] = p.periodMetShare;
      const scoreWouldHave = marked.length > 0 && score >= p.successScore;
      if (scoreWouldHave) {
        figures['score'] = score;
        figures['successScore'] = p.successScore;
      }
      return {
        goalIds: notMet.map((g) => g.goalId),
        figures,
        dates,
        facts: { goals: notMet.map((g) => shortfallFacts(g, p.periodMetShare)), scope, score: scoreWouldHave ? { score, threshold: p.successScore } : null },
      };
    });
  }
  if (notSustained.length > 0) {
    draft('required_goal_not_sustained', () => {
      const figures: Record<string, number> = { sustainShare: p.sustainShare };
      for (const g of notSustained) {
        figures[`sustained:${g.goalId}`] = g.sustainment?.share ?? 0;
        figures[`atTarget:${g.goalId}`] = g.sustainment?.atTarget ?? 0;
        figures[`periods:${g.goalId}`] = g.sustainment?.considered ?? 0;
      }
      return { goalIds: notSustained.map((g) => g.goalId), figures, dates, facts: { goals: notSustained.map((g) => notHeldFacts(g, p.sustainShare)) } };
    });
  }
  if (marked.length === 0 && score >= p.successScore && belowFloor.length > 0) {
    draft('goal_below_floor', () => {
      const figures: Record<string, number> = {};
      for (const g of belowFloor) {
        figures[`attainment:${g.goalId}`] = g.attainmentClamped ?? 0;
        if (g.progress !== null) figures[`progress:${g.goalId}`] = g.progress;
        figures[`floor:${g.goalId}`] = g.floor;
      }
      return { goalIds: belowFloor.map((g) => g.goalId), figures, dates, facts: { goals: belowFloor.map(underFloorFacts) } };
    });
  }

  // 3. Real improvement.
  const progress = evaluation.progress;
  const byScore = score >= p.extendScore || progress >= p.improvementShare;
  const byTriad = p.extendWhenLeadingImproves && evaluation.triad.leadingImproving;
  // On course: every started goal met or on track against its expected trajectory. The
  // improvement is where the plan expects it by now, whatever a fixed share of the gap says.
  const onCourse = started.length > 0 && started.every((g) => g.status === 'met' || g.status === 'on_track');
  const improvement = (): ReasonInput<'improvement_past_threshold' | 'no_real_improvement'> => ({
    goalIds: started.map((g) => g.goalId),
    figures: { score, extendScore: p.extendScore, progress, improvementShare: p.improvementShare },
    dates,
    facts: { score, threshold: p.extendScore, progress },
  });
  if (byScore) draft('improvement_past_threshold', improvement);
  if (byTriad) {
    draft('leading_indicators_improving', () => {
      const t = evaluation.triad;
      return {
        goalIds: [...t.skill.goalIds, ...t.behavior.goalIds],
        figures: Object.fromEntries([t.skill, t.behavior, t.outcome].flatMap((c) => (c.progress === null ? [] : [[`progress:${c.name}`, c.progress]]))),
        dates,
        facts: { triad: t.code },
      };
    });
  }
  if (onCourse && !byScore && !byTriad) {
    draft('goals_on_course', () => ({ goalIds: started.map((g) => g.goalId), dates, facts: { goals: titles(started) } }));
  }
  if (byScore || byTriad || onCourse) {
    if (!capReached) return decide('extend');
    draft('extension_cap_reached', () => ({
      figures: { extensionsGranted: evaluation.extensionsGranted, maxExtensions: p.maxExtensions },
      dates,
      facts: { count: evaluation.extensionsGranted, cap: p.maxExtensions },
    }));
  } else {
    draft('no_real_improvement', improvement);
  }

  // 4. Not met, unless the company's side fell short (the fairness guard), or every goal is on course.
  if (shortfall) {
    return decide(p.shortfallOutcome === 'extend' && !capReached ? 'extend' : 'insufficient_evidence');
  }
  if (onCourse) return decide('insufficient_evidence');
  return decide('not_met');
}
