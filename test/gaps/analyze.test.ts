import fc from 'fast-check';
import { describe, expect, expectTypeOf, it } from 'vitest';
import { analyzeGap, DEFAULT_GAP_POLICY, parsePlan, type GapAnalysis, type GapAnalysisResult, type GapSeverity, type MetricDefinition, type PolicyIssue } from '../../src/index.js';
import { isDeepFrozen, readFixture } from '../support/fixtures.js';
import { runs } from '../support/runs.js';

const conversion = { id: 'm-conv', name: 'Call-to-meeting conversion', kind: 'behavior', unit: 'ratio', direction: 'higher_is_better', aggregation: 'ratio' } as const satisfies MetricDefinition;
const revenue = { id: 'm-rev', name: 'New business closed', kind: 'outcome', unit: 'currency', currency: 'USD', direction: 'higher_is_better', aggregation: 'sum' } as const satisfies MetricDefinition;
const hoursToLog = { id: 'm-log', name: 'Hours to log next steps', kind: 'behavior', unit: 'duration', durationUnit: 'hours', direction: 'lower_is_better', aggregation: 'mean' } as const satisfies MetricDefinition;

describe('analyzeGap', () => {
  it('the spec example: 5% conversion vs a 15% team average is exactly 10 points short, severe', () => {
    const analysis = analyzeGap({ id: 'gap-conversion', current: 0.05, standard: 0.15 }, conversion);
    expect(0.15 - 0.05).not.toBe(0.1);
    expect(analysis.shortfall).toBe(0.1);
    expect(analysis.relativeShortfall).toBeCloseTo(2 / 3, 12);
    expect(analysis.severity).toBe('severe');
    expect(analysis.gapId).toBe('gap-conversion');
    expect(analysis.message).toBe(
      'Call-to-meeting conversion is 5% against a standard of 15% (higher is better): 10 percentage points short (66.67% below the standard), a severe gap.',
    );
    expect(isDeepFrozen(analysis)).toBe(true);
  });

  it('works from a parsed plan gap and keeps money in whole minor units', () => {
    const parsed = parsePlan(readFixture('plan-90-day-conversion.json'));
    if (!parsed.ok) throw new Error('fixture does not parse');
    const gap = parsed.plan.gaps.find((g) => g.id === 'gap-revenue')!;
    const metric = parsed.plan.metrics.find((m) => m.id === gap.metricId)!;
    const analysis = analyzeGap(gap, metric);
    expect(analysis.shortfall).toBe(4_700_000);
    expect(Number.isInteger(analysis.shortfall)).toBe(true);
    expect(analysis.severity).toBe('severe'); // 62.67% below quota
    expect(analysis.message).toContain('USD 28,000.00 against a standard of USD 75,000.00');
    expect(analysis.message).toContain('USD 47,000.00 short');
  });

  it('measures lower-is-better metrics in their own direction', () => {
    const short = analyzeGap({ current: 72, standard: 24 }, hoursToLog);
    expect(short.shortfall).toBe(48);
    expect(short.relativeShortfall).toBe(2);
    expect(short.severity).toBe('severe');
    expect(short.message).toContain('200% above the standard');
    const better = analyzeGap({ current: 12, standard: 24 }, hoursToLog);
    expect(better.shortfall).toBe(-12);
    expect(better.severity).toBe('none');
    expect(better.message).toContain('12 hours better than the standard; there is no gap');
  });

  it('bands severity by the policy, overrides merged over the defaults', () => {
    expect(analyzeGap({ current: 95, standard: 100 }, revenue).severity).toBe('minor');
    expect(analyzeGap({ current: 85, standard: 100 }, revenue).severity).toBe('moderate');
    expect(analyzeGap({ current: 70, standard: 100 }, revenue).severity).toBe('severe');
    expect(analyzeGap({ current: 100, standard: 100 }, revenue).severity).toBe('none');
    expect(analyzeGap({ current: 95, standard: 100 }, revenue, { moderateAt: 0.05 }).severity).toBe('moderate');
    expect(DEFAULT_GAP_POLICY).toMatchObject({ moderateAt: 0.1, severeAt: 0.3 });
  });

  it('treats any shortfall from a zero standard as severe', () => {
    const complaints = { ...hoursToLog, name: 'Complaints', unit: 'count' } as const;
    const analysis = analyzeGap({ current: 2, standard: 0 }, complaints);
    expect(analysis.relativeShortfall).toBeUndefined();
    expect(analysis.severity).toBe('severe');
  });

  it('is antisymmetric in direction: flipping the direction and negating the values gives the same shortfall', () => {
    const value = fc.oneof(
      fc.integer({ min: -1_000_000_000, max: 1_000_000_000 }),
      fc.integer({ min: -10_000, max: 10_000 }).map((n) => n / 100),
      fc.double({ min: -1e6, max: 1e6, noNaN: true, noDefaultInfinity: true }),
    );
    fc.assert(
      fc.property(value, value, fc.constantFrom(conversion, revenue, hoursToLog), (current, standard, metric) => {
        const flipped = { ...metric, direction: metric.direction === 'higher_is_better' ? 'lower_is_better' : 'higher_is_better' } as const;
        const a = analyzeGap({ current, standard }, metric);
        const b = analyzeGap({ current: -current, standard: -standard }, flipped);
        expect(b.shortfall).toBe(a.shortfall);
        expect(b.relativeShortfall).toBe(a.relativeShortfall);
        expect(b.severity).toBe(a.severity);
      }),
      { numRuns: runs(500) },
    );
  });

  it('shortfall is exact: standard - current in decimal for higher-is-better', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 100 }), fc.integer({ min: 0, max: 100 }), (c, s) => {
        const analysis = analyzeGap({ current: c / 100, standard: s / 100 }, conversion);
        expect(analysis.shortfall).toBe((s - c) / 100);
      }),
      { numRuns: runs(300) },
    );
  });

  it('does not mutate its input', () => {
    const gap = { id: 'g', current: 0.05, standard: 0.15 };
    const metric = { ...conversion };
    analyzeGap(gap, metric);
    expect(gap).toEqual({ id: 'g', current: 0.05, standard: 0.15 });
    expect(Object.isFrozen(gap)).toBe(false);
    expect(Object.isFrozen(metric)).toBe(false);
  });

  it('has the public types it documents', () => {
    // the analysis, with the policy's problems as data (issue 13)
    expectTypeOf(analyzeGap).returns.toEqualTypeOf<GapAnalysisResult>();
    expectTypeOf<GapAnalysisResult['issues']>().toEqualTypeOf<readonly PolicyIssue[]>();
    expectTypeOf<GapAnalysisResult>().toMatchTypeOf<GapAnalysis>();
    expectTypeOf<GapAnalysis['severity']>().toEqualTypeOf<GapSeverity>();
    expectTypeOf<GapSeverity>().toEqualTypeOf<'none' | 'minor' | 'moderate' | 'severe'>();
  });
});
