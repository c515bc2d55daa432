import { fromDayNumber, LAST_DAY_NUMBER, shiftDate, toDayNumber } from '../dates/calendar.js';
import { writtenPlanDays } from '../dates/windows.js';
import { LIMITS } from './limits.js';
import { compareDecimal, decimalToNumber, sumExact, toDecimal } from '../numbers/decimal.js';
import type { PlanIssueCode } from './codes.js';
import { clip, quote, type ApprovedRecord, type PlanIssueDraft, type PlanIssueFactsInput } from './messages.js';
import type { PlanShapeOutput } from './plan-shape.js';

/** A top-level field of a plan. */
export type PlanKey = keyof PlanShapeOutput;

/** Whether a top-level field parsed (its value, possibly absent, can be trusted). */
export type Parsed = (key: PlanKey) => boolean;

/** The facts argument of a {@link Report}: its code's facts, which a code without facts may leave out. */
type ReportFacts<C extends PlanIssueCode> = Record<never, never> extends PlanIssueFactsInput<C> ? [facts?: PlanIssueFactsInput<C>] : [facts: PlanIssueFactsInput<C>];

/** Report one issue at a path of the plan, with its code's facts. */
export type Report = <C extends PlanIssueCode>(code: C, path: readonly PropertyKey[], ...facts: ReportFacts<C>) => void;

type Status = PlanShapeOutput['status'];

const HUNDRED = toDecimal(100);

/** Statuses before HR approval. */
const UNAPPROVED: ReadonlySet<Status> = new Set(['draft', 'in_review']);
/** Open statuses after HR approval. */
const APPROVED_OPEN: ReadonlySet<Status> = new Set(['awaiting_acknowledgement', 'active', 'paused', 'in_evaluation']);
/** Open statuses after activation (both acknowledgements of the current revision given). */
const RUNNING: ReadonlySet<Status> = new Set(['active', 'paused', 'in_evaluation']);
/** Statuses after the close. */
const ENDED: ReadonlySet<Status> = new Set(['closed', 'monitoring', 'completed']);
/** Closing outcomes after which monitoring may follow. */
const GOOD_STANDING: ReadonlySet<string> = new Set(['successful', 'extended_then_closed']);


/** Ids of a list, reporting duplicates at `[listKey, index, 'id']`. */
function collectIds(
  items: readonly { readonly id?: string | undefined }[],
  listPath: readonly PropertyKey[],
  report: Report,
): Set<string> {
  const ids = new Set<string>();
  items.forEach((item, index) => {
    if (item.id === undefined) return;
    if (ids.has(item.id)) report('duplicate_id', [...listPath, index, 'id'], { value: quote(item.id) });
    ids.add(item.id);
  });
  return ids;
}

function listOf(ids: Set<string>): string {
  const all = [...ids];
  if (all.length === 0) return 'none_defined'; // a code the catalogs word ("none defined")
  const shown = all.slice(0, 8).map((id) => clip(id));
  return all.length > 8 ? `${shown.join(', ')} ...` : shown.join(', ');
}

// ---------------------------------------------------------------------------
// Dates and the plan clock
// ---------------------------------------------------------------------------

/** The plan's dates: an end (given or derived), after the start, agreeing with the duration. True when they agree. */
function checkDates(plan: PlanShapeOutput, report: Report): boolean {
  const { startDate, endDate, durationDays } = plan;
  if (endDate === undefined && durationDays === undefined) {
    report('missing_end_date', ['endDate']);
    return false;
  }
  if (endDate !== undefined && endDate <= startDate) {
    report('end_before_start', ['endDate'], { problem: { kind: 'span', start: startDate, end: endDate } });
    return false;
  }
  if (endDate !== undefined && durationDays !== undefined) {
    const derived = shiftDate(startDate, durationDays - 1);
    if (derived !== endDate) {
      report('duration_mismatch', ['durationDays'], { problem: { kind: 'duration_end', days: durationDays, start: startDate, derived, given: endDate } });
      return false;
    }
  }
  return true;
}

/** Pauses end after they start; extensions end after they begin. */
function checkWindows(plan: PlanShapeOutput, parsed: Parsed, report: Report): void {
  if (parsed('pauses')) {
    plan.pauses.forEach((pause, index) => {
      if (pause.end !== undefined && pause.end < pause.start) {
        report('window_order', ['pauses', index, 'end'], { problem: { kind: 'span', start: pause.start, end: pause.end } });
      }
    });
  }
  if (parsed('extensions')) {
    plan.extensions.forEach((extension, index) => {
      if (toDayNumber(extension.newEndDate) <= toDayNumber(extension.previousEndDate)) {
        report('window_order', ['extensions', index, 'newEndDate'], { problem: { kind: 'span', start: extension.previousEndDate, end: extension.newEndDate } });
      }
    });
  }
  if (parsed('monitoring') && plan.monitoring?.end !== undefined && plan.monitoring.end < plan.monitoring.start) {
    report('window_order', ['monitoring', 'end'], { problem: { kind: 'span', start: plan.monitoring.start, end: plan.monitoring.end } });
  }
}


/**
 * The plan's span, from its start (counting it) to its written end and to each extension's new
 * end, is at most `LIMITS.planDays` days: the field that takes it past is reported. (`durationDays`
 * has the same bound in its shape.)
 */
function checkSpan(plan: PlanShapeOutput, report: Report): void {
  const startDay = toDayNumber(plan.startDate);
  const over = (field: readonly PropertyKey[], end: string, days: number) =>
    report('plan_too_long', field, { limit: LIMITS.planDays, problem: { kind: 'plan_span', start: plan.startDate, end, days } });
  const written = writtenPlanDays(plan);
  if (written > LIMITS.planDays) over([plan.durationDays === undefined ? 'endDate' : 'durationDays'], fromDayNumber(startDay + written - 1), written);
  plan.extensions.forEach((extension, index) => {
    const days = toDayNumber(extension.newEndDate) - startDay + 1;
    if (days > LIMITS.planDays) over(['extensions', index, 'newEndDate'], extension.newEndDate, days);
  });
}

/**
 * The plan's last day, counted as the plan clock counts it (written length, then extension days,
 * then the days of ended pauses on or after the start), must be a calendar day: the field that
 * first takes it past 9999-12-31 is reported. Open pauses are counted at evaluation time, and the
 * pauses of a closed plan not at all (its closure ends it; a plan paused near the end of the
 * calendar can still be withdrawn).
 */
function checkCalendarEnd(plan: PlanShapeOutput, report: Report): void {
  const startDay = toDayNumber(plan.startDate);
  let end = startDay + writtenPlanDays(plan) - 1;
  const past = (field: readonly PropertyKey[]) => {
    const over = end - LAST_DAY_NUMBER;
    report('past_calendar_end', field, { problem: { kind: 'days_past_calendar', days: over } });
  };
  if (end > LAST_DAY_NUMBER) return past([plan.durationDays === undefined ? 'endDate' : 'durationDays']);
  for (const [index, extension] of plan.extensions.entries()) {
    end += extension.days;
    if (end > LAST_DAY_NUMBER) return past(['extensions', index, 'days']);
  }
  if (plan.closure !== undefined) return;
  // Ended pauses on or after the start, in start order, overlaps merged (as the plan clock does).
  const spans = plan.pauses
    .flatMap((pause, index) => (pause.end === undefined ? [] : [{ index, start: Math.max(startDay, toDayNumber(pause.start)), end: toDayNumber(pause.end) }]))
    .filter((span) => span.end >= span.start)
    .sort((a, b) => a.start - b.start || a.end - b.end);
  let covered = -Infinity;
  for (const span of spans) {
    const from = Math.max(span.start, covered + 1);
    if (span.end < from) continue;
    if (from <= end) end += span.end - from + 1;
    covered = span.end;
    if (end > LAST_DAY_NUMBER) return past(['pauses', span.index, 'end']);
  }
}

/**
 * The plan clock's paused spans, built one pause at a time in start order (day numbers, on or
 * after the start, merged), with the paused days counted so far: the n-th unpaused day after a day
 * is a binary search, not a walk.
 */
class PausedSpans {
  private readonly starts: number[] = [];
  private readonly ends: number[] = [];
  /** Paused days in spans 0..k. */
  private readonly paused: number[] = [];

  constructor(private readonly startDay: number) {}

  /** Add a pause (in start order). */
  add(from: number, to: number): void {
    const start = Math.max(from, this.startDay);
    if (to < start) return;
    const last = this.starts.length - 1;
    if (last >= 0 && start <= this.ends[last]! + 1) {
      if (to > this.ends[last]!) {
        this.paused[last]! += to - this.ends[last]!;
        this.ends[last] = to;
      }
      return;
    }
    this.starts.push(start);
    this.ends.push(to);
    this.paused.push((last >= 0 ? this.paused[last]! : 0) + to - start + 1);
  }

  get count(): number {
    return this.starts.length;
  }

  /** True when `day` falls in the last span. */
  lastCovers(day: number): boolean {
    const last = this.starts.length - 1;
    return last >= 0 && this.starts[last]! <= day && day <= this.ends[last]!;
  }

  /** Spans starting on or before `day`. */
  private startedBy(day: number): number {
    let lo = 0;
    let hi = this.starts.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.starts[mid]! <= day) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /** Unpaused days from the start through `day` (zero or negative before the start). */
  private freeThrough(day: number): number {
    const k = this.startedBy(day);
    if (k === 0) return day - this.startDay + 1;
    const before = k >= 2 ? this.paused[k - 2]! : 0;
    const inLast = Math.min(this.ends[k - 1]!, day) - this.starts[k - 1]! + 1;
    return day - this.startDay + 1 - before - inLast;
  }

  /** The `n`-th unpaused day after `day` (n >= 1). */
  nthFreeDayAfter(day: number, n: number): number {
    const target = this.freeThrough(day) + n;
    // the spans that start before the target day: those with fewer than `target` unpaused days before them
    let lo = 0;
    let hi = this.starts.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      const freeBefore = this.starts[mid]! - this.startDay - (mid > 0 ? this.paused[mid - 1]! : 0);
      if (freeBefore < target) lo = mid + 1;
      else hi = mid;
    }
    return this.startDay - 1 + target + (lo > 0 ? this.paused[lo - 1]! : 0);
  }
}

/**
 * Extensions in plan days, as `extend` grants them: granted once the plan has started, while it
 * was not paused; the previous end is the plan's end on the day of the grant (written length,
 * earlier extensions and the pauses begun before it); the new end is `days` unpaused days after
 * the previous end.
 */
function checkExtensions(plan: PlanShapeOutput, report: Report): void {
  if (plan.extensions.length === 0) return;
  const startDay = toDayNumber(plan.startDate);
  const written = writtenPlanDays(plan);
  const ended: { start: number; end: number }[] = [];
  let firstOpen = Number.POSITIVE_INFINITY;
  for (const pause of plan.pauses) {
    const start = toDayNumber(pause.start);
    if (pause.end === undefined) firstOpen = Math.min(firstOpen, start);
    else ended.push({ start, end: toDayNumber(pause.end) });
  }
  ended.sort((a, b) => a.start - b.start);
  const daysBefore: number[] = [];
  let total = 0;
  for (const extension of plan.extensions) {
    daysBefore.push(total);
    total += extension.days;
  }
  // Extensions in grant order, so the paused spans grow one pause at a time; reported in list order.
  const order = plan.extensions
    .map((extension, index) => ({ index, granted: toDayNumber(extension.grantedOn) }))
    .sort((a, b) => a.granted - b.granted || a.index - b.index);
  const found: Extract<PlanIssueDraft, { code: 'extension_outside_plan' | 'extension_mismatch' }>[][] = plan.extensions.map(() => []);
  const spans = new PausedSpans(startDay);
  let next = 0;
  for (const { index, granted } of order) {
    while (next < ended.length && ended[next]!.start < granted) {
      spans.add(ended[next]!.start, ended[next]!.end);
      next += 1;
    }
    const extension = plan.extensions[index]!;
    const path = ['extensions', index];
    const issues = found[index]!;
    if (granted < startDay) {
      issues.push({ code: 'extension_outside_plan', path: [...path, 'grantedOn'], facts: { problem: { kind: 'granted_before_start', granted: extension.grantedOn, start: plan.startDate } } });
    } else if (firstOpen < granted || spans.lastCovers(granted)) {
      issues.push({ code: 'extension_outside_plan', path: [...path, 'grantedOn'], facts: { problem: { kind: 'granted_while_paused', granted: extension.grantedOn } } });
    }
    const before = daysBefore[index]!;
    const expectedPrevious = spans.nthFreeDayAfter(startDay - 1, written + before);
    const previous = toDayNumber(extension.previousEndDate);
    if (expectedPrevious <= LAST_DAY_NUMBER && previous !== expectedPrevious) {
      issues.push({
        code: 'extension_outside_plan',
        path: [...path, 'previousEndDate'],
        facts: { problem: { kind: 'previous_end', expected: fromDayNumber(expectedPrevious), written, earlier: before, pausedSkipped: spans.count > 0, given: extension.previousEndDate } },
      });
    }
    const expectedNew = spans.nthFreeDayAfter(previous, extension.days);
    if (expectedNew <= LAST_DAY_NUMBER && toDayNumber(extension.newEndDate) !== expectedNew) {
      const skipped = expectedNew - previous - extension.days;
      issues.push({
        code: 'extension_mismatch',
        path: [...path, 'newEndDate'],
        facts: { problem: { kind: 'extension_end', days: extension.days, previousEnd: extension.previousEndDate, expected: fromDayNumber(expectedNew), skipped, given: extension.newEndDate } },
      });
    }
  }
  for (const issues of found) for (const issue of issues) report(issue.code, issue.path, issue.facts);
}

/** Pauses start on or after the plan's start, in date order, each after the previous one ended. */
function checkPauses(plan: PlanShapeOutput, parsed: Parsed, report: Report): void {
  plan.pauses.forEach((pause, index) => {
    if (parsed('startDate') && pause.start < plan.startDate) {
      report('pause_outside_plan', ['pauses', index, 'start'], { problem: { kind: 'pause_before_start', start: pause.start, planStart: plan.startDate } });
    }
    const previous = plan.pauses[index - 1];
    if (previous === undefined) return;
    if (previous.end === undefined) {
      report('pause_order', ['pauses', index, 'start'], { problem: { kind: 'previous_pause_open', previousStart: previous.start } });
    } else if (pause.start <= previous.end) {
      report('pause_order', ['pauses', index, 'start'], {
        problem: { kind: 'pause_overlap', start: pause.start, previousEnd: previous.end },
      });
    }
  });
}

// ---------------------------------------------------------------------------
// Goals, weights, references, metric values
// ---------------------------------------------------------------------------

/** Goal weights: all or none, adding up to exactly 100 (decimal arithmetic, no float drift). */
function checkWeights(plan: PlanShapeOutput, report: Report): void {
  const weighted = plan.goals.filter((goal) => goal.weight !== undefined);
  if (weighted.length === 0) return;
  if (weighted.length < plan.goals.length) {
    plan.goals.forEach((goal, index) => {
      if (goal.weight === undefined) {
        report('weights_incomplete', ['goals', index, 'weight'], { problem: { kind: 'goal_without_weight', goalId: goal.id } });
      }
    });
    return;
  }
  const total = sumExact(weighted.map((goal) => goal.weight ?? 0));
  if (compareDecimal(total, HUNDRED) !== 0) {
    report('weights_sum', ['goals'], { received: String(decimalToNumber(total)) });
  }
}

/** Every id a plan refers to exists; no id is defined twice. Lists that did not parse are skipped. */
function checkReferences(plan: PlanShapeOutput, parsed: Parsed, report: Report): void {
  const ids = <T extends { readonly id?: string | undefined }>(key: PlanKey, items: () => readonly T[], path: readonly PropertyKey[]) =>
    parsed(key) ? collectIds(items(), path, report) : undefined;
  const metricIds = ids('metrics', () => plan.metrics, ['metrics']);
  const gapIds = ids('gaps', () => plan.gaps, ['gaps']);
  const goalIds = ids('goals', () => plan.goals, ['goals']);
  ids('development', () => plan.development, ['development']);
  const supportIds = ids('support', () => plan.support, ['support']);
  ids('checkIns', () => plan.checkIns, ['checkIns']);
  ids('supportDeliveries', () => plan.supportDeliveries, ['supportDeliveries']);
  ids('observations', () => plan.observations, ['observations']);
  const factorIds = ids('diagnostic', () => plan.diagnostic?.systemFactors ?? [], ['diagnostic', 'systemFactors']);

  const expect = (known: Set<string> | undefined, id: string, path: readonly PropertyKey[]): void => {
    if (known && !known.has(id)) report('unknown_reference', path, { value: quote(id), expected: listOf(known) });
  };

  if (parsed('metrics')) plan.metrics.forEach((metric, i) => metric.drives?.forEach((id, j) => expect(metricIds, id, ['metrics', i, 'drives', j])));
  if (parsed('gaps')) plan.gaps.forEach((gap, i) => expect(metricIds, gap.metricId, ['gaps', i, 'metricId']));
  if (parsed('goals')) {
    plan.goals.forEach((goal, i) => {
      expect(metricIds, goal.metricId, ['goals', i, 'metricId']);
      goal.gapIds.forEach((id, j) => expect(gapIds, id, ['goals', i, 'gapIds', j]));
    });
  }
  if (parsed('development')) plan.development.forEach((entry, i) => entry.goalIds.forEach((id, j) => expect(goalIds, id, ['development', i, 'goalIds', j])));
  if (parsed('support')) {
    plan.support.forEach((commitment, i) => {
      commitment.goalIds.forEach((id, j) => expect(goalIds, id, ['support', i, 'goalIds', j]));
      commitment.systemFactorIds?.forEach((id, j) => expect(factorIds, id, ['support', i, 'systemFactorIds', j]));
    });
  }
  if (parsed('supportDeliveries')) {
    plan.supportDeliveries.forEach((delivery, i) => expect(supportIds, delivery.commitmentId, ['supportDeliveries', i, 'commitmentId']));
  }
  if (parsed('checkIns')) {
    plan.checkIns.forEach((checkIn, i) => checkIn.progress?.forEach((note, j) => expect(goalIds, note.goalId, ['checkIns', i, 'progress', j, 'goalId'])));
  }
  if (parsed('observations')) plan.observations.forEach((observation, i) => expect(metricIds, observation.metricId, ['observations', i, 'metricId']));
  if (parsed('monitoring')) plan.monitoring?.metricIds?.forEach((id, j) => expect(metricIds, id, ['monitoring', 'metricIds', j]));
  if (parsed('amendments')) {
    plan.amendments.forEach((amendment, i) => {
      expect(amendment.target === 'goal' ? goalIds : supportIds, amendment.targetId, ['amendments', i, 'targetId']);
      // the goal or commitment kept before and after is the one the record names
      for (const side of ['before', 'after'] as const) {
        const kept = amendment[side];
        if (kept !== undefined && kept.id !== amendment.targetId) {
          report('conflicting_fields', ['amendments', i, side, 'id'], { problem: { kind: 'amendment_target', target: amendment.target, side, kept: kept.id, targetId: amendment.targetId } });
        }
      }
    });
  }
}

/** Units, money, rubrics, comparators and observation shapes agree with their metric. */
function checkMetricValues(plan: PlanShapeOutput, parsed: Parsed, report: Report): void {
  const metrics = new Map(plan.metrics.map((metric) => [metric.id, metric]));
  const money = (value: number | undefined, path: readonly PropertyKey[]): void => {
    if (value !== undefined && !Number.isInteger(value)) report('money_not_integral', path, { received: String(value) });
  };

  plan.metrics.forEach((metric, i) => {
    if (metric.unit === 'currency' && metric.currency === undefined) report('currency_required', ['metrics', i, 'currency']);
    if (metric.unit !== 'currency' && metric.currency !== undefined) report('currency_not_allowed', ['metrics', i, 'currency']);
    if (metric.rubric && !metric.rubric.levels.some((level) => level.value === metric.rubric?.standard)) {
      report('rubric_standard_unknown', ['metrics', i, 'rubric', 'standard']);
    }
  });

  if (parsed('gaps')) {
    plan.gaps.forEach((gap, i) => {
      if (metrics.get(gap.metricId)?.unit !== 'currency') return;
      money(gap.current, ['gaps', i, 'current']);
      money(gap.standard, ['gaps', i, 'standard']);
    });
  }

  if (parsed('goals')) {
    plan.goals.forEach((goal, i) => {
      const metric = metrics.get(goal.metricId);
      if (!metric) return;
      if (goal.comparator !== undefined) {
        const expected = metric.direction === 'higher_is_better' ? 'at_least' : 'at_most';
        if (goal.comparator !== expected) {
          report('comparator_mismatch', ['goals', i, 'comparator'], { received: goal.comparator, expected: metric.direction });
        }
      }
      if (metric.unit === 'currency') {
        money(goal.baseline, ['goals', i, 'baseline']);
        money(goal.target, ['goals', i, 'target']);
        goal.milestones?.forEach((milestone, j) => money(milestone.target, ['goals', i, 'milestones', j, 'target']));
      }
      const rubric = metric.rubric;
      if (rubric && !rubric.levels.some((level) => level.value === goal.target)) {
        report('rubric_level_unknown', ['goals', i, 'target'], { expected: rubric.levels.map((level) => level.value).join(', ') });
      }
    });
  }

  if (parsed('observations')) {
    plan.observations.forEach((observation, i) => {
      const metric = metrics.get(observation.metricId);
      if (!metric) return;
      if (metric.aggregation === 'ratio' && observation.value !== undefined) {
        report('ratio_requires_parts', ['observations', i, 'value']);
      }
      if (metric.unit === 'currency') money(observation.value, ['observations', i, 'value']);
    });
  }
}

/** A goal has a window or a deadline, not both. */
function checkGoalFields(plan: PlanShapeOutput, report: Report): void {
  plan.goals.forEach((goal, i) => {
    if (goal.window !== undefined && goal.deadline !== undefined) {
      report('conflicting_fields', ['goals', i, 'deadline'], { problem: { kind: 'window_and_deadline' } });
    }
  });
}

// ---------------------------------------------------------------------------
// The people and their signatures
// ---------------------------------------------------------------------------

/** The employee is not also the plan's manager or HR partner. */
function checkPeople(plan: PlanShapeOutput, parsed: Parsed, report: Report): void {
  const employee = plan.employee.id;
  if (parsed('manager') && plan.manager.id === employee) {
    report('same_person', ['manager', 'id'], { value: quote(employee), problem: { kind: 'manager_is_employee' } });
  }
  if (parsed('hrPartner') && plan.hrPartner?.id === employee) {
    report('same_person', ['hrPartner', 'id'], { value: quote(employee), problem: { kind: 'hr_partner_is_employee' } });
  }
}

/** Each signature is by the plan's person in the role signed for, once per role and revision, of a revision that exists. */
function checkSignatures(plan: PlanShapeOutput, parsed: Parsed, report: Report): void {
  const people = parsed('employee') && parsed('manager') && parsed('hrPartner');
  const seen = new Set<string>();
  plan.signatures.forEach((signature, index) => {
    const path = ['signatures', index] as const;
    if (people) {
      const person = signature.role === 'manager' ? plan.manager : signature.role === 'employee' ? plan.employee : plan.hrPartner;
      if (person === undefined) {
        report('signer_mismatch', [...path, 'signerId'], { received: quote(signature.signerId), problem: { kind: 'no_hr_partner' } });
      } else if (person.id !== signature.signerId) {
        report('signer_mismatch', [...path, 'signerId'], {
          received: quote(signature.signerId),
          problem: { kind: 'not_the_signer', role: signature.role, personId: person.id },
        });
      }
    }
    const key = `${signature.role}:${signature.revision}`;
    if (seen.has(key)) report('duplicate_signature', [...path], { value: String(signature.revision), received: signature.role });
    seen.add(key);
    if (parsed('revision') && signature.revision > plan.revision) {
      report('revision_ahead', [...path, 'revision'], { received: String(signature.revision), limit: plan.revision });
    }
  });
}

/**
 * Amendments raise the revision one at a time, in order, never beyond the plan's; a revision is
 * signed after its amendment. One amendment that changes several goals or commitments leaves one
 * record for each, of the same revision, date and author, one after the other.
 */
function checkRevisions(plan: PlanShapeOutput, parsed: Parsed, report: Report): void {
  let previous: number | undefined;
  plan.amendments.forEach((amendment, index) => {
    const path = ['amendments', index, 'revision'] as const;
    if (parsed('revision') && amendment.revision > plan.revision) {
      report('revision_ahead', path, { received: String(amendment.revision), limit: plan.revision });
    }
    const last = index > 0 ? plan.amendments[index - 1] : undefined;
    const sameBatch = last !== undefined && last.revision === amendment.revision && last.date === amendment.date && last.by === amendment.by;
    if (amendment.revision < 1) {
      report('revision_order', path, { problem: { kind: 'revision_below_one' } });
    } else if (previous !== undefined && amendment.revision <= previous && !sameBatch) {
      report('revision_order', path, { problem: { kind: 'revision_not_raised', revision: amendment.revision, previous, sameRevision: amendment.revision === previous } });
    }
    previous = Math.max(previous ?? 0, amendment.revision);
  });
  if (!parsed('signatures')) return;
  const madeOn = new Map<number, string>();
  for (const amendment of plan.amendments) madeOn.set(amendment.revision, amendment.date);
  plan.signatures.forEach((signature, index) => {
    const amended = madeOn.get(signature.revision);
    if (amended !== undefined && signature.date < amended) {
      report('signature_before_revision', ['signatures', index, 'date'], {
        value: String(signature.revision),
        problem: { kind: 'signed_before_amendment', signed: signature.date, amended },
      });
    }
  });
}

// ---------------------------------------------------------------------------
// The status against the records
// ---------------------------------------------------------------------------

/** The status against HR's reviews, the acknowledgements, the closure, the pauses, the phase and monitoring. */
function checkStatus(plan: PlanShapeOutput, parsed: Parsed, report: Report): void {
  const status = plan.status;
  const received = JSON.stringify(status);
  const closureKnown = parsed('closure');
  const closure = closureKnown ? plan.closure : undefined;
  // A close other than a withdrawal comes after approval and activation.
  const approvedClose = ENDED.has(status) && closure !== undefined && closure.outcome !== 'withdrawn';

  if (parsed('reviews')) {
    const latest = plan.reviews.at(-1);
    if ((APPROVED_OPEN.has(status) || approvedClose) && latest?.decision !== 'approved') {
      report('approval_missing', ['status'], {
        received,
        problem: latest === undefined ? { kind: 'no_review' } : { kind: 'changes_requested', date: latest.date },
      });
    }
    if (UNAPPROVED.has(status) && latest?.decision === 'approved') {
      report('approval_unexpected', ['reviews', plan.reviews.length - 1], { received });
    }
  }

  if (parsed('signatures') && parsed('revision') && (RUNNING.has(status) || approvedClose)) {
    const signed = new Set(plan.signatures.filter((s) => s.revision === plan.revision).map((s) => s.role));
    const missing = (['manager', 'employee'] as const).filter((role) => !signed.has(role));
    if (missing.length > 0) {
      report('acknowledgement_missing', ['status'], {
        received,
        problem: { kind: 'not_acknowledged', missing, revision: plan.revision },
      });
    }
  }

  if (closureKnown) {
    if (ENDED.has(status) && closure === undefined) report('closure_missing', ['status'], { received });
    if (!ENDED.has(status) && closure !== undefined) report('closure_unexpected', ['closure'], { received });
    if (closure?.outcome === 'extended_then_closed' && parsed('extensions') && plan.extensions.length === 0) {
      report('closure_mismatch', ['closure', 'outcome'], { problem: { kind: 'never_extended' } });
    }
    if (closure !== undefined && closure.outcome !== 'withdrawn' && parsed('startDate') && closure.date < plan.startDate) {
      report('closure_mismatch', ['closure', 'date'], {
        problem: { kind: 'closed_before_start', outcome: closure.outcome, date: closure.date, start: plan.startDate },
      });
    }
  }

  if (parsed('pauses')) {
    const last = plan.pauses.length - 1;
    if (status === 'paused' && (last < 0 || plan.pauses[last]!.end !== undefined)) {
      report('pause_mismatch', ['status'], { problem: { kind: 'no_open_pause' } });
    }
    plan.pauses.forEach((pause, index) => {
      if (pause.end !== undefined || (status === 'paused' && index === last)) return;
      report('pause_mismatch', ['pauses', index, 'end'], {
        problem: status === 'paused' ? { kind: 'open_pause_not_last' } : { kind: 'open_pause_not_paused', status: received },
      });
    });
  }

  if (parsed('phase')) {
    if (status === 'active' && plan.phase === undefined) {
      report('phase_mismatch', ['phase'], { problem: { kind: 'active_without_phase' } });
    } else if (status !== 'active' && plan.phase !== undefined) {
      report('phase_mismatch', ['phase'], { problem: { kind: 'phase_not_active', status: received } });
    }
  }

  if (parsed('monitoring')) {
    const monitoring = plan.monitoring;
    const monitored = status === 'monitoring' || status === 'completed';
    if (monitoring !== undefined && !monitored) {
      report('monitoring_mismatch', ['monitoring'], { problem: { kind: 'monitoring_status', status: received } });
    } else if (monitoring !== undefined && closure !== undefined && !GOOD_STANDING.has(closure.outcome)) {
      report('monitoring_mismatch', ['monitoring'], { problem: { kind: 'monitoring_after_outcome', outcome: closure.outcome } });
    }
    if (monitored && monitoring === undefined) {
      report('monitoring_mismatch', ['status'], { problem: { kind: 'monitoring_missing', status: received } });
    }
    if (status === 'monitoring' && monitoring?.end !== undefined) {
      report('monitoring_mismatch', ['monitoring', 'end'], { problem: { kind: 'monitoring_ended' } });
    }
    if (status === 'completed' && monitoring !== undefined && monitoring.end === undefined) {
      report('monitoring_mismatch', ['monitoring', 'end'], { problem: { kind: 'monitoring_open' } });
    }
    if (monitoring !== undefined && closure !== undefined && monitoring.start < closure.date) {
      report('monitoring_mismatch', ['monitoring', 'start'], { problem: { kind: 'monitoring_before_close', closed: closure.date, start: monitoring.start } });
    }
  }
}

/** Records that only an approved plan has (signatures, amendments, extensions, pauses) come after HR's approval. */
function checkApprovalFirst(plan: PlanShapeOutput, parsed: Parsed, report: Report): void {
  const approval = plan.reviews.find((review) => review.decision === 'approved')?.date;
  const check = (key: PlanKey, record: ApprovedRecord, items: readonly { date: string }[], field: string) => {
    if (!parsed(key)) return;
    items.forEach((item, index) => {
      if (approval === undefined) {
        report('record_before_approval', [key, index], { problem: { kind: 'not_approved', record } });
      } else if (item.date < approval) {
        report('record_before_approval', [key, index, field], { problem: { kind: 'before_approval', record, date: item.date, approval } });
      }
    });
  };
  check('signatures', 'signature', plan.signatures, 'date');
  check('amendments', 'amendment', plan.amendments, 'date');
  check('extensions', 'extension', parsed('extensions') ? plan.extensions.map((e) => ({ date: e.grantedOn })) : [], 'grantedOn');
  check('pauses', 'pause', parsed('pauses') ? plan.pauses.map((p) => ({ date: p.start })) : [], 'start');
}

/** Nothing is reviewed, signed, amended, extended or paused after the plan closed. */
function checkAfterClosure(plan: PlanShapeOutput, parsed: Parsed, report: Report): void {
  const closed = plan.closure?.date;
  if (closed === undefined) return;
  const problem = { kind: 'after_close', closed } as const;
  const after = (key: PlanKey, items: readonly { date: string }[], field: string) => {
    if (!parsed(key)) return;
    items.forEach((item, index) => {
      if (item.date > closed) report('after_closure', [key, index, field], { problem });
    });
  };
  after('reviews', plan.reviews, 'date');
  after('signatures', plan.signatures, 'date');
  after('amendments', plan.amendments, 'date');
  after('extensions', parsed('extensions') ? plan.extensions.map((e) => ({ date: e.grantedOn })) : [], 'grantedOn');
  if (parsed('pauses')) {
    // A withdrawal ends an open pause the day before; a pause begun that day is dropped.
    plan.pauses.forEach((pause, index) => {
      if (pause.start >= closed) report('after_closure', ['pauses', index, 'start'], { problem });
      else if (pause.end !== undefined && pause.end >= closed) report('after_closure', ['pauses', index, 'end'], { problem: { kind: 'pause_after_close', closed } });
    });
  }
}

/** The log: each entry's `seq` is its place, and its date never runs backwards. */
function checkEvents(plan: PlanShapeOutput, report: Report): void {
  plan.events.forEach((event, index) => {
    if (event.seq !== index) report('event_sequence', ['events', index, 'seq'], { received: String(event.seq), expected: String(index) });
    const previous = plan.events[index - 1];
    if (previous !== undefined && event.at < previous.at) {
      report('event_order', ['events', index, 'at'], { received: event.at, expected: previous.at });
    }
  });
}

/**
 * The cross-field rules of a plan. `parsed` says which top-level fields parsed: a rule runs when
 * every field it reads did, so one part's error hides no other part's issues, and no rule guesses
 * from a field that did not parse. Each rule reports its own code at the path of the offending
 * field.
 *
 * @internal
 */
export function checkIntegrity(plan: PlanShapeOutput, parsed: Parsed, report: Report): void {
  const all = (...keys: PlanKey[]) => keys.every(parsed);
  const dates = all('startDate', 'endDate', 'durationDays');
  const datesAgree = dates && checkDates(plan, report);
  checkWindows(plan, parsed, report);
  if (datesAgree && all('extensions')) checkSpan(plan, report);
  if (datesAgree && all('extensions', 'closure', 'pauses')) checkCalendarEnd(plan, report);
  if (all('goals')) {
    checkWeights(plan, report);
    checkGoalFields(plan, report);
  }
  checkReferences(plan, parsed, report);
  if (all('metrics')) checkMetricValues(plan, parsed, report);

  if (all('employee')) checkPeople(plan, parsed, report);
  if (all('status')) checkStatus(plan, parsed, report);
  if (all('signatures')) checkSignatures(plan, parsed, report);
  if (all('amendments')) checkRevisions(plan, parsed, report);
  if (all('reviews')) checkApprovalFirst(plan, parsed, report);
  if (all('closure')) checkAfterClosure(plan, parsed, report);
  if (all('pauses')) checkPauses(plan, parsed, report);
  if (datesAgree && all('extensions', 'pauses')) checkExtensions(plan, report);
  if (all('events')) checkEvents(plan, report);
}

/** Every field parsed. */
export const ALL_PARSED: Parsed = () => true;
