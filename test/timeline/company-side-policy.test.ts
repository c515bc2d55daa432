import { describe, expect, it } from 'vitest';
import { EVALUATION_POLICY } from '../../src/evaluate/policy.js';
import { LIFECYCLE_POLICY } from '../../src/lifecycle/policy.js';
import { COMPANY_SIDE_DEFAULTS, COMPANY_SIDE_FIELDS } from '../../src/timeline/company-side.js';

// Issue 19, item 3: the not-met rule's thresholds were declared twice (lifecycle and evaluation
// policies), free to drift apart. They are one definition now, spread into both.
describe('the not-met rule has one policy definition', () => {
  const names = Object.keys(COMPANY_SIDE_FIELDS) as (keyof typeof COMPANY_SIDE_FIELDS)[];
  const lifecycle = new Map(LIFECYCLE_POLICY.fields().map((f) => [f.name, f]));
  const evaluation = new Map(EVALUATION_POLICY.fields().map((f) => [f.name, f]));

  it('both policies carry every field of the rule, with the same schema object and the same default', () => {
    expect(names).toEqual(['minSupportDeliveredShare', 'minCommitmentDeliveredShare', 'minCheckInHeldShare', 'commitmentGraceDays', 'checkInGraceDays']);
    for (const name of names) {
      expect(lifecycle.get(name)?.schema, name).toBe(COMPANY_SIDE_FIELDS[name]);
      expect(evaluation.get(name)?.schema, name).toBe(COMPANY_SIDE_FIELDS[name]);
      expect(LIFECYCLE_POLICY.defaults[name], name).toBe(COMPANY_SIDE_DEFAULTS[name]);
      expect(EVALUATION_POLICY.defaults[name], name).toBe(COMPANY_SIDE_DEFAULTS[name]);
    }
  });

  it('both refuse the same bad value at the same field', () => {
    for (const name of names) {
      const bad = { [name]: -1 };
      const a = LIFECYCLE_POLICY.resolve(bad).issues.map((i) => i.path.join('.'));
      const b = EVALUATION_POLICY.resolve(bad).issues.map((i) => i.path.join('.'));
      expect(a, name).toEqual([`policy.${name}`]);
      expect(b, name).toEqual(a);
    }
  });
});
