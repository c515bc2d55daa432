/**
 * A reader of the plan's shape without zod: the fast path of a parse (and of the command line's
 * `validate`, which then never loads zod for a valid plan). It reads {@link PLAIN_NODES}, the zod
 * schema written out as plain data by test/support/plain-shape.ts, and accepts only plain data it
 * is sure zod accepts: at anything unusual (an issue, a class instance, an `undefined`, a read
 * that throws) it gives up, and the caller parses with zod, which reports the issues. What it
 * returns is what zod returns: the same values, defaults filled in, keys in the schema's order.
 * test/schema/read-plain.test.ts checks both against each other on valid and broken plans.
 *
 * @internal
 * @module
 */
import { isCalendarDate } from '../dates/calendar.js';
import { cloneJson, findJsonProblem, keyProblem } from './json-value.js';
import { PLAIN_NODES, PLAIN_PLAN } from './plain-shape.js';

/**
 * One node of the plain shape (children named by their index in the table):
 * - `['s', min, max, pattern]` a string, its length (UTF-16 units) within bounds, matching `pattern`;
 * - `['n', int, min, max]` a finite number within bounds (a safe integer when `int` is 1);
 * - `['b']` a boolean; `['e', values]` one of the strings; `['l', values]` one of the values;
 * - `['?', node]` optional; `['=', node, default]` the default when absent;
 * - `['a', node, min, max, check]` an array (`check` `patchPath`: no `__proto__` in it);
 * - `['u', nodes]` the first of the nodes that reads the value;
 * - `['o', [[key, node], ...], rest, checkedKeys, check]` an object: its keys (unknown keys read by
 *   `rest`, or refused when it is -1), its keys checked first when `checkedKeys` is 1, and
 *   `check` `observation`: a value, or a numerator and a denominator;
 * - `['date']` a calendar date; `['span']` a date span, end not before start;
 *   `['json', object]` bounded JSON (an object when `object` is 1), copied.
 *
 * @internal
 */
export type PlainNode =
  | readonly ['s', number, number | null, string | null]
  | readonly ['n', 0 | 1, number | null, number | null]
  | readonly ['b']
  | readonly ['e', readonly string[]]
  | readonly ['l', readonly (string | number | boolean)[]]
  | readonly ['?', number]
  | readonly ['=', number, string | number | boolean | readonly never[]]
  | readonly ['a', number, number, number | null, 'patchPath' | null]
  | readonly ['u', readonly number[]]
  | readonly ['o', readonly (readonly [string, number])[], number, 0 | 1, 'observation' | null]
  | readonly ['date']
  | readonly ['span']
  | readonly ['json', 0 | 1];

/** What a reader returns when it gives up. */
const NO = Symbol('no');
type Reader = (value: unknown) => unknown;

/** A plain object (what JSON.parse makes), with no `undefined` in it. */
function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const proto: unknown = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

const readers: (Reader | undefined)[] = [];
const isEnumerable = Object.prototype.propertyIsEnumerable;

function readerOf(index: number): Reader {
  let reader = readers[index];
  if (reader === undefined) {
    reader = compile(PLAIN_NODES[index]!);
    readers[index] = reader;
  }
  return reader;
}

function readString(value: unknown, min: number, max: number | null, pattern: RegExp | null): unknown {
  if (typeof value !== 'string' || value.length < min || (max !== null && value.length > max)) return NO;
  if (pattern !== null && !pattern.test(value)) return NO;
  return value;
}

function readDate(value: unknown): unknown {
  return typeof value === 'string' && isCalendarDate(value) ? value : NO;
}

function compileObject(
  fields: readonly (readonly [string, number])[],
  rest: number,
  checkedKeys: 0 | 1,
  check: 'observation' | null,
  own: Readonly<Record<string, Reader>> = {},
): Reader {
  const keys = fields.map(([key]) => key);
  const known = new Set(keys);
  const nodes = fields.map(([, node]) => PLAIN_NODES[node]!);
  const count = keys.length;
  return (value) => {
    if (!isPlainObject(value)) return NO;
    const listed = Object.keys(value);
    if (checkedKeys === 1) for (const key of listed) if (keyProblem(key) !== undefined) return NO;
    const out: Record<string, unknown> = {};
    let present = 0;
    for (let i = 0; i < count; i += 1) {
      const key = keys[i]!;
      const node = nodes[i]!;
      const field = value[key];
      if (field === undefined) {
        if (Object.hasOwn(value, key)) return NO;
        if (node[0] === '?') continue;
        if (node[0] !== '=') return NO;
        const fallback = node[2];
        out[key] = Array.isArray(fallback) ? [] : fallback;
        continue;
      }
      // an inherited or hidden key: zod reads it, and may list the rest differently
      if (!isEnumerable.call(value, key)) return NO;
      present += 1;
      const read = (own[key] ?? readerOf(node[0] === '?' || node[0] === '=' ? node[1] : fields[i]![1]))(field);
      if (read === NO) return NO;
      out[key] = read;
    }
    if (present !== listed.length) {
      if (rest === -1) return NO;
      const readRest = readerOf(rest);
      for (const key of listed) {
        if (known.has(key)) continue;
        const field = value[key];
        if (field === undefined) return NO;
        const read = readRest(field);
        if (read === NO) return NO;
        out[key] = read;
      }
    }
    if (check === 'observation') {
      const parts = (out['numerator'] !== undefined ? 1 : 0) + (out['denominator'] !== undefined ? 1 : 0);
      if (out['value'] !== undefined ? parts > 0 : parts !== 2) return NO;
    }
    return out;
  };
}

function compile(node: PlainNode): Reader {
  switch (node[0]) {
    case 's': {
      const [, min, max, source] = node;
      const pattern = source === null ? null : new RegExp(source);
      return (value) => readString(value, min, max, pattern);
    }
    case 'n': {
      const [, int, min, max] = node;
      return (value) => {
        if (typeof value !== 'number' || !Number.isFinite(value)) return NO;
        if (int === 1 && !Number.isSafeInteger(value)) return NO;
        if ((min !== null && value < min) || (max !== null && value > max)) return NO;
        return value;
      };
    }
    case 'b':
      return (value) => (typeof value === 'boolean' ? value : NO);
    case 'e':
    case 'l': {
      const values = new Set<unknown>(node[1]);
      return (value) => (values.has(value) ? value : NO);
    }
    case '?':
    case '=': {
      // outside an object (where absent is read by the object): the value must be there
      const inner = node[1];
      return (value) => (value === undefined ? NO : readerOf(inner)(value));
    }
    case 'a': {
      const [, element, min, max, check] = node;
      return (value) => {
        if (!Array.isArray(value) || Object.getPrototypeOf(value) !== Array.prototype) return NO;
        const length = value.length;
        if (length < min || (max !== null && length > max)) return NO;
        const read = readerOf(element);
        const out = new Array<unknown>(length);
        for (let i = 0; i < length; i += 1) {
          const item: unknown = value[i];
          if (item === undefined || (check === 'patchPath' && item === '__proto__')) return NO;
          const one = read(item);
          if (one === NO) return NO;
          out[i] = one;
        }
        return out;
      };
    }
    case 'u': {
      const options = node[1];
      return (value) => {
        for (const option of options) {
          const read = readerOf(option)(value);
          if (read !== NO) return read;
        }
        return NO;
      };
    }
    case 'o':
      return compileObject(node[1], node[2], node[3], node[4]);
    case 'date':
      return readDate;
    case 'span':
      return (value) => {
        if (!isPlainObject(value)) return NO;
        const { start, end } = value;
        if (Object.keys(value).length !== 2 || readDate(start) === NO || readDate(end) === NO || (end as string) < (start as string)) return NO;
        return { start, end };
      };
    case 'json': {
      const object = node[1] === 1;
      return (value) => (value !== undefined && findJsonProblem(value, object) === undefined ? cloneJson(value) : NO);
    }
  }
}

/**
 * The plan's shape read without zod: the value zod's `PlanShape` would return (not frozen), or
 * `undefined` when the input is anything but plain, valid data. `observations` are left as they
 * are in the input, for the caller's own reader.
 *
 * @example
 * ```ts
 * readPlainPlan({ schemaVersion: 1, id: 'p1', ... })?.status; // => "draft" (the default)
 * readPlainPlan({ schemaVersion: 2 }); // => undefined (zod reports it)
 * ```
 *
 * @internal
 */
export function readPlainPlan(input: unknown, observations: unknown): Record<string, unknown> | undefined {
  try {
    const plan = readPlan()(input);
    if (plan === NO) return undefined;
    (plan as Record<string, unknown>)['observations'] = observations;
    return plan as Record<string, unknown>;
  } catch {
    return undefined;
  }
}

let planReader: Reader | undefined;

/** The plan's own reader: its observations taken as they are (the caller reads them). */
function readPlan(): Reader {
  if (planReader === undefined) {
    const node = PLAIN_NODES[PLAIN_PLAN]!;
    if (node[0] !== 'o') throw new Error('the plain shape of a plan is an object');
    planReader = compileObject(node[1], node[2], node[3], node[4], { observations: (value) => value });
  }
  return planReader;
}
