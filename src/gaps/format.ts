/**
 * Figures written for people, in a metric's unit, without float noise and without the host's
 * locale: ratios as percentages (0.07 is "7%"), money from minor units ("USD 28,000.00"),
 * durations with their unit. Used by every checks message module.
 *
 * @internal
 * @module
 */
import { toDecimal, type Decimal } from '../numbers/decimal.js';
import type { MetricDefinition } from '../schema/types.js';

/** What a figure needs to be written in its unit. */
export type FigureUnit = Pick<MetricDefinition, 'unit'> & Partial<Pick<MetricDefinition, 'currency' | 'durationUnit'>>;

/** Currencies whose minor unit is not a hundredth (ISO 4217 exponents other than 2). */
const MINOR_DIGITS: Readonly<Record<string, number>> = {
  BIF: 0, CLP: 0, DJF: 0, GNF: 0, ISK: 0, JPY: 0, KMF: 0, KRW: 0, PYG: 0, RWF: 0, UGX: 0, UYI: 0,
  VND: 0, VUV: 0, XAF: 0, XOF: 0, XPF: 0, BHD: 3, IQD: 3, JOD: 3, KWD: 3, LYD: 3, OMR: 3, TND: 3,
};

/** Digits of a currency's minor unit (2 unless ISO 4217 says otherwise). */
export function minorDigits(currency: string | undefined): number {
  return currency === undefined ? 2 : (MINOR_DIGITS[currency] ?? 2);
}

function groupThousands(digits: string): string {
  let out = '';
  for (let i = 0; i < digits.length; i += 1) {
    if (i > 0 && (digits.length - i) % 3 === 0) out += ',';
    out += digits[i];
  }
  return out;
}

/**
 * Write `coefficient * 10^-(scale + shift)` with at most `maxFraction` decimals (rounded half
 * away from zero), trailing zeros dropped unless `fixed`.
 */
function writeDecimal(value: Decimal, shift: number, maxFraction: number, fixed = false, group = false): string {
  let coefficient = value.coefficient;
  let scale = value.scale + shift;
  if (scale < 0) {
    coefficient *= 10n ** BigInt(-scale);
    scale = 0;
  }
  const negative = coefficient < 0n;
  let magnitude = negative ? -coefficient : coefficient;
  if (scale > maxFraction) {
    const divisor = 10n ** BigInt(scale - maxFraction);
    const quotient = magnitude / divisor;
    magnitude = magnitude % divisor >= (divisor + 1n) / 2n ? quotient + 1n : quotient;
    scale = maxFraction;
  }
  let digits = magnitude.toString().padStart(scale + 1, '0');
  let whole = digits.slice(0, digits.length - scale);
  let fraction = digits.slice(digits.length - scale);
  if (fixed) fraction = fraction.padEnd(maxFraction, '0');
  else fraction = fraction.replace(/0+$/, '');
  if (group) whole = groupThousands(whole);
  digits = fraction === '' ? whole : `${whole}.${fraction}`;
  return negative && magnitude !== 0n ? `-${digits}` : digits;
}

/** A plain number without float noise (at most 4 decimals). */
export function formatNumber(value: number): string {
  return Number.isFinite(value) ? writeDecimal(toDecimal(value), 0, 4) : String(value);
}

/** A fraction as a percentage: 0.07 is "7%", 2/3 is "66.67%". */
export function formatPercent(fraction: number): string {
  return Number.isFinite(fraction) ? `${writeDecimal(toDecimal(fraction), -2, 2)}%` : String(fraction);
}

/** Money in minor units, written in major units with its code: 2800000 USD is "USD 28,000.00". */
export function formatMoney(minorUnits: number, currency: string | undefined): string {
  if (!Number.isFinite(minorUnits)) return String(minorUnits);
  const digits = minorDigits(currency);
  const amount = writeDecimal(toDecimal(minorUnits), digits, digits, true, true);
  return currency === undefined ? amount : `${currency} ${amount}`;
}

/** A value in its metric's unit: "7%", "USD 28,000.00", "12 hours", "40". */
export function formatFigure(value: number, unit: FigureUnit): string {
  switch (unit.unit) {
    case 'ratio':
      return formatPercent(value);
    case 'currency':
      return formatMoney(value, unit.currency);
    case 'duration':
      return `${formatNumber(value)} ${unit.durationUnit ?? 'units'}`;
    case 'score':
    case 'count':
      return formatNumber(value);
  }
}

/** A difference in its metric's unit: ratios in percentage points ("10 points"). */
export function formatDifference(value: number, unit: FigureUnit): string {
  if (unit.unit === 'ratio') {
    const points = Number.isFinite(value) ? writeDecimal(toDecimal(value), -2, 2) : String(value);
    return `${points} percentage point${points === '1' ? '' : 's'}`;
  }
  return formatFigure(value, unit);
}
