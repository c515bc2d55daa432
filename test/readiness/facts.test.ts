import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { assessReadiness, issueText, READINESS_MESSAGES, type ReadinessAssessment, type ReadinessPeriod } from '../../src/index.js';
import { runs } from '../support/runs.js';

const calls = { id: 'm-calls', name: 'Outbound calls', unit: 'count', direction: 'higher_is_better' } as const;

function months(values: readonly (number | undefined)[]): ReadinessPeriod[] {
  return values.map((value, i) => {
    const month = String(i + 1).padStart(2, '0');
    const last = new Date(Date.UTC(2026, i + 1, 0)).getUTCDate();
    return { period: { key: `2026-${month}`, start: `2026-${month}-01`, end: `2026-${month}-${last}` }, value, standard: 100 };
  });
}

function checkReasons(result: ReadinessAssessment): void {
  for (const reason of result.reasons) {
    expect(issueText(reason, READINESS_MESSAGES)).toBe(reason.message);
    const stored = JSON.parse(JSON.stringify(reason)) as typeof reason;
    expect(issueText(stored, READINESS_MESSAGES)).toBe(reason.message);
    expect(reason.path[0] === 'history' || reason.path[0] === 'coachingLog').toBe(true);
    // language-neutral: besides the names the caller gave (the rep's, the metric's, a factor's
    // description), every string in the facts is a date, a period key, an id or a code
    const walk = (value: unknown, key: string): void => {
      if (typeof value === 'string') {
        if (!['rep', 'metric', 'description'].includes(key)) expect(value, `${reason.code}.${key}`).toMatch(/^[\w.:-]+$/);
      } else if (Array.isArray(value)) value.forEach((item) => walk(item, key));
      else if (typeof value === 'object' && value !== null) for (const [k, v] of Object.entries(value)) walk(v, k);
    };
    walk(reason.facts, '');
  }
}

describe('readiness reasons are issues with facts', () => {
  it('the rep, the metric and the figures are facts; the message is the English catalog applied to them', () => {
    const result = assessReadiness(
      { asOf: '2026-06-30', repName: 'Sam Okafor', metric: calls, periods: months([100, 95, 102, 80, 70, 60]), roleStartDate: '2025-06-02' },
      [{ date: '2026-04-06', notes: 'Reviewed call numbers together.' }],
    );
    checkReasons(result);
    const coaching = result.reasons.find((r) => r.code === 'coaching_insufficient');
    expect(coaching?.path).toEqual(['coachingLog']);
    expect(coaching?.facts).toMatchObject({ rep: 'Sam Okafor', metric: 'Outbound calls', count: 1, needed: 2, dates: ['2026-04-06'] });
    const ramp = result.reasons.find((r) => r.code === 'past_ramp_up');
    expect(ramp?.path).toEqual(['history', 'roleStartDate']);
    expect(ramp?.facts.date).toBe('2025-06-02');
  });

  it('property: any history, every reason re-words from its facts alone', () => {
    fc.assert(
      fc.property(fc.array(fc.option(fc.integer({ min: 0, max: 200 }), { nil: undefined }), { minLength: 0, maxLength: 6 }), fc.boolean(), (values, known) => {
        const result = assessReadiness(
          { asOf: '2026-06-30', metric: calls, periods: months(values), ...(known ? { roleStartDate: '2026-03-02' } : {}) },
          [],
        );
        checkReasons(result);
      }),
      { numRuns: runs(100) },
    );
  });
});
