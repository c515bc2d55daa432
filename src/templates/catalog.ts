/**
 * The role templates shipped with the library, built from the domain spec's examples.
 *
 * @module
 */
import { deepFreeze as freeze } from '../frozen/deep-freeze.js';
import type { MetricTemplate, RoleTemplate } from './role-template.js';

const OUTCOMES = {
  success: 'Every required goal met, and the other goals at or near their targets, held over the last weeks of the plan.',
  ifSuccessful: 'Back to good standing, with a follow-up of the same metrics for 60 days.',
  ifNotMet:
    'A review with HR: an extension where real progress is shown or the agreed support fell short; otherwise a transition out of the role.',
} as const;

const CHECK_INS = { cadence: 'weekly', weekday: 'monday', businessDaysOnly: true } as const;

const CRM_HYGIENE: MetricTemplate = {
  id: 'm-crm-hygiene',
  name: 'Hours to log interactions and next steps in the CRM',
  kind: 'behavior',
  unit: 'duration',
  durationUnit: 'hours',
  direction: 'lower_is_better',
  aggregation: 'mean',
  source: 'CRM activity audit',
  standard: 24,
  standardSource: 'role_standard',
};

const COACHING = {
  id: 'sup-coaching',
  kind: 'coaching',
  description: 'Weekly one-to-one coaching with the manager, reviewing the numbers and one recorded call',
  owner: { role: 'manager' },
  cadence: { every: 'week' },
} as const;

/** Sales Development Representative: activity-led (spec: 40 calls and 5 demos a week, 10 qualified opportunities a month). */
export const SDR_TEMPLATE: RoleTemplate = freeze(
  {
    id: 'sdr',
    role: 'Sales Development Representative',
    description: 'Outbound prospecting: calls and demos booked are the leading indicators, qualified opportunities the outcome.',
    durationDays: 60,
    salesCycleDays: 30,
    purpose:
      'Activity and qualified opportunities have stayed below the team standard. This plan sets out the weekly targets, the coaching the company provides and how progress is measured.',
    metrics: [
      { id: 'm-calls', name: 'Outbound calls', kind: 'activity', unit: 'count', direction: 'higher_is_better', aggregation: 'sum', source: 'Dialer', drives: ['m-demos', 'm-sqos'], standard: 40, standardSource: 'role_standard' },
      { id: 'm-demos', name: 'Demos booked', kind: 'activity', unit: 'count', direction: 'higher_is_better', aggregation: 'sum', source: 'CRM meetings report', drives: ['m-sqos'], standard: 5, standardSource: 'role_standard' },
      { id: 'm-sqos', name: 'Qualified opportunities', kind: 'outcome', unit: 'count', direction: 'higher_is_better', aggregation: 'sum', source: 'CRM opportunities report', standard: 10, standardSource: 'quota' },
      {
        id: 'm-cold-call',
        name: 'Cold-call skill',
        kind: 'skill',
        unit: 'score',
        direction: 'higher_is_better',
        aggregation: 'latest',
        source: "Manager's weekly call review",
        rubric: {
          levels: [
            { value: 1, label: 'Beginning', description: 'Reads the script; loses the call at the first objection.' },
            { value: 2, label: 'Developing', description: 'Opens well; handles common objections with prompting.' },
            { value: 3, label: 'Proficient', description: 'Earns the next minute, handles objections and asks for the meeting.' },
            { value: 4, label: 'Expert', description: 'Tailors the opener to the account and books multi-threaded meetings.' },
          ],
          standard: 3,
        },
        standard: 3,
        standardSource: 'role_standard',
      },
      CRM_HYGIENE,
    ],
    goals: [
      { id: 'g-calls', title: 'Make 40 outbound calls per week', category: 'activity', metricId: 'm-calls', target: 40, basis: 'per_week', weight: 25, required: false },
      { id: 'g-demos', title: 'Book 5 demos per week', category: 'activity', metricId: 'm-demos', target: 5, basis: 'per_week', weight: 25, required: true },
      { id: 'g-sqos', title: 'Create 10 qualified opportunities per month', category: 'revenue', metricId: 'm-sqos', target: 10, basis: 'per_month', weight: 30, required: true },
      { id: 'g-cold-call', title: 'Reach level 3 (Proficient) on the cold-call rubric', category: 'skill', metricId: 'm-cold-call', target: 3, basis: 'window', windowDays: 45, weight: 10, required: false },
      { id: 'g-crm', title: 'Log every interaction and next step in the CRM within 24 hours', category: 'conduct', metricId: 'm-crm-hygiene', target: 24, basis: 'window', comparator: 'at_most', weight: 10, required: false },
    ],
    development: [
      {
        id: 'dev-cold-call',
        skill: 'Cold-call opening and objection handling',
        practice: 'Two role-plays a week on the opener and the five most common objections; shadow a top SDR for two call blocks.',
        feedback: 'The manager scores one recorded call a week against the rubric and shares the score within two days.',
        goalIds: ['g-cold-call', 'g-demos'],
      },
    ],
    support: [
      { ...COACHING, goalIds: ['g-calls', 'g-demos', 'g-sqos', 'g-cold-call'] },
      { id: 'sup-objection-workshop', kind: 'training', description: 'Objection-handling workshop run by sales enablement', owner: { id: 'sales-enablement' }, dueDays: [10], goalIds: ['g-cold-call', 'g-demos'] },
      { id: 'sup-call-list', kind: 'tool', description: 'A refreshed, prioritised call list from revenue operations every Monday', owner: { id: 'revenue-operations' }, cadence: { every: 'week' }, goalIds: ['g-calls'] },
    ],
    checkInSchedule: CHECK_INS,
    outcomes: OUTCOMES,
  },
  true,
);

/** Account Executive: outcome-led (spec: close $75,000 in 60 days, 85% of quota, CRM hygiene in 24 hours, product assessment >= 90%). */
export const ACCOUNT_EXECUTIVE_TEMPLATE: RoleTemplate = freeze(
  {
    id: 'account-executive',
    role: 'Account Executive',
    description: 'Closing new business: revenue and quota attainment are the outcomes, demos the leading indicator, product knowledge the skill.',
    durationDays: 60,
    salesCycleDays: 45,
    purpose:
      'New business has stayed below quota for a sustained period. This plan sets out what needs to change, how the company will help, and how progress will be measured.',
    metrics: [
      { id: 'm-new-business', name: 'New business closed', kind: 'outcome', unit: 'currency', currency: 'USD', direction: 'higher_is_better', aggregation: 'sum', source: 'CRM closed-won report', standard: 7_500_000, standardSource: 'quota' },
      { id: 'm-quota', name: 'Quota attainment', kind: 'outcome', unit: 'ratio', direction: 'higher_is_better', aggregation: 'ratio', source: 'CRM closed-won against quota', standard: 1, standardSource: 'quota' },
      { id: 'm-demos', name: 'Product demos held', kind: 'activity', unit: 'count', direction: 'higher_is_better', aggregation: 'sum', source: 'CRM meetings report', drives: ['m-new-business', 'm-quota'], standard: 5, standardSource: 'team_average' },
      { id: 'm-assessment', name: 'Product assessment score', kind: 'skill', unit: 'ratio', direction: 'higher_is_better', aggregation: 'latest', source: 'Enablement product assessment', standard: 0.9, standardSource: 'role_standard' },
      CRM_HYGIENE,
    ],
    goals: [
      {
        id: 'g-new-business',
        title: 'Close $75,000 of new business in 60 days',
        category: 'revenue',
        metricId: 'm-new-business',
        target: 7_500_000,
        basis: 'window',
        windowDays: 60,
        weight: 30,
        required: true,
        milestones: [{ day: 30, target: 3_000_000, label: 'Day 30' }],
      },
      { id: 'g-quota', title: 'Reach 85% of quota', category: 'revenue', metricId: 'm-quota', target: 0.85, basis: 'window', weight: 20, required: false },
      { id: 'g-demos', title: 'Hold 5 product demos per week', category: 'activity', metricId: 'm-demos', target: 5, basis: 'per_week', weight: 20, required: false },
      { id: 'g-crm', title: 'Log all interactions and next steps in the CRM within 24 hours', category: 'conduct', metricId: 'm-crm-hygiene', target: 24, basis: 'window', comparator: 'at_most', weight: 15, required: false },
      { id: 'g-assessment', title: 'Score at least 90% on the product assessment', category: 'skill', metricId: 'm-assessment', target: 0.9, basis: 'window', windowDays: 30, weight: 15, required: true },
    ],
    development: [
      {
        id: 'dev-product',
        skill: 'Product knowledge and demo delivery',
        practice: 'Complete the product certification modules in the first two weeks; rehearse one demo a week with a solutions engineer.',
        feedback: 'The assessment score, and the solutions engineer scores each rehearsal against the demo checklist.',
        goalIds: ['g-assessment', 'g-demos'],
      },
    ],
    support: [
      { ...COACHING, goalIds: ['g-new-business', 'g-quota', 'g-demos'] },
      { id: 'sup-product-training', kind: 'training', description: 'Product certification course with a solutions engineer', owner: { id: 'sales-enablement' }, dueDays: [7, 14], goalIds: ['g-assessment'] },
      { id: 'sup-deal-reviews', kind: 'mentorship', description: 'Fortnightly deal review with a senior Account Executive', owner: { id: 'senior-ae-mentor' }, cadence: { every: 'two_weeks' }, goalIds: ['g-new-business', 'g-crm'] },
    ],
    checkInSchedule: CHECK_INS,
    outcomes: OUTCOMES,
  },
  true,
);

/** Account Manager: customer-led (spec: 95% client retention), with business reviews as the leading indicator. */
export const ACCOUNT_MANAGER_TEMPLATE: RoleTemplate = freeze(
  {
    id: 'account-manager',
    role: 'Account Manager',
    description: 'Keeping and growing customers: retention is the outcome, business reviews the leading indicator.',
    durationDays: 90,
    salesCycleDays: 60,
    purpose:
      'Client retention has fallen below the team standard. This plan sets out what needs to change, how the company will help, and how progress will be measured.',
    metrics: [
      { id: 'm-retention', name: 'Client retention', kind: 'outcome', unit: 'ratio', direction: 'higher_is_better', aggregation: 'ratio', source: 'CRM renewals report', standard: 0.95, standardSource: 'team_average' },
      { id: 'm-business-reviews', name: 'Business reviews held', kind: 'activity', unit: 'count', direction: 'higher_is_better', aggregation: 'sum', source: 'CRM meetings report', drives: ['m-retention', 'm-expansion'], standard: 4, standardSource: 'role_standard' },
      { id: 'm-expansion', name: 'Expansion revenue closed', kind: 'outcome', unit: 'currency', currency: 'USD', direction: 'higher_is_better', aggregation: 'sum', source: 'CRM closed-won report', standard: 2_000_000, standardSource: 'quota' },
      CRM_HYGIENE,
    ],
    goals: [
      { id: 'g-retention', title: 'Keep client retention at 95% or above', category: 'customer', metricId: 'm-retention', target: 0.95, basis: 'window', weight: 40, required: true },
      { id: 'g-business-reviews', title: 'Hold 4 business reviews per month', category: 'activity', metricId: 'm-business-reviews', target: 4, basis: 'per_month', weight: 20, required: false },
      { id: 'g-expansion', title: 'Close $20,000 of expansion revenue in 90 days', category: 'revenue', metricId: 'm-expansion', target: 2_000_000, basis: 'window', weight: 25, required: false },
      { id: 'g-crm', title: 'Log all interactions and next steps in the CRM within 24 hours', category: 'conduct', metricId: 'm-crm-hygiene', target: 24, basis: 'window', comparator: 'at_most', weight: 15, required: false },
    ],
    development: [],
    support: [
      { ...COACHING, goalIds: ['g-retention', 'g-business-reviews', 'g-expansion'] },
      { id: 'sup-health-scores', kind: 'tool', description: 'Account health dashboard set up by customer success operations', owner: { id: 'cs-operations' }, dueDays: [7], goalIds: ['g-retention'] },
    ],
    checkInSchedule: CHECK_INS,
    outcomes: OUTCOMES,
  },
  true,
);

/** Every shipped role template, by id. */
export const ROLE_TEMPLATES: Readonly<Record<'sdr' | 'account-executive' | 'account-manager', RoleTemplate>> = freeze(
  { sdr: SDR_TEMPLATE, 'account-executive': ACCOUNT_EXECUTIVE_TEMPLATE, 'account-manager': ACCOUNT_MANAGER_TEMPLATE },
  true,
);
