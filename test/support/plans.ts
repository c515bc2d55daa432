import { assertPlan, type Plan } from '../../src/index.js';
import { readFixture } from './fixtures.js';

/** A fixture plan, parsed, with top-level fields replaced (null removes a field). */
export function fixturePlan(name: string, overrides: Record<string, unknown> = {}): Plan {
  const input = { ...(readFixture(name) as Record<string, unknown>) };
  for (const [key, value] of Object.entries(overrides)) {
    if (value === null) delete input[key];
    else input[key] = value;
  }
  return assertPlan(input);
}

/** The 90-day plan starting Monday 2026-01-05 (weekly Monday check-ins, business days only). */
export const plan90 = (overrides: Record<string, unknown> = {}): Plan => fixturePlan('plan-90-day-conversion.json', overrides);

/** The 30-day plan 2026-03-02 .. 2026-03-31 (weekly Friday check-ins). */
export const plan30 = (overrides: Record<string, unknown> = {}): Plan => fixturePlan('plan-30-day-activity.json', overrides);
