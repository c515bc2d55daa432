/**
 * parsePlan's single settle-and-freeze walk against the two walks it replaced
 * (test/schema/reference/parse.ts, the code before the performance work): the same plans, `-0`
 * turned into 0 everywhere, every node frozen, the same issues for broken plans.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseObservations, parsePlan, type PlanInput } from '../../src/index.js';
import { brokenPlanArbitrary, planArbitrary } from '../../src/testing/index.js';
import { isDeepFrozen } from '../support/fixtures.js';
import { runs } from '../support/runs.js';
import { parseObservations as referenceParseObservations, parsePlan as referenceParsePlan } from './reference/parse.js';

/** Negative zeros in numbers the schema accepts anywhere: figures, metadata, observations. */
function withNegativeZeros(input: PlanInput): PlanInput {
  return {
    ...input,
    metadata: { a: -0, nested: { list: [-0, 1, { b: -0 }] } },
    gaps: (input.gaps ?? []).map((gap, i) => (i === 0 ? { ...gap, current: -0 } : gap)),
    observations: (input.observations ?? []).map((o, i) => (i % 3 === 0 && o.value !== undefined ? { ...o, value: -0 } : o)),
  };
}

describe('parsePlan gives exactly the reference result', () => {
  it('on valid plans, negative zeros included, deeply frozen', () => {
    fc.assert(
      fc.property(fc.oneof(planArbitrary({ withObservations: true, withRecords: true }), planArbitrary({ lived: true })), fc.boolean(), (input, zeros) => {
        const doc = zeros ? withNegativeZeros(input) : input;
        const actual = parsePlan(doc);
        const expected = referenceParsePlan(doc);
        expect(actual).toEqual(expected);
        expect(JSON.stringify(actual)).toBe(JSON.stringify(expected));
        expect(isDeepFrozen(actual)).toBe(true);
        if (zeros && actual.ok) {
          expect(Object.is((actual.plan.metadata as { a: number }).a, 0)).toBe(true);
        }
      }),
      { numRuns: runs(150) },
    );
  });

  it('on broken plans and observation feeds', () => {
    fc.assert(
      fc.property(brokenPlanArbitrary(), (broken) => {
        expect(parsePlan(broken.input)).toEqual(referenceParsePlan(broken.input));
        const feed = (broken.input as { observations?: unknown }).observations ?? [];
        expect(parseObservations(feed)).toEqual(referenceParseObservations(feed));
      }),
      { numRuns: runs(150) },
    );
  });
});
