/**
 * Issue 13, finding 10: `replay` is linear in the length of the log. Checked structurally, never
 * with a clock: while replay runs, the steps of the built-ins that walk arrays element by element
 * are counted (array methods weighted by the array's length, copies by what they copy, splices by
 * what they move, freezing an array by its length; iterator steps, frozen checks, map and set
 * look-ups one each). Doubling a genuine log must about double that count;
 * a replay that copies or re-checks the growing plan at every entry quadruples it.
 * (`test/bench/replay-scaling.ts` measures the time.)
 */
import { describe, expect, it } from 'vitest';
import { replay, shiftDate, type Plan } from '../../src/index.js';
import { plan90 } from '../support/plans.js';
import { accept, acknowledgedPlan, HR, MANAGER, SYSTEM } from './helpers.js';

/** Array methods that visit each element of the array they are called on. */
const ARRAY_WALKS = ['map', 'filter', 'forEach', 'some', 'every', 'find', 'findIndex', 'findLast', 'findLastIndex', 'reduce', 'indexOf', 'includes', 'join', 'flatMap', 'sort', 'reverse'] as const;

type Weight = (self: unknown, args: readonly unknown[], result: unknown) => number;

/** Run `work` and count the element-by-element steps of the built-ins it uses. */
function counted<T>(work: () => T): { readonly result: T; readonly steps: number } {
  let steps = 0;
  const restore: (() => void)[] = [];
  const wrap = (target: object, key: string, weight: Weight): void => {
    const holder = target as Record<string, unknown>;
    const original = holder[key] as (...args: unknown[]) => unknown;
    holder[key] = function (this: unknown, ...args: unknown[]) {
      const result = original.apply(this, args);
      steps += weight(this, args, result);
      return result;
    };
    restore.push(() => {
      holder[key] = original;
    });
  };
  const visits: Weight = (self) => (Array.isArray(self) ? self.length + 1 : 1);
  // a copy costs what it copies; a splice what it moves
  const copied: Weight = (_self, _args, result) => (Array.isArray(result) ? result.length + 1 : 1);
  const moved: Weight = (self, args) => (Array.isArray(self) ? Math.max(0, self.length - Number(args[0] ?? 0)) + 1 : 1);
  try {
    for (const method of ARRAY_WALKS) wrap(Array.prototype, method, visits);
    wrap(Array.prototype, 'slice', copied);
    wrap(Array.prototype, 'concat', copied);
    wrap(Array.prototype, 'splice', moved);
    wrap(Array, 'from', copied);
    wrap(Object.getPrototypeOf([][Symbol.iterator]()) as object, 'next', () => 1);
    wrap(Object, 'isFrozen', () => 1);
    wrap(Object, 'freeze', (self, args) => (Array.isArray(args[0]) ? args[0].length + 1 : 1));
    wrap(Map.prototype, 'get', () => 1);
    wrap(Set.prototype, 'has', () => 1);
    const result = work();
    return { result, steps };
  } finally {
    for (const undo of restore.reverse()) undo();
  }
}

/** The draft and a genuine log of `entries` entries: the plan's review and start, then a day's records at a time. */
function genuineLog(entries: number): { readonly draft: Plan; readonly plan: Plan } {
  const draft = plan90();
  let plan = accept(acknowledgedPlan(), { type: 'activate' }, HR, '2026-01-05').plan;
  let day = '2026-01-05';
  let n = 0;
  while (plan.events.length < entries) {
    if (plan.events.length % 40 === 0) plan = accept(plan, { type: 'record_check_in', checkIn: { date: day, status: 'held', notes: `Day ${day}.` } }, MANAGER, day).plan;
    else if (plan.events.length % 40 === 1) plan = accept(plan, { type: 'record_support_delivery', delivery: { commitmentId: 'sup-call-review', date: day, status: 'delivered' } }, MANAGER, day).plan;
    else {
      n += 1;
      plan = accept(plan, { type: 'record_observations', observations: [{ metricId: 'm-calls', date: day, value: n % 60 }] }, SYSTEM, day).plan;
    }
    if (plan.events.length % 40 === 0) day = shiftDate(day, 1);
  }
  return { draft, plan };
}

describe('finding 10: replay is linear in the length of the log', () => {
  it('doubling the log about doubles the work (counted, not timed)', () => {
    const { draft, plan } = genuineLog(1_600);
    const steps = (size: number): number => {
      const { result, steps: count } = counted(() => replay(draft, plan.events.slice(0, size)));
      expect(result.ok, `replay of ${size} entries`).toBe(true);
      return count;
    };
    const small = steps(400);
    const middle = steps(800);
    const large = steps(1_600);
    // quadratic work would grow about 4x per doubling; linear about 2x
    expect(middle / small, `work ${small} -> ${middle}`).toBeLessThan(2.5);
    expect(large / middle, `work ${middle} -> ${large}`).toBeLessThan(2.5);
  }, 120_000);
});
