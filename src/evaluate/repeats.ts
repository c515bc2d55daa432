/**
 * One observation given twice counts once. The rule, for the observations that fit their metric,
 * read in order (the plan's own, then the feed, each in its order):
 *
 * - an observation with an `id` is that id: a later one with the same id is a repeat; when its
 *   figures (metric, date, value, numerator, denominator) differ, the first read counts and the
 *   later one is a conflicting duplicate, left out;
 * - a feed observation without an `id` that is identical (every field but `id`) to one of the
 *   plan's own is that observation again (a feed that repeats what the plan embeds);
 * - identical observations without ids within one source are separate events and all count
 *   (give observations ids to have those found).
 *
 * Every repeat is counted by kind and source and reported as an evaluation warning.
 *
 * @internal
 * @module
 */
import type { Observation } from '../schema/types.js';
import { evaluationWarning } from './messages.js';
import type { EvaluationWarning } from './types.js';

/** The source an observation comes from: the plan's own, or the feed. */
export type ObservationSource = 'observations' | 'feed';

/** The first observation read with an id (the plan's own, kept by the plan) or its figures (a feed's, which may be streamed), and its source. */
interface Seen {
  readonly first: Observation | string;
  readonly source: ObservationSource;
}

/** How many repeats of one kind in one source, and the first one. */
interface Tally {
  count: number;
  readonly index: number;
  readonly id: string | undefined;
}

/** Text of one field for a key: strings and numbers as they are, anything else as JSON (never throws). */
function part(value: unknown): string {
  if (value === undefined) return '';
  if (typeof value === 'string') return `s${value}`;
  if (typeof value === 'number') return `n${value}`;
  try {
    return `j${stableJson(value)}`;
  } catch {
    return '?';
  }
}

/** JSON with object keys sorted, so that `{ a, b }` and `{ b, a }` write the same. */
function stableJson(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value) ?? 'undefined';
  if (Array.isArray(value)) return `[${value.map(stableJson).join(',')}]`;
  const record = value as Readonly<Record<string, unknown>>;
  return `{${Object.keys(record)
    .sort()
    .map((key) => `${JSON.stringify(key)}:${stableJson(record[key])}`)
    .join(',')}}`;
}

/** The figures an id stands for: what a conflicting duplicate differs in. */
function figuresOf(o: Observation): string {
  return `${o.metricId}\u0000${o.date}\u0000${part(o.value)}\u0000${part(o.numerator)}\u0000${part(o.denominator)}`;
}

/** Every field but the id: what makes a feed observation without an id the plan's own again. */
function contentOf(o: Observation): string {
  const period = o.period;
  return [
    figuresOf(o),
    period === undefined || period === null ? '' : `${part(period.start)}\u0002${part(period.end)}`,
    part(o.source),
    part(o.recordedBy),
    part((o as { metadata?: unknown }).metadata),
  ].join('\u0001');
}

const FEED: readonly string[] = Object.freeze(['feed']);
const OWN: readonly string[] = Object.freeze(['observations']);

/** The warnings about repeated observations. */
type RepeatCode = 'feed_repeats_plan' | 'duplicate_id' | 'conflicting_duplicate';

const ORDER: readonly (readonly [RepeatCode, ObservationSource])[] = [
  ['feed_repeats_plan', 'feed'],
  ['duplicate_id', 'observations'],
  ['duplicate_id', 'feed'],
  ['conflicting_duplicate', 'observations'],
  ['conflicting_duplicate', 'feed'],
];

/**
 * Remembers the observations read so far and tells the repeats, counting them by kind.
 *
 * @internal
 */
export class RepeatFilter {
  private readonly ids = new Map<string, Seen>();
  /** Contents of the plan's own observations, kept only when a feed follows them. */
  private readonly embedded: Set<string> | undefined;
  /** `metricId \0 date` of those: a cheap first test before a content is written. */
  private readonly embeddedDays: Set<string> | undefined;
  private readonly tallies = new Map<string, Tally>();

  /** `withFeed`: a feed follows the plan's own observations (contents are only kept then). */
  constructor(withFeed: boolean) {
    this.embedded = withFeed ? new Set() : undefined;
    this.embeddedDays = withFeed ? new Set() : undefined;
  }

  /** Whether `observation` (fitting its metric, at `index` of `source`) repeats one read before. */
  repeats(observation: Observation, source: ObservationSource, index: number): boolean {
    const id = observation.id;
    if (typeof id === 'string') {
      const seen = this.ids.get(id);
      if (seen === undefined) {
        this.ids.set(id, { first: source === 'observations' ? observation : figuresOf(observation), source });
        if (source === 'observations') this.keep(observation);
        return false;
      }
      const code: RepeatCode =
        (typeof seen.first === 'string' ? seen.first : figuresOf(seen.first)) !== figuresOf(observation) ? 'conflicting_duplicate' : source === 'feed' && seen.source === 'observations' ? 'feed_repeats_plan' : 'duplicate_id';
      this.count(code, source, index, id);
      return true;
    }
    if (source === 'observations') {
      this.keep(observation);
      return false;
    }
    const embedded = this.embedded;
    if (embedded === undefined || embedded.size === 0) return false;
    if (!(this.embeddedDays as Set<string>).has(`${observation.metricId}\u0000${observation.date}`)) return false;
    if (!embedded.has(contentOf(observation))) return false;
    this.count('feed_repeats_plan', source, index, undefined);
    return true;
  }

  /** Keep a plan observation's content for the feed that follows. */
  private keep(observation: Observation): void {
    if (this.embedded === undefined) return;
    this.embedded.add(contentOf(observation));
    (this.embeddedDays as Set<string>).add(`${observation.metricId}\u0000${observation.date}`);
  }

  private count(code: RepeatCode, source: ObservationSource, index: number, id: string | undefined): void {
    const key = `${code}/${source}`;
    const tally = this.tallies.get(key);
    if (tally) tally.count += 1;
    else this.tallies.set(key, { count: 1, index, id });
  }

  /** The warnings, one per kind and source with repeats, in a fixed order; `feedPath` is where the feed's are (default `['feed']`). */
  warnings(feedPath: readonly (string | number)[] = FEED): EvaluationWarning[] {
    const out: EvaluationWarning[] = [];
    if (this.tallies.size === 0) return out;
    for (const [code, source] of ORDER) {
      const tally = this.tallies.get(`${code}/${source}`);
      if (tally === undefined) continue;
      out.push(
        evaluationWarning(code, source === 'feed' ? Object.freeze([...feedPath]) : OWN, {
          count: tally.count,
          source,
          index: tally.index,
          ...(tally.id === undefined ? {} : { id: tally.id }),
        }),
      );
    }
    return out;
  }
}
