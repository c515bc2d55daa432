const { readFileSync } = require('node:fs');
const { parsePlan, assertPlan, PlanValidationError } = require('improvement-plan');
const { PlanSchema } = require('improvement-plan/schema');
const jsonSchema = require('improvement-plan/plan.schema.json');

const plan = assertPlan(JSON.parse(readFileSync('plan.json', 'utf8')));
let threw = false;
try {
  assertPlan({});
} catch (error) {
  threw = error instanceof PlanValidationError && error.issues.length > 0;
}
if (!threw || !PlanSchema || !jsonSchema.$schema || !parsePlan(plan).ok) throw new Error('cjs consumer');
console.log(`cjs require: ${plan.goals.length} goals, PlanValidationError works`);
