import { describe, expect, it } from 'vitest';
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
