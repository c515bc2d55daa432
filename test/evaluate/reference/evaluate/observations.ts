import { isCalendarDate } from '../../../../src/dates/calendar.js';
import { indexObservations, type ObservationIndex } from '../metrics/aggregate.js';
import { LIMITS } from '../../../../src/schema/limits.js';
import type { MetricDefinition, Observation } from '../../../../src/schema/types.js';
import type { EvaluationIssue } from '../../../../src/evaluate/types.js';
import { issueMessage } from './messages.js';
import { RepeatFilter, type ObservationSource } from '../../../../src/evaluate/repeats.js';

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
      { code: 'issues_truncated', path: [], message: issueMessage('issues_truncated', { count: this.dropped }) },
    ];
  }
}

/** Why an observation does not fit its metric, or undefined when it does. */
function misfit(observation: Observation, metric: MetricDefinition): 'observation_shape_mismatch' | 'observation_invalid' | undefined {
  if (!isCalendarDate(observation.date)) return 'observation_invalid';
  const { value, numerator, denominator } = observation;
  const hasParts = numerator !== undefined && denominator !== undefined;
  // Changed with src (issue 8, found by the evaluatePlan fuzz target): numbers past LIMITS.magnitude
  // and parts whose ratio overflows are invalid; for other aggregations the parts win over `value`.
  const within = (v: unknown): v is number => typeof v === 'number' && v >= -LIMITS.magnitude && v <= LIMITS.magnitude;
  if (value !== undefined && !within(value)) return 'observation_invalid';
  if (hasParts && !(within(numerator) && within(denominator) && numerator >= 0 && denominator >= 0)) {
    return 'observation_invalid';
  }
  // (mirrors src: a ratio past ±2^53-1 is left out, as a value is)
  if (hasParts && denominator > 0 && !(Math.abs(numerator / denominator) <= Number.MAX_SAFE_INTEGER)) return 'observation_invalid';
  if (metric.aggregation === 'ratio') return hasParts ? undefined : 'observation_shape_mismatch';
  if (hasParts) return denominator > 0 ? undefined : 'observation_shape_mismatch';
  return value !== undefined ? undefined : 'observation_shape_mismatch';
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
        // (mirrors the fix in src: an object id is written `?`; String() of `{ toString: null }` throws)
        const id: unknown = observation === null || typeof observation !== 'object' ? {} : observation.metricId;
        const metricId = (typeof id === 'object' && id !== null) || typeof id === 'function' ? '?' : String(id);
        issues.add({ code: 'observation_unknown_metric', path: [...source.path, index, 'metricId'], message: issueMessage('observation_unknown_metric', { metricId }) });
        continue;
      }
      const problem = misfit(observation, metric);
      if (problem) {
        issues.add({ code: problem, path: [...source.path, index], message: issueMessage(problem, { metricId: metric.id, aggregation: metric.aggregation }) });
        continue;
      }
      // (issue 13: an observation given twice counts once; the rule is src's)
      if (repeats.repeats(observation, source.source, index)) continue;
      yield observation;
    }
  }
}

/**
 * Index a plan's embedded observations and a separate feed together, once, keeping only
 * observations that fit a metric of the plan (or team).
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
