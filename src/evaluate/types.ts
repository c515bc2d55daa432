import type { CalendarDate } from '../dates/calendar.js';
import type { PeriodUnit } from '../metrics/periods.js';
import type {
  Aggregation,
  Direction,
  GoalCategory,
  MetricDefinition,
  MetricKind,
  MetricUnit,
  SupportKind,
  TargetBasis,
} from '../schema/types.js';
import type {
  GoalPhase,
  GoalReadingKind,
  GoalStatus,
  ReasonCode,
  RecommendedOutcome,
  TrendDirection,
  TriadCode,
  TriadComponentName,
  TriadState,
} from './codes.js';
import type { EvaluationPolicy } from './policy.js';
import type { ReasonFactsByCode } from './reason-messages.js';
import type { IssueOf } from '../issues/issue.js';
import type { EvaluationIssueFactsByCode, EvaluationWarningFactsByCode } from './messages.js';

/** A span of calendar days, both ends inclusive. */
export interface EvaluationSpan {
  readonly start: CalendarDate;
  readonly end: CalendarDate;
}

/**
 * A problem in the input that the evaluation skipped (it never throws for these): an issue of the
 * shared shape, one per code (checking `code` narrows `facts`). `path` is where:
 * `['observations', 12]` (embedded), `['feed', 3]` (separate feed), `['goals', 0, 'metricId']`,
 * `['policy', 'sustainShare']`; `message` is written from `facts` by the English catalog
 * `EVALUATION_ISSUE_MESSAGES` (`EvaluationIssueFactsByCode` gives the facts of each code).
 */
export type EvaluationIssue = IssueOf<EvaluationIssueFactsByCode>;

/**
 * Something the evaluation did to its input that changes what it read, with how often: the same
 * observation read twice and counted once, or a goal window cut to the plan's span. Unlike an
 * issue, nothing was wrong enough to be left out unread; the count says how much it mattered.
 *
 * | Code | Path | Count |
 * | --- | --- | --- |
 * | `feed_repeats_plan` | `['feed']` | Feed observations that are the plan's own again (same id, or identical without an id): counted once. |
 * | `duplicate_id` | `['observations']` or `['feed']` | Observations whose id was already read in the same source, with the same figures: counted once. |
 * | `conflicting_duplicate` | `['observations']` or `['feed']` | Observations whose id was already read with other figures: the first read counts, these are left out. |
 * | `window_clipped` | `['goals', i, 'window']` | Days of the goal's window outside the plan's span (extensions included), cut away. |
 * | `window_moved` | `['goals', i, 'window']` (or `'deadline'`) | Days the goal's window moved with the plan clock (a pause before or inside it; policy `windowsFollowPauses`). |
 * | `paused_days_excluded` | `['pauses']` | Paused days (leave), outside every measure. |
 *
 * An issue of the shared shape, one per code (checking `code` narrows `facts`): `message` is written
 * from `facts` by the English catalog `EVALUATION_WARNING_MESSAGES` (`EvaluationWarningFactsByCode`
 * gives the facts of each code).
 */
export type EvaluationWarning = IssueOf<EvaluationWarningFactsByCode> & {
  /** How many (observations, days): also the facts' own `count`. */
  readonly count: number;
};

/** What a goal's metric is: enough to format its figures. */
export interface MetricFacts {
  readonly id: string;
  readonly name: string;
  readonly kind: MetricKind;
  readonly unit: MetricUnit;
  /** ISO 4217 code for money; values are integer minor units. */
  readonly currency: string | null;
  readonly durationUnit: NonNullable<MetricDefinition['durationUnit']> | null;
  readonly direction: Direction;
  readonly aggregation: Aggregation;
}

/** One complete period of a goal's series. */
export interface GoalPeriodReading {
  /** `2026-W02`, `2026-01` or the date. */
  readonly key: string;
  /** The period, cut to the goal's window. */
  readonly start: CalendarDate;
  readonly end: CalendarDate;
  /** Observations in the period. */
  readonly count: number;
  /**
   * The comparable value: the period's aggregate; totals of a cut period scaled to a full
   * period; for `latest` metrics the level held at the period's end. Null without data.
   */
  readonly value: number | null;
  /** Whether the value is at or past the target (null for whole-window totals, which have no per-period target). */
  readonly atTarget: boolean | null;
}

/** The recent level: the goal's last k complete periods taken together. */
export interface RecentLevel {
  readonly start: CalendarDate;
  readonly end: CalendarDate;
  readonly periods: number;
  /** The value over those periods (for window totals: the total the window would reach at that pace). */
  readonly value: number | null;
  /** (value - baseline) / (target - baseline) in the favourable direction, rounded to 4 places. */
  readonly progress: number | null;
}

/** The share of the last k periods at or past target. */
export interface Sustainment {
  readonly unit: PeriodUnit;
  /** k, as the policy gives it (capped by the periods the window has). */
  readonly periods: number;
  /** Periods looked at so far (at most k). */
  readonly considered: number;
  readonly atTarget: number;
  readonly share: number | null;
  /** At least k periods looked at and the share at or past the policy's. */
  readonly sustained: boolean;
}

/** A robust (Theil-Sen) trend of a goal's series. */
export interface GoalTrend {
  readonly unit: PeriodUnit;
  /** Change of the period value per period, in the metric's units. */
  readonly slope: number;
  /** The slope in the favourable direction as a share of the goal's gap (per period). */
  readonly slopeShare: number;
  readonly direction: TrendDirection;
  readonly points: number;
}

/** Where the expected trajectory is at `asOf`. */
export interface ExpectedValue {
  /** The value the trajectory expects for the current reading. */
  readonly value: number;
  /** The reading it is compared with. */
  readonly current: number;
  /** Behind the trajectory, as a share of the gap (0 or less: on or ahead of it). */
  readonly behindShare: number;
  /** Milestones, a straight line baseline to target, or pro rata (totals from zero). */
  readonly source: 'milestones' | 'straight_line' | 'pro_rata';
}

/** A skill goal's rubric reading. */
export interface SkillReading {
  /** Latest rubric level observed in the window. */
  readonly level: number | null;
  readonly levelLabel: string | null;
  /** The rubric's standard level (the goal's target when there is no rubric). */
  readonly standard: number;
  readonly standardLabel: string | null;
  readonly atStandard: boolean;
  readonly trend: TrendDirection | null;
}

/** Observation coverage of one goal: periods with data against periods elapsed. */
export interface GoalCoverage {
  readonly unit: PeriodUnit;
  readonly elapsed: number;
  readonly withData: number;
  readonly share: number | null;
}

/** One goal evaluated at `asOf`. */
export interface GoalEvaluation {
  readonly goalId: string;
  readonly title: string;
  readonly category: GoalCategory;
  readonly required: boolean;
  /** The attainment floor that applies (the goal's or the policy's default). */
  readonly floor: number;
  /** Share of the plan score (0-100) after excluding goals not started; 0 when not started. */
  readonly weight: number;
  readonly metric: MetricFacts;
  readonly basis: TargetBasis;
  readonly reading: GoalReadingKind;
  readonly window: EvaluationSpan;
  /** The part of the window evaluated: its start to `asOf` or its end. Null before it starts. */
  readonly evaluated: EvaluationSpan | null;
  readonly phase: GoalPhase;
  readonly baseline: number;
  readonly target: number;
  /** The observed value so far (per-period goals: the mean of complete periods with data). */
  readonly observed: number | null;
  readonly observations: number;
  /** Ratio metrics: the totals the observed value is the ratio of. */
  readonly numerator: number | null;
  readonly denominator: number | null;
  readonly lastObservedOn: CalendarDate | null;
  /** (observed - baseline) / (target - baseline), unclamped, rounded to 4 places. */
  readonly attainment: number | null;
  /** The attainment clamped to [0, 1]. */
  readonly attainmentClamped: number | null;
  /** `gap`: the formula above; `hold`: the baseline already met the target, so attainment is 1 while it holds, else 0. */
  readonly attainmentBasis: 'gap' | 'hold';
  readonly met: boolean;
  /** Per-period goals: the share of complete periods at or past target. */
  readonly metShare: number | null;
  readonly periodUnit: PeriodUnit;
  readonly periods: readonly GoalPeriodReading[];
  readonly recent: RecentLevel | null;
  /**
   * The goal's progress, clamped to [-1, 1]: the recent level's progress; before a complete
   * period with data, the attainment so far (for totals, of the pace so far). What the triad,
   * the plan's progress and the floors use.
   */
  readonly progress: number | null;
  readonly sustainment: Sustainment | null;
  readonly trend: GoalTrend | null;
  /** The value projected at the window's end from the trend (totals: so far plus the trend for the rest). */
  readonly projected: number | null;
  readonly expected: ExpectedValue | null;
  readonly status: GoalStatus;
  /** Why the status, in a sentence. */
  readonly statusNote: string;
  readonly skill: SkillReading | null;
  readonly coverage: GoalCoverage;
}

/** A category's part of the plan score. */
export interface CategorySubtotal {
  readonly category: GoalCategory;
  readonly goalIds: readonly string[];
  /** The category's share of the score (0-100). */
  readonly weight: number;
  /** The weighted mean clamped attainment of its goals (0..1). */
  readonly attainment: number | null;
  /** Points it contributes to the score (weight x attainment). */
  readonly points: number;
}

/** The weighted plan score. */
export interface PlanScore {
  /** 0-100, one decimal. Goals without data count as 0; goals not started are left out. */
  readonly value: number;
  readonly weighting: 'goal_weights' | 'equal';
  readonly categories: readonly CategorySubtotal[];
  readonly excludedGoalIds: readonly string[];
}

/** One component of the skill / behavior / outcome triad. */
export interface TriadComponent {
  readonly name: TriadComponentName;
  readonly goalIds: readonly string[];
  readonly state: TriadState;
  /** Weighted mean clamped attainment of its goals with data. */
  readonly attainment: number | null;
  /** Weighted mean progress of the recent level (each goal's clamped to [-1, 1]). */
  readonly progress: number | null;
  /** Weighted mean trend slope share and its direction (explanatory; decisions use progress). */
  readonly trend: { readonly slopeShare: number; readonly direction: TrendDirection } | null;
  readonly met: boolean;
}

/** The measurement system read as a whole. */
export interface TriadReading {
  readonly skill: TriadComponent;
  readonly behavior: TriadComponent;
  readonly outcome: TriadComponent;
  readonly code: TriadCode;
  readonly message: string;
  /** Some leading component (skill, behavior) met or improving and none declining. */
  readonly leadingImproving: boolean;
}

/** One scheduled check-in in the log. Private notes are never included. */
export interface CheckInLogEntry {
  readonly scheduledFor: CalendarDate;
  readonly date: CalendarDate;
  readonly status: 'held' | 'missed' | 'overdue' | 'due' | 'upcoming';
  readonly documented: boolean;
  readonly heldOn: CalendarDate | null;
  readonly notes: string | null;
  readonly progress: readonly { readonly goalId: string; readonly note: string; readonly value: number | null }[];
  readonly actions: readonly string[];
}

/** Check-ins held against those due. */
export interface CheckInEvidence {
  readonly scheduled: number;
  /** Held plus missed by `asOf`. */
  readonly due: number;
  readonly held: number;
  readonly missed: number;
  /** Past their date but within the grace days. */
  readonly pending: number;
  readonly documented: number;
  readonly heldShare: number | null;
  readonly documentedShare: number | null;
  readonly shortfall: boolean;
  readonly log: readonly CheckInLogEntry[];
}

/** One support session in the ledger. */
export interface SupportLedgerEntry {
  readonly commitmentId: string;
  readonly kind: SupportKind;
  readonly description: string;
  readonly owner: string | null;
  /** The owner's name, when the commitment gives one (`ownerName`). */
  readonly ownerName: string | null;
  readonly dueDate: CalendarDate;
  readonly status: 'delivered' | 'missed' | 'overdue' | 'upcoming';
  readonly deliveredOn: CalendarDate | null;
  readonly note: string | null;
}

/** One commitment's delivery so far. */
export interface CommitmentDelivery {
  readonly commitmentId: string;
  readonly kind: SupportKind;
  readonly description: string;
  readonly due: number;
  readonly delivered: number;
  readonly share: number | null;
}

/** Support delivered against support committed and due by `asOf`. */
export interface SupportEvidence {
  readonly committed: number;
  readonly due: number;
  readonly delivered: number;
  readonly missed: number;
  readonly deliveredShare: number | null;
  readonly commitments: readonly CommitmentDelivery[];
  readonly shortfall: boolean;
  readonly ledger: readonly SupportLedgerEntry[];
}

/** Observation coverage of the whole plan. */
export interface CoverageEvidence {
  readonly elapsed: number;
  readonly withData: number;
  readonly share: number | null;
}

/** A paused span (leave) the evaluation left out. */
export interface PausedSpanEvidence {
  readonly start: CalendarDate;
  /** The last paused day; for a pause still open, `asOf`. */
  readonly end: CalendarDate;
  readonly days: number;
  readonly open: boolean;
}

/**
 * The calendar the evaluation counted working days on: paused days (outside every measure) and
 * holidays (not working days), and whether goal windows moved with the pauses.
 */
export interface CalendarEvidence {
  /** Paused calendar days from the plan's start (an open pause counted through `asOf`, at most `LIMITS.planDays` days from the start). */
  readonly pausedDays: number;
  readonly pauses: readonly PausedSpanEvidence[];
  /** Holidays (the schedule's and the host's) on working days between the plan's start and end, outside pauses, in date order. */
  readonly holidays: readonly CalendarDate[];
  /** The policy's `windowsFollowPauses`: goal windows, deadlines and milestones moved with the plan clock. */
  readonly windowsFollowPauses: boolean;
}

/** The evidence behind a plan's evaluation. */
export interface EvaluationEvidence {
  readonly checkIns: CheckInEvidence;
  readonly support: SupportEvidence;
  readonly coverage: CoverageEvidence;
  /** Check-ins or support below the policy's shares: the fairness guard applies. */
  readonly commitmentShortfall: boolean;
  /** Paused days and holidays: the days left out of every measure. */
  readonly calendar: CalendarEvidence;
}

/** A plan evaluated at `asOf`: frozen, JSON-serialisable, deterministic. */
export interface PlanEvaluation {
  readonly planId: string;
  readonly title: string | null;
  readonly employee: { readonly id: string; readonly name: string; readonly role: string };
  readonly manager: { readonly id: string; readonly name: string };
  readonly asOf: CalendarDate;
  readonly startDate: CalendarDate;
  readonly endDate: CalendarDate;
  /**
   * The plan has been activated, so its clock runs. Before activation (a draft, a plan in HR
   * review or awaiting its first acknowledgements) nothing is due, no reading is final, and the
   * recommendation is `insufficient_evidence` (`plan_not_running`).
   */
  readonly running: boolean;
  /** The plan runs and `asOf` is on or after the end date: the evaluation is final. */
  readonly final: boolean;
  readonly extensionsGranted: number;
  readonly goals: readonly GoalEvaluation[];
  readonly score: PlanScore;
  /** Weighted mean progress of the started goals (each clamped to [-1, 1]). */
  readonly progress: number;
  readonly triad: TriadReading;
  readonly evidence: EvaluationEvidence;
  readonly issues: readonly EvaluationIssue[];
  /** Observations counted once though given twice, goal windows cut to the plan or moved with a pause, paused days left out (see {@link EvaluationWarning}). */
  readonly warnings: readonly EvaluationWarning[];
  /** The policy used (defaults merged with the overrides). */
  readonly policy: EvaluationPolicy;
}

/** What a reason rests on. */
export interface ReasonEvidence {
  readonly goalIds: readonly string[];
  readonly figures: Readonly<Record<string, number>>;
  readonly dates: Readonly<Record<string, CalendarDate>>;
}

/**
 * One reason for a recommendation: its code, the facts its sentence is written from (typed per
 * code: checking `code` narrows `facts`; JSON values only, language-neutral, so a locale re-words a
 * stored reason from `code` and `facts` alone), the sentence (English, {@link
 * RECOMMENDATION_MESSAGES}) and the evidence it rests on.
 */
export type RecommendationReason = {
  readonly [C in ReasonCode]: {
    readonly code: C;
    readonly facts: ReasonFactsByCode[C];
    readonly message: string;
    readonly evidence: ReasonEvidence;
  };
}[ReasonCode];

/** The recommended outcome of a plan, with its reasons. */
export interface Recommendation {
  readonly outcome: RecommendedOutcome;
  /** `OUTCOME_RANK[outcome]`. */
  readonly rank: number;
  /** False before the end date: the recommendation is provisional. */
  readonly final: boolean;
  readonly asOf: CalendarDate;
  readonly reasons: readonly RecommendationReason[];
}
