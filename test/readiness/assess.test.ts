import { describe, expect, expectTypeOf, it } from 'vitest';
import {
  assessReadiness,
  DEFAULT_READINESS_POLICY,
  type ReadinessAssessment,
  type ReadinessHistory,
  type ReadinessPeriod,
  type ReadinessVerdict,
} from '../../src/index.js';
import { isDeepFrozen } from '../support/fixtures.js';

const calls = { id: 'm-calls', name: 'Outbound calls', unit: 'count', direction: 'higher_is_better' } as const;

/** Monthly periods of 2026 with the rep's values against a standard of 100. */
function months(values: readonly (number | undefined)[], standard = 100): ReadinessPeriod[] {
  return values.map((value, i) => {
    const month = String(i + 1).padStart(2, '0');
    const last = new Date(Date.UTC(2026, i + 1, 0)).getUTCDate();
    return { period: { key: `2026-${month}`, start: `2026-${month}-01`, end: `2026-${month}-${last}` }, value, standard };
  });
}

const coaching = [
  { date: '2026-04-06', notes: 'Reviewed call numbers together.' },
  { date: '2026-05-11', notes: 'Agreed daily call blocks.' },
];

function history(values: readonly (number | undefined)[], extra: Partial<ReadinessHistory> = {}): ReadinessHistory {
  return { asOf: '2026-06-30', repName: 'Sam Okafor', metric: calls, periods: months(values), roleStartDate: '2025-06-02', ...extra };
}

const codes = (a: ReadinessAssessment) => a.reasons.map((r) => [r.code, r.outcome]);

describe('assessReadiness', () => {
  it('ready: three months short, two coaching conversations, past ramp-up, no system factor', () => {
    const result = assessReadiness(history([100, 95, 102, 80, 70, 60]), coaching);
    expect(result.verdict).toBe('ready');
    expect(codes(result)).toEqual([
      ['past_ramp_up', 'met'],
      ['sustained_pattern', 'met'],
      ['no_system_factor', 'met'],
      ['coaching_documented', 'met'],
    ]);
    expect(result.pattern.map((p) => p.key)).toEqual(['2026-04', '2026-05', '2026-06']);
    expect(result.reasons[1]?.message).toBe(
      'Sam Okafor has been short of the standard on Outbound calls for 3 consecutive periods up to now (2026-04: 80 vs 100; 2026-05: 70 vs 100; 2026-06: 60 vs 100): a sustained, data-backed pattern.',
    );
    expect(result.coachingDates).toEqual(['2026-04-06', '2026-05-11']);
    expect(isDeepFrozen(result)).toBe(true);
  });

  it('not yet after one bad month, or without documented coaching', () => {
    const oneBad = assessReadiness(history([100, 98, 101, 99, 100, 60]), coaching);
    expect(oneBad.verdict).toBe('not_yet');
    expect(oneBad.reasons.find((r) => r.code === 'pattern_not_sustained')?.message).toContain('in the latest period only (2026-06: 60 vs 100); 3 consecutive periods make a pattern');
    const noCoaching = assessReadiness(history([100, 95, 102, 80, 70, 60]), [coaching[0]!, { date: '2026-05-20', notes: '   ' }]);
    expect(noCoaching.verdict).toBe('not_yet');
    expect(noCoaching.reasons.find((r) => r.code === 'coaching_insufficient')?.message).toContain('Only 1 documented informal coaching conversation');
    // conversations older than the lookback or after asOf do not count
    const stale = assessReadiness(history([100, 95, 102, 80, 70, 60]), [{ date: '2025-09-01', notes: 'Old' }, { date: '2026-07-02', notes: 'Later' }, coaching[1]!]);
    expect(stale.coachingDates).toEqual(['2026-05-11']);
  });

  it('a minor dip does not count as short (below the policy\'s sustainedSeverity)', () => {
    expect(assessReadiness(history([100, 100, 100, 95, 94, 93]), coaching).verdict).toBe('not_appropriate');
    expect(assessReadiness(history([100, 100, 100, 95, 94, 93]), coaching, { sustainedSeverity: 'minor' }).verdict).toBe('ready');
  });

  it('not appropriate while ramping up; ramp-up months are not held against the rep', () => {
    const ramping = assessReadiness(history([50, 50, 50, 50, 50, 50], { roleStartDate: '2026-04-15' }), coaching);
    expect(ramping.verdict).toBe('not_appropriate');
    expect(ramping.rampUpEnds).toBe('2026-07-13');
    expect(ramping.reasons[0]?.code).toBe('still_ramping');
    // started 2026-01-05: ramp-up ends 2026-04-04, so April (starting during ramp-up) and earlier do not count
    const justPast = assessReadiness(history([50, 50, 50, 50, 50, 50], { roleStartDate: '2026-01-05' }), coaching);
    expect(justPast.pattern.map((p) => p.key)).toEqual(['2026-05', '2026-06']);
    expect(justPast.verdict).toBe('not_yet');
  });

  it('not yet when the role start date is unknown', () => {
    const { roleStartDate: _dropped, ...rest } = history([100, 95, 102, 80, 70, 60]);
    const result = assessReadiness(rest, coaching);
    expect(result.verdict).toBe('not_yet');
    expect(result.reasons[0]?.code).toBe('role_start_unknown');
  });

  it('not appropriate when recorded system factors overlap the pattern', () => {
    const territory = { id: 'sf-territory', kind: 'territory', description: 'Two largest accounts moved to another rep', start: '2026-04-01' } as const;
    const result = assessReadiness(history([100, 95, 102, 80, 70, 60], { systemFactors: [territory] }), coaching);
    expect(result.verdict).toBe('not_appropriate');
    expect(result.reasons.find((r) => r.code === 'system_factor_explains_gap')?.message).toContain('sf-territory: Two largest accounts moved to another rep');
    // a factor on another metric, or one that ended before the pattern, does not explain it
    expect(assessReadiness(history([100, 95, 102, 80, 70, 60], { systemFactors: [{ ...territory, metricIds: ['m-revenue'] }] }), coaching).verdict).toBe('ready');
    expect(assessReadiness(history([100, 95, 102, 80, 70, 60], { systemFactors: [{ ...territory, start: '2026-01-01', end: '2026-02-28' }] }), coaching).verdict).toBe('ready');
    // a factor covering only the start of a long pattern leaves a sustained, unexplained gap
    const partial = assessReadiness(history([100, 60, 60, 60, 60, 60], { systemFactors: [{ ...territory, start: '2026-02-01', end: '2026-02-28' }] }), coaching);
    expect(partial.verdict).toBe('ready');
  });

  it('not appropriate when the latest period meets the standard; not yet without data', () => {
    const fine = assessReadiness(history([100, 60, 100, 60, 95, 100]), coaching);
    expect(fine.verdict).toBe('not_appropriate');
    expect(fine.reasons.find((r) => r.code === 'no_current_gap')?.message).toContain('2026-06: 100 vs 100, no gap');
    // one good month after a sustained run: not yet, watch whether the recovery holds
    const recovered = assessReadiness(history([60, 60, 60, 60, 60, 100]), coaching);
    expect(recovered.verdict).toBe('not_yet');
    expect(recovered.reasons.find((r) => r.code === 'pattern_interrupted')?.message).toContain('for 5 consecutive periods (2026-01: 60 vs 100;');
    expect(assessReadiness(history([undefined, undefined]), coaching).verdict).toBe('not_yet');
  });

  it('counts only complete periods up to asOf, and trailing periods without data are skipped', () => {
    const early = assessReadiness(history([100, 95, 102, 80, 70, 60], { asOf: '2026-06-29' }), coaching);
    expect(early.pattern.map((p) => p.key)).toEqual(['2026-04', '2026-05']);
    const gap = assessReadiness(history([100, 80, 70, 60, undefined, undefined]), coaching);
    expect(gap.pattern.map((p) => p.key)).toEqual(['2026-02', '2026-03', '2026-04']);
  });

  it('works in a lower-is-better metric\'s own direction', () => {
    const hours = { id: 'm-log', name: 'Hours to log next steps', unit: 'duration', durationUnit: 'hours', direction: 'lower_is_better' } as const;
    const periods = months([30, 36, 40], 24);
    expect(assessReadiness({ asOf: '2026-03-31', metric: hours, periods, roleStartDate: '2025-01-01' }, [
      { date: '2026-02-09', notes: 'Reviewed slow CRM updates.' },
      { date: '2026-03-09', notes: 'Still two days on average.' },
    ]).verdict).toBe('ready');
  });

  it('never mutates its inputs; the policy has documented defaults', () => {
    const input = history([100, 95, 102, 80, 70, 60]);
    const copy = structuredClone(input);
    const log = structuredClone(coaching);
    assessReadiness(input, log);
    expect(input).toEqual(copy);
    expect(log).toEqual(coaching);
    expect(DEFAULT_READINESS_POLICY).toMatchObject({ minCoachingConversations: 2, rampUpDays: 90, sustainedPeriods: 3, teamStandard: 'mean' });
  });

  it('has the public types it documents', () => {
    expectTypeOf(assessReadiness).returns.toEqualTypeOf<ReadinessAssessment>();
    expectTypeOf<ReadinessVerdict>().toEqualTypeOf<'ready' | 'not_yet' | 'not_appropriate'>();
  });
});
