/**
 * Populations for the fairness tests: people in groups, each in one of a few plan states, and the
 * plans those states stand for (built from one parsed minimal plan, so thousands stay cheap).
 */
import { assertPlan, type FairnessPerson, type FairnessPopulation, type Plan } from '../../src/index.js';

/** Where a person stands at `AS_OF`: no plan, or one plan created in the period in this state. */
export const PERSON_STATES = ['none', 'active', 'active_extended', 'successful', 'not_met', 'not_met_extended', 'extended_then_closed', 'withdrawn'] as const;
export type PersonState = (typeof PERSON_STATES)[number];

/** The day the analyses are run, and the period's days. */
export const AS_OF = '2026-06-30';
export const CREATED = '2026-02-02';
export const EXTENDED_ON = '2026-04-01';
export const CLOSED_ON = '2026-05-15';

const BASE: Plan = assertPlan({
  schemaVersion: 1,
  id: 'p-base',
  employee: { id: 'e-base', name: 'Rep', role: 'Account Executive' },
  manager: { id: 'm-1', name: 'Manager' },
  createdOn: CREATED,
  startDate: CREATED,
  durationDays: 60,
});

/** A plan for one person in one state. */
export function planIn(state: Exclude<PersonState, 'none'>, personId: string, planId: string, createdOn: string = CREATED): Plan {
  const extended = state === 'active_extended' || state === 'not_met_extended' || state === 'extended_then_closed';
  const outcome = state === 'successful' || state === 'not_met' || state === 'withdrawn' || state === 'extended_then_closed' ? state : state === 'not_met_extended' ? 'not_met' : undefined;
  return {
    ...BASE,
    id: planId,
    employee: { ...BASE.employee, id: personId },
    createdOn,
    startDate: createdOn,
    status: outcome === undefined ? 'active' : 'closed',
    extensions: extended && state !== 'extended_then_closed' ? [{ grantedOn: EXTENDED_ON, by: 'm-1', days: 30, previousEndDate: '2026-04-02', newEndDate: '2026-05-02', reason: 'Real progress.' }] : [],
    ...(outcome === undefined ? {} : { closure: { outcome, date: CLOSED_ON, by: 'm-1' } }),
  } as Plan;
}

/** A group of people, each in a state. */
export interface GroupSpec {
  readonly label: string;
  readonly states: readonly PersonState[];
}

/** The population of some groups, and the host's `groupOf`. */
export function populationOf(groups: readonly GroupSpec[], idOf: (label: string, i: number) => string = (label, i) => `${label}#${i}`): {
  population: FairnessPopulation;
  groupOf: (id: string) => string | undefined;
} {
  const people: FairnessPerson[] = [];
  const plans: Plan[] = [];
  const group = new Map<string, string>();
  for (const g of groups) {
    g.states.forEach((state, i) => {
      const id = idOf(g.label, i);
      people.push({ id, role: 'Account Executive' });
      group.set(id, g.label);
      if (state !== 'none') plans.push(planIn(state, id, `plan-${id}`));
    });
  }
  return { population: { people, plans }, groupOf: (id) => group.get(id) };
}

/** `n` people: the first `placed` placed on a plan (active), the rest not. */
export function placedOf(n: number, placed: number): PersonState[] {
  return Array.from({ length: n }, (_, i) => (i < placed ? 'active' : 'none'));
}
