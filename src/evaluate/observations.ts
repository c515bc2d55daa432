import { indexObservations, type ObservationIndex } from '../metrics/aggregate.js';
import { dayNumberOf } from '../dates/calendar.js';
import { IndexBuffers, PointCollector, type ColumnIndex, type PointColumns } from '../metrics/columns.js';
import type { MetricDefinition, Observation } from '../schema/types.js';
import type { EvaluationIssue } from './types.js';
import { evaluationIssue } from './messages.js';
import { RepeatFilter, type ObservationSource } from './repeats.js';

/** Collects issues up to a cap, then counts the rest. */
export class IssueLog {
  private readonly list: EvaluationIssue[] = [];
  private dropped = 0;

  constructor(private readonly cap: number) {}

  add(issue: EvaluationIssue): void {
    if (this.list.length < this.cap) this.list.push(issue);
    else this.dropped += 1;
  }

  done(): EvaluationIssue[] {
    if (this.dropped === 0) return this.list;
    return [
      ...this.list,
      evaluationIssue('issues_truncated', [], { count: this.dropped }),
    ];
  }
}

/**
 * A finite number no larger in size than `LIMITS.magnitude` (2^53-1), the bound `parseObservations`
 * applies: sums of larger values (1e308) overflow to Infinity, which JSON cannot carry. (The
 * constant is written here, not imported, to keep src/schema out of an evaluate-only bundle;
 * test/evaluate/hostile-feed.test.ts checks both sides of `LIMITS.magnitude`.)
 */
function withinMagnitude(value: unknown): value is number {
  return typeof value === 'number' && value >= -Number.MAX_SAFE_INTEGER && value <= Number.MAX_SAFE_INTEGER;
}

/**
 * An unknown metric id as the issue names it. An object or function is written `?`: `String()`
 * of an object throws when its `toString` is not a function (a feed's `{ "toString": null }`),
 * and logging an issue must never throw.
 */
function idText(value: unknown): string {
  return (typeof value === 'object' && value !== null) || typeof value === 'function' ? '?' : String(value);
}

/** Why an observation does not fit its metric, or undefined when it does ({@link misfitOf} of its fields). */
function misfit(observation: Observation, metric: MetricDefinition): Misfit | undefined {
  // dayNumberOf is NaN exactly when isCalendarDate is false.
  const { date, value, numerator, denominator } = observation;
  return misfitOf(dayNumberOf(date), value, numerator, denominator, metric.aggregation === 'ratio');
}

/**
 * Walk the plan's embedded observations, then the feed, yielding those that fit a known metric
 * and logging the rest. Nothing is copied: the index keeps only small points.
 */
function* fitting(
  sources: readonly { readonly path: readonly (string | number)[]; readonly source: ObservationSource; readonly items: Iterable<Observation> }[],
  metrics: ReadonlyMap<string, MetricDefinition>,
  issues: IssueLog,
  repeats: RepeatFilter,
): Generator<Observation> {
  for (const source of sources) {
    let i = 0;
    for (const observation of source.items) {
      const index = i;
      i += 1;
      const metric = observation === null || typeof observation !== 'object' ? undefined : metrics.get(observation.metricId);
      if (!metric) {
        const metricId = observation === null || typeof observation !== 'object' ? '?' : idText(observation.metricId);
        issues.add(evaluationIssue('observation_unknown_metric', [...source.path, index, 'metricId'], { metricId }));
        continue;
      }
      const problem = misfit(observation, metric);
      if (problem) {
        issues.add(evaluationIssue(problem, [...source.path, index], { metricId: metric.id, aggregation: metric.aggregation }));
        continue;
      }
      if (repeats.repeats(observation, source.source, index)) continue;
      yield observation;
    }
  }
}

/**
 * Index a plan's embedded observations and a separate feed together, once, keeping only
 * observations that fit a metric of the plan (or team), each counted once (see repeats.ts);
 * the repeats are tallied in `repeats`.
 *
 * @internal
 */
export function indexFittingObservations(
  metrics: readonly MetricDefinition[],
  embedded: Iterable<Observation>,
  feed: Iterable<Observation> | undefined,
  issues: IssueLog,
  feedPath: readonly (string | number)[] = ['feed'],
  repeats: RepeatFilter = new RepeatFilter(feed !== undefined),
): ObservationIndex {
  const byId = new Map(metrics.map((metric) => [metric.id, metric]));
  const sources: { path: readonly (string | number)[]; source: ObservationSource; items: Iterable<Observation> }[] = [
    { path: ['observations'], source: 'observations', items: embedded },
  ];
  if (feed) sources.push({ path: feedPath, source: 'feed', items: feed });
  return indexObservations(fitting(sources, byId, issues, repeats));
}

type Misfit = 'observation_shape_mismatch' | 'observation_invalid';

interface Target {
  readonly metric: MetricDefinition;
  readonly slot: number;
  /** The metric's aggregation is `ratio` (read once: metric definitions come in many shapes). */
  readonly ratio: boolean;
}

/**
 * Why an observation is left out, or undefined when it fits: an invalid day (NaN) or a figure past
 * ±2^53-1 first, then the shape its metric's aggregation needs. One rule for both readings of a
 * feed (the evaluator's columns and the checked walk of {@link indexFittingObservations}).
 */
function misfitOf(day: number, value: unknown, numerator: unknown, denominator: unknown, ratio: boolean): Misfit | undefined {
  const hasParts = numerator !== undefined && denominator !== undefined;
  if (day !== day) return 'observation_invalid';
  if (value !== undefined && !withinMagnitude(value)) return 'observation_invalid';
  if (hasParts && !(withinMagnitude(numerator) && withinMagnitude(denominator) && (numerator as number) >= 0 && (denominator as number) >= 0)) {
    return 'observation_invalid';
  }
  // 1 / 5e-324 is Infinity, 1 / 5.6e-309 is 1.8e308: a ratio past ±2^53-1 is no figure, as a value is not.
  if (hasParts && (denominator as number) > 0 && !withinMagnitude((numerator as number) / (denominator as number))) return 'observation_invalid';
  // Other aggregations read numerator/denominator as their ratio when both are given.
  if (ratio) return hasParts ? undefined : 'observation_shape_mismatch';
  // The parts win over `value` (they make the point), so a zero denominator leaves no value to read.
  if (hasParts) return (denominator as number) > 0 ? undefined : 'observation_shape_mismatch';
  return value === undefined ? 'observation_shape_mismatch' : undefined;
}

/**
 * Read one source (`fitting`'s walk): keep the observations that fit, log the others. One loop for
 * arrays and other iterables alike, everything in locals: this runs once per observation.
 */
function collect(
  items: Iterable<Observation>,
  path: readonly (string | number)[],
  source: ObservationSource,
  targets: ReadonlyMap<string, Target>,
  points: PointCollector,
  issues: IssueLog,
  repeats: RepeatFilter,
): void {
  // The last date text read and its day number: observations of one day come together.
  let lastText: unknown;
  let lastDay = Number.NaN;
  let index = -1;
  for (const observation of items) {
    index += 1;
    const target = observation === null || typeof observation !== 'object' ? undefined : targets.get(observation.metricId);
    if (target === undefined) {
      const metricId = observation === null || typeof observation !== 'object' ? '?' : idText(observation.metricId);
      issues.add(evaluationIssue('observation_unknown_metric', [...path, index, 'metricId'], { metricId }));
      continue;
    }
    const date = observation.date;
    let day: number;
    if (date === lastText) day = lastDay;
    else {
      day = dayNumberOf(date);
      lastText = date;
      lastDay = day;
    }
    const value = observation.value;
    const numerator = observation.numerator;
    const denominator = observation.denominator;
    const problem = misfitOf(day, value, numerator, denominator, target.ratio);
    if (problem !== undefined) {
      const metric = target.metric;
      issues.add(evaluationIssue(problem, [...path, index], { metricId: metric.id, aggregation: metric.aggregation }));
      continue;
    }
    if (repeats.repeats(observation, source, index)) continue;
    // The point of `indexObservations`' toPoint; `+ 0` turns a -0 from the feed into 0 (else it is echoed as "-0").
    if (numerator !== undefined && denominator !== undefined) points.push(target.slot, day, denominator === 0 ? Number.NaN : numerator / denominator + 0, numerator + 0, denominator);
    else points.push(target.slot, day, (value ?? 0) + 0, (value ?? 0) + 0, 1);
  }
}

/**
 * Index a plan's embedded observations and a separate feed into columns, in one pass per source:
 * the evaluator's fast path, each observation counted once (repeats tallied in `repeats`). It
 * keeps exactly the observations {@link indexFittingObservations}
 * keeps, logs exactly the same issues in the same order, and sorts each metric's points the same
 * way; each date is checked and converted once, and nothing is allocated per observation. Pass a
 * batch's `buffers` to reuse them from plan to plan (the index is valid until the next call).
 *
 * @internal
 */
export function indexForEvaluation(
  metrics: readonly MetricDefinition[],
  embedded: Iterable<Observation>,
  feed: Iterable<Observation> | undefined,
  issues: IssueLog,
  buffers: IndexBuffers = new IndexBuffers(),
  repeats: RepeatFilter = new RepeatFilter(feed !== undefined),
): ColumnIndex {
  const targets = new Map<string, Target>();
  metrics.forEach((metric, slot) => targets.set(metric.id, { metric, slot, ratio: metric.aggregation === 'ratio' }));
  const points = new PointCollector(metrics.length, buffers);
  collect(embedded, EMBEDDED_PATH, 'observations', targets, points, issues, repeats);
  if (feed) collect(feed, FEED_PATH, 'feed', targets, points, issues, repeats);
  const columns = points.columns();
  const index = new Map<string, PointColumns>();
  // Metric ids in the plan's order; a repeated id keeps its last definition, as a Map built from the list would.
  for (const [id, { slot }] of targets) {
    const found = columns[slot] as PointColumns;
    if (found.length > 0) index.set(id, found);
  }
  return index;
}

const EMBEDDED_PATH: readonly (string | number)[] = ['observations'];
const FEED_PATH: readonly (string | number)[] = ['feed'];
