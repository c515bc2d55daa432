/**
 * Dates, numbers, money and metric values as people read them. One formatter is made per
 * rendering (Intl objects are created once, not per value).
 *
 * Dates: a calendar date becomes a `UTCDate` at midnight UTC of that day and is formatted by
 * date-fns in UTC, so the host time zone never changes the day shown.
 *
 * @module
 */
import { UTCDate } from '@date-fns/utc';
import type { Locale } from 'date-fns';
// by path: the `date-fns` root loads every one of date-fns' functions (issue 21)
import { format as formatWithDateFns } from 'date-fns/format';
import { toDayNumber, type CalendarDate } from '../dates/calendar.js';
import { decimalToNumber, differenceExact, toDecimal } from '../numbers/decimal.js';
import type { MetricDefinition } from '../schema/types.js';
import type { ResolvedRenderOptions } from './options.js';

const DAY_MS = 86_400_000;

/**
 * What formatting a value needs to know about its metric: a `MetricDefinition` has it, and so
 * does a row of an evaluation summary (converted with `unitFactsOf`).
 */
export interface UnitFacts {
  readonly unit: MetricDefinition['unit'];
  readonly currency?: string | undefined;
  readonly durationUnit?: MetricDefinition['durationUnit'];
  readonly rubric?: MetricDefinition['rubric'];
  readonly direction?: MetricDefinition['direction'];
}

/** Writes dates, numbers and metric values for one rendering. */
export interface ValueFormatter {
  /** A calendar date in the chosen pattern and locale. */
  date(date: CalendarDate): string;
  /** A plain number (grouping, up to two decimals). */
  number(value: number): string;
  /** A value in its metric's unit: money from minor units, ratios as percentages, rubric levels. */
  value(metric: UnitFacts | undefined, value: number): string;
  /** A short form for chart axes and labels: compact money ("$45K"), percentages, plain scores. */
  short(metric: UnitFacts | undefined, value: number): string;
  /** How far `current` falls short of (or beyond) `standard`, direction-aware. */
  gap(metric: UnitFacts | undefined, current: number, standard: number): string;
  /** A share as a percentage ("64%", "12.5%"). */
  percent(share: number): string;
}

/** Move the decimal point `places` to the left, exactly (minor units to major units). */
function shiftPoint(value: number, places: number): number {
  const decimal = toDecimal(value);
  const scale = decimal.scale + places;
  return scale >= 0
    ? decimalToNumber({ coefficient: decimal.coefficient, scale })
    : decimalToNumber({ coefficient: decimal.coefficient * 10n ** BigInt(-scale), scale: 0 });
}

/**
 * Make the formatter for a rendering.
 *
 * @internal
 */
export function makeFormatter(options: ResolvedRenderOptions): ValueFormatter {
  const { numberLocale: locale, messages } = options;
  const plain = new Intl.NumberFormat(locale, { maximumFractionDigits: 2 });
  const percent = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 1 });
  const points = new Intl.NumberFormat(locale, { maximumFractionDigits: 1 });
  const money = new Map<string, { readonly digits: number; readonly whole: Intl.NumberFormat; readonly exact: Intl.NumberFormat; readonly compact: Intl.NumberFormat }>();
  const dates = new Map<CalendarDate, string>();

  function moneyFormat(currency: string) {
    let entry = money.get(currency);
    if (!entry) {
      const base = { style: 'currency', currency, currencyDisplay: options.currencyDisplay } as const;
      const digits = new Intl.NumberFormat(locale, base).resolvedOptions().maximumFractionDigits ?? 2;
      entry = {
        digits,
        whole: new Intl.NumberFormat(locale, { ...base, minimumFractionDigits: 0, maximumFractionDigits: 0 }),
        exact: new Intl.NumberFormat(locale, { ...base, minimumFractionDigits: digits, maximumFractionDigits: digits }),
        compact: new Intl.NumberFormat(locale, { ...base, notation: 'compact', minimumFractionDigits: 0, maximumFractionDigits: 1 }),
      };
      money.set(currency, entry);
    }
    return entry;
  }

  function formatMoney(minor: number, currency: string): string {
    const entry = moneyFormat(currency);
    const major = shiftPoint(minor, entry.digits);
    return (Number.isInteger(major) ? entry.whole : entry.exact).format(major);
  }

  function value(metric: UnitFacts | undefined, amount: number): string {
    switch (metric?.unit) {
      case 'currency':
        return formatMoney(amount, metric.currency ?? 'USD');
      case 'ratio':
        return percent.format(amount);
      case 'duration':
        return messages.durationUnit(plain.format(amount), metric.durationUnit);
      case 'score': {
        const level = metric.rubric?.levels.find((l) => l.value === amount);
        return level ? messages.rubricLevel(plain.format(amount), level.label) : plain.format(amount);
      }
      default:
        return plain.format(amount);
    }
  }

  function short(metric: UnitFacts | undefined, amount: number): string {
    switch (metric?.unit) {
      case 'currency': {
        const entry = moneyFormat(metric.currency ?? 'USD');
        return entry.compact.format(shiftPoint(amount, entry.digits));
      }
      case 'ratio':
        return percent.format(amount);
      default:
        return plain.format(amount);
    }
  }

  function magnitude(metric: UnitFacts | undefined, amount: number): string {
    if (metric?.unit === 'ratio') return messages.percentagePoints(points.format(shiftPoint(amount, -2)));
    if (metric?.unit === 'score') return plain.format(amount);
    return value(metric, amount);
  }

  return {
    date(date) {
      let text = dates.get(date);
      if (text === undefined) {
        text = formatWithDateFns(new UTCDate(toDayNumber(date) * DAY_MS), options.dateFormat, { locale: options.locale as unknown as Locale });
        dates.set(date, text);
      }
      return text;
    },
    number: (amount) => plain.format(amount),
    value,
    short,
    percent: (share) => percent.format(share),
    gap(metric, current, standard) {
      const lowerIsBetter = metric?.direction === 'lower_is_better';
      const shortfall = lowerIsBetter ? differenceExact(current, standard) : differenceExact(standard, current);
      if (shortfall === 0) return messages.noGap;
      return shortfall > 0 ? messages.shortBy(magnitude(metric, shortfall)) : messages.overBy(magnitude(metric, -shortfall));
    },
  };
}
