// CommonJS TypeScript (package.json "type": "commonjs", module node16, skipLibCheck false):
// the library resolves to its `require` conditions (dist/*.d.cts), fast-check is installed.
import fc from 'fast-check';
import { parsePlan, renderPlan, PlanValidationError, type Plan, type PlanIssue, type RenderOptions } from 'improvement-plan';
import { GoalSchema, type Goal } from 'improvement-plan/schema';
import { planArbitrary, brokenPlanArbitrary } from 'improvement-plan/testing';

const result = parsePlan({});
const issues: readonly PlanIssue[] = result.ok ? [] : result.issues;
const plan: Plan | undefined = result.ok ? result.plan : undefined;
const goal: Goal | undefined = plan?.goals[0];
const codes: string[] = issues.map((issue) => issue.code);
const parsedGoal = GoalSchema.safeParse(goal);
const error = new PlanValidationError(issues);
const options: RenderOptions = { format: 'markdown' };
const rendered = plan ? renderPlan(plan, options) : '';
fc.assert(fc.property(planArbitrary(), (input) => parsePlan(input).ok), { numRuns: 1 });
fc.sample(brokenPlanArbitrary(), 1);
export { codes, parsedGoal, error, rendered };
