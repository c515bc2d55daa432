/**
 * Numbers, shares, money, durations, lists and plurals written in a language, for the catalogs of
 * locales: `Intl.NumberFormat`, `Intl.ListFormat` and `Intl.PluralRules` in the language, made once
 * per language and kept. (The English catalogs keep their own fixed formatting, so the default
 * text is the same on every host.)
 *
 * @module
 */
import { formatCount, pluralForm, type PluralForms } from './plural.js';

/** What a figure is written in: a metric's unit, its currency (ISO 4217) and its duration unit. */
export interface FigureUnitFacts {
  readonly unit: 'count' | 'currency' | 'ratio' | 'duration' | 'score' | string;
  readonly currency?: string | null | undefined;
  readonly durationUnit?: 'minutes' | 'hours' | 'days' | null | undefined;
}

/** The writers of one language. */
export interface FigureWords {
  /** The BCP 47 language. */
  readonly language: string;
  /** A count in the language's digits: "1.000". */
  count(count: number): string;
  /** A number with at most `places` decimals (default 2): "12,5". */
  plain(value: number, places?: number): string;
  /** A share as a percentage with at most one decimal: 0.125 -> "12,5 %". */
  percent(share: number): string;
  /** A metric's value in its unit: a share, money (minor units), a duration, a number. */
  value(value: number, unit: FigureUnitFacts): string;
  /** "a, b und c". */
  list(items: readonly string[]): string;
  /** One of: "a, b oder c". */
  alternatives(items: readonly string[]): string;
  /** The form of a count ({@link pluralForm}). */
  plural(count: number, forms: PluralForms): string;
}

const cache = new Map<string, FigureWords>();

/** `Intl.NumberFormat` that falls back to plain digits for an option the host's ICU refuses (an unknown currency). */
function numberFormat(language: string, options: Intl.NumberFormatOptions): Intl.NumberFormat | undefined {
  try {
    return new Intl.NumberFormat(language, options);
  } catch {
    return undefined;
  }
}

const DURATION_UNITS = { minutes: 'minute', hours: 'hour', days: 'day' } as const;

/**
 * The writers of numbers, shares, money, durations, lists and plurals in a language.
 *
 * @example
 * ```ts
 * import { figureWords } from 'improvement-plan';
 * const de = figureWords('de');
 * de.percent(0.125); // => "12,5 %"
 * de.value(4_500_000, { unit: 'currency', currency: 'EUR' }); // => "45.000,00 €"
 * de.list(['A', 'B', 'C']); // => "A, B und C"
 * de.alternatives(['day', 'week', 'month']); // => "day, week oder month"
 * ```
 */
export function figureWords(language: string): FigureWords {
  const known = cache.get(language);
  if (known) return known;
  const plainBy = new Map<number, Intl.NumberFormat>();
  const plain = (value: number, places = 2): string => {
    if (!Number.isFinite(value)) return String(value);
    let format = plainBy.get(places);
    if (format === undefined) {
      format = new Intl.NumberFormat(language, { maximumFractionDigits: places });
      plainBy.set(places, format);
    }
    const text = format.format(value);
    return text === format.format(-0) ? format.format(0) : text; // "-0" from a tiny negative: "0"
  };
  const percentFormat = new Intl.NumberFormat(language, { style: 'percent', maximumFractionDigits: 1 });
  const lists = new Intl.ListFormat(language, { style: 'long', type: 'conjunction' });
  let choices: Intl.ListFormat | undefined;
  const words: FigureWords = {
    language,
    count: (count) => formatCount(language, count),
    plain,
    percent: (share) => (Number.isFinite(share) ? percentFormat.format(share) : String(share)),
    value(value, unit) {
      if (unit.unit === 'ratio') return words.percent(value);
      if (unit.unit === 'currency') {
        const money = unit.currency ? numberFormat(language, { style: 'currency', currency: unit.currency }) : undefined;
        return money && Number.isFinite(value) ? money.format(value / 100) : `${unit.currency ?? ''} ${plain(value / 100)}`.trim();
      }
      if (unit.unit === 'duration' && unit.durationUnit) {
        const duration = numberFormat(language, { style: 'unit', unit: DURATION_UNITS[unit.durationUnit], unitDisplay: 'long', maximumFractionDigits: 1 });
        if (duration && Number.isFinite(value)) return duration.format(value);
      }
      return plain(value);
    },
    list: (items) => lists.format(items),
    alternatives: (items) => (choices ??= new Intl.ListFormat(language, { style: 'long', type: 'disjunction' })).format(items),
    plural: (count, forms) => pluralForm(language, count, forms),
  };
  cache.set(language, Object.freeze(words));
  return words;
}
