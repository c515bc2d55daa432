/**
 * Issue 20: team gap issues are issues of the shared shape; `TEAM_GAP_ISSUE_MESSAGES` writes
 * their message from their facts, so a stored issue re-words from its code and facts alone.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyzeGap, analyzeTeamGaps, GAP_ANALYSIS_MESSAGES, GAP_RUN_MESSAGES, TEAM_GAP_ISSUE_MESSAGES, type MetricDefinition, type TeamGapIssue, type TeamObservations } from '../../src/index.js';
import { runs } from '../support/runs.js';
import { expectWordedFromFacts } from '../support/issue-facts.js';

const calls: MetricDefinition = { id: 'm-calls', name: 'Outbound calls', kind: 'activity', unit: 'count', direction: 'higher_is_better', aggregation: 'mean', source: 'Dialer' };
const demos: MetricDefinition = { ...calls, id: 'm-demos', name: 'Demos' };
const REQUEST = { metricId: 'm-calls', span: { start: '2026-01-01', end: '2026-01-31' }, unit: 'month' } as const;

function team(names: readonly string[], metrics: readonly MetricDefinition[] = [calls]): TeamObservations {
  return { metrics, reps: names.map((name, i) => ({ repId: name.toLowerCase(), name, observations: [{ metricId: 'm-calls', date: '2026-01-15', value: 10 + i }] })) };
}

function check(issue: TeamGapIssue): void {
  expectWordedFromFacts(issue, TEAM_GAP_ISSUE_MESSAGES);
}

describe('team gap issues are issues with facts', () => {
  it('the English catalog covers every code', () => {
    expect(Object.keys(TEAM_GAP_ISSUE_MESSAGES).sort()).toEqual(['metric_unknown', 'policy_invalid', 'rep_ungrouped']);
  });

  it('metric_unknown: the metric asked for and the metrics the team defines', () => {
    const report = analyzeTeamGaps(team(['Ana', 'Ben'], [calls, demos]), { ...REQUEST, metricId: 'm-gone' }, { sustainedPeriods: 0 });
    expect(report.issues.map((i) => i.code)).toEqual(['policy_invalid', 'metric_unknown']);
    for (const issue of report.issues) check(issue);
    const unknown = report.issues[1]!;
    expect(unknown.facts).toEqual({ metricId: 'm-gone', defined: ['m-calls', 'm-demos'] });
    // Written by hand from those facts.
    expect(unknown.message).toBe('The team\'s observations define no metric "m-gone" (defined: m-calls, m-demos).');
    const none = analyzeTeamGaps({ metrics: [], reps: [] }, REQUEST).issues[0]!;
    expect(none.facts).toEqual({ metricId: 'm-calls', defined: [] });
    expect(none.message).toBe('The team\'s observations define no metric "m-calls" (defined: none).');
  });

  it('property: rep_ungrouped names the rep groupBy leaves out, in its facts and at its path', () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.constantFrom('Ana', 'Ben', 'Cy', 'Dee', 'Eve'), { minLength: 1 }), fc.array(fc.boolean(), { minLength: 5, maxLength: 5 }), (names, grouped) => {
        const groupBy = Object.fromEntries(names.filter((_, i) => grouped[i]).map((name) => [name.toLowerCase(), 'West']));
        const report = analyzeTeamGaps(team(names), { ...REQUEST, groupBy });
        const left = names.filter((_, i) => !grouped[i]).map((name) => name.toLowerCase());
        expect(report.issues.map((i) => [i.code, i.path, i.facts])).toEqual(left.map((repId) => ['rep_ungrouped', ['groupBy', repId], { repId }]));
        for (const issue of report.issues) check(issue);
      }),
      { numRuns: runs(50) },
    );
  });
});

describe('gap sentences and run sentences are worded from their facts (issue 20)', () => {
  const metric = fc.record({
    unit: fc.constantFrom('count' as const, 'ratio' as const, 'currency' as const, 'duration' as const, 'score' as const),
    direction: fc.constantFrom('higher_is_better' as const, 'lower_is_better' as const),
  });
  // figures as plans hold them: whole numbers and shares to four places (a standard below about
  // 1e-308 would make the relative shortfall Infinity, which JSON cannot carry: left out here)
  const figure = fc.oneof(fc.integer({ min: 0, max: 1_000_000 }), fc.integer({ min: 0, max: 10_000 }).map((n) => n / 10_000));

  it('every gap analysis: GAP_ANALYSIS_MESSAGES[severity] of its facts, stored as JSON, is its message', () => {
    const severities = new Set<string>();
    fc.assert(
      fc.property(metric, figure, figure, ({ unit, direction }, current, standard) => {
        const m = { id: 'm', name: 'Metric', unit, direction, ...(unit === 'currency' ? { currency: 'EUR' } : {}), ...(unit === 'duration' ? { durationUnit: 'hours' as const } : {}) };
        const analysis = analyzeGap({ current, standard }, m);
        const stored = JSON.parse(JSON.stringify(analysis)) as typeof analysis;
        expect(GAP_ANALYSIS_MESSAGES[stored.severity](stored.facts)).toBe(analysis.message);
        severities.add(analysis.severity);
      }),
      { numRuns: runs(200) },
    );
    expect(severities.size).toBeGreaterThan(2);
  });

  it("every rep's run sentence: GAP_RUN_MESSAGES of its facts, stored as JSON, is its message", () => {
    const names = ['Ana', 'Ben', 'Cy', 'Dee'];
    const observations = names.map((name, i) => ({
      repId: name.toLowerCase(),
      name,
      observations: ['2026-01-15', '2026-02-15', '2026-03-15', '2026-04-15'].map((date, k) => ({ metricId: 'm-calls', date, value: i === 0 ? 5 : 40 + k })),
    }));
    const report = analyzeTeamGaps({ metrics: [calls], reps: observations }, { ...REQUEST, span: { start: '2026-01-01', end: '2026-04-30' } });
    const kinds = new Set<boolean>();
    for (const rep of report.reps) {
      const stored = JSON.parse(JSON.stringify(rep)) as typeof rep;
      expect(GAP_RUN_MESSAGES[stored.sustained ? 'sustained' : 'not_sustained'](stored.facts)).toBe(rep.message);
      kinds.add(rep.sustained);
    }
    expect([...kinds].sort()).toEqual([false, true]);
  });
});
