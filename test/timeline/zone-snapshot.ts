/**
 * Prints the timeline of the leap-day / DST example plan and a lifecycle run as JSON. Run by zones.test.ts under
 * several TZ values: the output must be byte-identical.
 */
import { planTimeline, transition } from '../../src/index.js';
import { activePlan, SYSTEM } from '../lifecycle/helpers.js';
import { leapDstPlan } from './leap-dst-plan.js';

/** A lifecycle run too: the 90-day plan activated, then the nightly job on 2026-04-08 (after DST in the US and EU). */
export function lifecycleSnapshot(): unknown {
  return transition(activePlan(), { type: 'advance' }, { asOf: '2026-04-08', actor: SYSTEM });
}

// Run as a script: first line, the host's UTC offset in minutes on 2028-03-13 (proves the zone
// took effect); second, the results.
if (process.argv[1]?.endsWith('zone-snapshot.ts')) {
  process.stdout.write(`${new Date(Date.UTC(2028, 2, 13)).getTimezoneOffset()}\n`);
  process.stdout.write(
    JSON.stringify([planTimeline(leapDstPlan(), { asOf: '2028-03-13' }), planTimeline(leapDstPlan(true), { asOf: '2028-03-13' }), lifecycleSnapshot()]),
  );
}
