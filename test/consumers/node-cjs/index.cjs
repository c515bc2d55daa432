const { readFileSync } = require('node:fs');
const { parsePlan, assertPlan, PlanValidationError } = require('improvement-plan');
const { PlanSchema } = require('improvement-plan/schema');
const jsonSchema = require('improvement-plan/plan.schema.json');
const { renderPlan } = require('improvement-plan');
const { ar } = require('improvement-plan/locales/ar');

const plan = assertPlan(JSON.parse(readFileSync('plan.json', 'utf8')));
let threw = false;
try {
  assertPlan({});
} catch (error) {
  threw = error instanceof PlanValidationError && error.issues.length > 0;
}
if (!threw || !PlanSchema || !jsonSchema.$schema || !parsePlan(plan).ok) throw new Error('cjs consumer');
if (!renderPlan(parsePlan(plan).plan, { format: 'html', locale: ar }).includes('<html lang="ar" dir="rtl">')) throw new Error('locales/ar');
console.log(`cjs require: ${plan.goals.length} goals, PlanValidationError works, locales/ar reads right to left`);
