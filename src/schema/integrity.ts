import { LAST_DAY_NUMBER, shiftDate, toDayNumber } from '../dates/calendar.js';
import { compareDecimal, decimalToNumber, sumExact, toDecimal } from '../numbers/decimal.js';
import type { PlanIssueCode } from './codes.js';
import type { IssueFacts } from './messages.js';
import type { PlanShapeOutput } from './plan-shape.js';
import { pushIssue } from './primitives.js';

interface IntegrityContext {
  value: unknown;
  issues: readonly { readonly code?: unknown; readonly path?: readonly PropertyKey[] | undefined }[];
}

type Report = (code: PlanIssueCode, path: readonly PropertyKey[], facts?: Partial<IssueFacts>) => void;

/** A top-level field of the plan. */
type Part = keyof PlanShapeOutput;

/** Whether every one of these top-level fields parsed (an absent optional field parsed). */
type Parsed = (...parts: readonly Part[]) => boolean;

const HUNDRED = toDecimal(100);

/** Ids of a list, reporting duplicates at `[listKey, index, 'id']`. */
function collectIds(
  items: readonly { readonly id?: string | undefined }[],
  listPath: readonly PropertyKey[],
  report: Report,
): Set<string> {
  const ids = new Set<string>();
  items.forEach((item, index) => {
    if (item.id === undefined) return;
    if (ids.has(item.id)) report('duplicate_id', [...listPath, index, 'id'], { value: JSON.stringify(item.id) });
    ids.add(item.id);
  });
  return ids;
}

function listOf(ids: Set<string>): string {
  const all = [...ids];
  if (all.length === 0) return 'none defined';
  return all.length > 8 ? `${all.slice(0, 8).join(', ')} ...` : all.join(', ');
}

/** The plan's dates: an end (given or derived), after the start, agreeing with the duration. */
function checkDates(plan: PlanShapeOutput, report: Report, parsed: Parsed): void {
  if (parsed('pauses')) {
    plan.pauses.forEach((pause, index) => {
      if (pause.end !== undefined && pause.end < pause.start) {
        report('window_order', ['pauses', index, 'end'], { detail: `${pause.start} .. ${pause.end}` });
      }
    });
  }
  if (parsed('extensions')) {
    plan.extensions.forEach((extension, index) => {
      if (toDayNumber(extension.newEndDate) <= toDayNumber(extension.previousEndDate)) {
        report('window_order', ['extensions', index, 'newEndDate'], {
          detail: `${extension.previousEndDate} .. ${extension.newEndDate}`,
        });
      }
    });
  }
  if (!parsed('startDate', 'endDate', 'durationDays')) return;
  const { startDate, endDate, durationDays } = plan;
  if (endDate === undefined && durationDays === undefined) {
    report('missing_end_date', ['endDate']);
    return;
  }
  if (endDate !== undefined && endDate <= startDate) {
    report('end_before_start', ['endDate'], { detail: `${startDate} .. ${endDate}` });
    return;
  }
  if (endDate !== undefined && durationDays !== undefined) {
    const derived = shiftDate(startDate, durationDays - 1);
    if (derived !== endDate) {
      report('duration_mismatch', ['durationDays'], {
        detail: `${durationDays} days from ${startDate} end on ${derived}, not ${endDate}`,
      });
    }
  }
  if (parsed('pauses', 'extensions', 'closure')) checkCalendarEnd(plan, report);
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
  const written = plan.durationDays ?? (plan.endDate === undefined ? 1 : toDayNumber(plan.endDate) - startDay + 1);
  let end = startDay + written - 1;
  const past = (field: readonly PropertyKey[]) => {
    const over = end - LAST_DAY_NUMBER;
    report('past_calendar_end', field, { detail: `it would end ${over} day${over === 1 ? '' : 's'} after it` });
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

/** Goal weights: all or none, adding up to exactly 100 (decimal arithmetic, no float drift). */
function checkWeights(plan: PlanShapeOutput, report: Report, parsed: Parsed): void {
  if (!parsed('goals')) return;
  const weighted = plan.goals.filter((goal) => goal.weight !== undefined);
  if (weighted.length === 0) return;
  if (weighted.length < plan.goals.length) {
    plan.goals.forEach((goal, index) => {
      if (goal.weight === undefined) {
        report('weights_incomplete', ['goals', index, 'weight'], { detail: `goal ${JSON.stringify(goal.id)} has none` });
      }
    });
    return;
  }
  const total = sumExact(weighted.map((goal) => goal.weight ?? 0));
  if (compareDecimal(total, HUNDRED) !== 0) {
    report('weights_sum', ['goals'], { received: String(decimalToNumber(total)) });
  }
}

/** Every id a plan refers to exists; no id is defined twice. */
function checkReferences(plan: PlanShapeOutput, report: Report, parsed: Parsed): void {
  // The ids of a list that did not parse are unknown: references into it wait for it.
  const ids = (part: Part, items: () => readonly { readonly id?: string | undefined }[], path: readonly PropertyKey[]) =>
    parsed(part) ? collectIds(items(), path, report) : undefined;
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
    if (known !== undefined && !known.has(id)) report('unknown_reference', path, { value: JSON.stringify(id), expected: listOf(known) });
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
  if (parsed('supportDeliveries')) plan.supportDeliveries.forEach((delivery, i) => expect(supportIds, delivery.commitmentId, ['supportDeliveries', i, 'commitmentId']));
  if (parsed('checkIns')) {
    plan.checkIns.forEach((checkIn, i) =>
      checkIn.progress?.forEach((note, j) => expect(goalIds, note.goalId, ['checkIns', i, 'progress', j, 'goalId'])),
    );
  }
  if (parsed('observations')) plan.observations.forEach((observation, i) => expect(metricIds, observation.metricId, ['observations', i, 'metricId']));
  if (parsed('monitoring')) plan.monitoring?.metricIds?.forEach((id, j) => expect(metricIds, id, ['monitoring', 'metricIds', j]));
  if (parsed('amendments')) {
    plan.amendments.forEach((amendment, i) =>
      expect(amendment.target === 'goal' ? goalIds : supportIds, amendment.targetId, ['amendments', i, 'targetId']),
    );
  }
}

/** Units, money, rubrics, comparators and observation shapes agree with their metric. */
function checkMetricValues(plan: PlanShapeOutput, report: Report, parsed: Parsed): void {
  // Rules that compare a field with its metric wait for the metrics to parse.
  const metrics = new Map(parsed('metrics') ? plan.metrics.map((metric) => [metric.id, metric]) : []);
  const money = (value: number | undefined, path: readonly PropertyKey[]): void => {
    if (value !== undefined && !Number.isInteger(value)) report('money_not_integral', path, { received: String(value) });
  };

  if (parsed('metrics')) plan.metrics.forEach((metric, i) => {
    if (metric.unit === 'currency' && metric.currency === undefined) report('currency_required', ['metrics', i, 'currency']);
    if (metric.unit !== 'currency' && metric.currency !== undefined) report('currency_not_allowed', ['metrics', i, 'currency']);
    if (metric.rubric && !metric.rubric.levels.some((level) => level.value === metric.rubric?.standard)) {
      report('rubric_standard_unknown', ['metrics', i, 'rubric', 'standard']);
    }
  });

  if (parsed('gaps')) plan.gaps.forEach((gap, i) => {
    if (metrics.get(gap.metricId)?.unit !== 'currency') return;
    money(gap.current, ['gaps', i, 'current']);
    money(gap.standard, ['gaps', i, 'standard']);
  });

  if (parsed('goals')) plan.goals.forEach((goal, i) => {
    if (goal.window !== undefined && goal.deadline !== undefined) {
      report('conflicting_fields', ['goals', i, 'deadline'], { detail: 'a goal has either a window or a deadline, not both' });
    }
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

  if (parsed('observations')) plan.observations.forEach((observation, i) => {
    const metric = metrics.get(observation.metricId);
    if (!metric) return;
    if (metric.aggregation === 'ratio' && observation.value !== undefined) {
      report('ratio_requires_parts', ['observations', i, 'value']);
    }
    if (metric.unit === 'currency') money(observation.value, ['observations', i, 'value']);
  });
}

/**
 * The cross-field rules of a plan, in the same pass as its shape: each rule runs on the
 * top-level fields it reads once they parsed, whatever else failed (a bad start date does not
 * hide wrong weights), and waits while one of them did not (no reference is reported missing
 * from a list that failed to parse). Each rule reports its own code at the path of the
 * offending field. Nothing runs when the document is not an object.
 *
 * @internal
 */
export function checkPlanIntegrity(ctx: IntegrityContext): void {
  const failed = new Set<PropertyKey>();
  for (const issue of ctx.issues) {
    const first = issue.path?.[0];
    if (first !== undefined) failed.add(first);
    else if (issue.code !== 'unrecognized_keys') return; // the document itself is not a plan object
  }
  if (typeof ctx.value !== 'object' || ctx.value === null || Array.isArray(ctx.value)) return;
  const parsed: Parsed = (...parts) => parts.every((part) => !failed.has(part));
  const report: Report = (code, path, facts = {}) => pushIssue(ctx as { value: unknown; issues: unknown[] }, code, facts, path);
  const plan = ctx.value as PlanShapeOutput;
  checkDates(plan, report, parsed);
  checkWeights(plan, report, parsed);
  checkReferences(plan, report, parsed);
  checkMetricValues(plan, report, parsed);
}
