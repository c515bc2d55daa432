import { deepFreeze as freeze } from '../frozen/deep-freeze.js';
import { rewordSummary } from './catalogs.js';
import type { EvaluateLocale } from './locale-catalog.js';
import type { CalendarDate } from '../dates/calendar.js';
import type { PeriodUnit } from '../metrics/periods.js';
import type { Direction, GoalCategory, MetricKind, MetricUnit, TargetBasis } from '../schema/types.js';
import type { GoalPhase, GoalReadingKind, GoalStatus, RecommendedOutcome, TrendDirection, TriadCode, TriadComponentName, TriadState } from './codes.js';
import { EVALUATION_POLICY, type EvaluationPolicyOverrides } from './policy.js';
import { recommendOutcome } from './recommend.js';
import type {
  CalendarEvidence,
  CategorySubtotal,
  CheckInLogEntry,
  SupportEvidence,
  EvaluationIssue,
  EvaluationWarning,
  PlanEvaluation,
  Recommendation,
  RecommendationReason,
} from './types.js';

/** One row of the final review's goal table: every figure computed, with what formats it. */
export interface GoalSummaryRow {
  readonly goalId: string;
  readonly title: string;
  readonly category: GoalCategory;
  readonly required: boolean;
  /** Share of the score, 0-100. */
  readonly weight: number;
  readonly metricName: string;
  readonly metricKind: MetricKind;
  readonly unit: MetricUnit;
  /** ISO 4217 code for money (values in minor units), else null. */
  readonly currency: string | null;
  readonly durationUnit: 'minutes' | 'hours' | 'days' | null;
  readonly direction: Direction;
  readonly basis: TargetBasis;
  /** How the observed value is read: a total, a level, the latest value, or per period. */
  readonly reading: GoalReadingKind;
  /** Whether the goal's window has begun and ended at the as-of date. */
  readonly phase: GoalPhase;
  readonly periodUnit: PeriodUnit;
  readonly windowStart: CalendarDate;
  readonly windowEnd: CalendarDate;
  /** The attainment floor that applies (the goal's or the policy's default). */
  readonly floor: number;
  readonly baseline: number;
  readonly target: number;
  readonly observed: number | null;
  /** Clamped attainment, 0..1. */
  readonly attainment: number | null;
  /** Unclamped attainment. */
  readonly attainmentRaw: number | null;
  /** `gap`: the share of the gap closed; `hold`: the baseline already met the target (1 while it holds, else 0). */
  readonly attainmentBasis: 'gap' | 'hold';
  readonly met: boolean;
  /** Share of the gap the recent level has closed, clamped to [-1, 1]. */
  readonly progress: number | null;
  /** The recent level: the value over the last k complete periods, and those periods. */
  readonly recentValue: number | null;
  readonly recentStart: CalendarDate | null;
  readonly recentEnd: CalendarDate | null;
  readonly recentPeriods: number | null;
  /** Complete periods counted so far, and those at or past target (null for whole-window totals). */
  readonly periodsCounted: number;
  readonly periodsAtTarget: number | null;
  /** Per-period goals: the share of complete periods at or past target (what "met" rests on). */
  readonly metShare: number | null;
  /** Of the last k periods (sustainment): how many were looked at, and how many at or past target. */
  readonly sustainedConsidered: number | null;
  readonly sustainedAtTarget: number | null;
  /** The expected trajectory at the as-of date: the value expected, the reading compared with it, how far behind (share of the gap; totals: of what was expected). */
  readonly expectedValue: number | null;
  readonly expectedCurrent: number | null;
  readonly behindShare: number | null;
  readonly status: GoalStatus;
  readonly statusNote: string;
  readonly sustainedShare: number | null;
  readonly sustained: boolean | null;
  readonly trend: TrendDirection | null;
  readonly trendSlopePerPeriod: number | null;
  /** The value projected at the window's end; null once the window has ended (no projection after the end). */
  readonly projected: number | null;
  readonly coverage: number | null;
  readonly skillLevel: number | null;
  readonly skillLevelLabel: string | null;
  readonly skillStandard: number | null;
  readonly skillStandardLabel: string | null;
}

/** One triad component in the summary. */
export interface TriadSummaryRow {
  readonly name: TriadComponentName;
  readonly state: TriadState;
  readonly attainment: number | null;
  readonly progress: number | null;
  readonly trend: TrendDirection | null;
}

/**
 * Everything the final review needs, as plain JSON data with every figure computed: the goal
 * table, the triad, the score, the check-in log (shared notes only, never the manager's private
 * notes), the support ledger, coverage, and the recommendation with its reasons.
 */
export interface EvaluationSummary {
  readonly kind: 'evaluation_summary';
  readonly version: 1;
  /** The plan and the evaluation's frame, as in the `PlanEvaluation` (its `planId` as `id`). */
  readonly plan: { readonly id: string } & Pick<PlanEvaluation, 'title' | 'employee' | 'manager' | 'startDate' | 'endDate' | 'asOf' | 'running' | 'final' | 'extensionsGranted'>;
  readonly score: {
    readonly value: number;
    readonly weighting: 'goal_weights' | 'equal';
    readonly categories: readonly CategorySubtotal[];
  };
  readonly progress: number;
  readonly triad: { readonly code: TriadCode; readonly message: string; readonly components: readonly TriadSummaryRow[] };
  readonly goals: readonly GoalSummaryRow[];
  readonly checkIns: {
    readonly scheduled: number;
    readonly due: number;
    readonly held: number;
    readonly missed: number;
    readonly documented: number;
    readonly heldShare: number | null;
    readonly documentedShare: number | null;
    readonly log: readonly CheckInLogEntry[];
  };
  /** The support evidence of the evaluation (`PlanEvaluation.support`), without its `shortfall` flag. */
  readonly support: Omit<SupportEvidence, 'shortfall'>;
  readonly coverage: { readonly elapsed: number; readonly withData: number; readonly share: number | null };
  /** The calendar the evaluation counted on: paused days (outside every measure) and holidays. */
  readonly calendar: CalendarEvidence;
  readonly recommendation: {
    readonly outcome: RecommendedOutcome;
    readonly final: boolean;
    readonly reasons: readonly RecommendationReason[];
  };
  readonly issues: readonly EvaluationIssue[];
  /** The evaluation's warnings (observations read twice, goal windows cut to the plan). */
  readonly warnings: readonly EvaluationWarning[];
}

/** Options of {@link summarizeEvaluation}. */
export interface SummarizeOptions {
  /** A recommendation already made; otherwise one is made with `policy`. */
  readonly recommendation?: Recommendation;
  /**
   * Policy overrides for the recommendation made here (over the evaluation's policy). Problems
   * with them are added to the summary's `issues` (`policy_invalid`, unless the evaluation
   * already reported the same); the default stands for each bad field.
   */
  readonly policy?: EvaluationPolicyOverrides;
  /**
   * The language of the summary's sentences (reasons, status notes, the triad's sentence, issues
   * and warnings): a `Locale`. Codes, facts and figures do not change. Default: the evaluation's
   * own sentences as they are (English unless it was evaluated with a locale).
   */
  readonly locale?: EvaluateLocale;
}

/**
 * Compile the final review's summary from an evaluation: plain, JSON-serialisable, frozen data
 * that renderers print as it is (figures are raw numbers with the unit, currency and duration
 * unit needed to format them).
 *
 * @example
 * ```ts
 * const summary = summarizeEvaluation(evaluatePlan(plan, feed, { asOf: '2026-04-06' }));
 * summary.goals[0]; // => { goalId: "g-conversion", observed: 0.124, target: 0.12, unit: "ratio", status: "met", ... }
 * summary.recommendation.outcome; // => "successful"
 * ```
 */
export function summarizeEvaluation(evaluation: PlanEvaluation, options: SummarizeOptions = {}): EvaluationSummary {
  const e = evaluation;
  let issues = e.issues;
  let recommendation = options.recommendation;
  if (recommendation === undefined) {
    const resolved = EVALUATION_POLICY.resolve(options.policy, e.policy);
    // The same overrides given to evaluatePlan were reported there already.
    const known = new Set(e.issues.map((issue) => `${issue.path.join('\u0000')}\u0001${issue.message}`));
    const added = resolved.issues.filter((issue) => !known.has(`${issue.path.join('\u0000')}\u0001${issue.message}`));
    if (added.length > 0) issues = [...e.issues, ...added];
    recommendation = recommendOutcome(evaluation, resolved.policy);
  }
  const summary: EvaluationSummary = {
    kind: 'evaluation_summary',
    version: 1,
    plan: {
      id: e.planId,
      title: e.title,
      employee: { ...e.employee },
      manager: { ...e.manager },
      startDate: e.startDate,
      endDate: e.endDate,
      asOf: e.asOf,
      running: e.running,
      final: e.final,
      extensionsGranted: e.extensionsGranted,
    },
    score: { value: e.score.value, weighting: e.score.weighting, categories: e.score.categories },
    progress: e.progress,
    triad: {
      code: e.triad.code,
      message: e.triad.message,
      components: [e.triad.skill, e.triad.behavior, e.triad.outcome].map((c) => ({
        name: c.name,
        state: c.state,
        attainment: c.attainment,
        progress: c.progress,
        trend: c.trend?.direction ?? null,
      })),
    },
    goals: e.goals.map((g) => ({
      goalId: g.goalId,
      title: g.title,
      category: g.category,
      required: g.required,
      weight: g.weight,
      metricName: g.metric.name,
      metricKind: g.metric.kind,
      unit: g.metric.unit,
      currency: g.metric.currency,
      durationUnit: g.metric.durationUnit,
      direction: g.metric.direction,
      basis: g.basis,
      reading: g.reading,
      phase: g.phase,
      periodUnit: g.periodUnit,
      windowStart: g.window.start,
      windowEnd: g.window.end,
      floor: g.floor,
      baseline: g.baseline,
      target: g.target,
      observed: g.observed,
      attainment: g.attainmentClamped,
      attainmentRaw: g.attainment,
      attainmentBasis: g.attainmentBasis,
      met: g.met,
      progress: g.progress,
      recentValue: g.recent?.value ?? null,
      recentStart: g.recent?.start ?? null,
      recentEnd: g.recent?.end ?? null,
      recentPeriods: g.recent?.periods ?? null,
      periodsCounted: g.periods.length,
      periodsAtTarget: g.reading === 'window_total' ? null : g.periods.filter((p) => p.atTarget === true).length,
      metShare: g.metShare,
      sustainedConsidered: g.sustainment?.considered ?? null,
      sustainedAtTarget: g.sustainment?.atTarget ?? null,
      expectedValue: g.expected?.value ?? null,
      expectedCurrent: g.expected?.current ?? null,
      behindShare: g.expected?.behindShare ?? null,
      status: g.status,
      statusNote: g.statusNote,
      sustainedShare: g.sustainment?.share ?? null,
      sustained: g.sustainment?.sustained ?? null,
      trend: g.trend?.direction ?? null,
      trendSlopePerPeriod: g.trend?.slope ?? null,
      projected: g.phase === 'ended' ? null : g.projected,
      coverage: g.coverage.share,
      skillLevel: g.skill?.level ?? null,
      skillLevelLabel: g.skill?.levelLabel ?? null,
      skillStandard: g.skill?.standard ?? null,
      skillStandardLabel: g.skill?.standardLabel ?? null,
    })),
    checkIns: {
      scheduled: e.evidence.checkIns.scheduled,
      due: e.evidence.checkIns.due,
      held: e.evidence.checkIns.held,
      missed: e.evidence.checkIns.missed,
      documented: e.evidence.checkIns.documented,
      heldShare: e.evidence.checkIns.heldShare,
      documentedShare: e.evidence.checkIns.documentedShare,
      log: e.evidence.checkIns.log,
    },
    support: {
      committed: e.evidence.support.committed,
      due: e.evidence.support.due,
      delivered: e.evidence.support.delivered,
      missed: e.evidence.support.missed,
      deliveredShare: e.evidence.support.deliveredShare,
      commitments: e.evidence.support.commitments,
      ledger: e.evidence.support.ledger,
    },
    coverage: e.evidence.coverage,
    calendar: e.evidence.calendar,
    recommendation: { outcome: recommendation.outcome, final: recommendation.final, reasons: recommendation.reasons },
    issues,
    warnings: e.warnings,
  };
  return options.locale === undefined ? freeze(summary, true) : rewordSummary(summary, options.locale, evaluation);
}
