/**
 * Plans and honest steps for the service's tests: the library's 90-day fixture (Jordan Reyes,
 * emp-1042, managed by Dana Whitfield, mgr-dana, HR partner Priya Natarajan, hr-priya), and
 * copies of it about other people. Every command is sent by the person it belongs to, on a day
 * that never runs backwards and is never before the day before.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const FIXTURE = fileURLToPath(new URL('../../../../test/fixtures/plan-90-day-conversion.json', import.meta.url));

export const PEOPLE = {
  employee: 'emp-1042',
  manager: 'mgr-dana',
  hr: 'hr-priya',
  system: 'nightly-job',
} as const;

/** The fixture as JSON text, with the people swapped when asked. */
export function planDocument(id: string, people: { employee?: string; manager?: string } = {}): Record<string, unknown> {
  let text = readFileSync(FIXTURE, 'utf8');
  if (people.employee) text = text.replaceAll('"emp-1042"', JSON.stringify(people.employee)).replaceAll('Jordan Reyes', `Rep ${people.employee}`);
  if (people.manager) text = text.replaceAll('"mgr-dana"', JSON.stringify(people.manager)).replaceAll('Dana Whitfield', `Manager ${people.manager}`);
  return { ...(JSON.parse(text) as Record<string, unknown>), id };
}

/** One step of a plan's life: who sends which command on which day. */
export interface Step {
  readonly role: 'employee' | 'manager' | 'hr' | 'system';
  readonly command: Record<string, unknown>;
  readonly asOf: string;
}

/** From draft to awaiting acknowledgement. */
export const TO_APPROVED: readonly Step[] = [
  { role: 'manager', command: { type: 'submit_for_review', note: 'Ready for HR.' }, asOf: '2025-12-29' },
  { role: 'hr', command: { type: 'approve', notes: 'Consistent with the team standard.' }, asOf: '2025-12-30' },
];

/** The acknowledgements and the activation on the start date. */
export const TO_ACTIVE: readonly Step[] = [
  ...TO_APPROVED,
  { role: 'manager', command: { type: 'acknowledge' }, asOf: '2025-12-31' },
  { role: 'employee', command: { type: 'acknowledge', comment: 'I understand the plan and will ask for help early.' }, asOf: '2026-01-02' },
  { role: 'hr', command: { type: 'activate' }, asOf: '2026-01-05' },
];

/** The Monday of week `week` of the plan (week 1 is 2026-01-05). */
export function mondayOf(week: number): string {
  return new Date(Date.UTC(2026, 0, 5 + 7 * (week - 1))).toISOString().slice(0, 10);
}
