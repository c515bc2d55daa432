import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fromDayNumber, toDayNumber } from '../../src/dates/calendar.js';
import { dateTicks } from '../../src/render/svg/line-chart.js';
import { runs } from '../support/runs.js';

const day = (date: string): number => toDayNumber(date as Parameters<typeof toDayNumber>[0]);

describe('dateTicks: a date axis has at most 24 ticks, however far its dates reach', () => {
  it('a 90-day plan gets a tick on each month start inside it', () => {
    expect(dateTicks(day('2026-01-05'), day('2026-04-04')).map(fromDayNumber)).toEqual(['2026-02-01', '2026-03-01', '2026-04-01']);
  });

  it('a plan read at 9999-12-31 (the CLI fuzz input that took 36 s: 96,000 month ticks thinned pairwise) steps by whole years', () => {
    const ticks = dateTicks(day('2026-01-05'), day('9999-12-31')).map(fromDayNumber);
    expect(ticks.length).toBeLessThanOrEqual(24);
    expect(ticks.length).toBeGreaterThanOrEqual(2);
    expect(ticks[0]).toBe('2026-02-01');
    expect(ticks.every((t) => t.slice(4) === '-02-01')).toBe(true);
  });

  it('property: ticks are in range, increasing, at most 24, month starts for ranges of six weeks or more (or Mondays, or days)', () => {
    const first = day('0001-01-01');
    const last = day('9999-12-31');
    fc.assert(
      fc.property(fc.integer({ min: first, max: last }), fc.integer({ min: 0, max: last - first }), (start, length) => {
        const end = Math.min(last, start + length);
        const ticks = dateTicks(start, end);
        expect(ticks.length).toBeLessThanOrEqual(Math.max(24, end - start < 14 ? end - start + 1 : 24));
        for (let i = 0; i < ticks.length; i += 1) {
          expect(ticks[i]!).toBeGreaterThanOrEqual(start);
          expect(ticks[i]!).toBeLessThanOrEqual(end);
          if (i > 0) expect(ticks[i]!).toBeGreaterThan(ticks[i - 1]!);
        }
        if (ticks.length >= 2 && end - start >= 42 && ticks.every((t) => fromDayNumber(t).endsWith('-01'))) return;
        if (end - start >= 14) expect(ticks.every((t) => (((t - 4) % 7) + 7) % 7 === 0)).toBe(true);
      }),
      { numRuns: runs(300) },
    );
  });
});
