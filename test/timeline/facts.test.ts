/**
 * Issue 20: an extension the policy refuses is an issue of the shared shape; `EXTENSION_MESSAGES`
 * writes its message (and a granted proposal's) from its facts.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { EXTENSION_MESSAGES, proposeExtension, type ExtensionRefusal } from '../../src/index.js';
import { isDeepFrozen } from '../support/fixtures.js';
import { plan90 } from '../support/plans.js';
import { runs } from '../support/runs.js';
import { expectWordedFromFacts } from '../support/issue-facts.js';

const granted = { grantedOn: '2026-04-01', by: 'hr-priya', days: 30, previousEndDate: '2026-04-04', newEndDate: '2026-05-04', reason: 'Real progress; the workshop came late.' };

function check(refusal: ExtensionRefusal): void {
  expectWordedFromFacts(refusal, EXTENSION_MESSAGES);
  expect(isDeepFrozen(refusal)).toBe(true);
}

describe('extension refusals are issues with facts', () => {
  it('the English catalog covers both refusals and the granted sentence', () => {
    expect(Object.keys(EXTENSION_MESSAGES).sort()).toEqual(['extension_count_exceeded', 'extension_days_exceeded', 'extension_granted']);
  });

  it('too many days: the days asked for, left and the total are the facts, at path days', () => {
    const refused = proposeExtension(plan90(), 45, { asOf: '2026-04-01' });
    expect(refused.ok).toBe(false);
    if (refused.ok || refused.code === 'policy_invalid') throw new Error('expected a refusal');
    check(refused);
    expect([refused.code, refused.path, refused.facts]).toEqual(['extension_days_exceeded', ['days'], { requested: 45, left: 30, max: 30 }]);
    expect(refused.allowance.daysLeft).toBe(30);
  });

  it('too many extensions: used and allowed are the facts, at the plan\'s extensions', () => {
    const refused = proposeExtension(plan90({ extensions: [granted] }), 10, { asOf: '2026-05-01' });
    if (refused.ok || refused.code === 'policy_invalid') throw new Error('expected a refusal');
    check(refused);
    expect([refused.code, refused.path, refused.facts]).toEqual(['extension_count_exceeded', ['plan', 'extensions'], { used: 1, max: 1 }]);
    // Written by hand from those facts.
    expect(refused.message).toBe('The plan has had 1 extension; the policy allows at most 1.');
  });

  it('property: any request under any caps, a refusal re-words from its facts, a grant from its own fields', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 60 }), fc.integer({ min: 0, max: 3 }), fc.integer({ min: 0, max: 60 }), fc.boolean(), (days, maxExtensions, maxExtensionDays, extended) => {
        const plan = plan90(extended ? { extensions: [granted] } : {});
        const proposal = proposeExtension(plan, days, { asOf: '2026-05-01', policy: { maxExtensions, maxExtensionDays } });
        if (proposal.ok) expect(EXTENSION_MESSAGES.extension_granted(proposal)).toBe(proposal.message);
        else if (proposal.code !== 'policy_invalid') check(proposal);
      }),
      { numRuns: runs(100) },
    );
  });
});
