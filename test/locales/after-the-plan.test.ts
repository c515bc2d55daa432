/**
 * Relapse monitoring after the plan (`detectRelapse`) and the team screen (`screenTeam`) in every
 * shipped locale: the same findings (codes, paths, facts, evidence) as in English, each sentence
 * written by the locale's catalog from its facts, showing the goal or metric it is about, never
 * the English sentence.
 */
import { describe, expect, it } from 'vitest';
import { detectRelapse, screenTeam, type MetricDefinition, type Observation, type PlanInput } from '../../src/index.js';
import { byWeek, fixtureInput, planOf, weeklyObservations, withRecords } from '../support/scenario.js';
import { SHIPPED_LOCALES } from './shipped.js';

const CALLS = [30, 35, 40, 42, 44, 45, 43, 46, 44, 45, 47, 44, 46];
const monitored: PlanInput = {
  ...withRecords(fixtureInput()),
  status: 'monitoring',
  closure: { outcome: 'successful', date: '2026-04-06', by: 'mgr-dana' },
  monitoring: { start: '2026-04-06' },
  observations: weeklyObservations('2026-01-05', 13, { 'm-calls': byWeek(CALLS) }),
};
const plan = planOf(monitored);
const after = (calls: readonly (number | undefined)[]): Observation[] => weeklyObservations('2026-04-06', calls.length, { 'm-calls': (w) => calls[w] });
const metrics: readonly MetricDefinition[] = planOf(fixtureInput()).metrics;
const team = {
  metrics,
  reps: [
    { repId: 'a', observations: [] },
    { repId: 'b', observations: weeklyObservations('2026-01-19', 8, { 'm-calls': (w) => 77 - 2 * w, 'm-won-revenue': (w) => 900_000 - 80_000 * w }) },
  ],
};
const closedNotMet = planOf({ ...withRecords(fixtureInput()), status: 'closed', closure: { outcome: 'not_met', date: '2026-04-06', by: 'mgr-dana' } });

const strip = (value: unknown): string => JSON.stringify(value, (key, v) => (key === 'message' ? undefined : v));

describe.each(SHIPPED_LOCALES.filter((l) => l.name !== 'en'))('after the plan, in $name', ({ locale }) => {
  it('words every relapse finding in the locale, the findings otherwise the same', () => {
    const cases = [
      [plan, after([41, 39, 38, 37]), '2026-05-03'],
      [plan, after([45, 45]), '2026-04-19'],
      [closedNotMet, [], '2026-05-01'],
    ] as const;
    const codes = new Set<string>();
    for (const [p, feed, asOf] of cases) {
      const english = detectRelapse(p, feed, { asOf });
      const worded = detectRelapse(p, feed, { asOf, locale });
      expect(strip(worded)).toBe(strip(english));
      worded.findings.forEach((finding, i) => {
        codes.add(finding.code);
        expect(finding.message).not.toBe(english.findings[i]!.message);
        expect(finding.message).not.toMatch(/undefined|NaN/);
        if ('title' in finding.facts) expect(finding.message).toContain(finding.facts.title);
      });
    }
    expect([...codes].sort()).toEqual(['holding', 'no_monitoring_data', 'not_closed_successfully', 'relapse_below_target']);
  });

  it('words every team-screen finding in the locale, the findings otherwise the same', () => {
    const english = screenTeam(team, { asOf: '2026-03-15' });
    const worded = screenTeam(team, { asOf: '2026-03-15', locale });
    expect(strip(worded)).toBe(strip(english));
    const codes = new Set<string>();
    worded.reps.forEach((rep, r) =>
      rep.findings.forEach((finding, i) => {
        codes.add(finding.code);
        expect(finding.message).not.toBe(english.reps[r]!.findings[i]!.message);
        if ('metricName' in finding.facts) expect(finding.message).toContain(finding.facts.metricName);
      }),
    );
    expect(codes.size).toBeGreaterThan(1);
  });
});
