/**
 * Fisher's exact test and the two-proportion z-test: known answers worked by hand, and Fisher's
 * test against an independent exact computation (BigInt binomial coefficients over the
 * hypergeometric distribution) on thousands of random 2x2 tables.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fisherExactTest, twoProportionZTest } from '../../src/index.js';
import { erfc } from '../../src/fairness/stats.js';
import { choose, exactFisher, pooledZ, ratio } from './exact.js';

/** How many random tables the two exact properties check (the report quotes the sum). */
export const RANDOM_TABLES = 3_000;
export const TIED_TABLES = 1_000;

const close = (actual: number, expected: number, relative = 1e-9): void => {
  expect(Math.abs(actual - expected), `${actual} vs ${expected}`).toBeLessThanOrEqual(relative * Math.abs(expected) + 1e-300);
};

describe("Fisher's exact test: known answers", () => {
  it('8 of 40 against 6 of 120: p = 0.0074017, the sum of the tables at least as extreme as the observed one', () => {
    // Margins: 40 in the first group, 120 in the second, 14 placed of 160.
    // P(X = x) = C(40, x) C(120, 14 - x) / C(160, 14), C(160, 14) = 46,026,828,991,565,696,400.
    expect(choose(160, 14)).toBe(46_026_828_991_565_696_400n);
    // Observed x = 8: C(40, 8) C(120, 6) = 76,904,685 x 3,652,745,460 = 280,913,672,458,510,100 -> 0.0061032.
    expect(choose(40, 8)).toBe(76_904_685n);
    expect(choose(120, 6)).toBe(3_652_745_460n);
    const observed = 76_904_685n * 3_652_745_460n;
    expect(ratio(observed, choose(160, 14))).toBeCloseTo(0.0061032, 7);
    // Below 8 every table is more likely (x = 0 already has 0.0145 > 0.0061); x = 8..14 count:
    // 0.0061032 + 0.0011322 + 0.00015128 + 0.0000141 + 0.00000087 + 0.00000003 + 0.0000000005 = 0.0074017.
    const terms = [8, 9, 10, 11, 12, 13, 14].map((x) => choose(40, x) * choose(120, 14 - x));
    expect(ratio(choose(40, 0) * choose(120, 14), choose(160, 14))).toBeCloseTo(0.014544, 6);
    const byHand = ratio(terms.reduce((s, t) => s + t, 0n), choose(160, 14));
    expect(byHand).toBeCloseTo(0.0074017363, 9); // R: fisher.test(matrix(c(8, 6, 32, 114), 2))$p.value
    close(fisherExactTest(8, 32, 6, 114), byHand);
  });

  it('2 of 6 against 1 of 10: p = 290/560 = 0.5179', () => {
    // C(16, 3) = 560; x = 0..3 gives C(6,x) C(10,3-x) = 120, 270, 150, 20. Observed x = 2 (150):
    // as or less likely are 150, 120 and 20: 290 / 560.
    close(fisherExactTest(2, 4, 1, 9), 290 / 560);
  });

  it('identical groups give 1; a complete split of 5 against 5 gives 2 / C(10, 5) = 2/252', () => {
    expect(fisherExactTest(3, 7, 3, 7)).toBeCloseTo(1, 12);
    close(fisherExactTest(5, 0, 0, 5), 2 / 252);
    expect(fisherExactTest(0, 0, 0, 0)).toBe(1);
    expect(fisherExactTest(0, 5, 0, 7)).toBe(1);
  });

  it('refuses what is not a count', () => {
    expect(() => fisherExactTest(-1, 2, 3, 4)).toThrow(RangeError);
    expect(() => fisherExactTest(1.5, 2, 3, 4)).toThrow(RangeError);
    expect(() => fisherExactTest(Number.NaN, 2, 3, 4)).toThrow(RangeError);
  });
});

describe("Fisher's exact test against the exact hypergeometric computation", () => {
  const cell = fc.integer({ min: 0, max: 60 });
  const wide = fc.oneof(cell, fc.integer({ min: 0, max: 400 }));

  it(`${RANDOM_TABLES} random tables: the same p-value, symmetric in the groups, the outcomes and the transposition, in [0, 1]`, () => {
    let checked = 0;
    fc.assert(
      fc.property(fc.tuple(wide, cell, cell, wide), ([a, b, c, d]) => {
        const exact = exactFisher(a, b, c, d).p;
        const p = fisherExactTest(a, b, c, d);
        close(p, exact);
        expect(p).toBeGreaterThanOrEqual(0);
        expect(p).toBeLessThanOrEqual(1);
        close(fisherExactTest(c, d, a, b), p); // the groups swapped
        close(fisherExactTest(b, a, d, c), p); // adverse and favourable swapped
        close(fisherExactTest(a, c, b, d), p); // transposed
        checked += 1;
      }),
      { numRuns: RANDOM_TABLES },
    );
    expect(checked).toBe(RANDOM_TABLES);
  });

  it(`${TIED_TABLES} tables with equal groups and half the outcomes adverse: the mirrored tables (exact ties) are all counted`, () => {
    let checked = 0;
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 120 }).chain((half) => fc.tuple(fc.constant(half), fc.integer({ min: 0, max: 2 * half }))), ([half, a]) => {
        // rows of 2*half each, 2*half adverse in all: P(x) = P(2*half - x), exact ties in floating point or not
        const n = 2 * half;
        const table = [a, n - a, n - a, a] as const;
        close(fisherExactTest(...table), exactFisher(...table).p);
        checked += 1;
      }),
      { numRuns: TIED_TABLES },
    );
    expect(checked).toBe(TIED_TABLES);
  });
});

describe('the two-proportion z-test', () => {
  it('8 of 40 against 6 of 120: z = 0.15 / 0.051589 = 2.9076 (pooled 14/160 = 0.0875), two-sided p = 0.00364', () => {
    // se = sqrt(0.0875 x 0.9125 x (1/40 + 1/120)) = sqrt(0.07984375 x 0.0333333) = sqrt(0.00266146) = 0.0515893
    const t = twoProportionZTest(8, 40, 6, 120);
    expect(t.rate1).toBe(0.2);
    expect(t.rate2).toBe(0.05);
    expect(t.pooledRate).toBe(0.0875);
    expect(t.standardError).toBeCloseTo(0.0515893238, 9);
    expect(t.z).toBeCloseTo(2.9075783294, 9);
    expect(t.p).toBeCloseTo(0.0036423911, 9); // 2 (1 - Phi(2.9076)); Python: math.erfc(2.9076 / sqrt(2))
  });

  it('is antisymmetric in the groups and agrees with the formula written out', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 500 }), fc.integer({ min: 1, max: 500 }), fc.double({ min: 0, max: 1, noNaN: true }), fc.double({ min: 0, max: 1, noNaN: true }), (n1, n2, s1, s2) => {
        const x1 = Math.round(s1 * n1);
        const x2 = Math.round(s2 * n2);
        const t = twoProportionZTest(x1, n1, x2, n2);
        const back = twoProportionZTest(x2, n2, x1, n1);
        if (x1 + x2 === 0 || x1 + x2 === n1 + n2) {
          expect(t.z).toBeNull();
          expect(t.p).toBeNull();
          return;
        }
        expect(t.z).toBeCloseTo(pooledZ(x1, n1, x2, n2), 9);
        expect(back.z).toBeCloseTo(-(t.z as number), 9);
        expect(back.p).toBeCloseTo(t.p as number, 12);
        expect(t.p).toBeGreaterThanOrEqual(0);
        expect(t.p).toBeLessThanOrEqual(1);
      }),
      { numRuns: 500 },
    );
  });

  it('refuses an empty base or more adverse outcomes than people', () => {
    expect(() => twoProportionZTest(0, 0, 1, 5)).toThrow(RangeError);
    expect(() => twoProportionZTest(6, 5, 1, 5)).toThrow(RangeError);
  });

  it('erfc matches known values and a numeric integral of its definition, 2/sqrt(pi) times the integral of exp(-t^2) from x on', () => {
    // Python math.erfc
    const known: [number, number][] = [
      [0, 1],
      [0.5, 0.4795001221869535],
      [1, 0.15729920705028513],
      [1.959963984540054, 0.005574596680784415],
      [2, 0.004677734981047266],
      [3, 2.2090496998585438e-5],
      [5, 1.5374597944280351e-12],
    ];
    for (const [x, value] of known) close(erfc(x), value, 1e-13);
    // two standard deviations: |z| = 1.96 is the two-sided 5% level
    close(erfc(1.959963984540054 / Math.SQRT2), 0.05, 1e-13);
    // Simpson's rule on [x, x + 12] with 20,000 intervals.
    const integral = (x: number): number => {
      const steps = 20_000;
      const hStep = 12 / steps;
      let sum = Math.exp(-x * x) + Math.exp(-(x + 12) * (x + 12));
      for (let i = 1; i < steps; i += 1) sum += (i % 2 === 1 ? 4 : 2) * Math.exp(-((x + i * hStep) ** 2));
      return ((2 / Math.sqrt(Math.PI)) * sum * hStep) / 3;
    };
    fc.assert(
      fc.property(fc.double({ min: 0, max: 6, noNaN: true }), (x) => close(erfc(x), integral(x), 1e-8)),
      { numRuns: 200 },
    );
    expect(erfc(-1)).toBeCloseTo(2 - 0.15729920705028513, 14);
  });
});
