// CommonJS TypeScript (package.json "type": "commonjs", module node16, skipLibCheck false),
// without the optional peer fast-check: the main entry and `schema` must type-check on their own.
import { parsePlan, renderPlan, PlanValidationError, type Plan, type PlanIssue, type RenderOptions } from 'improvement-plan';
import { GoalSchema, type Goal } from 'improvement-plan/schema';

const result = parsePlan({});
const issues: readonly PlanIssue[] = result.ok ? [] : result.issues;
const plan: Plan | undefined = result.ok ? result.plan : undefined;
const goal: Goal | undefined = plan?.goals[0];
const codes: string[] = issues.map((issue) => issue.code);
const parsedGoal = GoalSchema.safeParse(goal);
const error = new PlanValidationError(issues);
const options: RenderOptions = { format: 'markdown' };
const rendered = plan ? renderPlan(plan, options) : '';
export { codes, parsedGoal, error, rendered };
