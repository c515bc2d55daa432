import { freeze } from 'immer';
import type { CalendarDate } from '../dates/calendar.js';
import { OUTCOME_RANK, type ReasonCode, type RecommendedOutcome } from './codes.js';
import { percent, reasonMessage, type ReasonFacts } from './messages.js';
import { EVALUATION_POLICY, type EvaluationPolicy, type EvaluationPolicyOverrides } from './policy.js';
import type { GoalEvaluation, PlanEvaluation, Recommendation, RecommendationReason } from './types.js';

interface ReasonInput {
  readonly goalIds?: readonly string[];
  readonly figures?: Readonly<Record<string, number>>;
  readonly dates?: Readonly<Record<string, CalendarDate>>;
  readonly facts?: ReasonFacts;
}

function reason(code: ReasonCode, input: ReasonInput = {}): RecommendationReason {
  return {
    code,
    message: reasonMessage(code, input.facts ?? {}),
    evidence: { goalIds: input.goalIds ?? [], figures: input.figures ?? {}, dates: input.dates ?? {} },
  };
}

const titles = (goals: readonly GoalEvaluation[]): string[] => goals.map((g) => `"${g.title}"`);

/** Support and check-in shortfalls judged by the recommendation's policy. */
function shortfalls(evaluation: PlanEvaluation, p: EvaluationPolicy): { support: boolean; checkIns: boolean } {
  const { support, checkIns } = evaluation.evidence;
  const nothingCommitted = support.commitments.length === 0 && support.shortfall;
  const noneHeld = checkIns.scheduled === 0 && checkIns.held === 0 && checkIns.shortfall;
  return {
    support:
      nothingCommitted ||
      (support.deliveredShare !== null && support.deliveredShare < p.minSupportDeliveredShare) ||
      support.commitments.some((c) => c.share !== null && c.share < p.minCommitmentDeliveredShare),
    checkIns: noneHeld || (checkIns.heldShare !== null && checkIns.heldShare < p.minCheckInHeldShare),
  };
}

function shortfallDetail(evaluation: PlanEvaluation, p: EvaluationPolicy): { detail: string; figures: Record<string, number> } {
  const { support, checkIns } = evaluation.evidence;
  const short = shortfalls(evaluation, p);
  const parts: string[] = [];
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
  if (short.support) {
    if (support.commitments.length === 0) parts.push('no support was committed');
    else parts.push(`${support.delivered} of ${support.due} support sessions due were delivered (${percent(support.deliveredShare ?? 0)})`);
    for (const c of support.commitments) {
      if (c.share !== null && c.share < p.minCommitmentDeliveredShare) {
        parts.push(`"${c.description}": ${c.delivered} of ${c.due}`);
        figures[`delivered:${c.commitmentId}`] = c.delivered;
        figures[`due:${c.commitmentId}`] = c.due;
      }
    }
  }
  if (short.checkIns) {
    parts.push(checkIns.scheduled === 0 && checkIns.held === 0 ? 'no check-in was held' : `${checkIns.held} of ${checkIns.due} check-ins due were held (${percent(checkIns.heldShare ?? 0)})`);
  }
  return { detail: parts.join('; '), figures };
}

/**
 * Recommend an outcome from an evaluation: `successful`, `extend`, `not_met` or
 * `insufficient_evidence`, with reasons (code, message, evidence). Final at or after the plan's
 * end date, provisional before it. The rules, in order (all thresholds from the policy):
 *
 * 1. insufficient evidence: nothing elapsed, coverage (the plan's or a required goal's) below
 *    `minCoverage`, a required goal without data, or held check-ins documented below
 *    `minDocumentedShare`;
 * 2. successful: every started required goal (every started goal when none is) met and sustained, or
 *    the score at or past `successScore` with every goal's attainment and recent progress at or
 *    past its floor;
 * 3. extend: score at or past `extendScore`, progress at or past `improvementShare`, or leading
 *    indicators improving while outcomes lag; unless the extension cap is reached;
 * 4. not met otherwise; but the fairness guard never gives "not met" while support delivered or
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
 * @throws PolicyError when `policy` has a bad or unknown field (a programming error).
 * @example
 * ```ts
 * const recommendation = recommendOutcome(evaluatePlan(plan, feed, { asOf: '2026-04-06' }));
 * recommendation.outcome; // => "extend"
 * recommendation.reasons.map((r) => r.code); // => ["leading_indicators_improving", ...]
 * ```
 */
export function recommendOutcome(evaluation: PlanEvaluation, policy?: EvaluationPolicyOverrides): Recommendation {
  const p = EVALUATION_POLICY.resolveOrThrow(policy, evaluation.policy);
  const reasons: RecommendationReason[] = [];
  const { asOf, endDate, final } = evaluation;
  const dates = { asOf, endDate };
  if (!final) reasons.push(reason('provisional_before_end', { dates, facts: { asOf, endDate } }));

  const started = evaluation.goals.filter((g) => g.phase !== 'not_started');
  // The required goals that have started; every started goal when none is marked required (or
  // none of the required ones has started yet), so success is never granted on an empty list.
  const requiredAll = evaluation.goals.filter((g) => g.required && g.phase !== 'not_started');
  const required = requiredAll.length > 0 ? requiredAll : started;
  const score = evaluation.score.value;
  const { coverage, checkIns } = evaluation.evidence;
  const short = shortfalls(evaluation, p);
  const shortfall = short.support || short.checkIns;
  const capReached = evaluation.extensionsGranted >= p.maxExtensions;

  const decide = (outcome: RecommendedOutcome): Recommendation => {
    if (shortfall && outcome !== 'successful' && !reasons.some((r) => r.code === 'company_commitment_shortfall')) {
      const { detail, figures } = shortfallDetail(evaluation, p);
      reasons.push(reason('company_commitment_shortfall', { figures, dates, facts: { detail } }));
    }
    return freeze({ outcome, rank: OUTCOME_RANK[outcome], final, asOf, reasons }, true);
  };

  // 1. Evidence.
  const evidenceReasons: RecommendationReason[] = [];
  if (asOf < evaluation.startDate) {
    evidenceReasons.push(reason('plan_not_started', { dates: { asOf, startDate: evaluation.startDate }, facts: { asOf } }));
  } else if (coverage.elapsed === 0 || started.length === 0) {
    evidenceReasons.push(reason('nothing_elapsed', { dates, figures: { elapsedPeriods: coverage.elapsed } }));
  } else {
    const sparse = required.filter((g) => g.coverage.share !== null && g.coverage.share < p.minCoverage);
    if ((coverage.share !== null && coverage.share < p.minCoverage) || sparse.length > 0) {
      const figures: Record<string, number> = { periodsWithData: coverage.withData, periodsElapsed: coverage.elapsed, coverage: coverage.share ?? 0, minCoverage: p.minCoverage };
      for (const g of sparse) figures[`coverage:${g.goalId}`] = g.coverage.share ?? 0;
      evidenceReasons.push(
        reason('insufficient_coverage', {
          goalIds: started.filter((g) => (g.coverage.share ?? 0) < p.minCoverage).map((g) => g.goalId),
          figures,
          dates,
          facts: { share: coverage.share ?? 0, threshold: p.minCoverage, goals: titles(sparse) },
        }),
      );
    }
    const silent = required.filter((g) => g.observed === null);
    if (silent.length > 0) {
      evidenceReasons.push(reason('required_goal_without_data', { goalIds: silent.map((g) => g.goalId), dates, facts: { goals: titles(silent) } }));
    }
    if (checkIns.documentedShare !== null && checkIns.documentedShare < p.minDocumentedShare) {
      evidenceReasons.push(
        reason('check_ins_undocumented', {
          figures: { held: checkIns.held, documented: checkIns.documented, documentedShare: checkIns.documentedShare, minDocumentedShare: p.minDocumentedShare },
          dates,
          facts: { share: checkIns.documentedShare, threshold: p.minDocumentedShare },
        }),
      );
    }
  }
  if (evidenceReasons.length > 0) {
    reasons.push(...evidenceReasons);
    return decide('insufficient_evidence');
  }

  // 2. Success.
  const sustained = (g: GoalEvaluation): boolean => g.met && (g.sustainment === null || g.sustainment.sustained);
  const notMet = required.filter((g) => !g.met);
  const notSustained = required.filter((g) => g.met && !sustained(g));
  const belowFloor = started.filter((g) => (g.attainmentClamped ?? 0) < g.floor || (g.progress ?? 0) < g.floor);
  if (notMet.length === 0 && notSustained.length === 0) {
    reasons.push(
      reason('required_goals_met_and_sustained', {
        goalIds: required.map((g) => g.goalId),
        figures: Object.fromEntries(required.flatMap((g) => (g.sustainment?.share !== null && g.sustainment?.share !== undefined ? [[`sustained:${g.goalId}`, g.sustainment.share]] : []))),
        dates,
        facts: { goals: titles(required) },
      }),
    );
    return decide('successful');
  }
  if (score >= p.successScore && belowFloor.length === 0) {
    reasons.push(reason('score_past_success_threshold', { goalIds: started.map((g) => g.goalId), figures: { score, successScore: p.successScore }, dates, facts: { score, threshold: p.successScore } }));
    return decide('successful');
  }
  if (notMet.length > 0) {
    reasons.push(
      reason('required_goal_not_met', {
        goalIds: notMet.map((g) => g.goalId),
        figures: Object.fromEntries(notMet.map((g) => [`attainment:${g.goalId}`, g.attainment ?? 0])),
        dates,
        facts: { goals: titles(notMet) },
      }),
    );
  }
  if (notSustained.length > 0) {
    reasons.push(
      reason('required_goal_not_sustained', {
        goalIds: notSustained.map((g) => g.goalId),
        figures: Object.fromEntries(notSustained.map((g) => [`sustained:${g.goalId}`, g.sustainment?.share ?? 0])),
        dates,
        facts: { goals: titles(notSustained) },
      }),
    );
  }
  if (score >= p.successScore && belowFloor.length > 0) {
    reasons.push(
      reason('goal_below_floor', {
        goalIds: belowFloor.map((g) => g.goalId),
        figures: Object.fromEntries(belowFloor.map((g) => [`attainment:${g.goalId}`, g.attainmentClamped ?? 0])),
        dates,
        facts: { goals: titles(belowFloor) },
      }),
    );
  }

  // 3. Real improvement.
  const progress = evaluation.progress;
  const byScore = score >= p.extendScore || progress >= p.improvementShare;
  const byTriad = p.extendWhenLeadingImproves && evaluation.triad.leadingImproving;
  if (byScore) {
    reasons.push(
      reason('improvement_past_threshold', {
        goalIds: started.map((g) => g.goalId),
        figures: { score, extendScore: p.extendScore, progress, improvementShare: p.improvementShare },
        dates,
        facts: { score, threshold: p.extendScore, progress },
      }),
    );
  }
  if (byTriad) {
    const t = evaluation.triad;
    reasons.push(
      reason('leading_indicators_improving', {
        goalIds: [...t.skill.goalIds, ...t.behavior.goalIds],
        figures: Object.fromEntries(
          [t.skill, t.behavior, t.outcome].flatMap((c) => (c.progress === null ? [] : [[`progress:${c.name}`, c.progress]])),
        ),
        dates,
        facts: { triad: t.message },
      }),
    );
  }
  if (byScore || byTriad) {
    if (!capReached) return decide('extend');
    reasons.push(
      reason('extension_cap_reached', {
        figures: { extensionsGranted: evaluation.extensionsGranted, maxExtensions: p.maxExtensions },
        dates,
        facts: { count: evaluation.extensionsGranted, cap: p.maxExtensions },
      }),
    );
  } else {
    reasons.push(
      reason('no_real_improvement', {
        goalIds: started.map((g) => g.goalId),
        figures: { score, extendScore: p.extendScore, progress, improvementShare: p.improvementShare },
        dates,
        facts: { score, threshold: p.extendScore, progress },
      }),
    );
  }

  // 4. Not met, unless the company's side fell short (the fairness guard).
  if (shortfall) {
    return decide(p.shortfallOutcome === 'extend' && !capReached ? 'extend' : 'insufficient_evidence');
  }
  return decide('not_met');
}
