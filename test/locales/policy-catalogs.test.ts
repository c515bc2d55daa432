/**
 * Policy issues in the locales that carry the optional `policy` part: every `policy_invalid` issue
 * every policy of the library can report (a bad value of every field, an unknown field, overrides
 * that are not an object, a field that cannot be read, a rule between fields, an alias given
 * against its field) worded from its facts by the locale: a real sentence, not the English one,
 * with the field and the value received, and none of English's words for what the field takes.
 * The functions that report policy issues word them in the locale (`assessReadiness`,
 * `checkSmartGoal`, `lintPlan` with its fix, `transition`'s `policyIssues` and a `lint_errors`
 * rejection's findings); a sentence is pinned by hand per locale; a locale without the part
 * words them in English.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import {
  assessReadiness,
  checkSmartGoal,
  definePolicy,
  EVALUATION_POLICY,
  expectationWords,
  FAIRNESS_POLICY,
  GAP_POLICY,
  LIFECYCLE_POLICY,
  LINT_POLICY,
  lintPlan,
  POLICY_CATALOGS_EN,
  policyField,
  READINESS_POLICY,
  rewordPolicyIssues,
  SMART_POLICY,
  TIMELINE_POLICY,
  transition,
  type Locale,
  type PolicyDefinition,
  type PolicyExpectation,
  type PolicyIssue,
  wholeField,
} from '../../src/index.js';
import { plan90 } from '../support/plans.js';
import { MANAGER } from '../lifecycle/helpers.js';
import { runs } from '../support/runs.js';
import { sentenceProblems } from './data-shown.js';
import { SHIPPED_LOCALES } from './shipped.js';

const WITH = SHIPPED_LOCALES.filter((l) => l.name !== 'en' && l.locale.messages.policy !== undefined);
/** A host's locale may leave the part out (here German without it): English stands. */
const WITHOUT = SHIPPED_LOCALES.filter((l) => l.name === 'de').map(({ locale }) => {
  const { policy: _policy, ...messages } = locale.messages;
  return { ...locale, messages } as Locale;
});

/** A host's own policy, with its own words for a field, and a record without words of its own. */
const HOST_POLICY = definePolicy(
  z.object({ region: policyField(z.enum(['emea', 'amer']), 'a sales region: emea or amer'), limits: z.object({ max: wholeField(0) }) }),
  { region: 'emea', limits: { max: 3 } },
);

const POLICIES: readonly (readonly [string, PolicyDefinition<unknown>])[] = [
  ['evaluation', EVALUATION_POLICY],
  ['gap', GAP_POLICY],
  ['smart', SMART_POLICY],
  ['readiness', READINESS_POLICY],
  ['lint', LINT_POLICY],
  ['timeline', TIMELINE_POLICY],
  ['lifecycle', LIFECYCLE_POLICY],
  ['fairness', FAIRNESS_POLICY],
  ['host', HOST_POLICY],
] as unknown as readonly (readonly [string, PolicyDefinition<unknown>])[];

/** Values no field of any policy takes whole. */
const BAD_VALUES: readonly unknown[] = [-7, 'x', null, [], true, { nested: 1 }, 1.5];

/** Every policy issue the library's policies report for generated bad overrides. */
function everyIssue(): PolicyIssue[] {
  const issues: PolicyIssue[] = [];
  for (const [, definition] of POLICIES) {
    for (const field of definition.fields()) {
      for (const value of BAD_VALUES) issues.push(...definition.resolve({ [field.name]: value }).issues);
      // a record's own fields, one at a time
      if (typeof field.default === 'object' && field.default !== null && !Array.isArray(field.default)) {
        for (const key of Object.keys(field.default)) issues.push(...definition.resolve({ [field.name]: { [key]: -7 } }).issues);
      }
    }
    issues.push(...definition.resolve({ [`${definition.fields()[0]!.name}X`]: 1 }).issues);
    issues.push(...definition.resolve(42).issues);
    const unreadable = Object.defineProperty({}, definition.fields()[0]!.name, {
      enumerable: true,
      get: () => {
        throw new Error('no');
      },
    });
    issues.push(...definition.resolve(unreadable).issues);
  }
  // rules between fields and an alias given against its field
  issues.push(...EVALUATION_POLICY.resolve({ onTrackTolerance: 0.5, atRiskTolerance: 0.1 }).issues);
  issues.push(...GAP_POLICY.resolve({ moderateAt: 0.3, severeAt: 0.1 }).issues);
  issues.push(...GAP_POLICY.resolve({ moderateAt: 0.3, shortfall: 0.2 }).issues);
  issues.push(...GAP_POLICY.resolve({ sustainedSeverity: 'severe', shortfall: 0.2 }).issues);
  issues.push(...SMART_POLICY.resolve({ realisticImprovement: 0.8, impossibleImprovement: 0.2 }).issues);
  return issues;
}

const ISSUES = everyIssue();
const EXPECTATION_TYPES: readonly PolicyExpectation['type'][] = [
  'share', 'share_above_zero', 'probability', 'non_negative', 'score', 'whole', 'one_of', 'flag', 'units_by_kind', 'weekdays', 'whole_by_unit',
  'phrases_by_language', 'phase_weights', 'holidays', 'group_or_null', 'policy_fields', 'object', 'at_least', 'same_as', 'left_out', 'text',
];

/** English's words for what a field takes, where they are words (a list of values or a host's words are data). */
function englishWordsOf(expected: PolicyExpectation): string | undefined {
  return expected.type === 'one_of' || expected.type === 'text' ? undefined : expectationWords(expected);
}

describe('the generated policy issues', () => {
  it('reach every kind of problem and every kind of expectation', () => {
    expect(new Set(ISSUES.map((issue) => issue.facts.kind))).toEqual(new Set(['invalid', 'unknown', 'not_an_object', 'unreadable']));
    const types = new Set(ISSUES.flatMap((issue) => (issue.facts.kind === 'invalid' ? [issue.facts.expected.type] : [])));
    expect([...types].sort()).toEqual([...EXPECTATION_TYPES].sort());
  });

  it('carry what a field takes as data: no English words in the facts (the English message words them)', () => {
    for (const issue of ISSUES) {
      if (issue.facts.kind !== 'invalid') continue;
      const words = englishWordsOf(issue.facts.expected);
      if (words !== undefined) expect(JSON.stringify(issue.facts)).not.toContain(words);
      expect(issue.message).toContain(expectationWords(issue.facts.expected));
    }
  });
});

describe.each(WITH)('locale $name', ({ locale }) => {
  const catalog = locale.messages.policy!;

  it('words every generated policy issue from its facts: not English, the field and the value shown, no English words for what the field takes', () => {
    const problems: string[] = [];
    for (const issue of ISSUES) {
      const translated = catalog.issues.policy_invalid(issue.facts);
      problems.push(...sentenceProblems(issue.code, issue.message, translated, issue.facts));
      const f = issue.facts;
      if ('field' in f && !translated.includes(f.field)) problems.push(`${translated} lacks the field ${f.field}`);
      if ('received' in f && !translated.includes(f.received)) problems.push(`${translated} lacks the value ${f.received}`);
      if (f.kind === 'invalid') {
        const words = englishWordsOf(f.expected);
        if (words !== undefined && translated.includes(words)) problems.push(`${translated} keeps the English ${words}`);
        if (f.expected.type === 'text' && !translated.includes(f.expected.text)) problems.push(`${translated} lacks the host's words`);
      }
    }
    expect([...new Set(problems)]).toEqual([]);
  });

  it('has its own words for what a lint run advises', () => {
    expect(catalog.lintFix).not.toBe(POLICY_CATALOGS_EN.lintFix);
    expect(catalog.lintFix).toContain('docs/policies.md');
  });

  it('is used by every function that reports policy issues', () => {
    const readiness = assessReadiness({ asOf: '2026-08-31', metric: plan90().metrics[0]!, periods: [] } as never, [], { rampUpDays: -1 }, { locale });
    const smart = checkSmartGoal(plan90().goals[0]!, plan90(), { policy: { realisticImprovement: 'x' } as never, locale });
    const lint = lintPlan(plan90(), { minCoachingConversations: -1 } as never, { locale });
    for (const issue of [...readiness.issues, ...smart.issues, ...lint.filter((f) => f.code === 'policy_invalid')]) {
      expect(issue.message).toBe(catalog.issues.policy_invalid(issue.facts as PolicyIssue['facts']));
      expect(issue.message).not.toBe(POLICY_CATALOGS_EN.issues.policy_invalid(issue.facts as PolicyIssue['facts']));
    }
    expect(readiness.issues).toHaveLength(1);
    expect(smart.issues).toHaveLength(1);
    const finding = lint.find((f) => f.code === 'policy_invalid');
    expect(finding?.fix).toBe(catalog.lintFix);
  });

  it('words a rejection\'s policy issues and a lint_errors rejection\'s findings', () => {
    const bad = transition(plan90(), { type: 'submit_for_review' }, { asOf: '2025-12-29', actor: MANAGER, policy: { timeline: { maxExtensions: -1 } } as never, locale });
    expect(bad.ok).toBe(false);
    if (bad.ok) return;
    expect(bad.rejection.code).toBe('policy_invalid');
    expect(bad.rejection.policyIssues?.[0]?.message).toBe(catalog.issues.policy_invalid(bad.rejection.policyIssues![0]!.facts));

    const english = transition(plan90({ support: [] }), { type: 'submit_for_review' }, { asOf: '2025-12-29', actor: MANAGER });
    const worded = transition(plan90({ support: [] }), { type: 'submit_for_review' }, { asOf: '2025-12-29', actor: MANAGER, locale });
    if (english.ok || worded.ok) throw new Error('the submission was accepted');
    expect(worded.rejection.code).toBe('lint_errors');
    const before = english.rejection.findings ?? [];
    const after = worded.rejection.findings ?? [];
    expect(after.map((f) => [f.code, f.path, f.facts])).toEqual(before.map((f) => [f.code, f.path, f.facts]));
    expect(after.length).toBeGreaterThan(0);
    after.forEach((finding, i) => {
      expect(finding.message).not.toBe(before[i]!.message);
      expect(finding.fix).not.toBe(before[i]!.fix);
    });
  });
});

/**
 * Per locale, written by hand: a field out of range (EVALUATION_POLICY, `sustainShare: 2`) and an
 * alias given against the field it depends on (GAP_POLICY, `shortfall` with `sustainedSeverity:
 * 'severe'`).
 */
const PINNED: Readonly<Record<string, readonly [string, string]>> = {
  de: [
    'Das Richtlinienfeld sustainShare muss ein Anteil zwischen 0 und 1 sein, nicht 2; der Standardwert wurde verwendet.',
    'Das Richtlinienfeld shortfall (0.2) muss wegfallen, solange sustainedSeverity "severe" ist: Es ist ein anderer Name für moderateAt, das einen Zeitraum nur markiert, solange sustainedSeverity "moderate" ist; der Standardwert wurde verwendet.',
  ],
  es: [
    'El campo de la política sustainShare debe ser una proporción entre 0 y 1, no 2; se usó el valor predeterminado.',
    'El campo de la política shortfall (0.2) debe omitirse mientras sustainedSeverity sea "severe": es otro nombre de moderateAt, que solo señala un período mientras sustainedSeverity sea "moderate"; se usó el valor predeterminado.',
  ],
  ar: [
    'حقل السياسة sustainShare يجب أن يكون نسبة بين 0 و1، لا 2؛ وقد استُخدمت القيمة الافتراضية.',
    'حقل السياسة shortfall (0.2) يجب حذفه ما دامت قيمة sustainedSeverity هي "severe": فهو اسم آخر للحقل moderateAt، الذي لا تُعدّ به الفترة دون المعيار إلا حين تكون قيمة sustainedSeverity هي "moderate"؛ وقد استُخدمت القيمة الافتراضية.',
  ],
  fr: [
    'Le champ sustainShare de la politique doit être une proportion comprise entre 0 et 1, et non 2\u00a0; la valeur par défaut a été utilisée.',
    'Le champ shortfall de la politique (0.2) doit être omis tant que sustainedSeverity vaut "severe"\u00a0: c\'est un autre nom de moderateAt, qui ne signale une période que lorsque sustainedSeverity vaut "moderate"\u00a0; la valeur par défaut a été utilisée.',
  ],
};

describe('pinned by hand', () => {
  it('pins every locale with the part', () => {
    expect(Object.keys(PINNED).sort()).toEqual(WITH.map((l) => l.name).sort());
  });
  it.each(WITH)('$name', ({ name, locale }) => {
    const [range, alias] = PINNED[name]!;
    expect(rewordPolicyIssues(EVALUATION_POLICY.resolve({ sustainShare: 2 }).issues, locale)[0]?.message).toBe(range);
    expect(rewordPolicyIssues(GAP_POLICY.resolve({ sustainedSeverity: 'severe', shortfall: 0.2 }).issues, locale)[0]?.message).toBe(alias);
  });
});

describe('a locale without the part', () => {
  it.each(WITHOUT)('words policy issues in English', (locale) => {
    const issues = EVALUATION_POLICY.resolve({ sustainShare: 2 }).issues;
    expect(rewordPolicyIssues(issues, locale)).toBe(issues);
    const lint = lintPlan(plan90(), { minCoachingConversations: -1 } as never, { locale });
    const finding = lint.find((f) => f.code === 'policy_invalid');
    expect(finding?.message).toBe(POLICY_CATALOGS_EN.issues.policy_invalid(finding!.facts as PolicyIssue['facts']));
    expect(finding?.fix).toBe(POLICY_CATALOGS_EN.lintFix);
  });
});

describe('a broken policy part', () => {
  const de = SHIPPED_LOCALES.find((l) => l.name === 'de')!.locale;
  const thrower = (): never => {
    throw new Error('broken message');
  };
  const junk = fc.constantFrom<unknown>(null, undefined, 7, 'Ersatz', true, thrower, () => undefined, () => 42, [], { policy_invalid: thrower });
  const path = fc.constantFrom(['policy'], ['policy', 'issues'], ['policy', 'issues', 'policy_invalid'], ['policy', 'lintFix']);

  it('never makes a function that reports policy issues throw: each sentence is the locale\'s where it can give one, else English', () => {
    const issues = ISSUES.slice(0, 40);
    fc.assert(
      fc.property(path, junk, (at, value) => {
        const messages: Record<string, unknown> = { ...de.messages, policy: { ...de.messages.policy!, issues: { ...de.messages.policy!.issues } } };
        let node = messages;
        for (const key of at.slice(0, -1)) node = node[key] as Record<string, unknown>;
        node[at[at.length - 1]!] = value;
        const locale = { ...de, messages } as unknown as Locale;
        const worded = rewordPolicyIssues(issues, locale);
        worded.forEach((issue, i) => {
          expect([catalogOf(de).issues.policy_invalid(issue.facts), issues[i]!.message]).toContain(issue.message);
          expect(issue.facts).toBe(issues[i]!.facts);
        });
        const finding = lintPlan(plan90(), { minCoachingConversations: -1 } as never, { locale }).find((f) => f.code === 'policy_invalid');
        // a host's own string is a valid fix
        const hostFix = at.join('.') === 'policy.lintFix' && typeof value === 'string' ? [value] : [];
        expect([catalogOf(de).lintFix, POLICY_CATALOGS_EN.lintFix, ...hostFix]).toContain(finding?.fix);
        const rejected = transition(plan90(), { type: 'submit_for_review' }, { asOf: '2025-12-29', actor: MANAGER, policy: { timeline: { maxExtensions: -1 } } as never, locale });
        expect(rejected.ok).toBe(false);
        if (!rejected.ok) for (const issue of rejected.rejection.policyIssues ?? []) expect(typeof issue.message).toBe('string');
      }),
      { numRuns: runs(60) },
    );
  });
});

function catalogOf(locale: Locale) {
  return locale.messages.policy!;
}
