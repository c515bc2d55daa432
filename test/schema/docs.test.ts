import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LIMITS, PLAN_ISSUE_CODES } from '../../src/index.js';
import { FIXTURES } from '../support/fixtures.js';

const doc = readFileSync(join(FIXTURES, '..', '..', 'docs', 'checks.md'), 'utf8');
const section = doc.slice(doc.indexOf('## Parse issues'), doc.indexOf('\n## ', doc.indexOf('## Parse issues') + 1));

describe('docs/checks.md: parse issues', () => {
  it('lists every parse issue code, in the order of PLAN_ISSUE_CODES', () => {
    const rows = [...section.matchAll(/^\| `([a-z_]+)` \| /gm)].map((m) => m[1]);
    expect(rows).toEqual([...PLAN_ISSUE_CODES]);
  });

  it('states the limits on what an issue carries back as LIMITS has them', () => {
    expect(section).toContain(`\`LIMITS.issues\` (${LIMITS.issues})`);
    expect(section).toContain(`\`LIMITS.quoteLength\` (${LIMITS.quoteLength})`);
    expect(section).toContain(`\`LIMITS.keyLength\` (${LIMITS.keyLength})`);
  });
});
