/**
 * Structural variations of valid plan documents, for the fuzz targets that need plans that
 * parse (lintPlan, transition): empty lists, missing optional sections, every date moved to the
 * ends of the calendar, extreme numbers within the bounds, long texts, and as many entities as
 * LIMITS allow. Each variation keeps the document valid as far as it can; the few that do not
 * parse are still useful (the fuzz target then checks the rejection).
 */
import fc from 'fast-check';
import { fromDayNumber, isCalendarDate, toDayNumber } from '../../src/dates/calendar.js';
import { LIMITS } from '../../src/schema/limits.js';
import type { PlanInput } from '../../src/schema/types.js';
import { pitfallPlanArbitrary, planArbitrary } from '../../src/testing/index.js';

type Json = Record<string, unknown>;
type Variation = (doc: Json, pick: number) => void;

const FIRST_DAY = toDayNumber('0001-01-01');
const LAST_DAY = toDayNumber('9999-12-31');

/** Every calendar-date string in a document (keys and metadata included: they are JSON too). */
function datesOf(value: unknown, out: number[] = []): number[] {
  if (typeof value === 'string') {
    if (isCalendarDate(value)) out.push(toDayNumber(value));
  } else if (Array.isArray(value)) for (const item of value) datesOf(item, out);
  else if (value !== null && typeof value === 'object') for (const item of Object.values(value)) datesOf(item, out);
  return out;
}

/** The document with every calendar date moved by `days`. */
function shiftAll(value: unknown, days: number): unknown {
  if (typeof value === 'string') return isCalendarDate(value) ? fromDayNumber(toDayNumber(value) + days) : value;
  if (Array.isArray(value)) return value.map((item) => shiftAll(item, days));
  if (value !== null && typeof value === 'object') {
    const out: Json = {};
    for (const [key, item] of Object.entries(value)) out[key] = shiftAll(item, days);
    return out;
  }
  return value;
}

/**
 * A copy of a document with every date moved so its earliest is 0001-01-01 or its latest
 * 9999-12-31 (`margin` days further in).
 */
export function atCalendarEnd<T>(document: T, end: 'earliest' | 'latest', margin = 0): T {
  const days = datesOf(document);
  return shiftAll(document, end === 'earliest' ? FIRST_DAY + margin - Math.min(...days) : LAST_DAY - margin - Math.max(...days)) as T;
}

const EXTREME_NUMBERS = [Number.MAX_SAFE_INTEGER, -Number.MAX_SAFE_INTEGER, 1e15, -1e15, 1e-300, Number.MIN_VALUE, 0, 1, 0.1 + 0.2, 99.99999999999999] as const;
const INTEGRAL_NUMBERS = [Number.MAX_SAFE_INTEGER, -Number.MAX_SAFE_INTEGER, 1e15, 0, 1] as const;
const VAGUE = 'improve your attitude and sell more, be more engaged, try harder ';

const asList = (value: unknown): Json[] => (Array.isArray(value) ? (value as Json[]) : []);

/** Copies of a list's entries (ids made unique) until it holds `size` entries. */
function grow(list: Json[], size: number, idKey = 'id'): Json[] {
  if (list.length === 0) return list;
  const out = [...list];
  for (let i = 0; out.length < size; i += 1) {
    const copy = structuredClone(list[i % list.length]!);
    if (typeof copy[idKey] === 'string') copy[idKey] = `${String(copy[idKey]).slice(0, 100)}-x${i}`;
    out.push(copy);
  }
  return out;
}

const VARIATIONS: Record<string, Variation> = {
  unchanged: () => {},
  emptyLists: (doc, pick) => {
    const lists = ['gaps', 'goals', 'support', 'development', 'priorCoaching', 'checkIns', 'supportDeliveries', 'observations'];
    for (const [i, key] of lists.entries()) if ((pick >> i) % 2 === 1 || pick % 7 === 0) doc[key] = [];
    // keep the references resolvable
    if (Array.isArray(doc['goals']) && (doc['goals'] as unknown[]).length === 0) {
      doc['development'] = [];
      for (const c of asList(doc['support'])) c['goalIds'] = [];
      for (const c of asList(doc['checkIns'])) delete c['progress'];
    }
    if (asList(doc['gaps']).length === 0) for (const g of asList(doc['goals'])) g['gapIds'] = [];
    if (asList(doc['support']).length === 0) doc['supportDeliveries'] = [];
  },
  noOptionalSections: (doc, pick) => {
    const optional = ['title', 'purpose', 'hrPartner', 'diagnostic', 'checkInSchedule', 'outcomes', 'salesCycleDays', 'metadata'];
    for (const [i, key] of optional.entries()) if ((pick >> i) % 2 === 1 || pick % 5 === 0) delete doc[key];
    if (doc['diagnostic'] === undefined) for (const c of asList(doc['support'])) delete c['systemFactorIds'];
    const employee = doc['employee'] as Json;
    if (pick % 3 === 0) delete employee['roleStartDate'];
  },
  earliestDates: (doc) => {
    Object.assign(doc, atCalendarEnd(doc, 'earliest'));
  },
  latestDates: (doc) => {
    Object.assign(doc, atCalendarEnd(doc, 'latest'));
  },
  anyDates: (doc, pick) => {
    const days = datesOf(doc);
    const low = FIRST_DAY - Math.min(...days);
    const high = LAST_DAY - Math.max(...days);
    Object.assign(doc, shiftAll(doc, low + Math.floor(((high - low) * pick) / 1_000)));
  },
  extremeNumbers: (doc, pick) => {
    // Money is in integral minor units and rubric scores are rubric levels: those get integers or stay.
    const metrics = new Map(asList(doc['metrics']).map((m) => [m['id'], m]));
    const number = (metricId: unknown, k: number): number | undefined => {
      const metric = metrics.get(metricId);
      if (metric?.['rubric'] !== undefined) return undefined;
      const list = metric?.['unit'] === 'currency' ? INTEGRAL_NUMBERS : EXTREME_NUMBERS;
      return list[(pick + k) % list.length]!;
    };
    const set = (entity: Json, key: string, value: number | undefined) => {
      if (value !== undefined) entity[key] = value;
    };
    asList(doc['gaps']).forEach((gap, i) => set(gap, (pick + i) % 2 === 0 ? 'current' : 'standard', number(gap['metricId'], i)));
    asList(doc['goals']).forEach((goal, i) => set(goal, (pick + i) % 3 === 0 ? 'baseline' : 'target', number(goal['metricId'], i + 1)));
    asList(doc['observations']).forEach((observation, i) => {
      if (i % 7 === pick % 7 && typeof observation['value'] === 'number') set(observation, 'value', number(observation['metricId'], i));
    });
    if (pick % 4 === 0) doc['salesCycleDays'] = 3_660;
    if (pick % 4 === 1 && doc['durationDays'] !== undefined) doc['durationDays'] = 3_660;
  },
  longTexts: (doc, pick) => {
    doc['purpose'] = VAGUE.repeat(Math.ceil(LIMITS.textLength / VAGUE.length)).slice(0, LIMITS.textLength - (pick % 3));
    doc['title'] = 'Growth Plan '.repeat(30).slice(0, LIMITS.labelLength);
    for (const goal of asList(doc['goals'])) goal['title'] = VAGUE.repeat(10).slice(0, LIMITS.labelLength);
    const diagnostic = doc['diagnostic'] as Json | undefined;
    if (diagnostic) diagnostic['struggles'] = Array.from({ length: LIMITS.listItems }, (_, i) => `${VAGUE}${i}`);
  },
  manyEntities: (doc, pick) => {
    const size = pick % 2 === 0 ? LIMITS.entities : 20 + (pick % (LIMITS.entities - 20));
    for (const goal of asList(doc['goals'])) delete goal['weight'];
    doc['goals'] = grow(asList(doc['goals']), size);
    doc['gaps'] = grow(asList(doc['gaps']), size);
    doc['support'] = grow(asList(doc['support']), size);
    if (pick % 3 === 0) doc['priorCoaching'] = grow(asList(doc['priorCoaching']), LIMITS.records, 'notes');
  },
};

/** The names of the structural variations. */
export const PLAN_VARIATIONS: readonly string[] = Object.keys(VARIATIONS);

/** A plan document: generated (well-formed, or with one lint pitfall), then varied structurally. */
export function variedPlanDocument(): fc.Arbitrary<{ readonly variation: string; readonly input: PlanInput }> {
  const documents = fc.oneof(
    planArbitrary({ withRecords: true }),
    planArbitrary({ withObservations: true, withRecords: true, maxGoals: 3 }),
    pitfallPlanArbitrary().map((p) => p.input),
  );
  const weighted = fc.oneof(
    { arbitrary: fc.constantFrom('unchanged', 'emptyLists', 'noOptionalSections', 'extremeNumbers'), weight: 12 },
    { arbitrary: fc.constantFrom('earliestDates', 'latestDates', 'anyDates'), weight: 8 },
    { arbitrary: fc.constant('longTexts'), weight: 2 },
    { arbitrary: fc.constant('manyEntities'), weight: 1 }, // slow (up to 200 goals): rarer
  );
  return fc.tuple(documents, weighted, fc.nat({ max: 1_000 })).map(([document, variation, pick]) => {
    const doc = structuredClone(document) as unknown as Json;
    VARIATIONS[variation]!(doc, pick);
    return { variation, input: doc as unknown as PlanInput };
  });
}
