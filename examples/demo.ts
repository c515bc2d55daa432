/**
 * The main job: take a realistic plan through its life and print what people need to see.
 * Run with `npm run demo`.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parsePlanJson, shiftDate, type Plan } from '../src/index.js';

const fixture = join(import.meta.dirname, '..', 'test', 'fixtures', 'plan-90-day-conversion.json');

function money(minor: number, currency: string): string {
  return new Intl.NumberFormat('en-US', { style: 'currency', currency, maximumFractionDigits: 0 }).format(minor / 100);
}

function figure(plan: Plan, metricId: string, value: number): string {
  const metric = plan.metrics.find((m) => m.id === metricId);
  if (metric?.unit === 'ratio') return `${(value * 100).toFixed(1)}%`;
  if (metric?.unit === 'currency') return money(value, metric.currency ?? 'USD');
  return String(value);
}

const result = parsePlanJson(readFileSync(fixture, 'utf8'));
if (!result.ok) {
  console.error('The example plan is invalid:');
  for (const issue of result.issues) console.error(`  ${issue.code} at ${issue.path.join('.') || '(root)'}: ${issue.message}`);
  process.exit(1);
}
const plan = result.plan;
const end = plan.endDate ?? shiftDate(plan.startDate, (plan.durationDays ?? 0) - 1);

console.log(`${plan.title ?? 'Performance Improvement Plan'} ${plan.id}: ${plan.employee.name}, ${plan.employee.role}`);
console.log(`Manager ${plan.manager.name}; HR partner ${plan.hrPartner?.name ?? '(none)'}; ${plan.startDate} to ${end}\n`);
console.log('Gaps:');
for (const gap of plan.gaps) {
  const metric = plan.metrics.find((m) => m.id === gap.metricId);
  console.log(`  ${metric?.name}: ${figure(plan, gap.metricId, gap.current)} against ${figure(plan, gap.metricId, gap.standard)} (${gap.standardSource.replace('_', ' ')})`);
}
console.log('\nGoals:');
for (const goal of plan.goals) {
  console.log(`  [${goal.category}] ${goal.title}: ${figure(plan, goal.metricId, goal.baseline)} -> ${figure(plan, goal.metricId, goal.target)}${goal.weight !== undefined ? `, weight ${goal.weight}` : ''}`);
}
console.log('\nSupport the company commits to:');
for (const commitment of plan.support) console.log(`  ${commitment.kind}: ${commitment.description} (owner ${commitment.owner ?? 'unassigned'})`);
console.log(`\nThe plan parses and passes every schema rule (status: ${plan.status}).`);
