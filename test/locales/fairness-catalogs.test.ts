/**
 * The fairness analysis and its report in the locales that carry the optional `fairness` part:
 * every code and word of the English catalogs; every finding and issue of generated populations
 * (and every consistency finding of generated plans) worded from its facts by the locale, a real
 * sentence that is not the English one and shows the same groups, ids and dates, with codes,
 * paths and facts as in English; the report in the language (its `lang`, its direction, its
 * words, no English finding left); a broken catalog falling back to English; a sentence pinned
 * by hand. A locale without the part words all of it in English.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  analyzeAdverseImpact,
  compareConsistency,
  FAIRNESS_CATALOGS_EN,
  FAIRNESS_REPORT_MESSAGES_EN,
  renderFairnessReport,
  reviewFairness,
  rewordAdverseImpact,
  rewordConsistency,
  rewordFairnessReview,
  type Locale,
  type Plan,
} from '../../src/index.js';
import { runs } from '../support/runs.js';
import { fixtureInput, planOf } from '../support/scenario.js';
import { AS_OF, PERSON_STATES, populationOf, type PersonState } from '../fairness/population.js';
import { sentenceProblems } from './data-shown.js';
import { SHIPPED_LOCALES } from './shipped.js';

const WITH = SHIPPED_LOCALES.filter((l) => l.locale.messages.fairness !== undefined);
/** Every shipped locale may have the part; a host's locale may not (here German without it). */
const WITHOUT = SHIPPED_LOCALES.filter((l) => l.name === 'de').map(({ name, locale }) => ({
  name: `${name} without fairness`,
  locale: ((): Locale => {
    const { fairness: _fairness, ...messages } = locale.messages;
    return { ...locale, messages };
  })(),
}));

const state: fc.Arbitrary<PersonState> = fc.oneof({ arbitrary: fc.constant<PersonState>('none'), weight: 3 }, { arbitrary: fc.constantFrom(...PERSON_STATES), weight: 4 });
const LABELS = ['West', 'East', 'North', 'South'] as const;
/** Two to four groups of 1 to 40 people, a minimum group size, and sometimes a reference group or a period that reaches past asOf. */
const caseArbitrary = fc.record({
  groups: fc.array(fc.array(state, { minLength: 1, maxLength: 40 }), { minLength: 2, maxLength: 4 }),
  minGroupSize: fc.integer({ min: 1, max: 8 }),
  reference: fc.option(fc.constantFrom('West', 'Nowhere'), { nil: undefined }),
  period: fc.option(fc.constantFrom({ start: '2026-01-01', end: '2026-12-31' }, { start: 'soon', end: '2026-06-01' }, { start: '2026-07-01', end: '2026-06-01' }), { nil: undefined }),
  duplicate: fc.boolean(),
});
type Case = typeof caseArbitrary extends fc.Arbitrary<infer T> ? T : never;

function inputOf(c: Case) {
  const { population, groupOf } = populationOf(c.groups.map((states, i) => ({ label: LABELS[i]!, states })));
  const people = c.duplicate && population.people.length > 0 ? [...population.people, population.people[0]!] : population.people;
  return {
    population: { ...population, people },
    options: {
      asOf: AS_OF,
      attributes: [{ name: 'Sales team', groupOf }],
      policy: { minGroupSize: c.minGroupSize, ...(c.reference === undefined ? {} : { referenceGroup: c.reference }) },
      ...(c.period === undefined ? {} : { period: c.period }),
    },
  };
}

/** Three plans of one role; the third with its own duration and calls target, so the consistency check finds something. */
function consistencyPlans(days: number, calls: number): Plan[] {
  const input = fixtureInput();
  const plan = (id: string, durationDays: number, target: number): Plan =>
    planOf({
      ...input,
      id,
      durationDays,
      employee: { ...input.employee, id: `emp-${id}` },
      goals: (input.goals ?? []).map((g) => (g.id === 'g-calls' ? { ...g, target } : g)),
    });
  return [plan('p1', 90, 40), plan('p2', 90, 40), plan('p3', days, calls)];
}

/** Hand-written, per language: the suppression of a small group. */
const PINNED: Readonly<Record<string, string>> = {
  en: 'Sales team "North" has fewer than 5 people in scope: its figures are suppressed to protect the people in it.',
  ar: 'تضم المجموعة «North» في Sales team أقل من 5 أشخاص ضمن نطاق التحليل: أرقامها محجوبة حمايةً للأشخاص الذين تضمهم.',
  de: 'Sales team „North“ umfasst weniger als 5 einbezogene Personen: Die Zahlen der Gruppe werden zum Schutz dieser Personen unterdrückt.',
  es: 'El grupo «North» (Sales team) tiene menos de 5 personas en el ámbito del análisis: sus cifras se ocultan para proteger a las personas que lo integran.',
  fr: 'Sales team «\u00a0North\u00a0» compte moins de 5 personnes dans le périmètre\u00a0: ses chiffres sont masqués pour protéger les personnes concernées.',
};

describe.each(WITH)('fairness in locale $name', ({ name, locale }: { name: string; locale: Locale }) => {
  const fairness = locale.messages.fairness!;

  it('has every code of the English catalogs and every word of the report', () => {
    for (const key of ['findings', 'issues', 'consistency'] as const) {
      expect(Object.keys(fairness[key]).sort(), key).toEqual(Object.keys(FAIRNESS_CATALOGS_EN[key]).sort());
      for (const write of Object.values(fairness[key])) expect(typeof write).toBe('function');
    }
    const shape = (value: unknown): unknown =>
      typeof value === 'function' ? 'function' : Array.isArray(value) ? value.length : typeof value === 'object' && value !== null ? Object.fromEntries(Object.entries(value).map(([k, v]) => [k, shape(v)])) : typeof value;
    expect(shape(fairness.report)).toEqual(shape(FAIRNESS_REPORT_MESSAGES_EN));
  });

  it('words every finding and issue of generated populations from its facts; codes, paths and facts as in English', () => {
    const codes = new Set<string>();
    const problems = new Set<string>();
    fc.assert(
      fc.property(caseArbitrary, (c) => {
        const { population, options } = inputOf(c);
        const english = reviewFairness(population, options);
        const worded = reviewFairness(population, { ...options, locale });
        const pairs = [
          ...english.analyses.flatMap((a, i) => a.findings.map((f, j) => [f, worded.analyses[i]!.findings[j]!] as const)),
          ...english.issues.map((issue, i) => [issue, worded.issues[i]!] as const),
        ];
        for (const [en, other] of pairs) {
          expect([other.code, other.path, other.facts]).toEqual([en.code, en.path, en.facts]);
          codes.add(en.code);
          if (name !== 'en') for (const p of sentenceProblems(en.code, en.message, other.message, en.facts)) problems.add(p);
        }
        expect(worded.attention).toEqual(english.attention);
        const again = rewordFairnessReview(JSON.parse(JSON.stringify(english)), locale);
        expect(again.analyses.flatMap((a) => a.findings.map((f) => f.message))).toEqual(worded.analyses.flatMap((a) => a.findings.map((f) => f.message)));
        const single = analyzeAdverseImpact(population, { ...options, groupOf: options.attributes[0]!.groupOf, attribute: 'Sales team', locale });
        expect(single.findings.map((f) => f.message)).toEqual(rewordAdverseImpact(analyzeAdverseImpact(population, { ...options, groupOf: options.attributes[0]!.groupOf, attribute: 'Sales team' }), locale).findings.map((f) => f.message));
      }),
      { numRuns: runs(200) },
    );
    expect([...problems].slice(0, 10)).toEqual([]);
    expect(codes.size).toBeGreaterThan(9);
  });

  it('words every consistency finding from its facts', () => {
    const problems = new Set<string>();
    const codes = new Set<string>();
    fc.assert(
      fc.property(fc.integer({ min: 30, max: 180 }), fc.integer({ min: 1, max: 200 }), fc.boolean(), (days, calls, few) => {
        const plans = consistencyPlans(days, calls).slice(few ? 1 : 0);
        const english = compareConsistency(plans);
        const worded = compareConsistency(plans, { locale });
        expect(worded.findings.map((f) => [f.code, f.path, f.facts])).toEqual(english.findings.map((f) => [f.code, f.path, f.facts]));
        expect(rewordConsistency(english, locale).findings.map((f) => f.message)).toEqual(worded.findings.map((f) => f.message));
        english.findings.forEach((f, i) => {
          codes.add(f.code);
          if (name !== 'en') for (const p of sentenceProblems(f.code, f.message, worded.findings[i]!.message, f.facts)) problems.add(p);
        });
      }),
      { numRuns: runs(60) },
    );
    expect([...problems].slice(0, 10)).toEqual([]);
    expect(codes).toEqual(new Set(['too_few_plans', 'duration_off_role_median', 'target_off_role_median']));
  });

  it('renders the report in the language: lang, direction, its words and the findings', () => {
    const { population, groupOf } = populationOf([
      { label: 'West', states: [...Array<PersonState>(8).fill('not_met'), ...Array<PersonState>(32).fill('none')] },
      { label: 'East', states: [...Array<PersonState>(6).fill('active'), ...Array<PersonState>(114).fill('none')] },
      { label: 'North', states: ['active', 'none'] },
    ]);
    const review = reviewFairness(population, { asOf: AS_OF, attributes: [{ name: 'Sales team', groupOf }] });
    const html = renderFairnessReport(review, { format: 'html', audience: 'hr', locale });
    const markdown = renderFairnessReport(review, { format: 'markdown', audience: 'hr', locale });
    expect(html).toContain(`<html lang="${locale.code}"${locale.dir === 'rtl' ? ' dir="rtl"' : ''}>`);
    expect(markdown).toContain(fairness.report.title);
    expect(html).toContain(fairness.report.sections.method.replace(/&/g, '&amp;'));
    // every item of "how to read this report" in the language (a list, replaced whole)
    for (const item of fairness.report.method) expect(markdown).toContain(item.slice(0, 40));
    const worded = rewordFairnessReview(review, locale);
    for (const finding of worded.analyses.flatMap((a) => a.findings)) expect(markdown).not.toContain(name === 'en' ? '\u0000' : review.analyses.flatMap((a) => a.findings).find((f) => f.code === finding.code && f.group === finding.group && f.measure === finding.measure)!.message);
    if (name !== 'en') expect(markdown).not.toContain(FAIRNESS_REPORT_MESSAGES_EN.sections.summary);
  });

  it('words the suppression of a small group as pinned by hand', () => {
    const { population, groupOf } = populationOf([
      { label: 'West', states: Array<PersonState>(6).fill('none') },
      { label: 'East', states: Array<PersonState>(6).fill('active') },
      { label: 'North', states: ['active', 'none'] },
    ]);
    const report = analyzeAdverseImpact(population, { asOf: AS_OF, groupOf, attribute: 'Sales team', locale });
    const suppressed = report.findings.find((f) => f.code === 'group_suppressed');
    expect(suppressed?.message).toBeTypeOf('string');
    if (PINNED[name] !== undefined) expect(suppressed?.message).toBe(PINNED[name]);
  });
});

describe.each(WITHOUT)('fairness in locale $name', ({ locale }: { locale: Locale }) => {
  it('words the findings, issues and report in English, exactly as without a locale', () => {
    fc.assert(
      fc.property(caseArbitrary, (c) => {
        const { population, options } = inputOf(c);
        expect(reviewFairness(population, { ...options, locale })).toEqual(reviewFairness(population, options));
      }),
      { numRuns: runs(20) },
    );
  });
});

describe('a broken fairness catalog from a host', () => {
  const { population, groupOf } = populationOf([
    { label: 'West', states: Array<PersonState>(6).fill('none') },
    { label: 'North', states: ['active', 'none'] },
  ]);
  const english = analyzeAdverseImpact(population, { asOf: AS_OF, groupOf, attribute: 'Sales team' });
  it.each([
    ['a throwing function', { findings: { group_suppressed: () => { throw new Error('boom'); } } }],
    ['a non-string result', { findings: { group_suppressed: () => 42 } }],
    ['null in place of the catalogs', null],
    ['a string in place of the findings', { findings: 'de' }],
  ])('falls back to English per sentence: %s', (_, fairness) => {
    const host = { code: 'xx', messages: { fairness } } as unknown as Locale;
    expect(analyzeAdverseImpact(population, { asOf: AS_OF, groupOf, attribute: 'Sales team', locale: host })).toEqual(english);
    expect(() => renderFairnessReport(reviewFairness(population, { asOf: AS_OF, attributes: [{ name: 'Sales team', groupOf }] }), { format: 'html', audience: 'hr', locale: host })).not.toThrow();
  });
  it.each([null, 42, 'de'])('takes %j as no locale', (locale) => {
    expect(analyzeAdverseImpact(population, { asOf: AS_OF, groupOf, attribute: 'Sales team', locale: locale as unknown as Locale })).toEqual(english);
  });
});
