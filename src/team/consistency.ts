import { deepFreeze } from '../frozen/deep-freeze.js';
import { windowDays, writtenPlanDays, writtenWindowOf } from '../dates/windows.js';
import { median } from '../metrics/trend.js';
import type { Goal, MetricDefinition, Plan, TargetBasis } from '../schema/types.js';
import type { ConsistencyCode } from '../evaluate/codes.js';
import { policyWithIssues } from '../evaluate/setup.js';
import { favourableSign, round4 } from '../evaluate/numbers.js';
import { IssueLog } from '../evaluate/observations.js';
import type { EvaluationPolicy, EvaluationPolicyOverrides } from '../evaluate/policy.js';
import type { EvaluationIssue, ReasonEvidence } from '../evaluate/types.js';
import { issueText, type Issue, type IssuePath } from '../issues/issue.js';
import { CONSISTENCY_MESSAGES, type ConsistencyFactsByCode } from './messages.js';
import { rewordConsistency, type ConsistencyLocale } from './consistency-locale.js';

/**
 * The team's own average performance on a metric, as the comparison for "stricter than the
 * team". `teamAveragesOf(team, { span })` (gaps) computes these from the team's observations the
 * way `analyzeTeamGaps` computes its standard, so both checks measure the team alike.
 */
export interface TeamAverage {
  /** The role it applies to; all roles when absent. */
  readonly role?: string;
  readonly metricId: string;
  /**
   * The average, in the metric's units. For a ratio metric, the team's pooled rate (all the
   * reps' conversions over all their attempts), not the mean of the reps' rates: the pooled rate
   * is the team's own performance, and it is what `analyzeTeamGaps` uses by default.
   */
  readonly value: number;
  /** What the value counts: per day, week or month, or a level/total over `days` (`window`). Default `window`. */
  readonly basis?: TargetBasis;
  /** For a `window` total: the days it covers. */
  readonly days?: number;
}

/** Options of {@link compareConsistency}. */
export interface CompareConsistencyOptions {
  readonly policy?: EvaluationPolicyOverrides;
  /** The team's averages per metric (and role). */
  readonly teamAverages?: readonly TeamAverage[];
  /**
   * The language of the findings and issues (a `Locale`, e.g. `de`: its `fairness.consistency`
   * and `evaluate.issues` words); codes, facts and figures are the same in every language. Default English.
   */
  readonly locale?: ConsistencyLocale;
}


/**
 * A consistency finding, with its evidence: an issue of the shared shape, its `path` into the
 * plans given (`[plan index]` for a duration, `[plan index, "goals", goal index, "target"]` for a
 * target, `[]` for the role), its `message` worded from its `facts` by `CONSISTENCY_MESSAGES`.
 */
export type ConsistencyFinding = {
  readonly [C in ConsistencyCode]: Issue<C, ConsistencyFactsByCode[C]> & ConsistencyFindingFields;
}[ConsistencyCode];

/** What every consistency finding holds besides its code, path, facts and message. */
export interface ConsistencyFindingFields {
  readonly role: string;
  readonly planId: string | null;
  readonly goalId: string | null;
  readonly metricId: string | null;
  readonly evidence: ReasonEvidence;
}

/** A metric's normalised targets across one role's plans. */
export interface RoleMetricTargets {
  readonly metricId: string;
  /** `per_week`: totals normalised to a rate per week; `level`: levels (ratios, means, rubric levels) as they are. */
  readonly normalisedAs: 'per_week' | 'level';
  readonly goals: number;
  readonly median: number | null;
}

/** One role's plans compared. */
export interface RoleConsistency {
  readonly role: string;
  readonly planIds: readonly string[];
  readonly medianDurationDays: number | null;
  readonly metrics: readonly RoleMetricTargets[];
}

/** The comparison across plans. */
export interface ConsistencyReport {
  readonly roles: readonly RoleConsistency[];
  readonly findings: readonly ConsistencyFinding[];
  readonly issues: readonly EvaluationIssue[];
}

/** A target per week for totals (`sum`), or the level itself for other aggregations. */
function normalise(
  value: number,
  basis: TargetBasis,
  windowDays: number,
  metric: MetricDefinition,
  policy: EvaluationPolicy,
): { value: number; as: 'per_week' | 'level' } {
  if (metric.aggregation !== 'sum') return { value, as: 'level' };
  switch (basis) {
    case 'per_day':
      return { value: value * policy.workingDays.length, as: 'per_week' };
    case 'per_week':
      return { value, as: 'per_week' };
    case 'per_month':
      return { value: (value * 12) / 52, as: 'per_week' };
    case 'window':
      return { value: (value * 7) / Math.max(1, windowDays), as: 'per_week' };
  }
}

function goalDays(goal: Goal, plan: Plan): number {
  const window = writtenWindowOf(goal, plan.startDate);
  return window === undefined ? writtenPlanDays(plan) : windowDays(window);
}

const sorted = <T>(values: Iterable<T>): T[] => [...values].sort();

/**
 * Compare plans for the same role (grouped by `employee.role`): targets for the same metric
 * (totals normalised per week, levels as they are) and durations further from the role's median
 * than the policy allows, and targets stricter than the team's own average performance (from
 * `teamAverages`). Medians need at least `minPlansForMedian` plans (or goals).
 *
 * @example
 * ```ts
 * compareConsistency([planA, planB, planC], { teamAverages: [{ metricId: 'm-calls', value: 38, basis: 'per_week' }] })
 *   .findings.map((f) => f.code); // => ["target_off_role_median", "target_stricter_than_team"]
 * ```
 */
export function compareConsistency(plans: readonly Plan[], options: CompareConsistencyOptions = {}): ConsistencyReport {
  return rewordConsistency(compareInEnglish(plans, options), options.locale);
}

/** {@link compareConsistency} with its sentences in English. */
function compareInEnglish(plans: readonly Plan[], options: CompareConsistencyOptions): ConsistencyReport {
  const issues = new IssueLog(Number.MAX_SAFE_INTEGER);
  const policy = policyWithIssues(options.policy, issues);
  const findings: ConsistencyFinding[] = [];
  const byRole = new Map<string, Plan[]>();
  for (const plan of plans) {
    const list = byRole.get(plan.employee.role) ?? [];
    list.push(plan);
    byRole.set(plan.employee.role, list);
  }
  const roles: RoleConsistency[] = [];
  for (const role of sorted(byRole.keys())) {
    const rolePlans = [...(byRole.get(role) ?? [])].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    const evidence = (goalIds: string[], figures: Record<string, number>, dates: Record<string, string> = {}): ReasonEvidence => ({ goalIds, figures, dates });
    const push = <C extends ConsistencyCode>(code: C, path: IssuePath, planId: string | null, goalId: string | null, metricId: string | null, facts: ConsistencyFactsByCode[C], ev: ReasonEvidence): void => {
      const frozen = deepFreeze({ ...facts });
      const message = issueText<ConsistencyFactsByCode, C>({ code, facts: frozen }, CONSISTENCY_MESSAGES);
      findings.push({ code, path: Object.freeze([...path]), facts: frozen, message, role, planId, goalId, metricId, evidence: ev } as ConsistencyFinding);
    };

    // Durations.
    const durations = rolePlans.map(writtenPlanDays);
    const medianDuration = rolePlans.length >= policy.minPlansForMedian ? (median(durations) ?? null) : null;
    if (medianDuration === null) {
      push('too_few_plans', [], null, null, null, { count: rolePlans.length, threshold: policy.minPlansForMedian }, evidence([], { plans: rolePlans.length, minPlansForMedian: policy.minPlansForMedian }));
    } else {
      rolePlans.forEach((plan, i) => {
        const days = durations[i]!;
        const share = round4(Math.abs(days - medianDuration) / medianDuration);
        if (share > policy.durationDeviationShare) {
          push(
            'duration_off_role_median',
            [plans.indexOf(plan)],
            plan.id,
            null,
            null,
            { planId: plan.id, days, medianDays: medianDuration, share, threshold: policy.durationDeviationShare },
            evidence([], { durationDays: days, medianDurationDays: medianDuration, deviation: share, durationDeviationShare: policy.durationDeviationShare }, { startDate: plan.startDate }),
          );
        }
      });
    }

    // Targets per metric.
    const entries = new Map<string, { plan: Plan; goal: Goal; metric: MetricDefinition; value: number; as: 'per_week' | 'level' }[]>();
    for (const plan of rolePlans) {
      const metrics = new Map(plan.metrics.map((m) => [m.id, m]));
      for (const goal of plan.goals) {
        const metric = metrics.get(goal.metricId);
        if (!metric) continue;
        const n = normalise(goal.target, goal.basis, goalDays(goal, plan), metric, policy);
        const key = `${metric.id}\u0000${n.as}`;
        const list = entries.get(key) ?? [];
        list.push({ plan, goal, metric, ...n });
        entries.set(key, list);
      }
    }
    const metricRows: RoleMetricTargets[] = [];
    for (const key of sorted(entries.keys())) {
      const list = entries.get(key)!;
      const first = list[0]!;
      const mid = list.length >= policy.minPlansForMedian ? (median(list.map((e) => e.value)) ?? null) : null;
      metricRows.push({ metricId: first.metric.id, normalisedAs: first.as, goals: list.length, median: mid });
      const unit = { unit: first.metric.unit, currency: first.metric.currency ?? null, durationUnit: first.metric.durationUnit ?? null };
      const compared = (entry: (typeof list)[number], reference: number, share: number) => ({
        planId: entry.plan.id,
        goalTitle: entry.goal.title,
        metricName: entry.metric.name,
        metric: unit,
        normalisedAs: first.as,
        target: entry.value,
        reference,
        share,
      });
      const targetPath = (entry: (typeof list)[number]): IssuePath => [plans.indexOf(entry.plan), 'goals', entry.plan.goals.indexOf(entry.goal), 'target'];
      for (const entry of list) {
        if (mid !== null && Math.abs(mid) > 1e-12) {
          const share = round4(Math.abs(entry.value - mid) / Math.abs(mid));
          if (share > policy.targetDeviationShare) {
            push(
              'target_off_role_median',
              targetPath(entry),
              entry.plan.id,
              entry.goal.id,
              entry.metric.id,
              { ...compared(entry, mid, share), threshold: policy.targetDeviationShare },
              evidence([entry.goal.id], { target: entry.value, median: mid, deviation: share, targetDeviationShare: policy.targetDeviationShare }),
            );
          }
        }
        const average = (options.teamAverages ?? []).find((a) => a.metricId === entry.metric.id && (a.role === undefined || a.role === role));
        if (!average) continue;
        const avg = normalise(average.value, average.basis ?? 'window', average.days ?? goalDays(entry.goal, entry.plan), entry.metric, policy);
        if (avg.as !== entry.as || Math.abs(avg.value) < 1e-12) continue;
        const sign = favourableSign(entry.metric.direction);
        const beyond = round4((sign * (entry.value - avg.value)) / Math.abs(avg.value));
        if (beyond > policy.teamAverageTolerance) {
          push(
            'target_stricter_than_team',
            targetPath(entry),
            entry.plan.id,
            entry.goal.id,
            entry.metric.id,
            compared(entry, avg.value, beyond),
            evidence([entry.goal.id], { target: entry.value, teamAverage: avg.value, beyondAverage: beyond, teamAverageTolerance: policy.teamAverageTolerance }),
          );
        }
      }
    }
    roles.push({ role, planIds: rolePlans.map((p) => p.id), medianDurationDays: medianDuration, metrics: metricRows });
  }
  return deepFreeze({ roles, findings, issues: issues.done() });
}
