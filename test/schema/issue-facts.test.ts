import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { issueText, parseObservations, parsePlan, parsePlanJson, PLAN_ISSUE_MESSAGES, type Catalog, type PlanIssue, type PlanIssueFactsByCode } from '../../src/index.js';
import { brokenPlanArbitrary } from '../../src/testing/index.js';
import { runs } from '../support/runs.js';

/** A stand-in locale: every code re-worded from its facts alone. */
const shouting = Object.fromEntries(
  Object.keys(PLAN_ISSUE_MESSAGES).map((code) => [code, (f: PlanIssueFactsByCode[keyof PlanIssueFactsByCode]) => `${code.toUpperCase()} AT ${f.where}`]),
) as unknown as Catalog<PlanIssueFactsByCode>;

function checkFacts(issue: PlanIssue): void {
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
    expect(count).toBeGreaterThan(4);
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
