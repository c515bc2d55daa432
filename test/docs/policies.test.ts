import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIXTURES } from '../support/fixtures.js';
import { POLICIES, formatDefault, interfaceFields, policiesDoc, statedDefault, statedInWords } from '../support/policies-doc.js';

describe('docs/policies.md', () => {
  it('is generated from the policy objects and their TSDoc (run `npm run docs:policies` after changing one)', () => {
    const committed = readFileSync(join(FIXTURES, '..', '..', 'docs', 'policies.md'), 'utf8');
    expect(committed).toBe(policiesDoc());
  });

  it('lists every policy object, and every field of each', () => {
    const doc = policiesDoc();
    for (const policy of POLICIES) {
      expect(doc).toContain(`\`${policy.type}\``);
      for (const field of Object.keys(policy.value)) expect(doc, `${policy.constant}.${field}`).toMatch(new RegExp(`^\\| \`${field}\` \\|`, 'm'));
    }
  });

  it("every field's TSDoc states its default, and states the one the object holds", () => {
    const mismatches: string[] = [];
    for (const policy of POLICIES) {
      for (const field of interfaceFields(policy.file, policy.type).fields) {
        if (Object.hasOwn(policy.value, field.name)) {
          const stated = statedDefault(field.doc);
          const actual = formatDefault((policy.value as Readonly<Record<string, unknown>>)[field.name]);
          if (stated !== actual) mismatches.push(`${policy.type}.${field.name}: TSDoc says ${String(stated)}, the object holds ${actual}`);
        } else if (field.optional && Object.keys(policy.value).length > 0 && field.name !== 'asOf' && statedInWords(field.doc) === undefined) {
          // an option without a default in the object (asOf has none on purpose) says what happens without it
          mismatches.push(`${policy.type}.${field.name}: optional, with no default stated`);
        }
      }
    }
    expect(mismatches).toEqual([]);
  });
});
