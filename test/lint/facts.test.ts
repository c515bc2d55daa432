import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { issueText, LINT_CODES, LINT_FIXES, LINT_MESSAGES, lintPlan, type LintFinding } from '../../src/index.js';
import { brokenPlanArbitrary } from '../../src/testing/index.js';
import { leadToDemoPlanInput, planOf } from '../support/plans.js';

function check(finding: LintFinding): void {
  expect(issueText(finding, LINT_MESSAGES)).toBe(finding.message);
  expect(issueText(finding, LINT_FIXES)).toBe(finding.fix);
  expect(Object.isFrozen(finding.facts)).toBe(true);
  const stored = JSON.parse(JSON.stringify(finding)) as LintFinding;
  expect(stored.facts).toEqual(finding.facts);
  expect(issueText(stored, LINT_MESSAGES)).toBe(finding.message);
}

describe('lint findings are issues with facts', () => {
  it('the English catalogs cover every lint code', () => {
    expect(Object.keys(LINT_MESSAGES).sort()).toEqual([...LINT_CODES].sort());
    expect(Object.keys(LINT_FIXES).sort()).toEqual([...LINT_CODES].sort());
  });

  it('plan-level, goal-level and policy findings: message and fix are the catalogs applied to the facts', () => {
    const input = leadToDemoPlanInput();
    const bare = planOf({ ...input, purpose: undefined, hrPartner: undefined, goals: input.goals!.map((g, i) => (i === 0 ? { ...g, title: 'Do better' } : g)) });
    const findings = lintPlan(bare, { maxGoalWeightShare: 2 } as never);
    const codes = new Set(findings.map((f) => f.code));
    for (const finding of findings) check(finding);
    expect(codes).toContain('policy_invalid');
    expect(findings.length).toBeGreaterThan(2);
  });

  it('property: findings on generated plans re-word from their facts alone', () => {
    let count = 0;
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 3 }), fc.constantFrom('', 'Work harder and be better', 'Increase demos'), (goal, title) => {
        const input = leadToDemoPlanInput();
        const plan = planOf({ ...input, goals: input.goals!.map((g, i) => (i === goal ? { ...g, title: title || g.title } : g)) });
        for (const finding of lintPlan(plan)) {
          check(finding);
          count += 1;
        }
      }),
      { numRuns: 20 },
    );
    expect(count).toBeGreaterThanOrEqual(0);
  });
});
