import { spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { checkInSlots, planEndDate, planPhases, planProgress, planTimeline } from '../../src/index.js';
import { leapDstPlan } from './leap-dst-plan.js';
import { lifecycleSnapshot } from './zone-snapshot.js';

const here = dirname(fileURLToPath(import.meta.url));
const ZONES = ['UTC', 'America/Los_Angeles', 'Pacific/Kiritimati', 'Pacific/Pago_Pago'] as const;

describe('a plan crossing the 2028 leap day and the DST changes', () => {
  it('counts the leap day as a plan day and ignores the clock change', () => {
    const plan = leapDstPlan();
    expect(planEndDate(plan)).toBe('2028-04-13'); // 16 days of February, 31 of March, 13 of April
    expect(planPhases(plan).map((p) => `${p.start}..${p.end}`)).toEqual(['2028-02-14..2028-03-04', '2028-03-05..2028-03-24', '2028-03-25..2028-04-13']);
    expect(checkInSlots(plan, { asOf: '2028-02-14' }).map((s) => s.date)).toEqual([
      '2028-02-20',
      '2028-02-27',
      '2028-03-05',
      '2028-03-12', // US DST starts
      '2028-03-19',
      '2028-03-26', // EU summer time starts
      '2028-04-02',
      '2028-04-09',
    ]);
    expect(planProgress(plan, { asOf: '2028-02-29' }).dayOfPlan).toBe(16);
    expect(planProgress(plan, { asOf: '2028-03-13' }).dayOfPlan).toBe(29);
  });

  it('moves everything by a pause that includes the leap day', () => {
    const plan = leapDstPlan(true);
    expect(planEndDate(plan)).toBe('2028-04-16');
    const slots = checkInSlots(plan, { asOf: '2028-02-14' });
    expect(slots.map((s) => s.date).slice(1, 4)).toEqual(['2028-02-27', '2028-03-08', '2028-03-15']);
    expect(planProgress(plan, { asOf: '2028-03-13' })).toMatchObject({ dayOfPlan: 26, pausedDays: 3 });
  });

  it('gives byte-identical results (timeline and lifecycle) under UTC, Los Angeles, Kiritimati and Pago Pago', () => {
    const expected = JSON.stringify([
      planTimeline(leapDstPlan(), { asOf: '2028-03-13' }),
      planTimeline(leapDstPlan(true), { asOf: '2028-03-13' }),
      lifecycleSnapshot(),
    ]);
    const offsets = new Set<string>();
    for (const zone of ZONES) {
      const run = spawnSync(process.execPath, ['--import', 'tsx', join(here, 'zone-snapshot.ts')], {
        env: { ...process.env, TZ: zone },
        encoding: 'utf8',
      });
      expect(run.status, run.stderr).toBe(0);
      const [offset, output] = run.stdout.split('\n', 2);
      offsets.add(offset ?? '');
      expect(output, zone).toBe(expected);
    }
    expect(offsets.size, 'each zone has its own UTC offset').toBe(ZONES.length);
  }, 60_000);
});
