import { deepFreeze } from '../frozen/deep-freeze.js';
import { formatPath } from '../schema/messages.js';
import { toDayNumber, shiftDate } from '../dates/calendar.js';
import { analyzeWith, severityOf } from '../gaps/analyze.js';
import type { GapFacts } from '../gaps/messages.js';
import type { GapPolicy } from '../gaps/policy.js';
import { buildLookup, smartCheckWith, type PlanLookup } from '../goals/smart.js';
import { writtenPlanDays as writtenDurationDays } from '../dates/windows.js';
import { compareDecimal, decimalToNumber, differenceExact, sumExact, toDecimal } from '../numbers/decimal.js';
import { GOAL_CATEGORIES } from '../schema/codes.js';
import type { GoalCategory, Plan } from '../schema/types.js';
import type { Issue } from '../issues/issue.js';
import { LINT_WORDS_EN, type LintWords } from './locale.js';
import type { LintFacts, LintFindingFacts, PlanLevelCode } from './messages.js';
import { fieldEntry, findProtectedWording, planTexts, wordingMatcher, type WordingMatch } from './wording.js';
import type { LintPolicy } from './policy.js';
import { LINT_RULES, SMART_LINT_CODES, type LintCode, type LintSeverity } from './rules.js';

/** A gap's facts as a finding carries them: frozen through, its unit too. */
const frozenGapFacts = (facts: GapFacts): GapFacts => Object.freeze({ ...facts, unit: Object.freeze({ ...facts.unit }) });

/**
 * One problem found in a plan, with where it is (`path`: `['goals', 0, 'title']`; `[]` for the
 * plan as a whole) and how to fix it: an issue of the shared shape, whose `message` (what is
 * wrong, with the figures and ids involved) and `fix` are written from its `facts` by the English
 * catalogs `LINT_MESSAGES` and `LINT_FIXES` (`LintFactsByCode` gives the facts of each code).
 */
export interface LintFinding extends Issue<LintCode, LintFindingFacts> {
  readonly severity: LintSeverity;
  /** A suggested fix. */
  readonly fix: string;
  /** The figures behind the finding, for the rules that give them (balance, weight, wording). */
  readonly evidence?: LintEvidence;
}

/** The figures behind a finding. */
export interface LintEvidence {
  /** The goals the finding is about. */
  readonly goalIds: readonly string[];
  /** The figures, by name; shares are fractions (0.85 is 85%). */
  readonly figures: Readonly<Record<string, number>>;
  /** For `protected_characteristic`: each term found in the text, with where it stands. */
  readonly terms?: readonly WordingMatch[];
}

type Path = readonly (string | number)[];

class Findings {
  private readonly list: LintFinding[] = [];
  private readonly seen = new Set<string>();
  constructor(readonly words: LintWords) {}

  push(code: LintCode, path: Path, facts: LintFindingFacts, message: string, fix: string, evidence?: LintEvidence): void {
    const key = `${code}\u0000${path.join('\u0000')}`;
    if (this.seen.has(key)) return;
    this.seen.add(key);
    this.list.push({ severity: LINT_RULES[code].severity, code, path, facts, message, fix, ...(evidence === undefined ? {} : { evidence }) });
  }

  plan(code: PlanLevelCode, path: Path, facts: LintFacts = {}, evidence?: LintEvidence): void {
    const message = this.words.lint.messages[code](facts);
    const fix = this.words.lint.fixes[code](facts);
    this.push(code, path, deepFreeze({ ...facts }), message, fix, evidence);
  }

  result(): readonly LintFinding[] {
    return this.list;
  }
}

const blank = (text: string | undefined): boolean => text === undefined || text.trim() === '';

function lintBasics(plan: Plan, policy: LintPolicy, out: Findings): void {
  if (blank(plan.purpose)) out.plan('purpose_missing', ['purpose']);
  if (!plan.hrPartner) out.plan('hr_partner_missing', ['hrPartner']);
  if (plan.employee.roleStartDate === undefined) out.plan('role_start_missing', ['employee', 'roleStartDate']);
  const days = writtenDurationDays(plan);
  const durationPath = plan.endDate !== undefined ? ['endDate'] : ['durationDays'];
  if (days < policy.minPlanDays) {
    out.plan('plan_too_short', durationPath, { value: String(days), limit: String(policy.minPlanDays) });
    return;
  }
  const kinds = new Map(plan.metrics.map((m) => [m.id, m.kind]));
  const skillGaps = plan.gaps.filter((gap) => kinds.get(gap.metricId) === 'skill').map((gap) => gap.id);
  const skillCause = plan.diagnostic?.rootCause === 'skill';
  if ((skillGaps.length > 0 || skillCause) && days < policy.minSkillPlanDays) {
    out.plan('skill_gap_needs_time', durationPath, {
      value: String(days),
      limit: String(policy.minSkillPlanDays),
      gaps: Object.freeze(skillGaps),
    });
  }
}

function lintDiagnostic(plan: Plan, out: Findings): void {
  const diagnostic = plan.diagnostic;
  if (!diagnostic) {
    out.plan('diagnostic_missing', ['diagnostic']);
    return;
  }
  for (const key of ['strengths', 'struggles', 'notDoing', 'doingWrong'] as const) {
    if (diagnostic[key].every((answer) => blank(answer))) out.plan('diagnostic_incomplete', ['diagnostic', key], { question: key });
  }
  if (diagnostic.rootCause === 'system') out.plan('root_cause_system', ['diagnostic', 'rootCause']);
  const handled = new Set(plan.support.flatMap((commitment) => commitment.systemFactorIds ?? []));
  diagnostic.systemFactors.forEach((factor, i) => {
    if (handled.has(factor.id) || !blank(factor.mitigation)) return;
    out.plan('system_factor_unaddressed', ['diagnostic', 'systemFactors', i], { kind: factor.kind, what: factor.id });
  });
}

/** The severity analyzeWith gives a gap, without writing its sentence. */
function gapSeverity(gap: Plan['gaps'][number], metric: Plan['metrics'][number], policy: GapPolicy): ReturnType<typeof severityOf> {
  const lowerIsBetter = metric.direction === 'lower_is_better';
  const difference = lowerIsBetter ? differenceExact(gap.current, gap.standard) : differenceExact(gap.standard, gap.current);
  const shortfall = difference === 0 ? 0 : difference;
  return severityOf(shortfall, gap.standard, policy);
}

function lintGaps(plan: Plan, policy: LintPolicy, out: Findings): void {
  if (plan.gaps.length === 0) {
    out.plan('gaps_missing', ['gaps']);
    return;
  }
  const metrics = new Map(plan.metrics.map((m) => [m.id, m]));
  const addressed = new Set(plan.goals.flatMap((goal) => goal.gapIds));
  plan.gaps.forEach((gap, i) => {
    const metric = metrics.get(gap.metricId);
    // The full analysis (its sentence) only for a gap that is no shortfall, the one case reported.
    if (metric && gapSeverity(gap, metric, policy) === 'none') {
      out.plan('gap_not_a_shortfall', ['gaps', i, 'current'], { what: gap.id, gap: frozenGapFacts(analyzeWith(gap, metric, policy).facts) });
    }
    if (!gap.evidence || gap.evidence.every((line) => blank(line))) out.plan('gap_evidence_missing', ['gaps', i, 'evidence'], { what: gap.id });
    if (!gap.period) out.plan('gap_period_missing', ['gaps', i, 'period'], { what: gap.id });
    else {
      const days = toDayNumber(gap.period.end) - toDayNumber(gap.period.start) + 1;
      if (days < policy.minGapPeriodDays) out.plan('gap_period_short', ['gaps', i, 'period'], { what: gap.id, value: String(days), limit: String(policy.minGapPeriodDays) });
    }
    if (!addressed.has(gap.id)) out.plan('gap_unaddressed', ['gaps', i], { what: gap.id });
  });
}

function lintGoals(lookup: PlanLookup, policy: LintPolicy, out: Findings): void {
  const { plan } = lookup;
  if (plan.goals.length === 0) {
    out.plan('goals_missing', ['goals']);
    return;
  }
  plan.goals.forEach((goal, i) => {
    const check = smartCheckWith(goal, i, lookup, {}, policy, out.words.smart);
    for (const letter of [check.specific, check.measurable, check.achievable, check.relevant, check.timeBound]) {
      for (const reason of letter.reasons) {
        const code = SMART_LINT_CODES[reason.code];
        if (reason.verdict === 'pass' || code === null) continue;
        out.push(code, reason.path, reason.facts, reason.message, reason.fix);
      }
    }
  });
  const kinds = plan.goals.map((goal) => lookup.metrics.get(goal.metricId)?.metric.kind).filter((kind) => kind !== undefined);
  const leading = kinds.some((kind) => kind === 'activity' || kind === 'behavior');
  if (!leading && kinds.length > 0) {
    if (kinds.every((kind) => kind === 'outcome')) out.plan('only_outcome_goals', ['goals']);
    else out.plan('leading_indicator_missing', ['goals']);
  }
  if (plan.diagnostic?.rootCause === 'skill' && !kinds.includes('skill')) out.plan('skill_metric_missing', ['goals']);
  const weighted = plan.goals.filter((goal) => goal.weight !== undefined);
  if (weighted.length > 0 && weighted.length < plan.goals.length) {
    plan.goals.forEach((goal, i) => {
      if (goal.weight === undefined) out.plan('weights_incomplete', ['goals', i, 'weight'], { what: goal.id });
    });
    lintBalance(plan, 'unusable', policy, out);
  } else if (weighted.length > 0) {
    const total = sumExact(weighted.map((goal) => goal.weight ?? 0));
    if (compareDecimal(total, toDecimal(100)) !== 0) out.plan('weights_sum', ['goals'], { value: String(decimalToNumber(total)) });
    lintBalance(plan, compareDecimal(total, toDecimal(100)) === 0 ? 'declared' : 'unusable', policy, out);
  } else lintBalance(plan, 'equal', policy, out);
  const developed = new Set(plan.development.flatMap((entry) => entry.goalIds));
  plan.goals.forEach((goal, i) => {
    const isSkill = goal.category === 'skill' || lookup.metrics.get(goal.metricId)?.metric.kind === 'skill';
    if (isSkill && !developed.has(goal.id)) out.plan('development_missing', ['goals', i], { what: goal.id });
  });
}

const share = (value: number): number => Math.round(value * 10_000) / 10_000;

/** `a`, `a and b`, `a, b and c`. */

/**
 * The balance of the goals by category, and how their weight is spread: every goal in fewer
 * categories than `minGoalCategories`, one goal above `maxGoalWeightShare` of the weight, or the
 * two or more goals of one category above `maxCategoryWeightShare` together (a category already
 * reported through one of its goals is not reported again). Shares are the declared weights (they
 * add up to 100, checked before) or, without weights, equal shares: what the evaluation scores.
 * Weights that are incomplete or do not add up (errors of their own) are not read.
 */
function lintBalance(plan: Plan, weights: 'declared' | 'equal' | 'unusable', policy: LintPolicy, out: Findings): void {
  const goals = plan.goals;
  const byCategory = new Map<GoalCategory, number[]>();
  goals.forEach((goal, i) => {
    const list = byCategory.get(goal.category) ?? [];
    list.push(i);
    byCategory.set(goal.category, list);
  });
  const present = GOAL_CATEGORIES.filter((category) => byCategory.has(category));
  if (present.length < policy.minGoalCategories) {
    out.plan(
      'goals_single_category',
      ['goals'],
      { count: goals.length, categories: Object.freeze([...present]), ...(goals.length === 1 ? { what: goals[0]?.id ?? '?' } : {}), limit: String(policy.minGoalCategories) },
      { goalIds: goals.map((goal) => goal.id), figures: { goals: goals.length, categories: present.length, minGoalCategories: policy.minGoalCategories } },
    );
  }
  if (goals.length < 2 || weights === 'unusable') return;
  const weighted = weights === 'declared';
  const shareOf = (i: number): number => (weighted ? (goals[i]?.weight ?? 0) / 100 : 1 / goals.length);
  const concentrated = new Set<number>();
  goals.forEach((goal, i) => {
    const goalShare = shareOf(i);
    if (!(goalShare > policy.maxGoalWeightShare)) return;
    concentrated.add(i);
    out.plan(
      'weight_concentrated',
      weighted ? ['goals', i, 'weight'] : ['goals', i],
      { what: goal.id, equal: !weighted, share: share(goalShare), maxShare: policy.maxGoalWeightShare, restShare: share(1 - goalShare) },
      { goalIds: [goal.id], figures: { weightShare: share(goalShare), maxGoalWeightShare: policy.maxGoalWeightShare, goals: goals.length } },
    );
  });
  if (present.length < 2) return;
  for (const category of present) {
    const members = byCategory.get(category) ?? [];
    // A category of one goal is that goal: the goal's own limit governs it.
    if (members.length < 2 || members.some((i) => concentrated.has(i))) continue;
    const total = weighted ? decimalToNumber(sumExact(members.map((i) => goals[i]?.weight ?? 0))) / 100 : members.length / goals.length;
    if (!(total > policy.maxCategoryWeightShare)) continue;
    const ids = members.map((i) => goals[i]?.id ?? '?');
    out.plan(
      'weight_concentrated',
      ['goals', members[0] as number, 'category'],
      { category, goalIds: Object.freeze(ids), share: share(total), maxShare: policy.maxCategoryWeightShare, restShare: share(1 - total) },
      { goalIds: ids, figures: { weightShare: share(total), maxCategoryWeightShare: policy.maxCategoryWeightShare, goals: members.length } },
    );
  }
}

function lintSupport(plan: Plan, end: string, out: Findings): void {
  if (plan.support.length === 0) {
    out.plan('support_missing', ['support']);
  }
  const span = `${plan.startDate} .. ${end}`;
  const outside = (date: string): boolean => date < plan.startDate || date > end;
  plan.support.forEach((commitment, i) => {
    if (blank(commitment.owner)) out.plan('support_owner_missing', ['support', i, 'owner'], { what: commitment.id });
    if (!commitment.cadence && (commitment.dueDates ?? []).length === 0) out.plan('support_unscheduled', ['support', i], { what: commitment.id });
    commitment.dueDates?.forEach((date, j) => {
      if (outside(date)) out.plan('support_outside_plan', ['support', i, 'dueDates', j], { what: commitment.id, value: date, limit: span });
    });
    const starting = commitment.cadence?.starting;
    if (starting !== undefined && outside(starting)) {
      out.plan('support_outside_plan', ['support', i, 'cadence', 'starting'], { what: commitment.id, value: starting, limit: span });
    }
  });
  if (plan.diagnostic?.rootCause === 'will' && plan.support.length > 0 && plan.support.every((c) => c.kind === 'training')) {
    out.plan('will_with_training_only', ['support']);
  }
  plan.supportDeliveries.forEach((delivery, i) => {
    if (delivery.status === 'missed') out.plan('support_missed', ['supportDeliveries', i], { what: delivery.commitmentId, value: delivery.date });
  });
}

function lintCheckIns(plan: Plan, end: string, policy: LintPolicy, out: Findings): void {
  const schedule = plan.checkInSchedule;
  if (!schedule) out.plan('check_ins_missing', ['checkInSchedule']);
  else {
    const interval = schedule.cadence === 'weekly' ? 7 : 14;
    const span = `${plan.startDate} .. ${end}`;
    if (schedule.firstDate !== undefined && (schedule.firstDate < plan.startDate || schedule.firstDate > end)) {
      out.plan('check_in_first_date_outside_plan', ['checkInSchedule', 'firstDate'], { value: schedule.firstDate, limit: span });
    } else if (interval > policy.maxCheckInIntervalDays) {
      out.plan('check_in_cadence_sparse', ['checkInSchedule', 'cadence'], { cadence: schedule.cadence, limit: String(policy.maxCheckInIntervalDays) });
    } else if (schedule.firstDate !== undefined) {
      const wait = toDayNumber(schedule.firstDate) - toDayNumber(plan.startDate);
      if (wait > policy.maxCheckInIntervalDays) {
        out.plan('check_in_cadence_sparse', ['checkInSchedule', 'firstDate'], {
          wait,
          value: schedule.firstDate,
          limit: String(policy.maxCheckInIntervalDays),
        });
      }
    }
  }
  plan.checkIns.forEach((checkIn, i) => {
    if (checkIn.status === 'missed') out.plan('check_in_missed', ['checkIns', i], { what: checkIn.id, value: checkIn.date });
    else if (blank(checkIn.notes) && (checkIn.progress ?? []).length === 0) out.plan('check_in_undocumented', ['checkIns', i], { what: checkIn.id, value: checkIn.date });
  });
}

function lintOutcomes(plan: Plan, out: Findings): void {
  if (!plan.outcomes) {
    out.plan('outcomes_missing', ['outcomes']);
    return;
  }
  if (blank(plan.outcomes.success)) out.plan('success_criteria_missing', ['outcomes', 'success']);
  if (blank(plan.outcomes.ifNotMet)) out.plan('consequences_missing', ['outcomes', 'ifNotMet']);
}

/** Wording about protected characteristics, in every free-text field of the plan. */
function lintWording(plan: Plan, policy: LintPolicy, out: Findings): void {
  const matcher = wordingMatcher(policy.protectedTermsAdded, policy.protectedTermsAllowed);
  for (const { path, text } of planTexts(plan)) {
    const terms = findProtectedWording(text, matcher);
    if (terms.length === 0) continue;
    const goal = path[0] === 'goals' ? plan.goals[path[1] as number]?.id : undefined;
    const entry = fieldEntry(plan, path);
    out.plan(
      'protected_characteristic',
      path,
      {
        leave: path[0] === 'pauses' || path[0] === 'extensions',
        field: formatPath(path),
        place: Object.freeze([...path]),
        ...(entry === undefined ? {} : { entry }),
        terms: Object.freeze(terms.map((term) => Object.freeze({ text: term.text, characteristic: term.characteristic }))),
      },
      { goalIds: goal === undefined ? [] : [goal], figures: { terms: terms.length }, terms },
    );
  }
}

function lintReadiness(plan: Plan, policy: LintPolicy, out: Findings): void {
  const documented = plan.priorCoaching.filter((c) => c.date < plan.startDate && !blank(c.notes)).length;
  if (documented === 0) out.plan('prior_coaching_missing', ['priorCoaching']);
  else if (documented < policy.minPriorCoaching) {
    out.plan('prior_coaching_insufficient', ['priorCoaching'], { value: String(documented), limit: String(policy.minPriorCoaching) });
  }
  const started = plan.employee.roleStartDate;
  if (started !== undefined) {
    const rampEnd = shiftDate(started, policy.rampUpDays - 1);
    if (plan.startDate <= rampEnd) out.plan('rep_ramping', ['employee', 'roleStartDate'], { value: started, limit: rampEnd });
  }
}

/**
 * All findings for a plan, the policy already resolved.
 *
 * @internal
 */
export function lintWith(plan: Plan, policy: LintPolicy, words: LintWords = LINT_WORDS_EN): readonly LintFinding[] {
  const out = new Findings(words);
  const lookup = buildLookup(plan);
  const end = lookup.end;
  lintBasics(plan, policy, out);
  lintDiagnostic(plan, out);
  lintGaps(plan, policy, out);
  lintGoals(lookup, policy, out);
  lintSupport(plan, end, out);
  lintCheckIns(plan, end, policy, out);
  lintOutcomes(plan, out);
  lintReadiness(plan, policy, out);
  lintWording(plan, policy, out);
  return out.result();
}

/** Counts of findings by severity, and whether any blocks submission. */
export interface LintSummary {
  readonly errors: number;
  readonly warnings: number;
  readonly infos: number;
  /** True when there is at least one `error`: the plan cannot go to HR review. */
  readonly blocking: boolean;
}

/**
 * Count findings (or anything with a lint severity) by severity.
 *
 * @example
 * ```ts
 * summarizeFindings(lintPlan(plan)); // => { errors: 0, warnings: 2, infos: 0, blocking: false }
 * ```
 */
export function summarizeFindings(findings: readonly Pick<LintFinding, 'severity'>[]): LintSummary {
  let errors = 0;
  let warnings = 0;
  let infos = 0;
  for (const finding of findings) {
    if (finding.severity === 'error') errors += 1;
    else if (finding.severity === 'warning') warnings += 1;
    else infos += 1;
  }
  return Object.freeze({ errors, warnings, infos, blocking: errors > 0 });
}
