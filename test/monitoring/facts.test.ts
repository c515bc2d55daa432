/**
 * Issue 20: relapse findings are issues of the shared shape. Their facts hold the figures as
 * numbers with the metric's unit (a catalog formats them), the run and the goal; the English
 * catalog `RELAPSE_FINDING_MESSAGES` writes `message` from them, so a stored finding re-words
 * from its code and facts alone.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { detectRelapse, RELAPSE_CODES, RELAPSE_FINDING_MESSAGES, type Observation, type PlanInput, type RelapseCheck, type RelapseFinding } from '../../src/index.js';
import { runs } from '../support/runs.js';
import { byWeek, fixtureInput, planOf, weeklyObservations, withRecords } from '../support/scenario.js';
import { expectWordedFromFacts } from '../support/issue-facts.js';

/** Calls per week through the plan: past the target of 40. */
const CALLS = [30, 35, 40, 42, 44, 45, 43, 46, 44, 45, 47, 44, 46];

function monitored(): PlanInput {
  return {
    ...withRecords(fixtureInput()),
    status: 'monitoring',
    closure: { outcome: 'successful', date: '2026-04-06', by: 'mgr-dana' },
    monitoring: { start: '2026-04-06' },
    observations: weeklyObservations('2026-01-05', 13, { 'm-calls': byWeek(CALLS) }),
  };
}

const after = (calls: readonly (number | undefined)[], revenue: readonly (number | undefined)[] = []): Observation[] =>
  weeklyObservations('2026-04-06', Math.max(calls.length, revenue.length), { 'm-calls': (w) => calls[w], 'm-won-revenue': (w) => revenue[w] });

function check(finding: RelapseFinding): void {
  expectWordedFromFacts(finding, RELAPSE_FINDING_MESSAGES);
}

const checkAll = (result: RelapseCheck): void => result.findings.forEach(check);

describe('relapse findings are issues with facts', () => {
  const plan = planOf(monitored());
  const goalIndex = (goalId: string) => plan.goals.findIndex((g) => g.id === goalId);

  it('the English catalog covers every relapse code', () => {
    expect(Object.keys(RELAPSE_FINDING_MESSAGES).sort()).toEqual([...RELAPSE_CODES].sort());
  });

  it('a run below target: the figures are numbers, the metric\'s unit writes them; the path is the goal\'s place in the plan', () => {
    const result = detectRelapse(plan, after([41, 39, 38, 37]), { asOf: '2026-05-03' });
    checkAll(result);
    const calls = result.findings.find((f) => f.evidence.goalIds[0] === 'g-calls')!;
    expect(calls.code).toBe('relapse_below_target');
    expect(calls.path).toEqual(['goals', goalIndex('g-calls')]);
    expect(calls.facts).toMatchObject({ goalId: 'g-calls', metricUnit: 'count', target: 40, count: 3, unit: 'week', start: '2026-04-13', end: '2026-05-03', prorated: false });
    expect(calls.code === 'relapse_below_target' && calls.facts.periods).toEqual([
      { key: '2026-W16', value: 39, target: 40 },
      { key: '2026-W17', value: 38, target: 40 },
      { key: '2026-W18', value: 37, target: 40 },
    ]);
    // Written by hand from those facts.
    const title = plan.goals[goalIndex('g-calls')]!.title;
    expect(calls.message).toBe(
      `"${title}" fell back below its target of 40 for 3 consecutive weeks (2026-04-13 to 2026-05-03; 2026-W16: 39; 2026-W17: 38; 2026-W18: 37): the root cause was not resolved; act quickly.`,
    );
  });

  it('holding, no data, not closed successfully: the goal and the day monitoring started, or the closure', () => {
    const holding = detectRelapse(plan, after([45, 45]), { asOf: '2026-04-19' });
    checkAll(holding);
    const calls = holding.findings.find((f) => f.evidence.goalIds[0] === 'g-calls')!;
    expect([calls.code, calls.facts]).toEqual(['holding', { goalId: 'g-calls', title: plan.goals[goalIndex('g-calls')]!.title, count: 3, start: '2026-04-06' }]);
    const silent = holding.findings.find((f) => f.code === 'no_monitoring_data')!;
    expect(silent.facts).toEqual({ goalId: silent.evidence.goalIds[0], title: plan.goals[goalIndex(silent.evidence.goalIds[0]!)]!.title, start: '2026-04-06' });
    const open = detectRelapse(planOf(withRecords(fixtureInput())), [], { asOf: '2026-05-01' });
    checkAll(open);
    expect(open.findings[0]).toMatchObject({ code: 'not_closed_successfully', path: ['closure'], facts: { status: 'active' } }); // records of a lived plan make the fixture active
    const notMet = planOf({ ...withRecords(fixtureInput()), status: 'closed', closure: { outcome: 'not_met', date: '2026-04-06', by: 'mgr-dana' } });
    expect(detectRelapse(notMet, [], { asOf: '2026-05-01' }).findings[0]!.facts).toEqual({ outcome: 'not_met' });
  });

  it('property: any post-plan feed and policy, every finding re-words from its facts alone', () => {
    const seen = new Set<string>();
    fc.assert(
      fc.property(
        fc.array(fc.option(fc.integer({ min: 30, max: 50 }), { nil: undefined }), { maxLength: 10 }),
        fc.array(fc.option(fc.integer({ min: 0, max: 3_000_000 }), { nil: undefined }), { maxLength: 10 }),
        fc.integer({ min: 1, max: 4 }),
        fc.constantFrom(0.05, 0.5),
        (calls, revenue, relapsePeriods, relapseLossShare) => {
          const result = detectRelapse(plan, after(calls, revenue), { asOf: '2026-06-30', policy: { relapsePeriods, relapseLossShare } });
          checkAll(result);
          for (const f of result.findings) seen.add(f.code);
        },
      ),
      { numRuns: runs(60) },
    );
    expect(seen.size).toBeGreaterThanOrEqual(3);
  });
});
