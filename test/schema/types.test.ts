import { describe, expectTypeOf, it } from 'vitest';
import {
  assertPlan,
  parseObservations,
  parsePlan,
  type Goal,
  type Observation,
  type Plan,
  type PlanInput,
  type PlanIssue,
  type PlanIssueCode,
  type PlanParseResult,
  type PlanStatus,
} from '../../src/index.js';
import type { BrokenPlan } from '../../src/testing/index.js';

describe('public types', () => {
  it('parsePlan takes unknown and returns a discriminated result', () => {
    expectTypeOf(parsePlan).parameter(0).toEqualTypeOf<unknown>();
    expectTypeOf(parsePlan).returns.toEqualTypeOf<PlanParseResult>();
    const result = parsePlan({});
    if (result.ok) expectTypeOf(result.plan).toEqualTypeOf<Plan>();
    else expectTypeOf(result.issues).toEqualTypeOf<readonly PlanIssue[]>();
    expectTypeOf(assertPlan).returns.toEqualTypeOf<Plan>();
  });

  it('issues carry a code from a closed union, a path and a message', () => {
    expectTypeOf<PlanIssue['code']>().toEqualTypeOf<PlanIssueCode>();
    expectTypeOf<PlanIssue['path']>().toEqualTypeOf<readonly (string | number)[]>();
    expectTypeOf<'weights_sum'>().toExtend<PlanIssueCode>();
    expectTypeOf<'whatever'>().not.toExtend<PlanIssueCode>();
  });

  it('parsed plans have their defaults filled; inputs may omit them', () => {
    expectTypeOf<Plan['goals']>().toEqualTypeOf<Goal[]>();
    expectTypeOf<Plan['status']>().toEqualTypeOf<PlanStatus>();
    expectTypeOf<PlanInput['goals']>().toEqualTypeOf<PlanInput['goals'] & ({} | undefined)>();
    expectTypeOf<undefined>().toExtend<PlanInput['goals']>();
    expectTypeOf<undefined>().not.toExtend<Plan['goals']>();
  });

  it('goals and observations have the domain fields', () => {
    expectTypeOf<Goal['basis']>().toEqualTypeOf<'per_day' | 'per_week' | 'per_month' | 'window'>();
    expectTypeOf<Goal['category']>().toEqualTypeOf<'revenue' | 'activity' | 'skill' | 'customer' | 'conduct'>();
    expectTypeOf<Observation['numerator']>().toEqualTypeOf<number | undefined>();
    expectTypeOf<Plan['metadata']>().toEqualTypeOf<{ [key: string]: import('../../src/index.js').JsonValue } | undefined>();
    expectTypeOf(parseObservations).returns.toHaveProperty('ok');
  });

  it('the testing helpers name the expected issue', () => {
    expectTypeOf<BrokenPlan['code']>().toEqualTypeOf<PlanIssueCode>();
  });
});
