/**
 * Independent exact arithmetic for the fairness tests: binomial coefficients in BigInt and
 * Fisher's exact test over the hypergeometric distribution as a ratio of integers, with no
 * logarithm and no floating point until the final division. It shares no code with
 * src/fairness/stats.ts.
 */

const binomials = new Map<string, bigint>();

/** C(n, k) exactly. */
export function choose(n: number, k: number): bigint {
  if (k < 0 || k > n) return 0n;
  const kk = Math.min(k, n - k);
  const key = `${n},${kk}`;
  const known = binomials.get(key);
  if (known !== undefined) return known;
  let result = 1n;
  for (let i = 1; i <= kk; i += 1) result = (result * BigInt(n - kk + i)) / BigInt(i);
  binomials.set(key, result);
  return result;
}

/** num / den as the nearest double (both positive), without overflow for huge integers. */
export function ratio(num: bigint, den: bigint): number {
  if (num === 0n) return 0;
  const shift = Math.max(0, den.toString(2).length - num.toString(2).length + 64);
  const scaled = (num << BigInt(shift)) / den;
  return Number(scaled) / 2 ** shift;
}

/**
 * Fisher's exact test, two-sided, on [[a, b], [c, d]] by its definition: with the margins fixed,
 * the probability of the top-left cell being x is C(a+b, x) C(c+d, a+c-x) / C(n, a+c); the p-value
 * sums the probabilities of the tables no more likely than the observed one. "No more likely"
 * is decided on the integers (the common denominator cancels), with the documented relative
 * tolerance of 1e-7 written as w * 10^7 <= observed * (10^7 + 1).
 */
export function exactFisher(a: number, b: number, c: number, d: number): { p: number; numerator: bigint; denominator: bigint } {
  const row1 = a + b;
  const row2 = c + d;
  const col1 = a + c;
  const n = row1 + row2;
  const weight = (x: number): bigint => choose(row1, x) * choose(row2, col1 - x);
  const observed = weight(a);
  let numerator = 0n;
  for (let x = Math.max(0, col1 - row2); x <= Math.min(row1, col1); x += 1) {
    const w = weight(x);
    if (w * 10_000_000n <= observed * 10_000_001n) numerator += w;
  }
  const denominator = choose(n, col1);
  return { p: n === 0 ? 1 : ratio(numerator, denominator), numerator, denominator };
}

/** The two-proportion z with a pooled standard error, written out. */
export function pooledZ(x1: number, n1: number, x2: number, n2: number): number {
  const pooled = (x1 + x2) / (n1 + n2);
  return (x1 / n1 - x2 / n2) / Math.sqrt(pooled * (1 - pooled) * (1 / n1 + 1 / n2));
}
