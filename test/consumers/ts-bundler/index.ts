import fc from 'fast-check';
import { parsePlan, PlanValidationError, type Plan, type PlanIssue } from 'improvement-plan';
import { GoalSchema, type Goal } from 'improvement-plan/schema';
import { planArbitrary, brokenPlanArbitrary } from 'improvement-plan/testing';

const result = parsePlan({});
const issues: readonly PlanIssue[] = result.ok ? [] : result.issues;
const plan: Plan | undefined = result.ok ? result.plan : undefined;
const goal: Goal | undefined = plan?.goals[0];
const codes: string[] = issues.map((issue) => issue.code);
const parsedGoal = GoalSchema.safeParse(goal);
const error = new PlanValidationError(issues);
fc.assert(fc.property(planArbitrary(), (input) => parsePlan(input).ok), { numRuns: 1 });
fc.sample(brokenPlanArbitrary(), 1);
export { codes, parsedGoal, error };
