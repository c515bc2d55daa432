import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { issueText, migratePlan, parseObservations, parsePlan, parsePlanJson, PLAN_ISSUE_MESSAGES, type Catalog, type PlanIssue, type PlanIssueFactsByCode } from '../../src/index.js';
import { brokenPlanArbitrary } from '../../src/testing/index.js';
import { runs } from '../support/runs.js';

/** A stand-in locale: every code re-worded from its facts alone. */
const shouting = Object.fromEntries(
  Object.keys(PLAN_ISSUE_MESSAGES).map((code) => [code, (f: PlanIssueFactsByCode[keyof PlanIssueFactsByCode]) => `${code.toUpperCase()} AT ${f.where}`]),
) as unknown as Catalog<PlanIssueFactsByCode>;

/**
 * English the library wrote into a fact: two lower-case words in a row in a string that is not
 * quoted input (`"..."`), outside the facts that hold outside text (`where` is a path, `detail` an
 * engine's or host's error, `text` a host's sentence, a migration step's own words).
 */
function englishIn(facts: unknown): string[] {
  const found: string[] = [];
  const walk = (value: unknown, key: string): void => {
    if (typeof value === 'string') {
      if (['where', 'detail', 'text', 'step', 'error'].includes(key) || value.startsWith('"')) return;
      if (/\b[a-z]{2,} [a-z]{2,}\b/.test(value)) found.push(`${key}: ${value}`);
    } else if (Array.isArray(value)) value.forEach((item) => walk(item, key));
    else if (typeof value === 'object' && value !== null) for (const [k, v] of Object.entries(value)) walk(v, k);
  };
  walk(facts, '');
  return found;
}

function checkFacts(issue: PlanIssue): void {
  // data and codes, never an English phrase the library wrote (a locale words every fact)
  expect(englishIn(issue.facts), issue.code).toEqual([]);
  // the English catalog writes the message from the facts alone
  expect(issueText(issue, PLAN_ISSUE_MESSAGES)).toBe(issue.message);
  expect(Object.isFrozen(issue.facts)).toBe(true);
  // JSON values only: a stored issue keeps its facts and re-words the same
  const stored = JSON.parse(JSON.stringify(issue)) as PlanIssue;
  expect(stored.facts).toEqual(issue.facts);
  expect(issueText(stored, PLAN_ISSUE_MESSAGES)).toBe(issue.message);
  expect(issueText(stored, shouting)).toBe(`${issue.code.toUpperCase()} AT ${issue.facts.where}`);
}

describe('plan issues carry their facts', () => {
  it('every issue of a one-rule-broken plan: the message is the English catalog applied to the facts', () => {
    fc.assert(
      fc.property(brokenPlanArbitrary(), (broken) => {
        const result = parsePlan(broken.input);
        expect(result.ok).toBe(false);
        if (!result.ok) for (const issue of result.issues) checkFacts(issue);
      }),
      { numRuns: runs(200) },
    );
  });

  it('issues from JSON syntax, wrong types, unknown fields and observations too', () => {
    const results = [
      parsePlanJson('{"title": '),
      parsePlan({ title: 3, unknownField: true }),
      parsePlan(null),
      parseObservations([{ metricId: 'x', value: 'ten' }]),
      parsePlan({ schemaVersion: 99 }),
      parsePlan({ schemaVersion: 1.5 }),
      migratePlan([]),
      migratePlan({ schemaVersion: 'one' }),
      parsePlan({ schemaVersion: 1, metadata: { n: Number.NaN, s: 'x'.repeat(20_000), d: new Date(0) } }),
    ];
    let count = 0;
    for (const result of results) {
      expect(result.ok).toBe(false);
      if (result.ok) continue;
      for (const issue of result.issues) {
        checkFacts(issue);
        count += 1;
      }
    }
    expect(count).toBeGreaterThan(8);
    // the check itself finds English where the library used to write it
    expect(englishIn({ where: 'schemaVersion', expected: 'a whole number' })).toEqual(['expected: a whole number']);
    expect(englishIn({ where: 'goals', problem: { kind: 'x', clause: 'goal "g-1" has none' } })).toHaveLength(1);
  });

  it('the facts say where, as the message does', () => {
    const result = parsePlan({ title: 3 });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const title = result.issues.find((issue) => issue.path.join('.') === 'title');
    expect(title?.facts.where).toBe('title');
    expect(title?.message.startsWith('title ')).toBe(true);
  });
});
