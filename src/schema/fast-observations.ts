/**
 * The fast path for observations, the bulk of a plan document (83% of the bench plans' bytes):
 * one loop that checks, copies and freezes observations of the plain shape, and gives up
 * (returns `undefined`) at the first thing that is not plain. The caller then lets the zod schema
 * read the very same input, so every issue for bad input comes from zod, as before: this path
 * never reports an issue, it only accepts.
 *
 * "Plain" is stricter than valid: only `id`, `metricId`, `date`, `value`, `numerator`,
 * `denominator`, `source` and `recordedBy` (no `period`, no `metadata`: those go to zod), an
 * object whose prototype is `Object.prototype` whose own enumerable keys are exactly the fields
 * read, strings and numbers within the schema's limits. What it returns equals what the zod
 * schema and the parse's settle step return for the same input: the schema's key order, `-0`
 * written `0`, every object and the array frozen (test/schema/fast-observations.test.ts checks
 * both against each other on valid and broken input).
 *
 * @internal
 * @module
 */
import { isCalendarDate } from '../dates/calendar.js';
import { LIMITS } from './limits.js';
import type { Observation } from './types.js';

const ID_MAX = LIMITS.idLength;
const LABEL_MAX = LIMITS.labelLength;
const MAGNITUDE = LIMITS.magnitude;

/** An identifier as `IdSchema` accepts it. */
function isId(value: unknown): value is string {
  return typeof value === 'string' && value.length >= 1 && value.length <= ID_MAX;
}

/** A number `NumberSchema` accepts (finite, within the magnitude). */
function isSigned(value: unknown): value is number {
  return typeof value === 'number' && value >= -MAGNITUDE && value <= MAGNITUDE;
}

/** A numerator or denominator as the schema accepts it (0 to the magnitude). */
function isPart(value: unknown): value is number {
  return typeof value === 'number' && value >= 0 && value <= MAGNITUDE;
}

/** `-0` as `0`, as the parse's settle step writes it. */
function settled(value: number): number {
  return value === 0 ? 0 : value;
}

/** Whether an observation's keys stand in the schema's order (its copy's). */
function sameOrder(keys: readonly string[], copy: object): boolean {
  let k = 0;
  for (const key in copy) if (keys[k++] !== key) return false;
  return true;
}

/** An owned observation with its numbers as the copy has them (-0 written as 0). */
function settleInPlace(record: Record<string, unknown>, copy: Record<string, unknown>): Record<string, unknown> {
  for (const key of ['value', 'numerator', 'denominator']) if (key in copy) record[key] = copy[key];
  return record;
}

/**
 * Observations of the plain shape, checked, copied and frozen (`owned`: the input is the caller's
 * own fresh data, JSON.parse's output that nothing else holds, and an observation whose keys stand
 * in the schema's order is frozen as it is, not copied); `undefined` when `input` is
 * anything else (not an array, more than `max` items, an item that is not plain or not valid,
 * a read that throws): the caller then parses it with zod.
 *
 * @internal
 */
export function fastObservations(input: unknown, max: number, owned = false): readonly Observation[] | undefined {
  try {
    if (!Array.isArray(input) || Object.getPrototypeOf(input) !== Array.prototype) return undefined;
    const length = input.length;
    if (length > max) return undefined;
    const out = new Array<Observation>(length);
    // the last date checked: a day is checked once per run of equal dates (no string matches
    // `undefined`, so the first date, even an empty one, is always checked)
    let lastDate: string | undefined;
    for (let i = 0; i < length; i += 1) {
      const item: unknown = input[i];
      if (typeof item !== 'object' || item === null || Object.getPrototypeOf(item) !== Object.prototype) return undefined;
      const record = item as Record<string, unknown>;
      const { id, metricId, date, value, numerator, denominator, source, recordedBy } = record;
      // zod writes an optional key out whenever it is `in` the input, even undefined (hidden or
      // inherited too): such an observation, and `period` or `metadata`, go to zod
      if ('period' in record || 'metadata' in record) return undefined;
      let fields = 2;
      if (!isId(metricId) || typeof date !== 'string') return undefined;
      if (date !== lastDate) {
        if (!isCalendarDate(date)) return undefined;
        lastDate = date;
      }
      const copy: { -readonly [K in keyof Observation]?: Observation[K] } = {};
      if (id !== undefined) {
        if (!isId(id)) return undefined;
        copy.id = id;
        fields += 1;
      } else if ('id' in record) return undefined;
      copy.metricId = metricId;
      copy.date = date;
      if (value !== undefined) {
        if (!isSigned(value) || 'numerator' in record || 'denominator' in record) return undefined;
        copy.value = settled(value);
        fields += 1;
      } else {
        if ('value' in record || !isPart(numerator) || !isPart(denominator)) return undefined;
        copy.numerator = settled(numerator);
        copy.denominator = settled(denominator);
        fields += 2;
      }
      if (source !== undefined) {
        if (typeof source !== 'string' || source.length < 1 || source.length > LABEL_MAX) return undefined;
        copy.source = source;
        fields += 1;
      } else if ('source' in record) return undefined;
      if (recordedBy !== undefined) {
        if (!isId(recordedBy)) return undefined;
        copy.recordedBy = recordedBy;
        fields += 1;
      } else if ('recordedBy' in record) return undefined;
      // the own enumerable keys are exactly the fields read: none unknown, none undefined, none
      // non-enumerable or inherited
      const keys = Object.keys(record);
      if (keys.length !== fields) return undefined;
      for (let k = 0; k < keys.length; k += 1) if (!Object.hasOwn(copy, keys[k]!)) return undefined;
      out[i] = Object.freeze(owned && sameOrder(keys, copy) ? settleInPlace(record, copy) : copy) as unknown as Observation;
    }
    return Object.freeze(out);
  } catch {
    return undefined;
  }
}
