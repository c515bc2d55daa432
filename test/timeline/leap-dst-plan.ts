import type { Plan } from '../../src/index.js';
import { plan90 } from '../support/plans.js';

/**
 * 60 days from Monday 2028-02-14: crosses the leap day (2028-02-29), the US DST change
 * (Sunday 2028-03-12) and the EU one (Sunday 2028-03-26), with weekly Sunday check-ins that land
 * on both change days. `paused` adds a pause 2028-02-28 .. 2028-03-01 (3 days, leap day included).
 */
export function leapDstPlan(paused = false): Plan {
  return plan90({
    startDate: '2028-02-14',
    durationDays: 60,
    checkInSchedule: { cadence: 'weekly', weekday: 'sunday' },
    ...(paused ? { pauses: [{ start: '2028-02-28', end: '2028-03-01', reason: 'Leave' }] } : {}),
  });
}
