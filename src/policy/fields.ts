/**
 * The kinds of policy field the library uses, each with the words its issues use: a share, a
 * number of 0 or more, a score, a whole number, one of a few values, a flag, a record of fields.
 *
 * @module
 */
import * as z from 'zod/mini';
import { policyField } from './define.js';
import type { PolicyExpectation } from './messages.js';

/**
 * A share (fraction) from 0 to 1, both included.
 *
 * @example
 * ```ts
 * z.object({ minCoverage: shareField() });
 * ```
 */
export function shareField(): z.ZodMiniNumber<number> {
  return policyField(z.number().check(z.gte(0), z.lte(1)), { type: 'share' });
}

/**
 * A finite number of 0 or more.
 *
 * @example
 * ```ts
 * z.object({ onTrackTolerance: nonNegativeField() });
 * ```
 */
export function nonNegativeField(): z.ZodMiniNumber<number> {
  return policyField(z.number().check(z.gte(0)), { type: 'non_negative' });
}

/**
 * A score from 0 to 100, both included.
 *
 * @example
 * ```ts
 * z.object({ successScore: scoreField() });
 * ```
 */
export function scoreField(): z.ZodMiniNumber<number> {
  return policyField(z.number().check(z.gte(0), z.lte(100)), { type: 'score' });
}

/**
 * A whole number of `min` (0 or 1) or more.
 *
 * @example
 * ```ts
 * z.object({ graceDays: wholeField(0) });
 * ```
 */
export function wholeField(min: 0 | 1): z.ZodMiniNumberFormat {
  return policyField(z.int().check(z.gte(min)), { type: 'whole', min });
}

/**
 * One of a few words, listed in the issue: "day, week or month".
 *
 * @example
 * ```ts
 * z.object({ seriesUnit: oneOfField(['day', 'week', 'month']) });
 * ```
 */
export function oneOfField<const V extends readonly [string, ...string[]]>(values: V): z.ZodMiniEnum<{ [K in V[number]]: K }> {
  return policyField(z.enum(values), { type: 'one_of', values });
}

/**
 * True or false.
 *
 * @example
 * ```ts
 * z.object({ autoBegin: flagField() });
 * ```
 */
export function flagField(): z.ZodMiniBoolean<boolean> {
  return policyField(z.boolean(), { type: 'flag' });
}

/**
 * A record of fields merged key by key (each key's own schema says what it accepts).
 *
 * @example
 * ```ts
 * z.object({ sustainPeriods: recordField({ week: wholeField(1), month: wholeField(1) }, { type: 'whole_by_unit' }) });
 * ```
 */
export function recordField<S extends z.core.$ZodLooseShape>(shape: S, expected: PolicyExpectation | string): z.ZodMiniObject<S> {
  return policyField(z.object(shape), expected);
}
