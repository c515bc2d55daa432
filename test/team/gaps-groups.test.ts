import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyzeGap, analyzeTeamGaps, GAP_POLICY, type MetricDefinition, type Observation, type TeamObservations } from '../../src/index.js';
import { isDeepFrozen } from '../support/fixtures.js';

const calls: MetricDefinition = { id: 'm-calls', name: 'Outbound calls', kind: 'activity', unit: 'count', direction: 'higher_is_better', aggregation: 'mean', source: 'Dialer' };
const SPAN = { start: '2026-01-01', end: '2026-01-31' };
const REQUEST = { metricId: 'm-calls', span: SPAN, unit: 'month' } as const;

function oneMonth(byRep: Record<string, number | undefined>): TeamObservations {
  return {
    metrics: [calls],
    reps: Object.entries(byRep).map(([name, value]) => ({
      repId: name.toLowerCase(),
      name,
      observations: value === undefined ? [] : ([{ metricId: 'm-calls', date: '2026-01-15', value }] satisfies Observation[]),
    })),
  };
}

function shortOf(report: ReturnType<typeof analyzeTeamGaps>, repId: string): boolean | undefined {
  return report.reps.find((rep) => rep.repId === repId)?.periods[0]?.short;
}

describe('GapPolicy.shortfall: "20% or more below the standard" flags the rep', () => {
  // the median of 2.4, 3 and 3.6 is 3: Ana is at exactly 80% of it
  const team = oneMonth({ Ana: 2.4, Ben: 3, Cy: 3.6 });

  it('a rep at exactly 80% of the standard is flagged with shortfall 0.2', () => {
    const report = analyzeTeamGaps(team, REQUEST, { shortfall: 0.2, teamStandard: 'median' });
    expect(report.issues).toEqual([]);
    expect(report.periods[0]?.standard).toBe(3);
    expect(shortOf(report, 'ana')).toBe(true);
    expect(report.policy.moderateAt).toBe(0.2);
  });

  it('the same boundary through moderateAt (0.6 / 3 is 0.19999999999999998 in floating point)', () => {
    expect(shortOf(analyzeTeamGaps(team, REQUEST, { moderateAt: 0.2, teamStandard: 'median' }), 'ana')).toBe(true);
    expect(analyzeGap({ current: 2.4, standard: 3 }, calls, { moderateAt: 0.2 }).severity).toBe('moderate');
    expect(analyzeGap({ current: 0.04, standard: 0.05 }, { ...calls, unit: 'ratio' }, { moderateAt: 0.2 }).severity).toBe('moderate');
  });

  it('a rep at 80.1% of the standard is not flagged', () => {
    const report = analyzeTeamGaps(oneMonth({ Ana: 2.403, Ben: 3, Cy: 3.6 }), REQUEST, { shortfall: 0.2, teamStandard: 'median' });
    expect(report.periods[0]?.standard).toBe(3);
    expect(shortOf(report, 'ana')).toBe(false);
  });

  it('is another name for moderateAt: defaults agree, one sets the other, contradictions are refused', () => {
    expect(GAP_POLICY.defaults.shortfall).toBe(GAP_POLICY.defaults.moderateAt);
    expect(GAP_POLICY.resolve({ moderateAt: 0.15 }).policy.shortfall).toBe(0.15);
    expect(GAP_POLICY.resolve({ shortfall: 0.2, moderateAt: 0.2 }).issues).toEqual([]);
    const clash = GAP_POLICY.resolve({ shortfall: 0.2, moderateAt: 0.1 });
    expect(clash.issues.map((i) => [i.code, i.path])).toEqual([['policy_invalid', ['policy', 'shortfall']]]);
    expect(clash.issues[0]?.message).toContain('moderateAt');
    expect(clash.policy.moderateAt).toBe(0.1);
    expect(clash.policy.shortfall).toBe(0.1);
    // the flag is the moderate band only while sustainedSeverity is 'moderate'
    const severe = GAP_POLICY.resolve({ shortfall: 0.2, sustainedSeverity: 'severe' });
    expect(severe.issues.map((i) => [i.code, i.path])).toEqual([['policy_invalid', ['policy', 'shortfall']]]);
    // above the default severeAt (0.3), shortfall still cannot be more than severeAt
    expect(GAP_POLICY.resolve({ shortfall: 0.4 }).issues.map((i) => i.path)).toEqual([['policy', 'severeAt']]);
    expect(GAP_POLICY.resolve({ shortfall: -1 }).issues.map((i) => i.path)).toEqual([['policy', 'shortfall']]);
  });

  it('property: flagging is monotone in the rep\'s value (higher is better: a higher value is never flagged when a lower one is not)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 5000 }), fc.integer({ min: 0, max: 5000 }), fc.integer({ min: 0, max: 5000 }), fc.integer({ min: 0, max: 100 }), (standard, a, b, percent) => {
        const [low, high] = a <= b ? [a, b] : [b, a];
        const policy = { shortfall: percent / 100 };
        const flagged = (value: number) => analyzeGap({ current: value / 100, standard: standard / 100 }, calls, policy).severity !== 'minor' && analyzeGap({ current: value / 100, standard: standard / 100 }, calls, policy).severity !== 'none';
        if (flagged(high)) expect(flagged(low)).toBe(true);
        // and the boundary, in whole hundredths: flagged iff (standard - value) * 100 >= percent * standard
        expect(flagged(low)).toBe(standard - low > 0 && (standard - low) * 100 >= percent * standard);
      }),
      { numRuns: 500 },
    );
  });
});

describe('analyzeTeamGaps: groupBy', () => {
  const team = oneMonth({ Ana: 40, Ben: 20, Cy: 100, Dee: 80, Eve: 10 });
  const managers = { ana: 'mgr-1', ben: 'mgr-1', cy: 'mgr-2', dee: 'mgr-2', eve: 'mgr-3' };

  it('one call, one result per group, each against its own standard', () => {
    const report = analyzeTeamGaps(team, { ...REQUEST, groupBy: managers });
    expect(report.issues).toEqual([]);
    expect(report.groups?.map((g) => [g.key, g.reps.map((r) => r.repId), g.periods[0]?.standard])).toEqual([
      ['mgr-1', ['ana', 'ben'], 30],
      ['mgr-2', ['cy', 'dee'], 90],
      ['mgr-3', ['eve'], 10],
    ]);
    // the same as splitting by hand and calling per team
    const byHand = analyzeTeamGaps({ metrics: [calls], reps: team.reps.filter((r) => managers[r.repId as keyof typeof managers] === 'mgr-2') }, REQUEST);
    expect(report.groups?.[1]?.reps).toEqual(byHand.reps);
    expect(report.groups?.[1]?.periods).toEqual(byHand.periods);
    // the whole team stays at the top
    expect(report.periods[0]?.standard).toBe(50);
    expect(isDeepFrozen(report)).toBe(true);
  });

  it('a group of one is its own standard: never short', () => {
    const eve = analyzeTeamGaps(team, { ...REQUEST, groupBy: managers }).groups?.[2];
    expect(eve?.periods[0]?.repsWithData).toBe(1);
    expect(eve?.reps[0]?.periods[0]?.short).toBe(false);
  });

  it('a function gives the key too; a rep without a key is reported and left out of the groups', () => {
    const report = analyzeTeamGaps(team, { ...REQUEST, groupBy: (rep) => (rep.repId === 'eve' ? undefined : rep.name!.length > 2 ? 'long' : 'short') });
    expect(report.groups?.map((g) => [g.key, g.reps.map((r) => r.repId)])).toEqual([
      ['long', ['ana', 'ben', 'dee']],
      ['short', ['cy']],
    ]);
    expect(report.issues.map((i) => [i.code, i.path])).toEqual([['rep_ungrouped', ['groupBy', 'eve']]]);
    expect(report.reps.map((r) => r.repId)).toContain('eve');
  });

  it('without groupBy there are no groups (existing callers unchanged)', () => {
    expect(analyzeTeamGaps(team, REQUEST).groups).toBeUndefined();
  });
});
