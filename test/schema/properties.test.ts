import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseObservations, parsePlan, parsePlanJson, PLAN_ISSUE_CODES, serializePlan, type PlanInput } from '../../src/index.js';
import { BROKEN_PLAN_RULES, type BrokenPlan, brokenPlanArbitrary, planArbitrary } from '../../src/testing/index.js';
import { isDeepFrozen } from '../support/fixtures.js';
import { reducedRuns, runs } from '../support/runs.js';

describe('parsePlan properties', () => {
  it('accepts every generated valid plan, round-trips it through JSON unchanged, metadata included', () => {
    fc.assert(
      fc.property(planArbitrary({ withObservations: true, withRecords: true }), (input) => {
        const result = parsePlan(input);
        if (!result.ok) throw new Error(JSON.stringify(result.issues));
        expect(isDeepFrozen(result.plan)).toBe(true);
        const again = parsePlanJson(serializePlan(result.plan));
        expect(again.ok && again.plan).toEqual(result.plan);
        // the host's own data is exactly what it sent
        expect(result.plan.metadata).toEqual((input as { metadata?: unknown }).metadata);
        expect(result.plan.goals[0]?.metadata).toEqual(input.goals?.[0]?.metadata);
      }),
      { numRuns: runs(300) },
    );
  });

  it('accepts every plan lived to any state: the status, phase, revision and records agree', () => {
    const statuses = new Set<string>();
    fc.assert(
      fc.property(planArbitrary({ lived: true, withRecords: true }), (input) => {
        const result = parsePlan(input);
        if (!result.ok) throw new Error(`${input.status}: ${JSON.stringify(result.issues)}`);
        statuses.add(result.plan.status);
        if (result.plan.closure?.outcome === 'withdrawn') statuses.add('withdrawn');
        const again = parsePlanJson(serializePlan(result.plan));
        expect(again.ok && again.plan).toEqual(result.plan);
      }),
      { numRuns: runs(300) },
    );
    if (!reducedRuns()) {
      expect([...statuses].sort()).toEqual(
        ['active', 'awaiting_acknowledgement', 'closed', 'completed', 'draft', 'in_evaluation', 'in_review', 'monitoring', 'paused', 'withdrawn'].sort(),
      );
    }
  }, 60_000);

  it('never mutates its input', () => {
    fc.assert(
      fc.property(planArbitrary(), (input) => {
        const before = JSON.stringify(input);
        parsePlan(input);
        expect(JSON.stringify(input)).toBe(before);
        expect(Object.isFrozen(input)).toBe(false);
      }),
      { numRuns: runs(200) },
    );
  });

  it('rejects every one-rule-broken variant with the expected code at the expected path', () => {
    const seen = new Set<string>();
    const codes = new Set<string>();
    const rejects = (broken: BrokenPlan): void => {
      seen.add(broken.rule);
      codes.add(broken.code);
      const result = parsePlan(broken.input);
      expect(result.ok).toBe(false);
      if (result.ok) return;
      const match = result.issues.find((issue) => issue.code === broken.code && issue.path.join('.') === broken.path.join('.'));
      expect(match, `${broken.rule}: got ${JSON.stringify(result.issues)}`).toBeDefined();
      for (const issue of result.issues) expect(issue.message.length).toBeGreaterThan(10);
    };
    // The rules mixed, as a host's property would draw them.
    fc.assert(fc.property(brokenPlanArbitrary(), rejects), { numRuns: runs(600) });
    // Then each rule on its own, so a rule that applies to few plans (a currency goal for
    // "fractional cents") is reached on every seed, not on most: the mixed run missed it
    // about once in two hundred seeds.
    for (const rule of BROKEN_PLAN_RULES) fc.assert(fc.property(brokenPlanArbitrary({ rules: [rule] }), rejects), { numRuns: runs(8) });
    expect([...seen].sort()).toEqual([...BROKEN_PLAN_RULES].sort());
    // every integrity rule (and the bounded key) has its one-rule-broken variant
    const integrity = PLAN_ISSUE_CODES.slice(PLAN_ISSUE_CODES.indexOf('key_too_long'), PLAN_ISSUE_CODES.indexOf('too_many_issues'));
    for (const code of integrity) expect(codes, code).toContain(code);
  });

  it('never throws on arbitrary JSON and never pollutes prototypes', () => {
    const hostileKeys = fc.constantFrom('__proto__', 'constructor', 'prototype', 'toString', 'hasOwnProperty');
    const hostileObject = fc
      .array(fc.tuple(hostileKeys, fc.jsonValue({ maxDepth: 3 })), { minLength: 1, maxLength: 4 })
      .map((entries) => JSON.parse(`{${entries.map(([k, v]) => `${JSON.stringify(k)}:${JSON.stringify(v)}`).join(',')}}`) as unknown);
    const embedded = fc.tuple(planArbitrary(), hostileObject, fc.constantFrom('metadata', 'employee', 'diagnostic')).map(([plan, hostile, at]) => {
      const copy = JSON.parse(JSON.stringify(plan)) as Record<string, unknown>;
      copy[at] = at === 'metadata' ? hostile : { ...(copy[at] as object), ...(hostile as object) };
      return copy;
    });
    fc.assert(
      fc.property(fc.oneof(fc.jsonValue(), hostileObject, embedded), (input) => {
        const result = parsePlan(input);
        if (!result.ok) for (const issue of result.issues) expect(issue.code).toMatch(/^[a-z_]+$/);
        expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
        expect(Object.prototype).not.toHaveProperty('polluted');
        expect(Object.getOwnPropertyNames(Object.prototype)).not.toContain('p');
      }),
      { numRuns: runs(1_000) },
    );
  });
});

describe('negative zeros', () => {
  /** Negative zeros in numbers the schema accepts anywhere: figures, metadata, observations. */
  const withNegativeZeros = (input: PlanInput): PlanInput => ({
    ...input,
    metadata: { a: -0, nested: { list: [-0, 1, { b: -0 }] } },
    gaps: (input.gaps ?? []).map((gap, i) => (i === 0 ? { ...gap, current: -0 } : gap)),
    observations: (input.observations ?? []).map((o, i) => (i % 3 === 0 && o.value !== undefined ? { ...o, value: -0 } : o)),
  });
  const negativeZeros = (node: unknown): number =>
    typeof node === 'number' ? (Object.is(node, -0) ? 1 : 0) : typeof node === 'object' && node !== null ? Object.values(node).reduce<number>((n, child) => n + negativeZeros(child), 0) : 0;

  it('are settled to 0 everywhere: the parse equals the parse of the JSON text (which has no -0), deeply frozen', () => {
    fc.assert(
      fc.property(fc.oneof(planArbitrary({ withObservations: true, withRecords: true }), planArbitrary({ lived: true })), (input) => {
        const doc = withNegativeZeros(input);
        const result = parsePlan(doc);
        if (!result.ok) throw new Error(JSON.stringify(result.issues));
        expect(negativeZeros(result.plan)).toBe(0);
        expect(isDeepFrozen(result.plan)).toBe(true);
        expect(result).toEqual(parsePlan(JSON.parse(JSON.stringify(doc))));
        const feed = parseObservations(doc.observations ?? []);
        expect(negativeZeros(feed)).toBe(0);
        expect(isDeepFrozen(feed)).toBe(true);
      }),
      { numRuns: runs(100) },
    );
  });
});
