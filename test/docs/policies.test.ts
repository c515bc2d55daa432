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

  it('every defined policy: its defaults pass its own checks, every field has a meaning and valid values', () => {
    const defined = POLICIES.filter((policy) => policy.definition !== undefined);
    expect(defined.map((p) => p.type)).toEqual(['GapPolicy', 'SmartPolicy', 'LintPolicy', 'ReadinessPolicy', 'TimelinePolicy', 'LifecyclePolicy', 'EvaluationPolicy', 'FairnessPolicy']);
    for (const policy of defined) {
      const definition = policy.definition!;
      // A copy of the defaults, checked field by field as an override, gives no issue and the same policy.
      const again = definition.resolve(structuredClone(definition.defaults));
      expect(again.issues, policy.type).toEqual([]);
      expect(again.policy, policy.type).toEqual(definition.defaults);
      expect(Object.keys(definition.defaults), policy.type).toEqual(definition.fields().map((f) => f.name));
      expect(Object.keys(policy.descriptions ?? {}).sort(), `${policy.type}: a description for every field, no other`).toEqual(Object.keys(definition.defaults).sort());
      for (const field of definition.fields(policy.descriptions)) {
        expect(field.description.length, `${policy.type}.${field.name}`).toBeGreaterThan(10);
        expect(field.expected.length, `${policy.type}.${field.name}`).toBeGreaterThan(3);
        expect(field.description, `${policy.type}.${field.name}: the default belongs to the definition`).not.toMatch(/\bDefault\b/);
      }
    }
  });

  it("every other policy field's TSDoc states its default, and states the one the object holds", () => {
    const mismatches: string[] = [];
    for (const policy of POLICIES.filter((p) => p.definition === undefined)) {
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
