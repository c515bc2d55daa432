/**
 * Parse issues in a language: `parsePlan` and `parsePlanJson` with a `locale` word their issues
 * from the locale's `parse` catalog, word by word over English; codes, paths and facts unchanged.
 * A host's own partial catalog; every shipped locale with a `parse` catalog words every issue of
 * broken plans from its facts (a real sentence, not the English one, showing the same paths, ids
 * and dates); a locale without one words them in English.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PLAN_ISSUE_MESSAGES, parsePlan, parsePlanJson, rewordPlanIssues, type Locale, type ParseLocale, type PlanIssueFacts } from '../../src/index.js';
import { brokenPlanArbitrary } from '../../src/testing/index.js';
import { runs } from '../support/runs.js';
import { SHIPPED_LOCALES } from './shipped.js';
import { sentenceProblems } from './data-shown.js';

const WITH = SHIPPED_LOCALES.filter((l) => l.locale.messages.parse !== undefined);
const WITHOUT = SHIPPED_LOCALES.filter((l) => l.locale.messages.parse === undefined);

describe.each(WITH)('parse issues in locale $name', ({ name, locale }: { name: string; locale: Locale }) => {
  it('has every code of the English catalog, each a function', () => {
    expect(Object.keys(locale.messages.parse!).sort()).toEqual(Object.keys(PLAN_ISSUE_MESSAGES).sort());
    for (const write of Object.values(locale.messages.parse!)) expect(typeof write).toBe('function');
  });

  it('words every issue of broken plans from its facts; codes, paths and facts as in English', () => {
    const codes = new Set<string>();
    const problems = new Set<string>();
    fc.assert(
      fc.property(brokenPlanArbitrary(), ({ input }) => {
        const english = parsePlan(input);
        const worded = parsePlan(input, { locale });
        if (english.ok || worded.ok) return;
        expect(worded.issues.map((i) => [i.code, i.path, i.facts])).toEqual(english.issues.map((i) => [i.code, i.path, i.facts]));
        english.issues.forEach((issue, i) => {
          codes.add(issue.code);
          // the text of a host's zod refinement is its own sentence in every language
          if (name !== 'en' && (issue.facts as PlanIssueFacts).text === undefined) for (const p of sentenceProblems(issue.code, issue.message, worded.issues[i]!.message, issue.facts)) problems.add(p);
        });
      }),
      { numRuns: runs(300) },
    );
    expect([...problems].slice(0, 10)).toEqual([]);
    expect(codes.size).toBeGreaterThan(20);
  });
});

/** A host's partial catalog: two codes in German (written by hand), the rest left to English. */
const house: ParseLocale = {
  messages: {
    parse: {
      required: (f) => `${f.where} ist ein Pflichtfeld.`,
      invalid_json: (f) => `${f.where} ist kein gültiges JSON.`,
    },
  },
};

describe('parse issues in a language', () => {
  it('words each issue of broken plans by the locale where it has the code, English elsewhere; codes, paths and facts unchanged', () => {
    let worded = 0;
    fc.assert(
      fc.property(brokenPlanArbitrary(), ({ input }) => {
        const english = parsePlan(input);
        const own = parsePlan(input, { locale: house });
        expect(own.ok).toBe(english.ok);
        if (english.ok || own.ok) return;
        expect(own.issues.map((i) => [i.code, i.path, i.facts])).toEqual(english.issues.map((i) => [i.code, i.path, i.facts]));
        own.issues.forEach((issue, i) => {
          if (issue.code === 'required') {
            worded += 1;
            expect(issue.message).toBe(`${issue.facts.where} ist ein Pflichtfeld.`);
          } else expect(issue.message).toBe(english.issues[i]!.message);
        });
        expect(rewordPlanIssues(JSON.parse(JSON.stringify(english.issues)), house)).toEqual(own.issues);
      }),
      { numRuns: runs(150) },
    );
    expect(worded).toBeGreaterThan(0);
    expect(parsePlanJson('{', { locale: house }).ok || parsePlanJson('{', { locale: house })).toMatchObject({ issues: [{ code: 'invalid_json', message: 'plan ist kein gültiges JSON.' }] });
  });

  it('a locale without a parse catalog words parse issues exactly as English, as does en', () => {
    for (const { locale } of [...WITHOUT, ...SHIPPED_LOCALES.filter((l) => l.name === 'en')]) expect(parsePlanJson('{"schemaVersion":1}', { locale })).toEqual(parsePlanJson('{"schemaVersion":1}'));
  });

  it('takes a broken locale as English, never a crash', () => {
    const getter = Object.defineProperty({}, 'locale', {
      get() {
        throw new Error('hostile');
      },
    });
    const bad = [null, 42, { messages: null }, { messages: { parse: { required: () => { throw new Error('x'); } } } }];
    for (const locale of bad) expect(parsePlanJson('{"schemaVersion":1}', { locale: locale as never })).toEqual(parsePlanJson('{"schemaVersion":1}'));
    expect(parsePlanJson('{"schemaVersion":1}', getter)).toEqual(parsePlanJson('{"schemaVersion":1}'));
  });
});
