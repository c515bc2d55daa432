/**
 * The kinds of policy field the library uses, each with the words its issues use: a share, a
 * number of 0 or more, a score, a whole number, one of a few values, a flag, a record of fields.
 *
 * @module
 */
import * as z from 'zod';
import { policyField } from './define.js';

/**
 * A share (fraction) from 0 to 1, both included.
 *
 * @example
 * ```ts
 * z.object({ minCoverage: shareField('Share of elapsed periods with data below which the evidence is insufficient.') });
 * ```
 */
export function shareField(description: string): z.ZodNumber {
  return policyField(z.number().min(0).max(1), 'a share between 0 and 1', description);
}

/**
 * A finite number of 0 or more.
 *
 * @example
 * ```ts
 * z.object({ onTrackTolerance: nonNegativeField('Behind the trajectory by at most this share of the gap: on track.') });
 * ```
 */
export function nonNegativeField(description: string): z.ZodNumber {
  return policyField(z.number().min(0), 'a number of 0 or more', description);
}

/**
 * A score from 0 to 100, both included.
 *
 * @example
 * ```ts
 * z.object({ successScore: scoreField('Score at or past which the plan is successful.') });
 * ```
 */
export function scoreField(description: string): z.ZodNumber {
  return policyField(z.number().min(0).max(100), 'a score between 0 and 100', description);
}

/**
 * A whole number of `min` (0 or 1) or more.
 *
 * @example
 * ```ts
 * z.object({ graceDays: wholeField(0, 'Days after a check-in before it counts as missed.') });
 * ```
 */
export function wholeField(min: 0 | 1, description: string): z.ZodNumber {
  return policyField(z.number().int().min(min), `a whole number of ${min} or more`, description);
}

/**
 * One of a few words, listed in the issue: "day, week or month".
 *
 * @example
 * ```ts
 * z.object({ seriesUnit: oneOfField(['day', 'week', 'month'], 'Period unit of the series.') });
 * ```
 */
export function oneOfField<const V extends readonly [string, ...string[]]>(values: V, description: string): z.ZodEnum<{ [K in V[number]]: K }> {
  const words = values.length === 1 ? values[0] : `${values.slice(0, -1).join(', ')} or ${values[values.length - 1]}`;
  return policyField(z.enum(values), words, description);
}

/**
 * True or false.
 *
 * @example
 * ```ts
 * z.object({ autoBegin: flagField('Begin the evaluation at the end date.') });
 * ```
 */
export function flagField(description: string): z.ZodBoolean {
  return policyField(z.boolean(), 'true or false', description);
}

/**
 * A record of fields merged key by key (each key's own schema says what it accepts).
 *
 * @example
 * ```ts
 * z.object({ sustainPeriods: recordField({ week: wholeField(1, 'k for weeks.'), month: wholeField(1, 'k for months.') }, 'an object of whole numbers by unit', 'k per unit.') });
 * ```
 */
export function recordField<S extends z.ZodRawShape>(shape: S, expected: string, description: string): z.ZodObject<S> {
  return policyField(z.object(shape), expected, description);
}
