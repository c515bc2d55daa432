import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { lintPlan, parsePlan, type LintFinding } from '../../src/index.js';
import { PLAN_PITFALLS, pitfallPlanArbitrary, planArbitrary } from '../../src/testing/index.js';
import { isDeepFrozen } from '../support/fixtures.js';
import { planOf } from '../support/plans.js';
import { runs } from '../support/runs.js';

const key = (f: Pick<LintFinding, 'code' | 'path'>): string => `${f.code} @ ${f.path.join('.')}`;

describe('lintPlan properties', () => {
  it('a well-formed generated plan has no lint errors', () => {
    fc.assert(
      fc.property(planArbitrary({ withRecords: true }), (input) => {
        const findings = lintPlan(planOf(input));
        expect(findings.filter((f) => f.severity === 'error').map(key)).toEqual([]);
        expect(isDeepFrozen(findings)).toBe(true);
      }),
      { numRuns: runs(300) },
    );
  }, 120_000);

  it('each one-pitfall variant adds exactly the expected finding at the expected path', () => {
    const seen = new Set<string>();
    fc.assert(
      fc.property(pitfallPlanArbitrary({ withRecords: true }), ({ pitfall, input, base, code, path }) => {
        const parsed = parsePlan(input);
        if (!parsed.ok) throw new Error(`${pitfall}: variant does not parse: ${JSON.stringify(parsed.issues)}`);
        const before = new Set(lintPlan(planOf(base)).map(key));
        const added = lintPlan(parsed.plan).filter((f) => !before.has(key(f)));
        expect(added.map(key), pitfall).toEqual([key({ code, path })]);
        seen.add(pitfall);
      }),
      { numRuns: runs(1_500) },
    );
    // the run covered (almost) every pitfall
    expect(seen.size).toBeGreaterThanOrEqual(PLAN_PITFALLS.length - 2);
  }, 120_000);

  it('never mutates the plan it lints', () => {
    fc.assert(
      fc.property(planArbitrary(), (input) => {
        const result = parsePlan(input);
        if (!result.ok) return;
        const copy = structuredClone(result.plan);
        lintPlan(result.plan);
        expect(result.plan).toEqual(copy);
      }),
      { numRuns: runs(100) },
    );
  });
});
