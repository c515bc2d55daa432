/**
 * definePolicy: one validation for every policy. Overrides merge deeply over the defaults (nested
 * records key by key, lists whole); every bad value is a `policy_invalid` issue with its path and
 * a sentence, and its default stands; unknown fields are refused; nothing a caller passes makes
 * it throw; the fields list what docs/policies.md is generated from.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import {
  EVALUATION_POLICY,
  EVALUATION_POLICY_DESCRIPTIONS,
  GAP_POLICY,
  GAP_POLICY_DESCRIPTIONS,
  LINT_POLICY,
  LINT_POLICY_DESCRIPTIONS,
  PolicyError,
  READINESS_POLICY,
  READINESS_POLICY_DESCRIPTIONS,
  SMART_POLICY,
  SMART_POLICY_DESCRIPTIONS,
  TIMELINE_POLICY,
  TIMELINE_POLICY_DESCRIPTIONS,
  definePolicy,
  oneOfField,
  recordField,
  shareField,
  wholeField,
} from '../../src/index.js';
import { runs } from '../support/runs.js';

const DEMO = definePolicy(
  z.object({
    share: shareField(),
    unit: oneOfField(['day', 'week']),
    byUnit: recordField({ day: wholeField(1), week: wholeField(1) }, 'an object of whole numbers by unit'),
    low: shareField(),
    high: shareField(),
  }),
  { share: 0.5, unit: 'week', byUnit: { day: 10, week: 4 }, low: 0.2, high: 0.6 },
  { relations: [{ field: 'high', expected: 'at least low', holds: (p) => p.high >= p.low, repair: (p) => p.low }] },
);

const DEMO_DESCRIPTIONS = { share: 'A share.', unit: 'A unit.', byUnit: 'k by unit.', low: 'The lower bound.', high: 'The upper bound, at least low.' };
const ALL = { EVALUATION_POLICY, GAP_POLICY, SMART_POLICY, LINT_POLICY, READINESS_POLICY, TIMELINE_POLICY, DEMO };
const DESCRIPTIONS = {
  EVALUATION_POLICY: EVALUATION_POLICY_DESCRIPTIONS,
  GAP_POLICY: GAP_POLICY_DESCRIPTIONS,
  SMART_POLICY: SMART_POLICY_DESCRIPTIONS,
  LINT_POLICY: LINT_POLICY_DESCRIPTIONS,
  READINESS_POLICY: READINESS_POLICY_DESCRIPTIONS,
  TIMELINE_POLICY: TIMELINE_POLICY_DESCRIPTIONS,
  DEMO: DEMO_DESCRIPTIONS,
} as const;
const paths = (issues: readonly { readonly path: readonly (string | number)[] }[]) => issues.map((i) => i.path);

describe('definePolicy: merging', () => {
  it('no overrides: the defaults themselves, frozen deeply', () => {
    expect(DEMO.resolve(undefined).policy).toBe(DEMO.defaults);
    expect(DEMO.resolve({}).policy).toBe(DEMO.defaults);
    expect(Object.isFrozen(DEMO.defaults) && Object.isFrozen(DEMO.defaults.byUnit)).toBe(true);
  });

  it('nested records merge key by key; undefined is the same as leaving a field out', () => {
    const { policy, issues } = DEMO.resolve({ byUnit: { week: 6 }, unit: undefined });
    expect(issues).toEqual([]);
    expect(policy).toEqual({ ...DEMO.defaults, byUnit: { day: 10, week: 6 } });
    expect(Object.isFrozen(policy) && Object.isFrozen(policy.byUnit)).toBe(true);
    // the key order of the defaults, whatever the order of the overrides
    expect(Object.keys(DEMO.resolve({ high: 0.9, share: 0.1 }).policy)).toEqual(Object.keys(DEMO.defaults));
  });

  it('a resolved policy given again is taken as it is; a base other than the defaults is merged over', () => {
    const first = DEMO.resolve({ share: 0.1 }).policy;
    expect(DEMO.resolve(first)).toEqual({ policy: first, issues: [] });
    expect(DEMO.resolve({ unit: 'day' }, first).policy).toEqual({ ...first, unit: 'day' });
  });
});

describe('definePolicy: problems as data', () => {
  it('each bad value at its path, with what it received and expects; its default stands', () => {
    const { policy, issues } = DEMO.resolve({ share: 2, byUnit: { day: 0, week: 'x' }, unit: 'year' });
    expect(issues.map((i) => [i.code, i.path, i.message])).toEqual([
      ['policy_invalid', ['policy', 'share'], 'Policy field share must be a share between 0 and 1, not 2; the default was used.'],
      ['policy_invalid', ['policy', 'unit'], 'Policy field unit must be day or week, not "year"; the default was used.'],
      ['policy_invalid', ['policy', 'byUnit', 'day'], 'Policy field byUnit.day must be a whole number of 1 or more, not 0; the default was used.'],
      ['policy_invalid', ['policy', 'byUnit', 'week'], 'Policy field byUnit.week must be a whole number of 1 or more, not "x"; the default was used.'],
    ]);
    expect(policy).toBe(DEMO.defaults);
  });

  it('a record given as null, a word or a list is reported at the record', () => {
    for (const bad of [null, 'week', [1, 2], 3]) {
      const { issues } = DEMO.resolve({ byUnit: bad });
      expect(paths(issues), JSON.stringify(bad)).toEqual([['policy', 'byUnit']]);
      expect(issues[0]!.message).toContain('must be an object of whole numbers by unit');
    }
  });

  it('unknown fields are refused, nested ones too, with the likely field named', () => {
    const { policy, issues } = DEMO.resolve({ shar: 0.1, byUnit: { month: 2 } });
    expect(issues.map((i) => [i.path, i.message])).toEqual([
      [['policy', 'byUnit', 'month'], 'Policy field byUnit.month is not a field of this policy; it was ignored.'],
      [['policy', 'shar'], 'Policy field shar is not a field of this policy (did you mean share?); it was ignored.'],
    ]);
    expect(policy).toBe(DEMO.defaults);
  });

  it('relations between fields: reported, and repaired as the definition says', () => {
    const { policy, issues } = DEMO.resolve({ low: 0.5, high: 0.4 });
    expect(policy.high).toBe(0.5);
    expect(issues.map((i) => i.message)).toEqual(['Policy field high must be at least low, not 0.4; the default was used.']);
  });

  it('overrides that are not an object are reported at the policy itself', () => {
    for (const bad of [null, 'strict', 7, [1], true]) expect(paths(DEMO.resolve(bad).issues), JSON.stringify(bad)).toEqual([['policy']]);
  });

  it('never throws: throwing getters, proxies, cycles, BigInts, symbols', () => {
    const getter = Object.defineProperty({}, 'share', { enumerable: true, get: () => { throw new Error('boom'); } });
    expect(DEMO.resolve(getter).issues.map((i) => i.message)).toEqual(['Policy field share could not be read; the default was used.']);
    const trap = new Proxy({}, { ownKeys: () => { throw new Error('trap'); } });
    expect(() => DEMO.resolve(trap)).not.toThrow();
    const cycle: Record<string, unknown> = {};
    cycle['self'] = cycle;
    const mixed = DEMO.resolve({ share: 1n, unit: cycle, byUnit: { day: Symbol('x') } });
    expect(mixed.issues.map((i) => i.message)).toEqual([
      'Policy field share must be a share between 0 and 1, not ?; the default was used.',
      'Policy field unit must be day or week, not ?; the default was used.',
      'Policy field byUnit.day must be a whole number of 1 or more, not Symbol(x); the default was used.',
    ]);
  });

  it('resolveOrThrow: the policy, or a PolicyError carrying the issues', () => {
    expect(DEMO.resolveOrThrow({ share: 0.1 }).share).toBe(0.1);
    try {
      DEMO.resolveOrThrow({ share: 2, unit: 'x' });
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(PolicyError);
      expect((error as PolicyError).issues.map((i) => i.path)).toEqual([['policy', 'share'], ['policy', 'unit']]);
      expect((error as PolicyError).message).toBe('Invalid policy: Policy field share must be a share between 0 and 1, not 2; the default was used. (and 1 more problem)');
    }
  });
});

describe('every policy of the library', () => {
  it('lists its fields in the order of its defaults, each with valid values, and a meaning from its descriptions', () => {
    for (const [name, definition] of Object.entries(ALL)) {
      const fields = definition.fields(DESCRIPTIONS[name as keyof typeof DESCRIPTIONS] as never);
      expect(fields.map((f) => f.name), name).toEqual(Object.keys(definition.defaults));
      expect(definition.fields().every((f) => f.description === '' && f.expected.length > 3), name).toBe(true);
      for (const field of fields) {
        expect(field.description.length, `${name}.${field.name}`).toBeGreaterThan(5);
        expect(field.default, `${name}.${field.name}`).toEqual((definition.defaults as Record<string, unknown>)[field.name]);
      }
    }
  });

  it('property: whatever the overrides, resolving never throws, and the policy passes its own checks', () => {
    const anything = fc.oneof(
      fc.anything(),
      fc.dictionary(fc.constantFrom('sustainShare', 'sustainPeriods', 'coverageUnitByKind', 'workingDays', 'moderateAt', 'graceDays', 'phaseWeights', 'holidays', 'x'), fc.anything()),
    );
    fc.assert(
      fc.property(anything, (overrides) => {
        for (const [name, definition] of Object.entries(ALL)) {
          const { policy, issues } = definition.resolve(overrides);
          for (const issue of issues) expect(issue.code === 'policy_invalid' && issue.path[0] === 'policy' && issue.message.length > 20, name).toBe(true);
          // the policy used, given again as a plain copy, has nothing wrong with it
          expect(definition.resolve(structuredClone(policy)).issues, name).toEqual([]);
        }
      }),
      { numRuns: runs(300) },
    );
  });
});
