import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { definePolicy, issueText, oneOfField, POLICY_ISSUE_MESSAGES, shareField, type Catalog, type PolicyIssue, type PolicyIssueFactsByCode } from '../../src/index.js';

const DEMO = definePolicy(
  z.object({ share: shareField(), unit: oneOfField(['day', 'week']), low: shareField(), high: shareField() }),
  { share: 0.5, unit: 'week', low: 0.2, high: 0.6 },
  { relations: [{ field: 'high', expected: 'at least low', holds: (p) => p.high >= p.low, repair: (p) => p.low }] },
);

/** A stand-in locale that writes only the facts. */
const terse: Catalog<PolicyIssueFactsByCode> = {
  policy_invalid: (f) => (f.kind === 'not_an_object' ? `${f.kind} ${f.received}` : `${f.kind} ${f.field}`),
};

function check(issue: PolicyIssue): void {
  expect(issueText(issue, POLICY_ISSUE_MESSAGES)).toBe(issue.message);
  expect(Object.isFrozen(issue.facts)).toBe(true);
  const stored = JSON.parse(JSON.stringify(issue)) as PolicyIssue;
  expect(stored.facts).toEqual(issue.facts);
  expect(issueText(stored, POLICY_ISSUE_MESSAGES)).toBe(issue.message);
}

describe('policy issues carry their facts', () => {
  it('each kind of problem: the facts name the field, what it takes and what it got; the English catalog writes the message from them', () => {
    const { issues } = DEMO.resolve({ share: 2, unit: 'month', shre: 1, low: 0.5, high: 0.4 });
    for (const issue of issues) check(issue);
    expect(issues.map((issue) => issue.facts)).toEqual([
      { kind: 'invalid', field: 'share', expected: { type: 'share' }, received: '2' },
      { kind: 'invalid', field: 'unit', expected: { type: 'one_of', values: ['day', 'week'] }, received: '"month"' },
      { kind: 'unknown', field: 'shre', suggestion: 'share' },
      { kind: 'invalid', field: 'high', expected: { type: 'text', text: 'at least low' }, received: '0.4' },
    ]);
    expect(issues.map((issue) => issueText(issue, terse))).toEqual(['invalid share', 'invalid unit', 'unknown shre', 'invalid high']);
  });

  it('overrides that are not an object', () => {
    const { issues } = DEMO.resolve(7);
    expect(issues).toHaveLength(1);
    for (const issue of issues) check(issue);
    expect(issues[0]?.facts).toEqual({ kind: 'not_an_object', received: '7' });
  });
});
