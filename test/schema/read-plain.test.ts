/**
 * The parse's zod-free reader (src/schema/read-plain.ts) and its plain shape: the shape is written
 * from the zod schema and up to date; the writer refuses what it cannot translate; and on plans
 * broken anywhere (not only in observations: every object and array of lived plans, with wrong
 * values, missing and unknown keys, getters, hidden keys, null prototypes, `__proto__` keys), a
 * parse gives exactly what the zod path gives.
 */
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as z from 'zod';
import { LIMITS } from '../../src/schema/limits.js';
import { parsePlan, parsePlanWithZod } from '../../src/schema/parse.js';
import { fastPlan } from '../../src/schema/fast-plan.js';
import { serializePlan } from '../../src/schema/parse.js';
import { planArbitrary } from '../../src/testing/index.js';
import { livedTo } from '../support/plan-life.js';
import { plan90 } from '../support/plans.js';
import { describePlainShape, plainShapeSource } from '../support/plain-shape.js';
import { runs } from '../support/runs.js';
import { expectSameData } from '../support/same.js';

describe('the plain shape', () => {
  it('is written from the zod schema and up to date (npm run schema:plain writes it)', () => {
    const committed = readFileSync(new URL('../../src/schema/plain-shape.ts', import.meta.url), 'utf8');
    expect(committed).toBe(plainShapeSource());
  });

  it('refuses what it cannot translate rather than accept more than zod', () => {
    expect(() => describePlainShape(z.strictObject({ a: z.string().check((ctx) => void ctx) }))).toThrow(/custom string check at plan\.a/);
    expect(() => describePlainShape(z.strictObject({ a: z.string().email() }))).toThrow(/check "string_format"|not translated/);
    expect(() => describePlainShape(z.object({ a: z.string() }))).toThrow(/drops unknown keys/);
    expect(() => describePlainShape(z.strictObject({ a: z.strictObject({}).default({}) }))).toThrow(/default at plan\.a/);
    expect(() => describePlainShape(z.strictObject({ a: z.number().gt(0) }))).toThrow(/not translated/);
    expect(() => describePlainShape(z.strictObject({ a: z.map(z.string(), z.string()) }))).toThrow(/zod type "map"/);
  });
});

/** Every object and array in a JSON value, with its path. */
function places(value: unknown, path: (string | number)[] = [], out: { path: (string | number)[]; node: object }[] = []) {
  if (typeof value !== 'object' || value === null) return out;
  out.push({ path, node: value });
  if (Array.isArray(value)) value.forEach((item, i) => places(item, [...path, i], out));
  else for (const [key, item] of Object.entries(value)) places(item, [...path, key], out);
  return out;
}

const oddValue = fc.constantFrom<unknown>(
  Number.NaN, Number.POSITIVE_INFINITY, -0, 0, -1, 1.5, 2 ** 60, Number.MAX_SAFE_INTEGER + 2, '', 'x', 'x'.repeat(LIMITS.idLength + 1),
  'x'.repeat(LIMITS.labelLength + 1), '2026-02-29', '2028-02-29', '2026-13-01', 'draft', 'closed', 'revenue', 'manager', 'add', '__proto__',
  null, undefined, true, false, {}, [], [1], { start: '2026-01-05', end: '2026-01-04' }, { start: '2026-01-05', end: '2026-01-06' }, { a: 1 },
);
const key = fc.constantFrom('id', 'name', 'date', 'value', 'status', 'metadata', 'weight', 'target', 'start', 'end', 'extra', 'type', 'path', 'op', 'constructor', 'x'.repeat(LIMITS.keyLength + 1));

type Mutation =
  | { kind: 'set' | 'hidden' | 'getter'; key: string; value: unknown }
  | { kind: 'setExisting'; value: unknown }
  | { kind: 'delete' }
  | { kind: 'protoKey' }
  | { kind: 'nullProto' };

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  { weight: 3, arbitrary: fc.record({ kind: fc.constant('setExisting' as const), value: oddValue }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constantFrom('set' as const, 'hidden' as const, 'getter' as const), key, value: oddValue }) },
  { weight: 2, arbitrary: fc.constant({ kind: 'delete' as const }) },
  { weight: 1, arbitrary: fc.constant({ kind: 'protoKey' as const }) },
  { weight: 1, arbitrary: fc.constant({ kind: 'nullProto' as const }) },
);

/** A copy of `plan` (through JSON, as a host's input) with the mutations applied at the places they pick. */
function mutate(plan: unknown, changes: readonly (readonly [number, number, Mutation])[]): unknown {
  const copy = JSON.parse(JSON.stringify(plan)) as Record<string, unknown>;
  for (const [where, which, m] of changes) {
    const all = places(copy);
    const { node } = all[where % all.length]!;
    const keys = Object.keys(node);
    const existing = keys.length > 0 ? keys[which % keys.length]! : undefined;
    const target = node as Record<string, unknown>;
    // objects copied, so a mutation never makes a cycle
    const data = (k: string, value: unknown, enumerable = true) =>
      Object.defineProperty(target, k, { value: typeof value === 'object' && value !== null ? JSON.parse(JSON.stringify(value)) : value, enumerable, writable: true, configurable: true });
    if (m.kind === 'setExisting' && existing !== undefined) data(existing, m.value);
    else if (m.kind === 'delete' && existing !== undefined) {
      if (Array.isArray(target)) target.splice(Number(existing), 1);
      else delete target[existing];
    } else if (Array.isArray(target)) continue;
    else if (m.kind === 'set') data(m.key, m.value);
    else if (m.kind === 'hidden') data(m.key, m.value, false);
    else if (m.kind === 'getter' && (typeof m.value !== 'object' || m.value === null)) Object.defineProperty(target, m.key, { get: () => m.value, enumerable: true, configurable: true });
    else if (m.kind === 'protoKey') data('__proto__', {});
    else if (m.kind === 'nullProto') Object.setPrototypeOf(target, null);
  }
  return copy;
}

const changes = fc.array(fc.tuple(fc.nat(), fc.nat(), mutation), { minLength: 1, maxLength: 3 });

/** Lived plans: a log of commands and patches, signatures, reviews, pauses, an extension, a closure. */
const LIVED = [0, 3, 6, 9].map((depth) => serializePlan(livedTo(plan90(), depth)));

describe('the reader against zod', () => {
  it('reads lived plans (logs, patches, signatures, closure) on the fast path, as zod does', () => {
    for (const text of LIVED) {
      const input: unknown = JSON.parse(text);
      expect(fastPlan(input)).toBeDefined();
      expectSameData(parsePlan(input), parsePlanWithZod(input));
    }
  });

  it('gives exactly what zod gives for plans broken anywhere', () => {
    let fast = 0;
    let failed = 0;
    fc.assert(
      fc.property(fc.oneof(planArbitrary({ withRecords: true }), fc.constantFrom(...LIVED).map((text) => JSON.parse(text) as unknown)), changes, (plan, picked) => {
        const input = mutate(plan, picked);
        const result = parsePlan(input);
        if (fastPlan(input) !== undefined) fast += 1;
        if (!result.ok) failed += 1;
        const zod = parsePlanWithZod(input);
        expectSameData(result, zod);
        expect(JSON.stringify(result)).toBe(JSON.stringify(zod));
      }),
      { numRuns: runs(600) },
    );
    // both sides are exercised: broken plans the reader gave up on, and mutated plans still valid
    expect(failed).toBeGreaterThan(runs(600) / 4);
    expect(fast).toBeGreaterThan(0);
  });
});
