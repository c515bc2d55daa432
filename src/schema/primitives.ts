import * as z from 'zod';
import { isCalendarDate } from '../dates/calendar.js';
import type { PlanIssueCode } from './codes.js';
import { LIMITS } from './limits.js';
import { cloneJson, findJsonProblem, keyProblem, type JsonObject, type JsonValue } from './json-value.js';
import { formatPath, issueMessage, quote, type PlanIssueFactsByCode, type PlanIssueFactsInput } from './messages.js';

export { keyProblem, type JsonObject, type JsonValue } from './json-value.js';

interface CheckContext {
  value: unknown;
  issues: unknown[];
}

/**
 * Push one of this library's issues from inside a zod check, with its code's facts (`where`, when
 * given, words zod's own message; the issue's is written from its path).
 */
export function pushIssue<C extends PlanIssueCode>(ctx: CheckContext, code: C, facts: PlanIssueFactsInput<C> & { readonly where?: string }, path?: readonly PropertyKey[]): void;
export function pushIssue<C extends PlanIssueCode>(
  ctx: CheckContext,
  code: C,
  facts = {} as PlanIssueFactsInput<C> & { readonly where?: string },
  path: readonly PropertyKey[] = [],
): void {
  ctx.issues.push({
    code: 'custom',
    input: ctx.value,
    path: [...path],
    params: { code, facts },
    message: issueMessage(code, { where: 'value', ...facts } as unknown as PlanIssueFactsByCode[C]),
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
export const DaysSchema = z.number().int().min(1).max(LIMITS.planDays);

const YEAR = '(?:[0-9]{3}[1-9]|[0-9]{2}[1-9][0-9]|[0-9][1-9][0-9]{2}|[1-9][0-9]{3})';
const LEAP_YEAR = '(?:[0-9]{2}(?:0[48]|[2468][048]|[13579][26])|(?:0[48]|[2468][048]|[13579][26])00)';
const MONTH_DAY = '(?:(?:0[13578]|1[02])-(?:0[1-9]|[12][0-9]|3[01])|(?:0[469]|11)-(?:0[1-9]|[12][0-9]|30)|02-(?:0[1-9]|1[0-9]|2[0-8]))';

/**
 * The JSON Schema `pattern` of a calendar date: exactly the days {@link isCalendarDate} accepts
 * (years 0001-9999, months 01-12, the days of each month, 29 February in leap years only). Plain
 * groups, classes and alternation, no lookaround, so validators without format support in any
 * language (ECMA-262, Python `re`, Go RE2, Java) read it alike.
 *
 * @internal
 */
export const CALENDAR_DATE_PATTERN = `^(?:${YEAR}-${MONTH_DAY}|${LEAP_YEAR}-02-29)$`;

/** A calendar date `YYYY-MM-DD` naming a real day, independent of any time zone. */
export const CalendarDateSchema = z
  .string()
  .check((ctx) => {
    if (!isCalendarDate(ctx.value)) pushIssue(ctx, 'invalid_date', { received: quote(ctx.value) });
  })
  .meta({ format: 'date', pattern: CALENDAR_DATE_PATTERN, description: 'A calendar date YYYY-MM-DD naming a real day.' });

/** A date span, both ends inclusive. */
export const DateSpanSchema = z
  .strictObject({ start: CalendarDateSchema, end: CalendarDateSchema })
  .check((ctx) => {
    if (ctx.value.end < ctx.value.start) {
      pushIssue(ctx, 'window_order', { problem: { kind: 'span', start: ctx.value.start, end: ctx.value.end } }, ['end']);
    }
  });

/**
 * An object schema whose catch-all keys are checked first: zod leaves a `__proto__` key out of
 * its output without a word (it would set the prototype), so it is refused here, with
 * `forbidden_key`, as everywhere else; over-long keys are `key_too_long`. The JSON Schema is the
 * wrapped object's.
 *
 * @internal
 */
export function withCheckedKeys<S extends z.ZodType>(schema: S): S {
  return z.preprocess((value, ctx) => {
    if (typeof value === 'object' && value !== null && !Array.isArray(value)) {
      for (const key of Object.keys(value)) {
        const problem = keyProblem(key);
        if (problem) pushIssue(ctx as unknown as CheckContext, problem.code, problem.facts, problem.path);
      }
    }
    return value;
  }, schema) as unknown as S;
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
