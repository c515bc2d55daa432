import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LIFECYCLE_POLICY, replay, transition, type Plan, type PlanCommand } from '../../src/index.js';
import { plan90 } from '../support/plans.js';
import { accept, acknowledgedPlan, EMPLOYEE, HR, MANAGER, refuse } from './helpers.js';

/** A policy-ish value: garbage, or a partial lifecycle policy with some fields of the wrong type or out of range. */
const junk = fc.oneof(
  fc.constant(null),
  fc.constant(undefined),
  fc.boolean(),
  fc.integer({ min: -3, max: 200 }),
  fc.double({ noNaN: false }),
  fc.string({ maxLength: 6 }),
  fc.constantFrom('hr_partner', 'any_independent_hr', 'week', ''),
  fc.array(fc.integer(), { maxLength: 2 }),
  fc.dictionary(fc.string({ maxLength: 5 }), fc.integer(), { maxKeys: 2 }),
);
const timeline = fc.record(
  { graceDays: junk, maxExtensions: junk, maxExtensionDays: junk, holidays: fc.oneof(junk, fc.constant(['2026-01-19'])), phaseWeights: fc.oneof(junk, fc.record({ early: junk }, { requiredKeys: [] })) },
  { requiredKeys: [] },
);
const lint = fc.record({ minPlanDays: junk, moderateAt: fc.oneof(junk, fc.double({ min: 0, max: 1 })), severeAt: fc.oneof(junk, fc.double({ min: 0, max: 1 })), typo: junk }, { requiredKeys: [] });
const partial = fc.record(
  {
    timeline: fc.oneof(junk, timeline),
    checkInReminderDays: junk,
    acknowledgementReminderDays: junk,
    autoBeginEvaluation: junk,
    requireDeliveredSupportForNotMet: junk,
    deliveryToleranceDays: junk,
    reviewBy: junk,
    monitoringDays: junk,
    lint: fc.oneof(junk, lint),
    checkinReminderDays: junk,
  },
  { requiredKeys: [] },
);
const anyPolicy = fc.oneof(partial, junk);

describe('the lifecycle policy (definePolicy)', () => {
  it('a lint policy breaking a rule between its fields is refused as policy_invalid at its nested path', () => {
    // moderateAt above severeAt: the gap policy's own rule, which a key-by-key merge alone does not check
    const rejection = refuse(plan90(), { type: 'submit_for_review' }, MANAGER, '2025-12-29', { policy: { lint: { moderateAt: 0.5, severeAt: 0.2 } } });
    expect(rejection.code).toBe('policy_invalid');
    expect(rejection.policyIssues?.map((i) => i.path)).toEqual([['policy', 'lint', 'severeAt']]);
    expect(rejection.policyIssues?.[0]?.message).toContain('lint.severeAt');
  });

  it('a nested bad field is reported with its whole path and the field named by it', () => {
    const { issues } = LIFECYCLE_POLICY.resolve({ timeline: { graceDays: -1 }, lint: { minPlanDays: 'x' }, reviewBy: 'anyone' });
    expect(issues.map((i) => i.path)).toEqual([
      ['policy', 'timeline', 'graceDays'],
      ['policy', 'reviewBy'],
      ['policy', 'lint', 'minPlanDays'],
    ]);
    expect(issues[0]?.message).toContain('timeline.graceDays');
  });

  it('valid overrides are taken, and a nested resolved policy is the nested policy itself', () => {
    const { policy, issues } = LIFECYCLE_POLICY.resolve({ timeline: { maxExtensions: 2 }, reviewBy: 'any_independent_hr' });
    expect(issues).toEqual([]);
    expect(policy.timeline.maxExtensions).toBe(2);
    expect(policy.timeline.graceDays).toBe(LIFECYCLE_POLICY.defaults.timeline.graceDays);
    expect(policy.reviewBy).toBe('any_independent_hr');
    expect(Object.isFrozen(policy.timeline)).toBe(true);
  });

  it('replay checks the policy before any entry: policy_invalid at the bad field, even for an empty log', () => {
    const plan = plan90();
    const empty = replay(plan, [], { policy: { monitoringDays: null } as never });
    expect(empty.ok).toBe(false);
    expect(!empty.ok && empty.code).toBe('policy_invalid');
    expect(!empty.ok && empty.path).toEqual(['policy', 'monitoringDays']);
    expect(!empty.ok && empty.policyIssues?.length).toBe(1);
  });

  it('any policy object: transition gives a decision, or policy_invalid exactly when the policy has issues; never a throw', () => {
    const draft = plan90();
    const acknowledged = acknowledgedPlan();
    const cases: readonly { plan: Plan; command: PlanCommand; actor: typeof MANAGER; asOf: string }[] = [
      { plan: draft, command: { type: 'submit_for_review' }, actor: MANAGER, asOf: '2025-12-29' },
      { plan: acknowledged, command: { type: 'activate' }, actor: HR, asOf: '2026-01-05' },
      { plan: acknowledged, command: { type: 'advance' }, actor: EMPLOYEE, asOf: '2026-01-05' },
    ];
    fc.assert(
      fc.property(anyPolicy, fc.nat({ max: cases.length - 1 }), (policy, i) => {
        const { plan, command, actor, asOf } = cases[i]!;
        const expected = LIFECYCLE_POLICY.resolve(policy);
        const result = transition(plan, command, { asOf, actor, policy: policy as never });
        if (expected.issues.length > 0) {
          expect(result.ok).toBe(false);
          expect(!result.ok && result.rejection.code).toBe('policy_invalid');
          expect(!result.ok && result.rejection.policyIssues).toEqual(expected.issues.slice(0, 20));
        } else {
          expect(!result.ok && result.rejection.code).not.toBe('policy_invalid');
        }
      }),
      { numRuns: 300 },
    );
  });

  it('any policy object: replay rebuilds the plan, or fails with policy_invalid exactly when the policy has issues', () => {
    const initial = plan90();
    const submitted = accept(initial, { type: 'submit_for_review' }, MANAGER, '2025-12-29');
    const entries = submitted.plan.events.slice(initial.events.length);
    fc.assert(
      fc.property(anyPolicy, (policy) => {
        const bad = LIFECYCLE_POLICY.resolve(policy).issues.length > 0;
        const result = replay(initial, entries, { policy: policy as never });
        if (bad) expect(!result.ok && result.code).toBe('policy_invalid');
        else expect(result.ok || result.code !== 'policy_invalid').toBe(true);
      }),
      { numRuns: 200 },
    );
  });
});
