/**
 * The one deep freeze: it freezes what immer's `freeze(value, true)` froze in results (every plain
 * object and array, no class instance), stops at frozen nodes, and `settle` writes -0 as 0 as well.
 */
import fc from 'fast-check';
import { freeze as immerFreeze } from 'immer';
import { describe, expect, it } from 'vitest';
import { deepFreeze, settle } from '../../src/frozen/deep-freeze.js';
import { runs } from '../support/runs.js';

/** Every object reachable from `value` (each once), in walk order. */
function nodes(value: unknown, seen = new Set<object>()): object[] {
  if (typeof value !== 'object' || value === null || seen.has(value)) return [];
  seen.add(value);
  const children = value instanceof Map || value instanceof Set ? [...value.values()] : Object.values(value);
  return [value, ...children.flatMap((child) => nodes(child, seen))];
}

const frozenFlags = (value: unknown): boolean[] => nodes(value).map((node) => Object.isFrozen(node));

const json = fc.jsonValue({ maxDepth: 4 });
const withNegativeZero = fc.letrec((tie) => ({
  value: fc.oneof(
    { depthSize: 'small' },
    fc.constantFrom(-0, 0, 1, -1.5, 'x', null, true),
    fc.array(tie('value'), { maxLength: 4 }),
    fc.dictionary(fc.string({ maxLength: 3 }), tie('value'), { maxKeys: 4 }),
  ),
})).value;

describe('deepFreeze', () => {
  it('freezes every node of JSON data, and returns the value it was given', () => {
    fc.assert(
      fc.property(json, (value) => {
        expect(deepFreeze(value)).toBe(value);
        expect(frozenFlags(value).every(Boolean)).toBe(true);
      }),
      { numRuns: runs(300) },
    );
  });

  it("freezes exactly the nodes immer's freeze(value, true) freezes, with class instances, typed arrays and frozen parts", () => {
    class Point {
      constructor(readonly x: { n: number }) {}
    }
    const build = () => {
      const shared = Object.freeze({ inner: { n: 1 } });
      return {
        list: [{ a: 1 }, [2, { b: 3 }]],
        point: new Point({ n: 2 }),
        bytes: new Float64Array(2),
        shared,
        bare: Object.assign(Object.create(null) as object, { c: { d: 4 } }),
      };
    };
    const ours = deepFreeze(build());
    const theirs = immerFreeze(build(), true);
    expect(frozenFlags(ours)).toEqual(frozenFlags(theirs));
    // a frozen node is not walked: what it holds stays as it was
    expect(Object.isFrozen(ours.shared.inner)).toBe(false);
    expect(Object.isFrozen(ours.point)).toBe(false);
    expect(Object.isFrozen(ours.bytes)).toBe(false);
  });

  it('walks a value that holds itself once', () => {
    const loop: { self?: unknown; list: unknown[] } = { list: [] };
    loop.self = loop;
    loop.list.push(loop);
    deepFreeze(loop);
    expect(Object.isFrozen(loop) && Object.isFrozen(loop.list)).toBe(true);
  });
});

describe('settle', () => {
  it('freezes like deepFreeze and leaves no -0 in an object or array, the data otherwise unchanged', () => {
    fc.assert(
      fc.property(fc.array(withNegativeZero, { maxLength: 4 }), (value) => {
        const before = JSON.stringify(value);
        const settled = settle(value);
        expect(settled).toBe(value);
        expect(JSON.stringify(settled)).toBe(before);
        const leaves = (v: unknown): unknown[] => (typeof v === 'object' && v !== null ? Object.values(v).flatMap(leaves) : [v]);
        expect(leaves(settled).some((leaf) => Object.is(leaf, -0))).toBe(false);
        expect(frozenFlags(settled).every(Boolean)).toBe(true);
      }),
      { numRuns: runs(300) },
    );
  });
});
