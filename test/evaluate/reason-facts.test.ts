/**
 * A recommendation reason carries the facts its sentence is written from (src/evaluate/
 * reason-messages.ts): JSON values only, frozen, and enough to write the very same sentence again
 * from the stored code and facts alone, which is what a locale does.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { evaluatePlan, recommendOutcome, RECOMMENDATION_MESSAGES, type ReasonFactsByCode, type RecommendationReason } from '../../src/index.js';
import { evaluationCaseArbitrary } from '../support/evaluation-arbitrary.js';
import { isDeepFrozen } from '../support/fixtures.js';
import { runs } from '../support/runs.js';

/** The sentence of a reason read back from its JSON: code and facts only. */
function reword(stored: string): string {
  const { code, facts } = JSON.parse(stored) as { code: RecommendationReason['code']; facts: ReasonFactsByCode[RecommendationReason['code']] };
  return (RECOMMENDATION_MESSAGES[code] as (f: typeof facts) => string)(facts);
}

/** Every string inside a value (keys left out). */
function strings(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(strings);
  if (value !== null && typeof value === 'object') return Object.values(value).flatMap(strings);
  return [];
}

describe('the facts of recommendation reasons', () => {
  it('re-word every reason from its stored code and facts, byte for byte; facts are frozen JSON', () => {
    const seen = new Set<string>();
    fc.assert(
      fc.property(evaluationCaseArbitrary({ maxPerMetric: 10 }), ({ plan, feed, asOf }) => {
        const evaluation = evaluatePlan(plan, feed, { asOf });
        for (const reason of recommendOutcome(evaluation).reasons) {
          seen.add(reason.code);
          expect(isDeepFrozen(reason.facts)).toBe(true);
          const stored = JSON.stringify(reason);
          // JSON values only: nothing lost on the way through JSON
          expect(JSON.parse(stored).facts).toEqual(reason.facts);
          expect(reword(stored)).toBe(reason.message);
          // Language-neutral: the facts hold names, codes and dates, never the sentence or a phrase of it.
          for (const text of strings(reason.facts)) {
            const own = [...evaluation.goals.map((g) => g.title), ...evaluation.evidence.support.commitments.map((c) => c.description)];
            if (!own.includes(text)) expect(text).toMatch(/^(\d{4}-\d{2}-\d{2}|[a-z_]+|[A-Z]{3})$/);
          }
        }
      }),
      { numRuns: runs(80) },
    );
    // The generated plans reach more than a handful of reasons (else the property proves little).
    expect(seen.size).toBeGreaterThanOrEqual(6);
  });

  it('a catalog that words a fact differently changes the message: the sentence comes from the catalog', () => {
    expect(RECOMMENDATION_MESSAGES.extension_cap_reached({ count: 2, cap: 2 })).toBe(
      'The plan has had 2 of the 2 extensions the policy allows; another cannot be recommended.',
    );
    expect(RECOMMENDATION_MESSAGES.required_goal_not_met({
      goals: [
        { title: 'Calls', metric: { unit: 'count', currency: null, durationUnit: null }, target: 40, observed: null, ended: true, perPeriod: { atTarget: 5, counted: 13, unit: 'week', metShare: 5 / 13 }, periodMetShare: 0.8 },
        { title: 'Discovery', metric: { unit: 'count', currency: null, durationUnit: null }, target: 4, observed: 2, ended: false, perPeriod: null, periodMetShare: 0.8 },
      ],
      scope: 'required',
      score: null,
    })).toBe('Required goals not met: "Calls": at or past 40 in 5 of 13 weeks (38.5%; 80% needed) and "Discovery": 2 so far against a target of 4.');
  });
});
