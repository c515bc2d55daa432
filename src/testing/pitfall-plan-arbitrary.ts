import fc from 'fast-check';
import { shiftDate, toDayNumber } from '../dates/calendar.js';
import type { LintCode } from '../lint/rules.js';
import type { PlanInput } from '../schema/types.js';
import { planArbitrary, type PlanArbitraryOptions } from './plan-arbitrary.js';

/** A well-formed plan with exactly one pitfall added, and the lint finding it must produce. */
export interface PitfallPlan {
  /** Which pitfall was added (a short name for test output). */
  readonly pitfall: string;
  /** The plan with the pitfall: a valid document (it parses), JSON-compatible. */
  readonly input: PlanInput;
  /** The well-formed plan it was made from. */
  readonly base: PlanInput;
  /** The lint code the pitfall must produce. */
  readonly code: LintCode;
  /** The path the finding must name. */
  readonly path: readonly (string | number)[];
}

type Json = Record<string, unknown>;
type Draft = Json & {
  startDate: string;
  endDate?: string;
  durationDays?: number;
  salesCycleDays?: number;
  goals: (Json & { id: string; metricId: string; gapIds: string[]; baseline: number; target: number; category: string; window?: { start: string; end: string }; title: string })[];
  gaps: (Json & { id: string; metricId: string; current: number; standard: number })[];
  metrics: (Json & { id: string; kind: string; unit: string; direction: string; rubric?: unknown; source?: string })[];
  support: (Json & { id: string; kind: string; goalIds: string[]; systemFactorIds?: string[] })[];
  diagnostic: Json & { rootCause: string; systemFactors: Json[] };
  employee: Json;
  outcomes: Json;
  priorCoaching: Json[];
  development: (Json & { goalIds: string[] })[];
  checkIns?: Json[];
  supportDeliveries?: Json[];
  checkInSchedule?: Json;
};

type Finding = { readonly code: LintCode; readonly path: readonly (string | number)[] };
/** Add one pitfall to a copy of a well-formed plan; `pick` chooses among candidate goals. Undefined when the plan has no place for it. */
type Pitfall = (plan: Draft, pick: number) => Finding | undefined;

function endOf(plan: Draft): string {
  return plan.endDate ?? shiftDate(plan.startDate, (plan.durationDays ?? 1) - 1);
}

function metricOf(plan: Draft, metricId: string): Draft['metrics'][number] | undefined {
  return plan.metrics.find((m) => m.id === metricId);
}

/** Index of a goal chosen by `pick` among those matching `test`, or -1. */
function choose(plan: Draft, pick: number, test: (goal: Draft['goals'][number], metric: Draft['metrics'][number]) => boolean): number {
  const candidates: number[] = [];
  plan.goals.forEach((goal, i) => {
    const metric = metricOf(plan, goal.metricId);
    if (metric && test(goal, metric)) candidates.push(i);
  });
  return candidates.length === 0 ? -1 : (candidates[pick % candidates.length] as number);
}

function gapOf(plan: Draft, goal: Draft['goals'][number]): Draft['gaps'][number] | undefined {
  return plan.gaps.find((gap) => gap.id === goal.gapIds[0]);
}

function resize(plan: Draft, days: number): readonly (string | number)[] {
  const end = shiftDate(plan.startDate, days - 1);
  for (const goal of plan.goals) goal.window = { start: plan.startDate, end };
  if (plan.salesCycleDays !== undefined) plan.salesCycleDays = Math.min(plan.salesCycleDays, days);
  if (plan.endDate !== undefined) {
    plan.endDate = end;
    delete plan.durationDays;
    return ['endDate'];
  }
  plan.durationDays = days;
  return ['durationDays'];
}

const isCountOrMoney = (metric: Draft['metrics'][number]): boolean => metric.unit === 'count' || metric.unit === 'currency';


/** The pitfalls, each adding exactly one lint finding to a well-formed plan. */
const PITFALLS: Readonly<Record<string, Pitfall>> = {
  'no support': (plan) => {
    plan.support = [];
    plan.supportDeliveries = [];
    for (const factor of plan.diagnostic.systemFactors) factor['mitigation'] = 'Handled by revenue operations outside the plan.';
    return { code: 'support_missing', path: ['support'] };
  },
  'support without owner': (plan) => {
    delete plan.support[0]?.['owner'];
    return { code: 'support_owner_missing', path: ['support', 0, 'owner'] };
  },
  'support without schedule': (plan) => {
    delete plan.support[0]?.['cadence'];
    return { code: 'support_unscheduled', path: ['support', 0] };
  },
  'support after the plan': (plan) => {
    const support = plan.support[1];
    if (!support) return undefined;
    support['dueDates'] = [shiftDate(endOf(plan), 5)];
    return { code: 'support_outside_plan', path: ['support', 1, 'dueDates', 0] };
  },
  'will with training only': (plan) => {
    plan.diagnostic.rootCause = 'will';
    for (const support of plan.support) support.kind = 'training';
    return { code: 'will_with_training_only', path: ['support'] };
  },
  'support session missed': (plan) => {
    const deliveries = (plan.supportDeliveries ??= []);
    deliveries.push({ commitmentId: plan.support[0]?.id, date: shiftDate(plan.startDate, 7), status: 'missed' });
    return { code: 'support_missed', path: ['supportDeliveries', deliveries.length - 1] };
  },
  'no check-ins': (plan) => {
    delete plan.checkInSchedule;
    return { code: 'check_ins_missing', path: ['checkInSchedule'] };
  },
  'first check-in before the start': (plan) => {
    plan.checkInSchedule = { ...plan.checkInSchedule, firstDate: shiftDate(plan.startDate, -3) };
    return { code: 'check_in_first_date_outside_plan', path: ['checkInSchedule', 'firstDate'] };
  },
  'first check-in three weeks in': (plan) => {
    plan.checkInSchedule = { ...plan.checkInSchedule, firstDate: shiftDate(plan.startDate, 20) };
    return { code: 'check_in_cadence_sparse', path: ['checkInSchedule', 'firstDate'] };
  },
  'check-in missed': (plan) => {
    const checkIns = (plan.checkIns ??= []);
    checkIns.push({ id: 'ci-missed', date: shiftDate(plan.startDate, 8), status: 'missed' });
    return { code: 'check_in_missed', path: ['checkIns', checkIns.length - 1] };
  },
  'check-in not documented': (plan) => {
    const checkIns = (plan.checkIns ??= []);
    checkIns.push({ id: 'ci-bare', date: shiftDate(plan.startDate, 15), status: 'held' });
    return { code: 'check_in_undocumented', path: ['checkIns', checkIns.length - 1] };
  },
  'no outcomes': (plan) => {
    delete (plan as Json)['outcomes'];
    return { code: 'outcomes_missing', path: ['outcomes'] };
  },
  'no success criteria': (plan) => {
    plan.outcomes['success'] = '  ';
    return { code: 'success_criteria_missing', path: ['outcomes', 'success'] };
  },
  'no consequences': (plan) => {
    plan.outcomes['ifNotMet'] = '';
    return { code: 'consequences_missing', path: ['outcomes', 'ifNotMet'] };
  },
  'no purpose': (plan) => {
    delete plan['purpose'];
    return { code: 'purpose_missing', path: ['purpose'] };
  },
  'no HR partner': (plan) => {
    delete plan['hrPartner'];
    return { code: 'hr_partner_missing', path: ['hrPartner'] };
  },
  'no role start date': (plan) => {
    delete plan.employee['roleStartDate'];
    return { code: 'role_start_missing', path: ['employee', 'roleStartDate'] };
  },
  'three-week plan': (plan) => ({ code: 'plan_too_short', path: resize(plan, 21) }),
  'skill gap in 45 days': (plan) => {
    if (!plan.goals.some((goal) => metricOf(plan, goal.metricId)?.kind === 'skill')) return undefined;
    return { code: 'skill_gap_needs_time', path: resize(plan, 45) };
  },
  'no diagnostic': (plan) => {
    delete (plan as Json)['diagnostic'];
    for (const support of plan.support) delete support.systemFactorIds;
    return { code: 'diagnostic_missing', path: ['diagnostic'] };
  },
  'diagnostic question unanswered': (plan) => {
    plan.diagnostic['notDoing'] = [];
    return { code: 'diagnostic_incomplete', path: ['diagnostic', 'notDoing'] };
  },
  'system root cause': (plan) => {
    if (plan.diagnostic.rootCause === 'system') return undefined;
    plan.diagnostic.rootCause = 'system';
    return { code: 'root_cause_system', path: ['diagnostic', 'rootCause'] };
  },
  'system factor ignored': (plan) => {
    plan.diagnostic.systemFactors.push({ id: 'sf-ignored', kind: 'territory', description: 'The territory lost its two largest accounts last quarter.' });
    return { code: 'system_factor_unaddressed', path: ['diagnostic', 'systemFactors', plan.diagnostic.systemFactors.length - 1] };
  },
  'gap that is no shortfall': (plan, pick) => {
    const index = pick % plan.gaps.length;
    const gap = plan.gaps[index] as Draft['gaps'][number];
    gap.current = gap.standard;
    return { code: 'gap_not_a_shortfall', path: ['gaps', index, 'current'] };
  },
  'gap without evidence': (plan, pick) => {
    const index = pick % plan.gaps.length;
    delete plan.gaps[index]?.['evidence'];
    return { code: 'gap_evidence_missing', path: ['gaps', index, 'evidence'] };
  },
  'gap without period': (plan, pick) => {
    const index = pick % plan.gaps.length;
    delete plan.gaps[index]?.['period'];
    return { code: 'gap_period_missing', path: ['gaps', index, 'period'] };
  },
  'gap over one month': (plan, pick) => {
    const index = pick % plan.gaps.length;
    (plan.gaps[index] as Json)['period'] = { start: shiftDate(plan.startDate, -30), end: shiftDate(plan.startDate, -1) };
    return { code: 'gap_period_short', path: ['gaps', index, 'period'] };
  },
  'gap no goal addresses': (plan) => {
    plan.gaps.push({ ...(plan.gaps[0] as Draft['gaps'][number]), id: 'gap-orphan' });
    return { code: 'gap_unaddressed', path: ['gaps', plan.gaps.length - 1] };
  },
  'goal without gap': (plan) => {
    const goal = plan.goals[0] as Draft['goals'][number];
    const gapIds = new Set(goal.gapIds);
    goal.gapIds = [];
    if (plan.goals.some((other) => other.gapIds.some((id) => gapIds.has(id)))) return undefined;
    plan.gaps = plan.gaps.filter((gap) => !gapIds.has(gap.id));
    return { code: 'goal_without_gap', path: ['goals', 0, 'gapIds'] };
  },
  'goal linked to an unrelated gap': (plan) => {
    const goal = plan.goals[0] as Draft['goals'][number];
    const other = plan.goals.find((g) => g.metricId !== goal.metricId);
    const gapId = other?.gapIds[0];
    if (gapId === undefined) return undefined;
    goal.gapIds.push(gapId);
    return { code: 'gap_metric_unrelated', path: ['goals', 0, 'gapIds', goal.gapIds.length - 1] };
  },
  'vague goal': (plan, pick) => {
    const index = pick % plan.goals.length;
    (plan.goals[index] as Draft['goals'][number]).title = 'Sell more and do better';
    return { code: 'vague_wording', path: ['goals', index, 'title'] };
  },
  'goal wording without its target': (plan, pick) => {
    const index = pick % plan.goals.length;
    (plan.goals[index] as Draft['goals'][number]).title = 'Keep the work moving in the right way';
    return { code: 'title_without_target', path: ['goals', index, 'title'] };
  },
  'target against the direction': (plan, pick) => {
    const index = choose(plan, pick, (goal, metric) => !metric.rubric && goal.target !== goal.baseline);
    if (index < 0) return undefined;
    const goal = plan.goals[index] as Draft['goals'][number];
    const metric = metricOf(plan, goal.metricId) as Draft['metrics'][number];
    const step = metric.unit === 'ratio' ? 0.01 : metric.unit === 'currency' ? 100 : 1;
    goal.target = Number((metric.direction === 'lower_is_better' ? goal.baseline + step : goal.baseline - step).toFixed(2));
    return { code: 'target_against_direction', path: ['goals', index, 'target'] };
  },
  'ratio target written as a percentage': (plan, pick) => {
    const index = choose(plan, pick, (_goal, metric) => metric.unit === 'ratio');
    if (index < 0) return undefined;
    const goal = plan.goals[index] as Draft['goals'][number];
    goal.target = Math.round(goal.target * 100);
    return { code: 'target_outside_unit', path: ['goals', index, 'target'] };
  },
  'metric without data source': (plan, pick) => {
    const index = choose(plan, pick, () => true);
    const metricIndex = plan.metrics.findIndex((m) => m.id === plan.goals[index]?.metricId);
    if (plan.goals.filter((goal) => goal.metricId === plan.metrics[metricIndex]?.id).length !== 1) return undefined;
    delete plan.metrics[metricIndex]?.source;
    return { code: 'metric_source_missing', path: ['metrics', metricIndex, 'source'] };
  },
  'skill metric without rubric': (plan, pick) => {
    const index = choose(plan, pick, (_goal, metric) => metric.kind === 'skill');
    if (index < 0) return undefined;
    const metricIndex = plan.metrics.findIndex((m) => m.id === plan.goals[index]?.metricId);
    delete plan.metrics[metricIndex]?.rubric;
    return { code: 'skill_target_not_rubric', path: ['metrics', metricIndex, 'rubric'] };
  },
  'outcome goal shorter than the sales cycle': (plan, pick) => {
    const index = choose(plan, pick, (goal, metric) => metric.kind === 'outcome' || goal.category === 'revenue');
    if (index < 0 || plan.salesCycleDays === undefined || plan.salesCycleDays <= 30) return undefined;
    (plan.goals[index] as Draft['goals'][number]).window = { start: plan.startDate, end: shiftDate(plan.startDate, 29) };
    return { code: 'window_shorter_than_sales_cycle', path: ['goals', index, 'window'] };
  },
  'no sales cycle for an outcome goal': (plan) => {
    if (!plan.goals.some((goal) => metricOf(plan, goal.metricId)?.kind === 'outcome' || goal.category === 'revenue')) return undefined;
    delete plan.salesCycleDays;
    return { code: 'sales_cycle_unknown', path: ['salesCycleDays'] };
  },
  'target eleven times the baseline': (plan, pick) => {
    const index = choose(plan, pick, (goal, metric) => isCountOrMoney(metric) && metric.direction === 'higher_is_better' && goal.baseline > 0);
    if (index < 0) return undefined;
    const goal = plan.goals[index] as Draft['goals'][number];
    goal.target = goal.baseline * 11;
    const gap = gapOf(plan, goal);
    if (gap) gap.standard = goal.target;
    return { code: 'improvement_impossible', path: ['goals', index, 'target'] };
  },
  'target three times the baseline': (plan, pick) => {
    const index = choose(
      plan,
      pick,
      (goal, metric) => isCountOrMoney(metric) && metric.direction === 'higher_is_better' && goal.baseline > 0 && (goal.target - goal.baseline) / goal.baseline <= 1.4,
    );
    if (index < 0) return undefined;
    const goal = plan.goals[index] as Draft['goals'][number];
    goal.target = goal.baseline * 3;
    const gap = gapOf(plan, goal);
    if (gap) gap.standard = goal.target;
    return { code: 'improvement_unrealistic', path: ['goals', index, 'target'] };
  },
  'target beyond the standard': (plan, pick) => {
    const index = choose(plan, pick, (goal, metric) => {
      const gap = gapOf(plan, goal);
      return isCountOrMoney(metric) && metric.direction === 'higher_is_better' && gap !== undefined && goal.target > (gap.current + 1) * 1.1 + 1;
    });
    if (index < 0) return undefined;
    const goal = plan.goals[index] as Draft['goals'][number];
    const gap = gapOf(plan, goal) as Draft['gaps'][number];
    gap.standard = gap.current + 1;
    return { code: 'target_beyond_standard', path: ['goals', index, 'target'] };
  },
  'three rubric levels in one plan': (plan, pick) => {
    const index = choose(plan, pick, (_goal, metric) => Boolean(metric.rubric));
    if (index < 0) return undefined;
    const goal = plan.goals[index] as Draft['goals'][number];
    const gap = gapOf(plan, goal);
    goal.baseline = 1;
    goal.target = 4;
    if (gap) {
      gap.current = 1;
      gap.standard = 4;
    }
    return { code: 'rubric_climb_too_steep', path: ['goals', index, 'target'] };
  },
  'goal without window': (plan, pick) => {
    const index = pick % plan.goals.length;
    delete (plan.goals[index] as Json)['window'];
    return { code: 'goal_without_window', path: ['goals', index, 'window'] };
  },
  'goal window past the end': (plan, pick) => {
    const index = pick % plan.goals.length;
    (plan.goals[index] as Draft['goals'][number]).window = { start: plan.startDate, end: shiftDate(endOf(plan), 10) };
    return { code: 'goal_window_outside_plan', path: ['goals', index, 'window'] };
  },
  'milestone after the window': (plan, pick) => {
    const index = pick % plan.goals.length;
    const goal = plan.goals[index] as Draft['goals'][number];
    goal['milestones'] = [{ date: shiftDate(goal.window?.end ?? endOf(plan), 1), target: goal.target }];
    return { code: 'milestone_outside_window', path: ['goals', index, 'milestones', 0, 'date'] };
  },
  'milestones going backwards': (plan, pick) => {
    const index = choose(plan, pick, (goal) => goal.target !== goal.baseline);
    if (index < 0) return undefined;
    const goal = plan.goals[index] as Draft['goals'][number];
    goal['milestones'] = [
      { date: shiftDate(plan.startDate, 20), target: goal.target },
      { date: shiftDate(plan.startDate, 40), target: goal.baseline },
    ];
    return { code: 'milestone_not_monotone', path: ['goals', index, 'milestones', 1, 'target'] };
  },
  'no leading indicator': (plan) => {
    for (const metric of plan.metrics) if (metric.kind === 'activity' || metric.kind === 'behavior') metric.kind = 'outcome';
    const skill = plan.metrics.some((metric) => metric.kind === 'skill');
    return { code: skill ? 'leading_indicator_missing' : 'only_outcome_goals', path: ['goals'] };
  },
  'skill cause without skill goal': (plan) => {
    if (plan.goals.some((goal) => metricOf(plan, goal.metricId)?.kind === 'skill' || goal.category === 'skill')) return undefined;
    plan.diagnostic.rootCause = 'skill';
    return { code: 'skill_metric_missing', path: ['goals'] };
  },
  'skill goal without development': (plan) => {
    const skill = plan.goals.flatMap((goal, i) => (goal.category === 'skill' || metricOf(plan, goal.metricId)?.kind === 'skill' ? [i] : []));
    if (skill.length !== 1) return undefined;
    plan.development = [];
    return { code: 'development_missing', path: ['goals', skill[0] as number] };
  },
  'no prior coaching': (plan) => {
    plan.priorCoaching = [];
    return { code: 'prior_coaching_missing', path: ['priorCoaching'] };
  },
  'one prior coaching conversation': (plan) => {
    plan.priorCoaching = plan.priorCoaching.slice(0, 1);
    return { code: 'prior_coaching_insufficient', path: ['priorCoaching'] };
  },
  'every goal in one category': (plan) => {
    // The first goal is a leading (activity or conduct) goal; the metric kinds, which the other
    // rules read, stay as they are.
    const category = (plan.goals[0] as Draft['goals'][number]).category;
    if (plan.goals.every((goal) => goal.category === category)) return undefined;
    for (const goal of plan.goals) goal.category = category;
    return { code: 'goals_single_category', path: ['goals'] };
  },
  'one goal carries most of the weight': (plan, pick) => {
    const index = pick % plan.goals.length;
    const weight = (plan.goals[index] as Draft['goals'][number])['weight'];
    if (typeof weight === 'number' && weight > 60) return undefined;
    // every other goal 5: the chosen one at least 100 - 5 x 6 = 70
    plan.goals.forEach((goal, i) => {
      goal['weight'] = i === index ? 100 - 5 * (plan.goals.length - 1) : 5;
    });
    return { code: 'weight_concentrated', path: ['goals', index, 'weight'] };
  },
  'protected characteristic in the wording': (plan, pick) => {
    const places: readonly [readonly (string | number)[], string][] = [
      [['purpose'], 'A sustained gap, and at his age change is hard.'],
      [['diagnostic', 'struggles', 0], 'Too old to learn the new CRM'],
      [['priorCoaching', 0, 'notes'], 'Discussed her pregnancy and the pipeline.'],
      [['outcomes', 'ifNotMet'], 'A transition out of the role; her accent is a concern with clients.'],
    ];
    const [path, text] = places[pick % places.length] as (typeof places)[number];
    let at = plan as unknown as Record<string | number, unknown>;
    for (const key of path.slice(0, -1)) at = at[key] as Record<string | number, unknown>;
    at[path[path.length - 1] as string | number] = text;
    return { code: 'protected_characteristic', path };
  },
  'rep still ramping': (plan) => {
    plan.employee['roleStartDate'] = shiftDate(plan.startDate, -30);
    if (toDayNumber(plan['createdOn'] as string) < toDayNumber(plan.employee['roleStartDate'] as string)) plan['createdOn'] = plan.employee['roleStartDate'];
    return { code: 'rep_ramping', path: ['employee', 'roleStartDate'] };
  },
};

/** The names of the pitfalls {@link pitfallPlanArbitrary} can add. */
export const PLAN_PITFALLS: readonly string[] = Object.keys(PITFALLS);

/**
 * A well-formed plan (from {@link planArbitrary}) with exactly one pitfall added, the lint code
 * it must produce and the path it must name. `base` is the plan before the pitfall, so a test
 * can check that the pitfall adds exactly that finding. The input is a valid document: it parses.
 *
 * @example
 * ```ts
 * fc.assert(fc.property(pitfallPlanArbitrary(), ({ input, base, code, path }) => {
 *   const before = lintPlan(assertPlan(base));
 *   const added = lintPlan(assertPlan(input)).filter((f) => !before.some((b) => b.code === f.code && b.path.join() === f.path.join()));
 *   return added.length === 1 && added[0].code === code && added[0].path.join() === path.join();
 * }));
 * ```
 */
export function pitfallPlanArbitrary(options: PlanArbitraryOptions & { readonly pitfalls?: readonly string[] } = {}): fc.Arbitrary<PitfallPlan> {
  const names = options.pitfalls ?? PLAN_PITFALLS;
  return fc
    .tuple(planArbitrary(options), fc.constantFrom(...names), fc.nat({ max: 1_000 }))
    .map(([base, pitfall, pick]): PitfallPlan | undefined => {
      const draft = JSON.parse(JSON.stringify(base)) as Draft;
      const finding = PITFALLS[pitfall]?.(draft, pick);
      return finding ? { pitfall, input: draft as unknown as PlanInput, base, ...finding } : undefined;
    })
    .filter((value): value is PitfallPlan => value !== undefined);
}
