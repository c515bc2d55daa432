import * as z from 'zod';
import { isCalendarDate } from '../dates/calendar.js';
import type { PlanIssueCode } from './codes.js';
import { LIMITS } from './limits.js';
import { formatPath, issueMessage, type IssueFacts } from './messages.js';

/** A JSON value as host systems store it. */
export type JsonValue = string | number | boolean | null | JsonValue[] | { [key: string]: JsonValue };

/** A JSON object: what `metadata` holds. */
export type JsonObject = { [key: string]: JsonValue };

interface CheckContext {
  value: unknown;
  issues: unknown[];
}

/** Push one of this library's issues from inside a zod check. */
export function pushIssue(
  ctx: CheckContext,
  code: PlanIssueCode,
  facts: Partial<IssueFacts> = {},
  path: readonly PropertyKey[] = [],
): void {
  ctx.issues.push({
    code: 'custom',
    input: ctx.value,
    path: [...path],
    params: { code, facts },
    message: issueMessage(code, { where: 'value', ...facts }),
  });
}

/** An id: non-empty, bounded. */
export const IdSchema = z.string().min(1).max(LIMITS.idLength);

/** A short label: names, titles, roles. */
export const LabelSchema = z.string().min(1).max(LIMITS.labelLength);

/** Free text: notes, descriptions. */
export const TextSchema = z.string().max(LIMITS.textLength);

/** A list of short free-text answers. */
export const TextListSchema = z.array(TextSchema).max(LIMITS.listItems);

/** A finite number within the safe magnitude. */
export const NumberSchema = z.number().min(-LIMITS.magnitude).max(LIMITS.magnitude);

/** A non-negative whole number. */
export const CountSchema = z.number().int().min(0);

/** A positive whole number of days. */
export const DaysSchema = z.number().int().min(1).max(3_660);

/** A calendar date `YYYY-MM-DD` naming a real day, independent of any time zone. */
export const CalendarDateSchema = z
  .string()
  .check((ctx) => {
    if (!isCalendarDate(ctx.value)) {
      pushIssue(ctx, 'invalid_date', { received: JSON.stringify(String(ctx.value).slice(0, 40)) });
    }
  })
  .meta({ format: 'date', pattern: '^\\d{4}-\\d{2}-\\d{2}$', description: 'A calendar date YYYY-MM-DD.' });

/** A date span, both ends inclusive. */
export const DateSpanSchema = z
  .strictObject({ start: CalendarDateSchema, end: CalendarDateSchema })
  .check((ctx) => {
    if (ctx.value.end < ctx.value.start) {
      pushIssue(ctx, 'window_order', { detail: `${ctx.value.start} .. ${ctx.value.end}` }, ['end']);
    }
  });

const FORBIDDEN_KEYS = new Set(['__proto__']);

/**
 * Check that a value is bounded JSON without prototype-altering keys. Iterative,
 * so deep nesting cannot overflow the stack. Returns the first problem found.
 */
function findJsonProblem(
  root: unknown,
  requireObject: boolean,
): { code: PlanIssueCode; path: PropertyKey[]; facts: Partial<IssueFacts> } | undefined {
  if (requireObject && (typeof root !== 'object' || root === null || Array.isArray(root))) {
    return { code: 'invalid_metadata', path: [], facts: { detail: 'expected an object' } };
  }
  const stack: { value: unknown; path: PropertyKey[] }[] = [{ value: root, path: [] }];
  let nodes = 0;
  while (stack.length > 0) {
    const { value, path } = stack.pop()!;
    nodes += 1;
    if (nodes > LIMITS.jsonNodes) return { code: 'too_big', path: [], facts: { limit: `${LIMITS.jsonNodes} values` } };
    if (path.length > LIMITS.jsonDepth) return { code: 'too_deep', path, facts: { limit: LIMITS.jsonDepth } };
    if (value === null || typeof value === 'boolean') continue;
    if (typeof value === 'string') {
      if (value.length > LIMITS.textLength) return { code: 'too_big', path, facts: { limit: `${LIMITS.textLength} characters` } };
      continue;
    }
    if (typeof value === 'number') {
      if (!Number.isFinite(value)) return { code: 'invalid_metadata', path, facts: { detail: `${value} is not a finite number` } };
      continue;
    }
    if (Array.isArray(value)) {
      for (let i = 0; i < value.length; i += 1) stack.push({ value: value[i], path: [...path, i] });
      continue;
    }
    if (typeof value === 'object') {
      const proto: unknown = Object.getPrototypeOf(value);
      if (proto !== Object.prototype && proto !== null) {
        return { code: 'invalid_metadata', path, facts: { detail: 'only plain objects are allowed' } };
      }
      for (const key of Object.keys(value)) {
        if (FORBIDDEN_KEYS.has(key)) return { code: 'forbidden_key', path: [...path, key], facts: { value: JSON.stringify(key) } };
        stack.push({ value: (value as Record<string, unknown>)[key], path: [...path, key] });
      }
      continue;
    }
    return { code: 'invalid_metadata', path, facts: { detail: `${typeof value} is not JSON` } };
  }
  return undefined;
}

/** A deep copy of checked JSON, so the caller's object is never shared or frozen. */
function cloneJson(value: unknown): JsonValue {
  if (value === null || typeof value !== 'object') return value as JsonValue;
  if (Array.isArray(value)) return value.map(cloneJson);
  const out: JsonObject = {};
  for (const key of Object.keys(value)) out[key] = cloneJson((value as Record<string, unknown>)[key]);
  return out;
}

function boundedJson(requireObject: boolean) {
  return z
    .unknown()
    .check((ctx) => {
      const problem = findJsonProblem(ctx.value, requireObject);
      if (problem) pushIssue(ctx, problem.code, { ...problem.facts, where: formatPath(problem.path, 'value') }, problem.path);
    })
    .transform((value) => cloneJson(value));
}

/**
 * Host-system fields, kept exactly as given: the library never reads them and never drops them.
 * Bounded in depth and size; `__proto__` keys are rejected.
 */
export const MetadataSchema = boundedJson(true).meta({
  type: 'object',
  description: 'Host-system fields. The library never reads them and keeps them through every round trip.',
}) as unknown as z.ZodType<JsonObject, JsonObject>;

/** Any bounded JSON value (used for event payloads and patch values). */
export const JsonValueSchema = boundedJson(false).meta({
  description: 'Any JSON value.',
}) as unknown as z.ZodType<JsonValue, JsonValue>;

/** An optional metadata field, for spreading into entity shapes. */
export const withMetadata = { metadata: MetadataSchema.optional() } as const;
