import { readFileSync } from 'node:fs';
import { parsePlan, renderPlan, shiftDate } from 'improvement-plan';
import { de } from 'improvement-plan/locales/de';
import { PlanSchema } from 'improvement-plan/schema';
import jsonSchema from 'improvement-plan/plan.schema.json' with { type: 'json' };

const result = parsePlan(JSON.parse(readFileSync('plan.json', 'utf8')));
if (!result.ok) throw new Error(JSON.stringify(result.issues));
if (!PlanSchema.safeParse(JSON.parse(readFileSync('plan.json', 'utf8'))).success) throw new Error('schema subpath');
if (typeof jsonSchema.$schema !== 'string') throw new Error('json schema');
if (!renderPlan(result.plan, { format: 'markdown', locale: de }).includes('Eckdaten und Zweck des Plans')) throw new Error('locales/de');
console.log(`esm import (locales/de too): ${result.plan.goals.length} goals, ends ${shiftDate(result.plan.startDate, 89)}`);
