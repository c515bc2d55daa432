/**
 * Fuzz target: lintPlan. A plan with one field corrupted does not parse (test/fuzz/parse), so
 * lintPlan gets parsed plans with structural variations instead (test/support/plan-variations):
 * empty lists, missing sections, dates at the ends of the calendar, extreme numbers within the
 * bounds, long texts, LIMITS-many entities; and policies with extreme thresholds.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEFAULT_LINT_POLICY, LINT_CODES, LINT_RULES, lintPlan, parsePlan, type LintPolicy, type Plan } from '../../src/index.js';
import { isDeepFrozen } from '../support/fixtures.js';
import { recordFuzz, SlowestInput } from '../support/fuzz-log.js';
import { fuzzRuns, isWellFormedIssue, prototypesClean } from '../support/hostile.js';
import { PLAN_VARIATIONS, variedPlanDocument } from '../support/plan-variations.js';

const CODES: ReadonlySet<string> = new Set(LINT_CODES);
const EXTREMES = [0, -1, 1, 0.5, 1e9, -1e9, Number.MAX_SAFE_INTEGER, Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY] as const;
const NUMERIC_KEYS = (Object.keys(DEFAULT_LINT_POLICY) as (keyof LintPolicy)[]).filter((key) => typeof DEFAULT_LINT_POLICY[key] === 'number');

/** Overrides of some numeric thresholds with extreme values (the other fields keep their defaults). */
const policyOverrides: fc.Arbitrary<Partial<LintPolicy>> = fc.option(
  fc.dictionary(fc.constantFrom(...NUMERIC_KEYS), fc.constantFrom(...EXTREMES), { maxKeys: 4 }) as fc.Arbitrary<Partial<LintPolicy>>,
  { nil: undefined, freq: 3 },
).map((overrides) => overrides ?? {});

function checkFindings(plan: Plan, policy: Partial<LintPolicy>, slowest: SlowestInput): void {
  const policyBefore = JSON.stringify(policy);
  const findings = slowest.time(() => lintPlan(plan, policy));
  expect(isDeepFrozen(findings)).toBe(true);
  for (const finding of findings) {
    expect(CODES.has(finding.code), finding.code).toBe(true);
    expect(finding.severity).toBe(LINT_RULES[finding.code].severity);
    expect(finding.path.every((key) => typeof key === 'string' || typeof key === 'number')).toBe(true);
    expect(finding.message.length, finding.code).toBeGreaterThan(10);
    expect(finding.fix.length, finding.code).toBeGreaterThan(10);
  }
  expect(JSON.stringify(policy)).toBe(policyBefore);
}

describe('fuzz: lintPlan', () => {
  it('lints structurally varied plans under extreme policies: never throws, findings well formed, inputs unchanged', () => {
    const runs = fuzzRuns(12_000);
    const seen = new Set<string>();
    let linted = 0;
    const slowest = new SlowestInput();
    fc.assert(
      fc.property(variedPlanDocument(), policyOverrides, fc.boolean(), ({ variation, input }, policy, thawed) => {
        seen.add(variation);
        const parsed = parsePlan(input);
        if (!parsed.ok) {
          // the variations aim to stay valid; a rejection must still be well formed
          for (const issue of parsed.issues) expect(isWellFormedIssue(issue), JSON.stringify(issue)).toBe(true);
          return;
        }
        // a parsed (frozen) plan, or the same plan as plain objects: lintPlan must change neither
        const plan = thawed ? (JSON.parse(JSON.stringify(parsed.plan)) as Plan) : parsed.plan;
        const before = JSON.stringify(plan);
        checkFindings(plan, policy, slowest);
        linted += 1;
        expect(JSON.stringify(plan)).toBe(before);
        if (thawed) expect(Object.isFrozen(plan) || Object.isFrozen(plan.goals)).toBe(false);
        expect(prototypesClean()).toBe(true);
      }),
      { numRuns: runs },
    );
    // nearly every varied plan parses, so lintPlan really ran on them
    expect(linted).toBeGreaterThan(runs * 0.9);
    if (runs >= 1_000) expect([...seen].sort()).toEqual([...PLAN_VARIATIONS].sort());
    recordFuzz('lintPlan', linted, slowest.ms);
  });
});
