import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_GAP_POLICY, DEFAULT_LINT_POLICY, DEFAULT_READINESS_POLICY, DEFAULT_SMART_POLICY, LINT_CODES, LINT_RULES } from '../../src/index.js';
import { FIXTURES } from '../support/fixtures.js';

const doc = readFileSync(join(FIXTURES, '..', '..', 'docs', 'checks.md'), 'utf8');

describe('docs/checks.md', () => {
  it('lists every lint code with the severity and spec section of LINT_RULES, in order', () => {
    const rows = [...doc.matchAll(/^\| `([a-z_]+)` \| (error|warning|info) \| ([^|]+) \|/gm)].map((m) => [m[1], m[2], m[3]?.trim()]);
    expect(rows).toEqual(LINT_CODES.map((code) => [code, LINT_RULES[code].severity, LINT_RULES[code].section]));
  });

  it('documents every policy field with its default', () => {
    for (const policy of [DEFAULT_GAP_POLICY, DEFAULT_SMART_POLICY, DEFAULT_LINT_POLICY, DEFAULT_READINESS_POLICY]) {
      for (const [field, value] of Object.entries(policy)) {
        const shown = typeof value === 'string' ? `'${value}'` : typeof value === 'object' && value !== null ? JSON.stringify(value) : String(value);
        expect(doc, field).toContain(`| \`${field}\` | \`${shown}\` |`);
      }
    }
  });
});
