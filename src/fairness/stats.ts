/**
 * The two significance tests of the fairness analysis, on 2x2 tables of counts: Fisher's exact
 * test (two-sided), computed in log space, and the two-proportion z-test with a pooled standard
 * error. Pure arithmetic: no dependency, no randomness.
 *
 * @module
 */

/** Relative tolerance under which two table probabilities count as equal (floating-point ties). */
const TIE_TOLERANCE = 1e-7;

function requireCount(name: string, value: number): void {
  if (!Number.isSafeInteger(value) || value < 0) throw new RangeError(`${name} must be a whole number of 0 or more, received ${String(value)}`);
}

/** ln(k!) for k = 0..n, by summing logs (exact enough: the error grows like n * 1e-16). */
function logFactorials(n: number): Float64Array {
  const table = new Float64Array(n + 1);
  for (let k = 2; k <= n; k += 1) table[k] = (table[k - 1] as number) + Math.log(k);
  return table;
}

/**
 * Fisher's exact test, two-sided, on the 2x2 table `[[a, b], [c, d]]` (rows: the two groups;
 * columns: adverse outcome, other outcome). With the margins fixed, the count in the top-left cell
 * follows the hypergeometric distribution; the p-value is the sum of the probabilities of every
 * table no more likely than the one observed (within a relative tolerance of 1e-7, so that
 * floating-point ties count as ties). Probabilities are computed from log-factorials, so large
 * tables neither overflow nor lose precision. The test is symmetric in the rows and the columns.
 *
 * @throws RangeError when a cell is not a whole number of 0 or more (a programming error).
 * @example
 * ```ts
 * // 8 of 40 placed in one group, 6 of 120 in the other
 * fisherExactTest(8, 32, 6, 114); // => 0.0074017... (R's fisher.test gives the same)
 * fisherExactTest(1, 9, 1, 9); // => 1
 * ```
 */
export function fisherExactTest(a: number, b: number, c: number, d: number): number {
  requireCount('a', a);
  requireCount('b', b);
  requireCount('c', c);
  requireCount('d', d);
  const row1 = a + b;
  const row2 = c + d;
  const col1 = a + c;
  const n = row1 + row2;
  if (n === 0) return 1;
  const lf = logFactorials(n);
  const f = (k: number): number => lf[k] as number;
  const denominator = f(n) - f(col1) - f(n - col1);
  const logP = (x: number): number => f(row1) - f(x) - f(row1 - x) + f(row2) - f(col1 - x) - f(row2 - col1 + x) - denominator;
  const observed = logP(a) + Math.log1p(TIE_TOLERANCE);
  let p = 0;
  for (let x = Math.max(0, col1 - row2), hi = Math.min(row1, col1); x <= hi; x += 1) {
    const lp = logP(x);
    if (lp <= observed) p += Math.exp(lp);
  }
  return Math.min(1, Math.max(0, p));
}

/** The result of {@link twoProportionZTest}. */
export interface ZTestResult {
  /** `adverse / base` in the first group. */
  readonly rate1: number;
  /** `adverse / base` in the second group. */
  readonly rate2: number;
  /** The pooled rate: both groups' adverse counts over both bases. */
  readonly pooledRate: number;
  /** sqrt(pooled * (1 - pooled) * (1/base1 + 1/base2)). */
  readonly standardError: number;
  /** (rate1 - rate2) / standardError: how many standard deviations apart the rates are; null when the standard error is 0 (no variation at all). */
  readonly z: number | null;
  /** The two-sided p-value of `z` under the normal distribution; null with `z`. */
  readonly p: number | null;
}

/**
 * The two-proportion z-test with a pooled standard error: how many standard deviations apart two
 * rates are ("two or three standard deviations" is the courts' rule of thumb), and the two-sided
 * p-value from the normal distribution. It approximates Fisher's exact test and is poor for small
 * counts; the analysis reports both.
 *
 * @throws RangeError when a count is not a whole number of 0 or more, an adverse count exceeds its
 * base, or a base is 0 (a programming error).
 * @example
 * ```ts
 * const t = twoProportionZTest(8, 40, 6, 120);
 * t.z; // => 2.9076 (20% against 5%, pooled 8.75%, standard error 0.0516)
 * t.p; // => 0.00364
 * ```
 */
export function twoProportionZTest(adverse1: number, base1: number, adverse2: number, base2: number): ZTestResult {
  for (const [name, value] of [['adverse1', adverse1], ['base1', base1], ['adverse2', adverse2], ['base2', base2]] as const) requireCount(name, value);
  if (base1 === 0 || base2 === 0) throw new RangeError('a base of 0 has no rate');
  if (adverse1 > base1 || adverse2 > base2) throw new RangeError('an adverse count cannot exceed its base');
  const rate1 = adverse1 / base1;
  const rate2 = adverse2 / base2;
  const pooledRate = (adverse1 + adverse2) / (base1 + base2);
  const standardError = Math.sqrt(pooledRate * (1 - pooledRate) * (1 / base1 + 1 / base2));
  if (!(standardError > 0)) return { rate1, rate2, pooledRate, standardError: 0, z: null, p: null };
  const z = (rate1 - rate2) / standardError;
  return { rate1, rate2, pooledRate, standardError, z, p: Math.min(1, erfc(Math.abs(z) / Math.SQRT2)) };
}

const EPSILON = 1e-16;
const TINY = 1e-300;
const LOG_GAMMA_HALF = 0.5 * Math.log(Math.PI);

/**
 * The complementary error function, erfc(x) = Q(1/2, x²) for x >= 0 (Q: the regularized upper
 * incomplete gamma function), by its series below x² = 1.5 and Lentz's continued fraction above:
 * accurate to about 1e-15 relative.
 *
 * @internal
 */
export function erfc(x: number): number {
  if (Number.isNaN(x)) return Number.NaN;
  if (x < 0) return 2 - erfc(-x);
  if (x === 0) return 1;
  const t = x * x;
  const a = 0.5;
  const prefix = Math.exp(-t + a * Math.log(t) - LOG_GAMMA_HALF);
  if (t < a + 1) {
    // lower gamma by its series: P = prefix * sum
    let ap = a;
    let term = 1 / a;
    let sum = term;
    for (let i = 0; i < 500; i += 1) {
      ap += 1;
      term *= t / ap;
      sum += term;
      if (Math.abs(term) < Math.abs(sum) * EPSILON) break;
    }
    return 1 - prefix * sum;
  }
  // upper gamma by its continued fraction (modified Lentz)
  let b = t + 1 - a;
  let c = 1 / TINY;
  let d = 1 / b;
  let h = d;
  for (let i = 1; i < 500; i += 1) {
    const an = -i * (i - a);
    b += 2;
    d = an * d + b;
    if (Math.abs(d) < TINY) d = TINY;
    c = b + an / c;
    if (Math.abs(c) < TINY) c = TINY;
    d = 1 / d;
    const step = d * c;
    h *= step;
    if (Math.abs(step - 1) < EPSILON) break;
  }
  return prefix * h;
}
