/**
 * Exact decimal arithmetic for the few places where binary floating point would
 * give a visibly wrong answer: weight totals (0.75 + 0.75 + ... must be exactly
 * 100), gap shortfalls (0.15 - 0.05 must be 0.1) and money.
 *
 * A JavaScript number is read as the decimal it prints as (its shortest
 * round-trip representation), so `0.15` is exactly fifteen hundredths.
 *
 * @internal
 * @module
 */

/** A decimal `coefficient * 10^-scale`. */
export interface Decimal {
  readonly coefficient: bigint;
  readonly scale: number;
}

const TEN = 10n;

/** The decimal a finite number prints as. Throws on NaN/Infinity (callers validate first). */
export function toDecimal(value: number): Decimal {
  if (!Number.isFinite(value)) throw new RangeError(`not a finite number: ${value}`);
  const text = String(value);
  const expAt = text.search(/e/i);
  const mantissa = expAt === -1 ? text : text.slice(0, expAt);
  const exponent = expAt === -1 ? 0 : Number(text.slice(expAt + 1));
  const dot = mantissa.indexOf('.');
  const digits = dot === -1 ? mantissa : mantissa.slice(0, dot) + mantissa.slice(dot + 1);
  const fraction = dot === -1 ? 0 : mantissa.length - dot - 1;
  let scale = fraction - exponent;
  let coefficient = BigInt(digits);
  if (scale < 0) {
    coefficient *= TEN ** BigInt(-scale);
    scale = 0;
  }
  return { coefficient, scale };
}

function align(a: Decimal, b: Decimal): [bigint, bigint, number] {
  if (a.scale === b.scale) return [a.coefficient, b.coefficient, a.scale];
  if (a.scale > b.scale) return [a.coefficient, b.coefficient * TEN ** BigInt(a.scale - b.scale), a.scale];
  return [a.coefficient * TEN ** BigInt(b.scale - a.scale), b.coefficient, b.scale];
}

/** a + b, exactly. */
export function addDecimal(a: Decimal, b: Decimal): Decimal {
  const [x, y, scale] = align(a, b);
  return { coefficient: x + y, scale };
}

/** a - b, exactly. */
export function subtractDecimal(a: Decimal, b: Decimal): Decimal {
  const [x, y, scale] = align(a, b);
  return { coefficient: x - y, scale };
}

/** a * b, exactly. */
export function multiplyDecimal(a: Decimal, b: Decimal): Decimal {
  return { coefficient: a.coefficient * b.coefficient, scale: a.scale + b.scale };
}

/**
 * True when `part / whole` is above `share` (or at least `share`, with `inclusive`), decided in
 * exact decimal by comparing `part` with `share * whole`, so that a quotient such as
 * 0.6 / 3 = 0.19999999999999998 does not fall short of a share of 0.2. `whole` must be positive.
 */
export function shareExceeds(part: number, whole: number, share: number, inclusive = false): boolean {
  const order = compareDecimal(toDecimal(part), multiplyDecimal(toDecimal(share), toDecimal(whole)));
  return inclusive ? order >= 0 : order > 0;
}

/** -1, 0 or 1 as a is less than, equal to or greater than b. */
export function compareDecimal(a: Decimal, b: Decimal): -1 | 0 | 1 {
  const [x, y] = align(a, b);
  return x < y ? -1 : x > y ? 1 : 0;
}

/** The nearest number to a decimal (exact for every decimal a number can print as). */
export function decimalToNumber(value: Decimal): number {
  if (value.scale === 0) return Number(value.coefficient);
  const negative = value.coefficient < 0n;
  const digits = (negative ? -value.coefficient : value.coefficient).toString().padStart(value.scale + 1, '0');
  const cut = digits.length - value.scale;
  return Number(`${negative ? '-' : ''}${digits.slice(0, cut)}.${digits.slice(cut)}`);
}

/** Sum of numbers, computed exactly in decimal. */
export function sumExact(values: readonly number[]): Decimal {
  let total: Decimal = { coefficient: 0n, scale: 0 };
  for (const value of values) total = addDecimal(total, toDecimal(value));
  return total;
}

/** `a - b` computed in decimal, then returned as the nearest number (0.15 - 0.05 = 0.1). */
export function differenceExact(a: number, b: number): number {
  return decimalToNumber(subtractDecimal(toDecimal(a), toDecimal(b)));
}
