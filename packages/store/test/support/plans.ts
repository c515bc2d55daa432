/**
 * Plans and honest commands for the store's tests: the library's 90-day fixture (Jordan Reyes,
 * managed by Dana Whitfield, HR partner Priya Natarajan), its own people as actors, dates that
 * never run backwards.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Actor, PlanCommand } from 'improvement-plan';
import type { PlanStore } from '../../src/index.js';

const FIXTURE = fileURLToPath(new URL('../../../../test/fixtures/plan-90-day-conversion.json', import.meta.url));

export const MANAGER: Actor = { id: 'mgr-dana', role: 'manager' };
export const EMPLOYEE: Actor = { id: 'emp-1042', role: 'employee' };
export const HR: Actor = { id: 'hr-priya', role: 'hr' };
export const CRM: Actor = { id: 'crm-sync', role: 'system' };
export const NIGHTLY: Actor = { id: 'nightly-job', role: 'system' };

/** The 90-day fixture as JSON data, under another id when given. */
export function planDocument(id = 'pip-2026-0007', changes: Record<string, unknown> = {}): Record<string, unknown> {
  const doc = JSON.parse(readFileSync(FIXTURE, 'utf8')) as Record<string, unknown>;
  return { ...doc, id, ...changes };
}

/** One command as the tests send it. */
export interface Step {
  readonly command: PlanCommand;
  readonly actor: Actor;
  readonly asOf: string;
}

/** From draft to active, the way the plan's own people do it. */
export const TO_ACTIVE: readonly Step[] = [
  { command: { type: 'submit_for_review', note: 'Ready for HR.' }, actor: MANAGER, asOf: '2025-12-29' },
  { command: { type: 'approve', notes: 'Consistent with the team standard.' }, actor: HR, asOf: '2025-12-30' },
  { command: { type: 'acknowledge' }, actor: MANAGER, asOf: '2025-12-31' },
  { command: { type: 'acknowledge', comment: 'I understand the plan and will ask for help early.' }, actor: EMPLOYEE, asOf: '2026-01-02' },
  { command: { type: 'activate' }, actor: HR, asOf: '2026-01-05' },
];

/** Create the plan and take it to active; throws on any refusal. */
export async function activePlan(store: PlanStore, id = 'pip-2026-0007', changes: Record<string, unknown> = {}): Promise<string> {
  const created = await store.create(planDocument(id, changes), { actor: HR, asOf: '2025-12-29' });
  if (!created.ok) throw new Error(`create failed: ${JSON.stringify(created.error)}`);
  const employee = (changes['employee'] as { id?: string } | undefined)?.id ?? EMPLOYEE.id;
  for (const [index, step] of TO_ACTIVE.entries()) {
    const actor = step.actor.role === 'employee' ? { id: employee, role: 'employee' as const } : step.actor;
    const result = await store.execute(id, step.command, { actor, asOf: step.asOf, commandId: `${id}-setup-${index}` });
    if (!result.ok) throw new Error(`${step.command.type} failed: ${JSON.stringify(result.error)}`);
  }
  return id;
}

/** A held weekly check-in on a Monday of the plan (week 1 is 2026-01-05). */
export function checkIn(week: number, notes: string): PlanCommand {
  const day = new Date(Date.UTC(2026, 0, 5 + 7 * (week - 1))).toISOString().slice(0, 10);
  return { type: 'record_check_in', checkIn: { date: day, status: 'held', attendees: ['mgr-dana', 'emp-1042'], notes } };
}

/** The Monday of week `week` of the plan, as a calendar date. */
export function mondayOf(week: number): string {
  return new Date(Date.UTC(2026, 0, 5 + 7 * (week - 1))).toISOString().slice(0, 10);
}
