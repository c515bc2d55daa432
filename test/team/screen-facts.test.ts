/**
 * Issue 20: team-screen findings are issues of the shared shape; `SCREEN_FINDING_MESSAGES` writes
 * their message from their facts (the typical level as a number with the metric's unit).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SCREEN_CODES, SCREEN_FINDING_MESSAGES, screenTeam, type MetricDefinition, type ScreenFinding } from '../../src/index.js';
import { runs } from '../support/runs.js';
import { fixtureInput, planOf, weeklyObservations } from '../support/scenario.js';
import { expectWordedFromFacts } from '../support/issue-facts.js';

const AS_OF = '2026-03-15';
const metrics: readonly MetricDefinition[] = planOf(fixtureInput()).metrics;

function check(finding: ScreenFinding): void {
  expectWordedFromFacts(finding, SCREEN_FINDING_MESSAGES);
}

describe('team-screen findings are issues with facts', () => {
  it('the English catalog covers every screen code', () => {
    expect(Object.keys(SCREEN_FINDING_MESSAGES).sort()).toEqual([...SCREEN_CODES].sort());
  });

  it('a declining leading indicator: the metric, its typical level, the loss and the policy are facts; the path is the rep', () => {
    // 77, 75, ..., 63 calls a week: slope -2, median 70; the loss over 7 steps is 14 = 20% of 70.
    const observations = weeklyObservations('2026-01-19', 8, { 'm-calls': (w) => 77 - 2 * w });
    const screen = screenTeam({ metrics, reps: [{ repId: 'a', observations: [] }, { repId: 'b', observations }] }, { asOf: AS_OF });
    const findings = screen.reps[1]!.findings;
    findings.forEach(check);
    const calls = findings.find((f) => f.code === 'leading_indicator_declining')!;
    expect(calls.path).toEqual(['reps', 1]);
    expect(calls.facts).toEqual({ metricId: 'm-calls', metricName: metrics.find((m) => m.id === 'm-calls')!.name, metricUnit: 'count', currency: null, durationUnit: null, level: 70, share: 0.2, threshold: 0.2, count: 8 });
    // Written by hand from those facts.
    expect(calls.message).toBe(`"${calls.code === 'leading_indicator_declining' && calls.facts.metricName}" is getting worse: over the last 8 periods its trend moved 20% of its typical level (70) the wrong way (policy 20%).`);
    expect(findings.find((f) => f.code === 'outcomes_holding')?.facts).toEqual({});
    const empty = screen.reps[0]!.findings;
    empty.forEach(check);
    expect(empty.every((f) => f.code === 'insufficient_data' && f.facts.count === 0)).toBe(true);
  });

  it('property: any weekly series, every finding re-words from its facts alone', () => {
    fc.assert(
      fc.property(fc.array(fc.option(fc.integer({ min: 0, max: 100 }), { nil: undefined }), { minLength: 8, maxLength: 8 }), fc.array(fc.option(fc.integer({ min: 0, max: 5_000_000 }), { nil: undefined }), { minLength: 8, maxLength: 8 }), (calls, revenue) => {
        const observations = weeklyObservations('2026-01-19', 8, { 'm-calls': (w) => calls[w], 'm-won-revenue': (w) => revenue[w] });
        for (const rep of screenTeam({ metrics, reps: [{ repId: 'r', observations }] }, { asOf: AS_OF }).reps) rep.findings.forEach(check);
      }),
      { numRuns: runs(60) },
    );
  });
});
