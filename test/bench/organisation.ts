/**
 * A seeded generator of a synthetic sales organisation for the benchmark: N plans, each with six
 * goals over 90 days, daily observations for every goal's metric, check-ins and support records.
 * The same seed gives the same data. Randomness lives here, in the benchmark, never in src/.
 */
import { fromDayNumber, shiftDate, toDayNumber } from '../../src/dates/calendar.js';
import type { Observation, PlanInput } from '../../src/schema/types.js';

/** mulberry32: a small, fast, seeded PRNG. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

export interface OrganisationOptions {
  readonly seed: number;
  readonly plans: number;
  /** Observations per goal per day (1 gives ~540 per plan). */
  readonly observationsPerDay?: number;
}

export interface GeneratedPlan {
  readonly plan: PlanInput;
  /** The same observations the plan embeds, as a separate feed. */
  readonly observations: readonly Observation[];
}

const METRICS = [
  { id: 'm-calls', name: 'Outbound calls', kind: 'activity', unit: 'count', direction: 'higher_is_better', aggregation: 'sum', source: 'Dialer' },
  { id: 'm-conv', name: 'Call-to-meeting conversion', kind: 'behavior', unit: 'ratio', direction: 'higher_is_better', aggregation: 'ratio', source: 'CRM' },
  { id: 'm-meetings', name: 'Meetings booked', kind: 'activity', unit: 'count', direction: 'higher_is_better', aggregation: 'sum', source: 'CRM' },
  { id: 'm-revenue', name: 'New business closed', kind: 'outcome', unit: 'currency', currency: 'USD', direction: 'higher_is_better', aggregation: 'sum', source: 'CRM' },
  {
    id: 'm-skill', name: 'Discovery rubric', kind: 'skill', unit: 'score', direction: 'higher_is_better', aggregation: 'latest', source: 'Call review',
    rubric: { levels: [1, 2, 3, 4].map((value) => ({ value, label: `L${value}`, description: `Level ${value}` })), standard: 3 },
  },
  { id: 'm-hygiene', name: 'Hours to log CRM notes', kind: 'behavior', unit: 'duration', durationUnit: 'hours', direction: 'lower_is_better', aggregation: 'mean', source: 'CRM audit' },
] as const;

const GOALS = [
  { id: 'g-calls', title: 'Make 200 outbound calls per week', category: 'activity', metricId: 'm-calls', baseline: 120, target: 200, basis: 'per_week', weight: 15 },
  { id: 'g-conv', title: 'Convert 12% of connected calls into meetings', category: 'activity', metricId: 'm-conv', baseline: 0.05, target: 0.12, basis: 'window', weight: 25 },
  { id: 'g-meetings', title: 'Book 8 meetings per month', category: 'activity', metricId: 'm-meetings', baseline: 4, target: 8, basis: 'per_month', weight: 15 },
  { id: 'g-revenue', title: 'Close $45,000 of new business in 90 days', category: 'revenue', metricId: 'm-revenue', baseline: 2_800_000, target: 4_500_000, basis: 'window', weight: 20 },
  { id: 'g-skill', title: 'Reach level 3 on the discovery rubric', category: 'skill', metricId: 'm-skill', baseline: 2, target: 3, basis: 'window', weight: 15 },
  { id: 'g-hygiene', title: 'Log CRM notes within 24 hours on average', category: 'conduct', metricId: 'm-hygiene', baseline: 60, target: 24, basis: 'window', weight: 10 },
] as const;

function observation(metricId: string, date: string, random: () => number, progress: number): Observation {
  switch (metricId) {
    case 'm-calls':
      return { metricId, date, value: Math.round(15 + random() * 25 + progress * 10) };
    case 'm-conv': {
      const denominator = 10 + Math.floor(random() * 30);
      return { metricId, date, numerator: Math.round(denominator * (0.04 + progress * 0.1) * random() * 2), denominator };
    }
    case 'm-meetings':
      return { metricId, date, value: random() < 0.2 + progress * 0.3 ? 1 : 0 };
    case 'm-revenue':
      return { metricId, date, value: random() < 0.05 ? Math.round(500_000 + random() * 1_500_000) : 0 };
    case 'm-skill':
      return { metricId, date, value: Math.min(4, Math.max(1, Math.round(2 + progress + random() - 0.5))) };
    default:
      return { metricId, date, value: Math.round((60 - progress * 40 + random() * 10) * 10) / 10 };
  }
}

/** Generate one plan and its observations. */
function generatePlan(index: number, random: () => number, perDay: number): GeneratedPlan {
  const startDay = toDayNumber('2025-01-06') + Math.floor(random() * 600);
  const startDate = fromDayNumber(startDay);
  const endDate = shiftDate(startDate, 89);
  const skill = 0.3 + random() * 0.9; // how much this rep improves
  const observations: Observation[] = [];
  for (let day = 0; day < 90; day += 1) {
    const date = fromDayNumber(startDay + day);
    const progress = Math.min(1, (day / 90) * skill);
    for (const metric of METRICS) {
      for (let k = 0; k < perDay; k += 1) observations.push(observation(metric.id, date, random, progress));
    }
  }
  const checkIns = Array.from({ length: 12 }, (_, week) => ({
    id: `ci-${week + 1}`,
    date: fromDayNumber(startDay + week * 7),
    status: random() < 0.9 ? ('held' as const) : ('missed' as const),
    notes: 'Reviewed the week.',
  }));
  const plan: PlanInput = {
    schemaVersion: 1,
    id: `pip-${index}`,
    employee: { id: `emp-${index}`, name: `Rep ${index}`, role: 'Account Executive', roleStartDate: fromDayNumber(startDay - 400) },
    manager: { id: `mgr-${index % 50}`, name: `Manager ${index % 50}` },
    hrPartner: { id: 'hr-1', name: 'HR Partner' },
    purpose: 'Sustained gap to the team average.',
    createdOn: fromDayNumber(startDay - 7),
    startDate,
    durationDays: 90,
    salesCycleDays: 60,
    priorCoaching: [{ date: fromDayNumber(startDay - 30), notes: 'Informal coaching.' }, { date: fromDayNumber(startDay - 60), notes: 'Informal coaching.' }],
    status: 'active',
    phase: 'diagnose_and_develop',
    // an active plan was approved by HR and acknowledged by both (parsePlan checks the state against its records)
    reviews: [{ by: 'hr-1', date: fromDayNumber(startDay - 6), decision: 'approved' }],
    signatures: [
      { role: 'manager', signerId: `mgr-${index % 50}`, name: `Manager ${index % 50}`, date: fromDayNumber(startDay - 5), revision: 0 },
      { role: 'employee', signerId: `emp-${index}`, name: `Rep ${index}`, date: fromDayNumber(startDay - 4), revision: 0 },
    ],
    diagnostic: { strengths: ['Rapport'], struggles: ['Discovery'], notDoing: ['Asking for the meeting'], doingWrong: ['Pitching early'], systemFactors: [], rootCause: 'skill' },
    metrics: METRICS.map((metric) => ({ ...metric, ...(metric.id === 'm-calls' ? { drives: ['m-conv'] } : {}) })) as PlanInput['metrics'],
    gaps: GOALS.map((goal) => ({ id: `gap-${goal.id}`, metricId: goal.metricId, current: goal.baseline, standard: goal.target, standardSource: 'team_average' as const })),
    goals: GOALS.map((goal) => ({ ...goal, gapIds: [`gap-${goal.id}`], window: { start: startDate, end: endDate }, required: goal.weight >= 20 })),
    development: [{ id: 'dev-1', skill: 'Discovery', practice: 'Role-play', feedback: 'Rubric scores', goalIds: ['g-skill'] }],
    support: [
      { id: 'sup-coaching', kind: 'coaching', description: 'Weekly coaching', owner: `mgr-${index % 50}`, cadence: { every: 'week' }, goalIds: ['g-conv', 'g-skill'] },
      { id: 'sup-training', kind: 'training', description: 'Workshop', owner: 'enablement', dueDates: [shiftDate(startDate, 10)], goalIds: ['g-skill'] },
    ],
    supportDeliveries: Array.from({ length: 12 }, (_, week) => ({
      commitmentId: 'sup-coaching',
      date: fromDayNumber(startDay + week * 7 + 1),
      status: random() < 0.9 ? ('delivered' as const) : ('missed' as const),
    })),
    checkInSchedule: { cadence: 'weekly', weekday: 'monday' },
    checkIns,
    observations,
    outcomes: { success: 'Required goals met and held.', ifNotMet: 'Review with HR.' },
  };
  return { plan, observations };
}

/** Generate an organisation: the same options give the same plans. */
export function* generateOrganisation(options: OrganisationOptions): Generator<GeneratedPlan> {
  const random = seededRandom(options.seed);
  for (let i = 0; i < options.plans; i += 1) yield generatePlan(i, random, options.observationsPerDay ?? 1);
}
