import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { runs } from '../support/runs.js';
import { formatValue, percent, plain } from '../../src/evaluate/messages.js';

describe('number formatting in sentences', () => {
  it('drops trailing zeros of a fraction and a bare point', () => {
    expect(plain(12.5)).toBe('12.5');
    expect(plain(40)).toBe('40');
    expect(plain(0.125, 2)).toBe('0.13');
    expect(plain(-0)).toBe('0');
    expect(percent(0.125)).toBe('12.5%');
  });

  it('keeps the zeros of an exponent (values of 1e21 or more are written as JavaScript writes them)', () => {
    expect(plain(1.2e30)).toBe('1.2e+30');
    expect(plain(-2e300)).toBe('-2e+300');
    expect(plain(1.5e21)).toBe('1.5e+21');
    expect(formatValue(1.2e30, { unit: 'count', currency: null, durationUnit: null })).toBe('1.2e+30');
  });

  it('groups thousands in counts and currency', () => {
    expect(formatValue(1234567.5, { unit: 'count', currency: null, durationUnit: null })).toBe('1,234,567.5');
    // Currency in minor units: whole amounts without cents, cents padded to two places.
    expect(formatValue(4500000, { unit: 'currency', currency: 'USD', durationUnit: null })).toBe('USD 45,000');
    expect(formatValue(4500050, { unit: 'currency', currency: 'USD', durationUnit: null })).toBe('USD 45,000.50');
  });
});

describe('number formatting: properties', () => {
  const value = fc.oneof(
    fc.double(),
    fc.integer({ min: -1e9, max: 1e9 }),
    fc.integer({ min: -1e7, max: 1e7 }).map((n) => n / 100),
    fc.constantFrom(0, -0, 100, -100, 123456, -123456, 999.995, -0.004, 0.005, 1e-7, 123456789.125, 1e21, -1e21, Number.NaN, Number.POSITIVE_INFINITY),
  );
  const inDigits = (v: number) => Number.isFinite(v) && Math.abs(v) < 1e21;
  /** The whole part grouped by threes, then a fraction of at most `places` digits without trailing zeros. */
  const grouping = /^-?\d{1,3}(,\d{3})*(\.\d*[1-9])?$/;

  it('plain is toFixed without trailing zeros (never "-0"); what is not in digits is written as JavaScript writes it', () => {
    fc.assert(
      fc.property(value, fc.integer({ min: 0, max: 4 }), (v, places) => {
        const text = plain(v, places);
        if (!inDigits(v)) {
          expect(text).toBe(String(v));
          return;
        }
        expect(Number(text)).toBe(Number(v.toFixed(places)) + 0);
        expect(text).toMatch(/^-?\d+(\.\d*[1-9])?$/);
        expect(text === '-0' || (text.includes('.') && text.split('.')[1]!.length > places)).toBe(false);
      }),
      { numRuns: runs(1000) },
    );
  });

  it('formatValue: counts and scores grouped by threes, currency in minor units with two places, ratios as percentages, durations in their unit', () => {
    fc.assert(
      fc.property(value, fc.constantFrom(null, 'USD', 'EUR'), fc.constantFrom(null, 'hours' as const, 'days' as const), (v, currency, durationUnit) => {
        const count = formatValue(v, { unit: 'count', currency: null, durationUnit: null });
        expect(formatValue(v, { unit: 'score', currency: null, durationUnit: null })).toBe(count);
        expect(count.replaceAll(',', '')).toBe(plain(v, 2));
        if (inDigits(v)) expect(count).toMatch(grouping);
        const money = formatValue(v, { unit: 'currency', currency, durationUnit: null });
        const amount = currency === null ? money : money.slice(currency.length + 1);
        if (currency !== null) expect(money.startsWith(`${currency} `)).toBe(true);
        if (inDigits(v / 100)) {
          expect(amount).toMatch(/^-?\d{1,3}(,\d{3})*(\.\d\d)?$/);
          expect(Number(amount.replaceAll(',', ''))).toBe(Number(plain(v / 100, 2)));
        }
        expect(formatValue(v, { unit: 'ratio', currency: null, durationUnit: null })).toBe(`${plain(v * 100, 1)}%`);
        expect(formatValue(v, { unit: 'duration', currency: null, durationUnit })).toBe(`${plain(v, 1)} ${durationUnit ?? 'units'}`);
      }),
      { numRuns: runs(1000) },
    );
  });
});
