/**
 * Issue 13, finding 10: `replay` is linear in the length of the log. Checked structurally, never
 * with a clock: while replay runs, the built-in operations that walk arrays or objects element by
 * element (array methods and copies, weighted by the array's length; iterator steps; freezing and
 * frozen checks; map look-ups) are counted. Doubling a genuine log must about double that count;
 * a replay that copies or re-checks the growing plan at every entry quadruples it.
 * (`test/bench/replay-scaling.ts` measures the time.)
 */
import { describe, expect, it } from 'vitest';
import { replay, shiftDate, type Plan } from '../../src/index.js';
import { plan90 } from '../support/plans.js';
import { accept, acknowledgedPlan, HR, MANAGER, SYSTEM } from './helpers.js';

const ARRAY_WALKS = ['slice', 'concat', 'map', 'filter', 'forEach', 'some', 'every', 'find', 'findIndex', 'findLast', 'findLastIndex', 'reduce', 'indexOf', 'includes', 'join', 'flatMap', 'splice', 'sort', 'reverse'] as const;

/** Run `work` and count the element-by-element steps of the built-ins it uses. */
function counted<T>(work: () => T): { readonly result: T; readonly steps: number } {
  let steps = 0;
  const restore: (() => void)[] = [];
  const wrap = (target: object, key: string, weight: (self: unknown) => number): void => {
    const holder = target as Record<string, unknown>;
    const original = holder[key] as (...args: unknown[]) => unknown;
    holder[key] = function (this: unknown, ...args: unknown[]) {
      steps += weight(this);
      return original.apply(this, args);
    };
    restore.push(() => {
      holder[key] = original;
    });
  };
  const length = (self: unknown): number => (Array.isArray(self) ? self.length + 1 : 1);
  try {
    for (const method of ARRAY_WALKS) wrap(Array.prototype, method, length);
    wrap(Object.getPrototypeOf([][Symbol.iterator]()) as object, 'next', () => 1);
    wrap(Object, 'isFrozen', () => 1);
    wrap(Object, 'freeze', () => 1);
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
