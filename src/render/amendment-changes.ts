/**
 * What an amendment changed, in words, from the goal or commitment its record keeps before and
 * after: "Goal 'Weekly calls': target 40 -> 45 per week, weight 30% -> 25%". Host fields
 * (`metadata`) are left out: the documents show them apart, by audience.
 *
 * @internal
 * @module
 */
import type { Amendment, Goal, MetricDefinition, SupportCommitment } from '../schema/types.js';
import type { ValueFormatter } from './format.js';
import type { RenderMessages } from './messages.js';

/** What the words need: the messages, the formatter, the plan's metrics, goal titles and people's names. */
export interface ChangeWords {
  readonly m: RenderMessages;
  readonly f: ValueFormatter;
  readonly metrics: ReadonlyMap<string, MetricDefinition>;
  readonly goalTitle: (id: string) => string;
  readonly person: (id: string) => string;
}

type Entity = Readonly<Record<string, unknown>>;

const same = (a: unknown, b: unknown): boolean => JSON.stringify(a) === JSON.stringify(b);

/** The keys of both, in the order of `after` then the ones only `before` has; never `id` or `metadata`. */
function keysOf(before: Entity, after: Entity): string[] {
  const keys = [...Object.keys(after), ...Object.keys(before).filter((key) => !Object.hasOwn(after, key))];
  return keys.filter((key) => key !== 'id' && key !== 'metadata');
}

/** A goal's target in words: the value, with its bound when `bound`, with its basis when `basis`. */
function targetWords(w: ChangeWords, goal: Goal, bound: boolean, basis: boolean): string {
  const metric = w.metrics.get(goal.metricId);
  const value = w.f.value(metric, goal.target);
  const comparator = goal.comparator ?? (metric?.direction === 'lower_is_better' ? 'at_most' : 'at_least');
  const bounded = bound ? (comparator === 'at_most' ? w.m.atMost(value) : w.m.atLeast(value)) : value;
  return basis ? `${bounded} ${w.m.basis(goal.basis)}` : bounded;
}

/** One field of a goal in words. */
function goalField(w: ChangeWords, goal: Goal, key: string): string {
  const none = w.m.labels.none;
  const metric = w.metrics.get(goal.metricId);
  switch (key) {
    case 'title':
    case 'description':
      return typeof goal[key] === 'string' ? `'${goal[key]}'` : none;
    case 'category':
      return w.m.goalCategory[goal.category];
    case 'metricId':
      return metric?.name ?? goal.metricId;
    case 'baseline':
      return w.f.value(metric, goal.baseline);
    case 'window':
      return goal.window ? w.m.dateRange(w.f.date(goal.window.start), w.f.date(goal.window.end)) : none;
    case 'deadline':
      return goal.deadline ? w.f.date(goal.deadline) : none;
    case 'weight':
      return goal.weight !== undefined ? `${w.f.number(goal.weight)}%` : none;
    case 'floor':
      return goal.floor !== undefined ? w.f.number(goal.floor) : none;
    case 'required':
      return goal.required === undefined ? none : goal.required ? w.m.labels.yes : w.m.labels.no;
    case 'gapIds':
      return goal.gapIds.length > 0 ? goal.gapIds.join(', ') : none;
    case 'milestones':
      return goal.milestones && goal.milestones.length > 0
        ? goal.milestones.map((milestone) => `${w.f.date(milestone.date)}: ${w.f.value(metric, milestone.target)}`).join('; ')
        : none;
    default:
      return JSON.stringify((goal as unknown as Entity)[key] ?? null);
  }
}

/** The changes between two versions of a goal. Target, basis and comparator read as one: "target 40 -> 45 per week". */
function goalChanges(w: ChangeWords, before: Goal, after: Goal): string[] {
  const out: string[] = [];
  const label = (key: string) => w.m.amendmentFields[key] ?? key;
  const boundChanged = !same(before.comparator, after.comparator);
  const basisChanged = before.basis !== after.basis;
  for (const key of keysOf(before as unknown as Entity, after as unknown as Entity)) {
    if (key === 'basis' || key === 'comparator') continue;
    if (key === 'target') {
      if (before.target !== after.target || boundChanged || basisChanged) {
        out.push(w.m.fieldChange(label('target'), targetWords(w, before, boundChanged, basisChanged), targetWords(w, after, boundChanged, true)));
      }
      continue;
    }
    const was = (before as unknown as Entity)[key];
    const now = (after as unknown as Entity)[key];
    if (!same(was, now)) out.push(w.m.fieldChange(label(key), goalField(w, before, key), goalField(w, after, key)));
  }
  return out;
}

/** One field of a support commitment in words. */
function supportField(w: ChangeWords, commitment: SupportCommitment, key: string): string {
  const none = w.m.labels.none;
  switch (key) {
    case 'description':
      return `'${commitment.description}'`;
    case 'kind':
      return w.m.supportKind[commitment.kind];
    case 'owner':
      return commitment.owner !== undefined ? (commitment.ownerName ?? w.person(commitment.owner)) : none;
    case 'ownerName':
      return commitment.ownerName ?? none;
    case 'dueDates':
      return commitment.dueDates && commitment.dueDates.length > 0 ? commitment.dueDates.map((date) => w.f.date(date)).join(', ') : none;
    case 'goalIds':
      return commitment.goalIds.length > 0 ? commitment.goalIds.map((id) => w.goalTitle(id)).join('; ') : none;
    case 'cadence':
      return commitment.cadence ? JSON.stringify(commitment.cadence) : none;
    default:
      return JSON.stringify((commitment as unknown as Entity)[key] ?? null);
  }
}

function supportChanges(w: ChangeWords, before: SupportCommitment, after: SupportCommitment): string[] {
  const out: string[] = [];
  for (const key of keysOf(before as unknown as Entity, after as unknown as Entity)) {
    if (same((before as unknown as Entity)[key], (after as unknown as Entity)[key])) continue;
    out.push(w.m.fieldChange(w.m.amendmentFields[key] ?? key, supportField(w, before, key), supportField(w, after, key)));
  }
  return out;
}

/**
 * What one amendment record changed, in words; `undefined` for a record that keeps no `after`
 * (made before amendments kept what they changed).
 */
export function amendmentChange(w: ChangeWords, record: Amendment): string | undefined {
  if (record.target === 'goal') {
    if (record.after === undefined) return undefined;
    return record.before === undefined ? w.m.addedGoal(record.after.title) : w.m.amendedGoal(record.after.title, goalChanges(w, record.before, record.after));
  }
  if (record.after === undefined) return undefined;
  return record.before === undefined
    ? w.m.addedSupport(record.after.description)
    : w.m.amendedSupport(record.after.description, supportChanges(w, record.before, record.after));
}
