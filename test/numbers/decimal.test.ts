import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compareDecimal, decimalToNumber, differenceExact, sumExact, toDecimal } from '../../src/numbers/decimal.js';

describe('exact decimals', () => {
  it('adds weights without float drift (the Frappe 97% bug)', () => {
    const weights = [24.25, 0.75, 0.75, 24.25, 25, 25];
    expect(compareDecimal(sumExact(weights), toDecimal(100))).toBe(0);
    expect(compareDecimal(sumExact([0.1, 0.2]), toDecimal(0.3))).toBe(0);
    const thirds = [0.1, 64.1, 35.8];
    expect(thirds.reduce((a, b) => a + b, 0)).not.toBe(100); // floats drift here...
    expect(compareDecimal(sumExact(thirds), toDecimal(100))).toBe(0); // ...decimals do not
    expect(0.1 + 0.2).not.toBe(0.3);
  });

  it('subtracts ratios exactly', () => {
    expect(0.15 - 0.05).not.toBe(0.1);
    expect(differenceExact(0.15, 0.05)).toBe(0.1);
    expect(differenceExact(1e-7, 3e-7)).toBe(-2e-7);
    expect(differenceExact(1e21, 1)).toBe(1e21);
  });

  it('reads every finite number as the decimal it prints as', () => {
    fc.assert(
      fc.property(fc.double({ noNaN: true, noDefaultInfinity: true }), (x) => {
        expect(decimalToNumber(toDecimal(x))).toBe(x === 0 ? 0 : x);
      }),
      { numRuns: 2_000 },
    );
  });

  it('sums integers like integer arithmetic', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: -1e9, max: 1e9 })), (xs) => {
        expect(decimalToNumber(sumExact(xs))).toBe(xs.reduce((a, b) => a + b, 0));
      }),
      { numRuns: 500 },
    );
  });
});
