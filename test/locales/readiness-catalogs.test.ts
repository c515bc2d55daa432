/**
 * The readiness assessment in every shipped language: every reason code of the English catalog,
 * every reason of generated histories worded from its stored facts (a real sentence, not the
 * English one, showing the same names, ids and dates), `assessReadiness` with `locale` giving the
 * same verdict, codes and facts, and a sentence pinned by hand.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { assessReadiness, READINESS_MESSAGES, rewordReadiness, type Locale, type ReadinessHistory } from '../../src/index.js';
import { runs } from '../support/runs.js';
import { sentenceProblems } from './data-shown.js';
import { SHIPPED_LOCALES } from './shipped.js';

const METRICS = [
  { id: 'm-calls', name: 'Outbound calls', unit: 'count', direction: 'higher_is_better' },
  { id: 'm-rev', name: 'New business closed', unit: 'currency', currency: 'EUR', direction: 'higher_is_better' },
  { id: 'm-ret', name: 'Client retention', unit: 'ratio', direction: 'higher_is_better' },
  { id: 'm-hrs', name: 'Hours to log next steps', unit: 'duration', durationUnit: 'hours', direction: 'lower_is_better' },
] as const;

/** A history of up to eight months of 2026 against a standard of 100, with coaching and system factors. */
const caseArbitrary = fc.record({
  metric: fc.constantFrom(...METRICS),
  values: fc.array(fc.option(fc.integer({ min: 0, max: 200 }), { nil: undefined }), { maxLength: 8 }),
  roleStartDate: fc.option(fc.constantFrom('2025-06-02', '2026-03-02', '2026-07-15'), { nil: undefined }),
  repName: fc.option(fc.constantFrom('Sam Okafor', 'Mei Tanaka'), { nil: undefined }),
  coaching: fc.uniqueArray(fc.constantFrom('2026-01-05', '2026-04-06', '2026-05-11', '2026-06-01', '2026-08-03'), { maxLength: 3 }),
  factors: fc.array(fc.record({ id: fc.constantFrom('sf-1', 'sf-2'), description: fc.constantFrom('Territory split in April.', 'CRM outage.'), start: fc.constantFrom('2026-01-01', '2026-04-01'), end: fc.constantFrom('2026-03-31', '2026-08-31') }), { maxLength: 2 }),
});

type Case = typeof caseArbitrary extends fc.Arbitrary<infer T> ? T : never;

function history(c: Case): ReadinessHistory {
  const periods = c.values.map((value, i) => {
    const month = String(i + 1).padStart(2, '0');
    const last = new Date(Date.UTC(2026, i + 1, 0)).getUTCDate();
    return { period: { key: `2026-${month}`, start: `2026-${month}-01`, end: `2026-${month}-${last}` }, value, standard: 100 };
  });
  return {
    asOf: '2026-08-31',
    metric: c.metric,
    periods,
    ...(c.roleStartDate === undefined ? {} : { roleStartDate: c.roleStartDate }),
    ...(c.repName === undefined ? {} : { repName: c.repName }),
    systemFactors: c.factors.map((f) => ({ ...f, kind: 'territory' as const })),
  };
}

/** Hand-written, per language: the start of the ramp-up sentence for a rep named Sam Okafor. */
const PINNED: Readonly<Record<string, string>> = {
  en: 'Sam Okafor started in the role on 2026-07-15 and is ramping up until',
  de: 'Sam Okafor hat die Funktion am 2026-07-15 übernommen und ist bis',
  fr: "Sam Okafor a pris ses fonctions le 2026-07-15 et est en période d'intégration jusqu'au",
  es: 'Sam Okafor asumió el puesto el 2026-07-15 y está en período de incorporación hasta el',
  ar: 'تاريخ بدء Sam Okafor في الدور: 2026-07-15؛ وتستمر فترة التأهيل حتى',
};

describe.each(SHIPPED_LOCALES)('readiness in locale $name', ({ name, locale }: { name: string; locale: Locale }) => {
  it('has every reason code of the English catalog, each a function', () => {
    expect(Object.keys(locale.messages.readiness).sort()).toEqual(Object.keys(READINESS_MESSAGES).sort());
    for (const write of Object.values(locale.messages.readiness)) expect(typeof write).toBe('function');
  });

  it('words every reason of generated histories from its stored facts; verdict, codes and facts as in English', () => {
    const codes = new Set<string>();
    const problems = new Set<string>();
    fc.assert(
      fc.property(caseArbitrary, (c) => {
        const log = c.coaching.map((date) => ({ date, notes: 'Talked it through.' }));
        const english = assessReadiness(history(c), log);
        const worded = assessReadiness(history(c), log, undefined, { locale });
        expect(worded.verdict).toBe(english.verdict);
        expect(worded.reasons.map((r) => [r.code, r.facts, r.path])).toEqual(english.reasons.map((r) => [r.code, r.facts, r.path]));
        const again = rewordReadiness(JSON.parse(JSON.stringify(english)), locale);
        expect(again.reasons.map((r) => r.message)).toEqual(worded.reasons.map((r) => r.message));
        english.reasons.forEach((reason, i) => {
          codes.add(reason.code);
          if (name !== 'en') for (const p of sentenceProblems(reason.code, reason.message, worded.reasons[i]!.message, reason.facts)) problems.add(p);
        });
      }),
      { numRuns: runs(300) },
    );
    expect([...problems].slice(0, 10)).toEqual([]);
    expect(codes.size).toBeGreaterThan(9);
  });

  it('words the ramp-up as pinned by hand', () => {
    const pinned = PINNED[name];
    const result = assessReadiness({ asOf: '2026-08-31', repName: 'Sam Okafor', metric: METRICS[0], periods: [], roleStartDate: '2026-07-15' }, [], undefined, { locale });
    const ramping = result.reasons.find((r) => r.code === 'still_ramping');
    expect(ramping?.message).toBeTypeOf('string');
    if (pinned !== undefined) expect(ramping?.message).toContain(pinned);
  });
});
