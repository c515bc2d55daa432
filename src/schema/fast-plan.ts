/**
 * The fast path of a plan's parse, without zod: plain, valid data is read by {@link readPlainPlan}
 * (observations by {@link fastObservations}), then checked by the integrity rules; anything else
 * is left to the zod path, which reports the issues. The command line's `validate` reads a valid
 * plan through this module alone, so zod is not even loaded for it.
 *
 * @internal
 * @module
 */
import { settle } from '../frozen/deep-freeze.js';
import { fastObservations } from './fast-observations.js';
import { ALL_PARSED, checkIntegrity } from './integrity.js';
import { LIMITS } from './limits.js';
import type { PlanShapeOutput } from './plan-shape.js';
import { readPlainPlan } from './read-plain.js';

/**
 * The fast path: the plan, parsed and deeply frozen, when the input is plain, valid data with no
 * issue at all (`owned`: the input is fresh data nothing else holds, such as JSON.parse's output,
 * and may be frozen in place where it already has the parse's shape); `undefined` at anything unusual or any issue, and the caller then parses the whole
 * input with zod (so issues are zod's, always). Exported for the test that checks it against the
 * zod path.
 *
 * @example
 * ```ts
 * fastPlan(JSON.parse(validPlanText))?.status; // => "draft" (or the plan's own)
 * fastPlan({ schemaVersion: 1 }); // => undefined (the zod path says what is missing)
 * ```
 *
 * @internal
 */
export function fastPlan(input: unknown, owned = false): PlanShapeOutput | undefined {
  try {
    if (typeof input !== 'object' || input === null) return undefined;
    const given = (input as { observations?: unknown }).observations;
    const observations = given === undefined && !Object.hasOwn(input, 'observations') ? Object.freeze([]) : fastObservations(given, LIMITS.observations, owned);
    if (observations === undefined) return undefined;
    const plan = readPlainPlan(input, observations);
    if (plan === undefined) return undefined;
    let found = 0;
    checkIntegrity(plan as PlanShapeOutput, ALL_PARSED, () => {
      found += 1;
    });
    return found === 0 ? settle(plan as PlanShapeOutput) : undefined;
  } catch {
    return undefined;
  }
}

/**
 * {@link fastPlan} of a JSON text: `undefined` when the text is not JSON too.
 *
 * @example
 * ```ts
 * fastPlanJson('{"schemaVersion": 1'); // => undefined (the zod path reports invalid_json)
 * ```
 *
 * @internal
 */
export function fastPlanJson(text: string): PlanShapeOutput | undefined {
  let input: unknown;
  try {
    input = JSON.parse(text);
  } catch {
    return undefined;
  }
  // JSON.parse's output is this call's own: its observations are frozen where they stand
  return fastPlan(input, true);
}
