/**
 * SMART reasons and lint findings in the locales that carry the optional `smart` and `lint`
 * catalogs: every code of the English catalogs; every finding of generated plans (one-pitfall
 * plans, to reach many codes) and every SMART reason worded by the locale, a real sentence that is
 * not the English one and shows the same ids, dates and titles, with codes, paths and facts as in
 * English; a few sentences pinned by hand. A locale without the parts words them in English.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { assertPlan, checkSmartGoal, LINT_CATALOGS_EN, lintPlan, SMART_CATALOGS_EN, type Locale } from '../../src/index.js';
import { pitfallPlanArbitrary, planArbitrary } from '../../src/testing/index.js';
import { runs } from '../support/runs.js';
import { sentenceProblems } from './data-shown.js';
import { SHIPPED_LOCALES } from './shipped.js';

const WITH = SHIPPED_LOCALES.filter((l) => l.locale.messages.smart !== undefined && l.locale.messages.lint !== undefined);
/** Every shipped locale has both parts; a host's locale may not (here German without them). */
const WITHOUT = SHIPPED_LOCALES.filter((l) => l.name === 'de').map(({ name, locale }) => ({
  name: `${name} without smart and lint`,
  locale: ((): Locale => {
    const { smart: _smart, lint: _lint, ...messages } = locale.messages;
    return { ...locale, messages };
  })(),
}));

/** Hand-written, per language: the finding of a plan without a purpose, and the start of a vague goal's reason. */
const PINNED: Readonly<Record<string, { readonly purpose: string; readonly vague: string }>> = {
  en: { purpose: 'The plan states no purpose.', vague: 'is worded vaguely ("improve attitude" with no number)' },
  de: { purpose: 'Der Plan nennt keinen Zweck.', vague: 'ist vage formuliert („improve attitude“, ohne Zahl)' },
  fr: { purpose: "Le plan n'indique aucun objet.", vague: 'est formulé de manière vague (\u00ab\u00a0improve attitude\u00a0\u00bb, sans aucun chiffre)' },
  es: { purpose: 'El plan no indica su finalidad.', vague: 'está formulado de forma vaga («improve attitude», sin ninguna cifra)' },
};

describe.each(WITH)('SMART reasons and lint findings in locale $name', ({ name, locale }: { name: string; locale: Locale }) => {
  it('has every code of the English SMART and lint catalogs, each a function', () => {
    for (const [part, english] of [
      ['smart', SMART_CATALOGS_EN],
      ['lint', LINT_CATALOGS_EN],
    ] as const) {
      const own = locale.messages[part] as unknown as Record<string, Record<string, unknown>>;
      for (const [which, catalog] of Object.entries(english)) {
        expect(Object.keys(own[which]!).sort(), `${part}.${which}`).toEqual(Object.keys(catalog).sort());
        for (const write of Object.values(own[which]!)) expect(typeof write).toBe('function');
      }
    }
  });

  it('words every finding and reason of generated plans from its facts; codes, paths and facts as in English', () => {
    const codes = new Set<string>();
    const problems = new Set<string>();
    const inputs = fc.oneof(
      pitfallPlanArbitrary({ maxGoals: 4 }).map((p) => p.input as unknown),
      planArbitrary({ withRecords: true, maxGoals: 4 }) as fc.Arbitrary<unknown>,
      // protected wording in a list entry's text (a coaching conversation named by its date, a check-in by its id)
      planArbitrary({ withRecords: true, maxGoals: 3 }).map((doc) => {
        const copy = JSON.parse(JSON.stringify(doc)) as { priorCoaching?: { notes: string }[]; checkIns?: { notes?: string }[] };
        if (copy.priorCoaching?.[0]) copy.priorCoaching[0].notes = 'Discussed her pregnancy and the numbers.';
        if (copy.checkIns?.[0]) copy.checkIns[0].notes = 'He is too old to learn the new tool.';
        return copy as unknown;
      }),
    );
    fc.assert(
      fc.property(inputs, fc.array(fc.option(fc.integer({ min: 0, max: 200 }), { nil: undefined }), { maxLength: 4 }), (input, history) => {
        const plan = assertPlan(input);
        const english = lintPlan(plan);
        const worded = lintPlan(plan, undefined, { locale });
        expect(worded.map((f) => [f.code, f.path, f.facts, f.severity])).toEqual(english.map((f) => [f.code, f.path, f.facts, f.severity]));
        english.forEach((finding, i) => {
          codes.add(`lint.${finding.code}`);
          if (name === 'en' || finding.code === 'policy_invalid') return;
          for (const p of sentenceProblems(finding.code, finding.message, worded[i]!.message, finding.facts)) problems.add(p);
          if (worded[i]!.fix === finding.fix) problems.add(`${finding.code}: the English fix`);
        });
        for (const goal of plan.goals) {
          const before = checkSmartGoal(goal, plan, { history });
          const after = checkSmartGoal(goal, plan, { history, locale });
          for (const letter of ['specific', 'measurable', 'achievable', 'relevant', 'timeBound'] as const) {
            expect(after[letter].reasons.map((r) => [r.code, r.path, r.facts, r.verdict])).toEqual(before[letter].reasons.map((r) => [r.code, r.path, r.facts, r.verdict]));
            before[letter].reasons.forEach((reason, i) => {
              codes.add(`smart.${reason.code}`);
              if (name === 'en') return;
              for (const p of sentenceProblems(reason.code, reason.message, after[letter].reasons[i]!.message, reason.facts)) problems.add(p);
            });
          }
        }
      }),
      { numRuns: runs(120) },
    );
    expect([...problems].slice(0, 10)).toEqual([]);
    expect([...codes].filter((c) => c.startsWith('lint.')).length).toBeGreaterThan(15);
    expect([...codes].filter((c) => c.startsWith('smart.')).length).toBeGreaterThan(10);
  });

  it('words a missing purpose and a vague goal as pinned by hand', () => {
    const pinned = PINNED[name];
    const plan = assertPlan(fc.sample(planArbitrary({ maxGoals: 1 }), { numRuns: 1, seed: 7 })[0]);
    const noPurpose = lintPlan({ ...plan, purpose: '' }, undefined, { locale }).find((f) => f.code === 'purpose_missing');
    const vague = checkSmartGoal({ ...plan.goals[0]!, title: 'improve attitude' }, plan, { locale }).specific.reasons.find((r) => r.code === 'vague_wording');
    expect(noPurpose?.message).toBeTypeOf('string');
    expect(vague?.message).toBeTypeOf('string');
    if (pinned !== undefined) {
      expect(noPurpose?.message).toBe(pinned.purpose);
      expect(vague?.message).toContain(pinned.vague);
    }
  });
});

describe.each(WITHOUT)('SMART reasons and lint findings in locale $name, which has no smart or lint catalogs', ({ locale }: { locale: Locale }) => {
  it('words them in English, exactly as without a locale', () => {
    fc.assert(
      fc.property(pitfallPlanArbitrary({ maxGoals: 3 }), ({ input }) => {
        const plan = assertPlan(input);
        expect(lintPlan(plan, undefined, { locale })).toEqual(lintPlan(plan));
      }),
      { numRuns: runs(20) },
    );
  });
});
