/**
 * Prints the timeline of the leap-day / DST example plan as JSON. Run by zones.test.ts under
 * several TZ values: the output must be byte-identical.
 */
import { planTimeline } from '../../src/index.js';
import { leapDstPlan } from './leap-dst-plan.js';

// First line: the host's UTC offset in minutes on 2028-03-13 (proves the zone took effect).
process.stdout.write(`${new Date(Date.UTC(2028, 2, 13)).getTimezoneOffset()}\n`);
process.stdout.write(JSON.stringify([planTimeline(leapDstPlan(), { asOf: '2028-03-13' }), planTimeline(leapDstPlan(true), { asOf: '2028-03-13' })]));
