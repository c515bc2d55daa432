import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isCalendarDate, parsePlan, planJsonSchema } from '../../src/index.js';
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
      fc.property(fc.oneof(planArbitrary({ withObservations: true, withRecords: true }), planArbitrary({ lived: true })), (input) => {
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

/** The published schema as a validator without format support: only the `pattern` checks dates. */
function withoutFormats() {
  const ajv = new Ajv2020({ allErrors: true, strict: false, validateFormats: false });
  return ajv.compile(JSON.parse(readFileSync(COMMITTED, 'utf8')) as Record<string, unknown>);
}

describe('the JSON Schema checks real calendar days by pattern, without format support', () => {
  const validate = withoutFormats();
  const withStart = (date: string) => {
    const doc = readFixture('plan-90-day-conversion.json') as Record<string, unknown>;
    return { ...doc, startDate: date };
  };

  it.each([
    '2026-02-30',
    '2026-02-31',
    '0000-00-00',
    '0000-01-01',
    '2026-00-10',
    '2026-13-01',
    '2026-01-00',
    '2026-01-32',
    '2026-04-31',
    '2026-06-31',
    '2026-09-31',
    '2026-11-31',
    '2026-02-29',
    '1900-02-29',
    '2100-02-29',
  ])('rejects %s', (date) => {
    expect(isCalendarDate(date)).toBe(false);
    expect(validate(withStart(date))).toBe(false);
  });

  it.each(['2026-01-31', '2026-03-31', '2026-04-30', '2026-12-31', '2028-02-29', '2000-02-29', '2400-02-29', '0004-02-29', '0001-01-01', '9999-12-31'])(
    'accepts %s',
    (date) => {
      expect(isCalendarDate(date)).toBe(true);
      expect(validate(withStart(date)), JSON.stringify(validate.errors)).toBe(true);
    },
  );

  it('agrees with isCalendarDate on every month and day of sampled years, leap years included', () => {
    const schema = JSON.parse(readFileSync(COMMITTED, 'utf8')) as Record<string, unknown>;
    const patterns = new Set([...JSON.stringify(schema).matchAll(/"pattern":("(?:[^"\\]|\\.)*")/g)].map((m) => JSON.parse(m[1]!) as string));
    const datePatterns = [...patterns].filter((p) => p.includes('02-'));
    expect(datePatterns).toHaveLength(1);
    const pattern = new RegExp(datePatterns[0]!, 'u');
    const two = (n: number) => String(n).padStart(2, '0');
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 9999 }), (year) => {
        const y = String(year).padStart(4, '0');
        for (let month = 0; month <= 13; month += 1) {
          for (let day = 0; day <= 32; day += 1) {
            const date = `${y}-${two(month)}-${two(day)}`;
            if (pattern.test(date) !== isCalendarDate(date)) return false;
          }
        }
        return true;
      }),
      { numRuns: runs(300), examples: [[0], [4], [100], [400], [1900], [2000], [2024], [2100], [9996], [9999]] },
    );
  });
});

