import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parsePlan, planJsonSchema } from '../../src/index.js';
import { planArbitrary } from '../../src/testing/index.js';
import { PLAN_FIXTURES, readFixture } from '../support/fixtures.js';
import { runs } from '../support/runs.js';

const COMMITTED = join(import.meta.dirname, '..', '..', 'docs', 'plan.schema.json');

function validator() {
  const ajv = new Ajv2020({ allErrors: true, strict: false });
  const addFormats = addFormatsModule as unknown as (ajv: Ajv2020) => Ajv2020;
  addFormats(ajv);
  return ajv.compile(planJsonSchema());
}

describe('the JSON Schema', () => {
  it('matches the copy committed in docs/ (regenerate with `npm run schema:write`)', () => {
    expect(JSON.parse(readFileSync(COMMITTED, 'utf8'))).toEqual(planJsonSchema());
  });

  it.each(PLAN_FIXTURES)('accepts the fixture %s', (name) => {
    const validate = validator();
    const valid = validate(readFixture(name));
    expect(validate.errors ?? []).toEqual([]);
    expect(valid).toBe(true);
  });

  it('accepts every generated valid plan, as parsePlan does', () => {
    const validate = validator();
    fc.assert(
      fc.property(planArbitrary({ withObservations: true, withRecords: true }), (input) => {
        expect(validate(input), JSON.stringify(validate.errors)).toBe(true);
      }),
      { numRuns: runs(100) },
    );
  });

  it('rejects documents that break a rule it can express, as parsePlan does', () => {
    const validate = validator();
    const cases: [string, (doc: Record<string, any>) => void][] = [
      ['a malformed date', (doc) => (doc['startDate'] = '05/01/2026')],
      ['a day that does not exist', (doc) => (doc['startDate'] = '2026-02-30')],
      ['an unknown field', (doc) => (doc['colour'] = 'teal')],
      ['a missing employee', (doc) => delete doc['employee']],
      ['an unknown basis', (doc) => (doc['goals'][0]['basis'] = 'per_quarter')],
      ['a weight over 100', (doc) => (doc['goals'][0]['weight'] = 101)],
    ];
    for (const [label, breakIt] of cases) {
      const doc = readFixture('plan-90-day-conversion.json') as Record<string, any>;
      breakIt(doc);
      expect(validate(doc), label).toBe(false);
      expect(parsePlan(doc).ok, label).toBe(false);
    }
  });
});
