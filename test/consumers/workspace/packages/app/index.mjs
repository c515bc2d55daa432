import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parsePlan } from 'improvement-plan';

const planPath = fileURLToPath(new URL('../../plan.json', import.meta.url));
const result = parsePlan(JSON.parse(readFileSync(planPath, 'utf8')));
if (!result.ok) throw new Error(JSON.stringify(result.issues));
console.log(`workspace package by path: ${result.plan.employee.name}'s plan parses`);
