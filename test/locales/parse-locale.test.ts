/**
 * Parse issues in a language: `parsePlan` and `parsePlanJson` with a `locale` word their issues
 * from the locale's `parse` catalog, word by word over English; codes, paths and facts unchanged.
 * No shipped locale but `en` carries one yet, so a host's own catalog is the example.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parsePlan, parsePlanJson, rewordPlanIssues, type ParseLocale } from '../../src/index.js';
import { brokenPlanArbitrary } from '../../src/testing/index.js';
import { runs } from '../support/runs.js';
import { SHIPPED_LOCALES } from './shipped.js';

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

  it('every shipped locale words parse issues exactly as English (only en has the catalog, its own words)', () => {
    for (const { locale } of SHIPPED_LOCALES) expect(parsePlanJson('{"schemaVersion":1}', { locale })).toEqual(parsePlanJson('{"schemaVersion":1}'));
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
