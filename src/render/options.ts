import type { DateLocale } from './date-locale.js';
import { enUS } from 'date-fns/locale/en-US';
import type { CalendarDate } from '../dates/calendar.js';
import { holidayDate, requireHolidays } from '../timeline/holidays.js';
import type { Holiday } from '../timeline/policy.js';
import type { Audience, MetadataPath } from './audience.js';
import { RENDER_MESSAGES_EN, type RenderMessages } from './messages.js';
import type { EvaluationCatalogsOverride } from '../evaluate/catalogs.js';
import { overrideMessages, type MessagesOverride } from '../issues/override.js';
import { dateFormatProblem } from './date-pattern.js';

/** The output format of a rendering. */
export type RenderFormat = 'markdown' | 'html';


/** Whether the HTML is a whole page or a fragment to embed in a host page. */
export type HtmlShell = 'page' | 'fragment';

/** The direction a language is written in: left to right, or right to left (Arabic, Hebrew). */
export type TextDirection = 'ltr' | 'rtl';

/**
 * What a renderer reads of a language ({@link Locale} is one, `improvement-plan/locales/de` ships
 * one): its code (the HTML `lang`), its direction, the date-fns locale for dates, the locale for
 * numbers, and the documents' words. Everything but `code` falls back to English: the date-fns
 * locale en-US, numbers in the code's language, the English words for any word not given.
 *
 * @example
 * ```ts
 * import { renderPlan, type RenderLocale } from 'improvement-plan';
 * const house: RenderLocale = { code: 'en-GB', messages: { render: { labels: { goal: 'Objective' } } } };
 * renderPlan(plan, { format: 'markdown', locale: house });
 * ```
 */
export interface RenderLocale {
  /** BCP 47 language code (`de`, `ar`): the HTML `lang`, and the numbers' locale unless `numberLocale` is given. */
  readonly code: string;
  /** Default `'ltr'`. */
  readonly dir?: TextDirection;
  /** Dates: a date-fns locale. Default en-US. */
  readonly dateLocale?: DateLocale;
  /** BCP 47 locale for numbers, percentages and money. Default: `code`. */
  readonly numberLocale?: string;
  /** The words; any word left out is the English one. */
  readonly messages?: { readonly render?: MessagesOverride<RenderMessages>; readonly evaluate?: EvaluationCatalogsOverride };
}

/** Whether a `locale` option is a bare date-fns locale (the option's first meaning) rather than a {@link RenderLocale}. */
const isDateLocale = (locale: DateLocale | RenderLocale): locale is DateLocale =>
  typeof (locale as { readonly localize?: unknown }).localize === 'object';

/** A property of a host's object, `undefined` when reading it throws (a getter, a proxy). */
function read(from: object, key: string): unknown {
  try {
    return (from as Readonly<Record<string, unknown>>)[key];
  } catch {
    return undefined;
  }
}

/** A BCP 47 tag `Intl` accepts, else `undefined`. */
function usableTag(tag: unknown): string | undefined {
  if (typeof tag !== 'string' || tag === '') return undefined;
  try {
    new Intl.NumberFormat(tag);
    return tag;
  } catch {
    return undefined;
  }
}

/** A date-fns locale that formats a date, else `undefined` (its pattern is probed once). */
function usableDateLocale(value: unknown): DateLocale | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  return dateFormatProblem('PP', value as DateLocale) === undefined ? (value as DateLocale) : undefined;
}

/** What a renderer takes of a {@link RenderLocale}: every part it cannot use is English (en-US). */
interface ReadLocale {
  readonly code: string | undefined;
  readonly dir: TextDirection;
  readonly dateLocale: DateLocale | undefined;
  readonly numberLocale: string | undefined;
  readonly words: unknown;
}

/**
 * A host's {@link RenderLocale}, read so that nothing in it can break a document: a part that is
 * missing, of the wrong kind, unusable (a code `Intl` refuses, a date-fns locale that cannot format
 * a date) or unreadable (a getter that throws) is English, part by part, word by word.
 */
function readLocale(locale: RenderLocale): ReadLocale {
  const code = read(locale, 'code');
  const messages = read(locale, 'messages');
  return {
    code: usableTag(code),
    dir: read(locale, 'dir') === 'rtl' ? 'rtl' : 'ltr',
    dateLocale: usableDateLocale(read(locale, 'dateLocale')),
    numberLocale: usableTag(read(locale, 'numberLocale')),
    words: typeof messages === 'object' && messages !== null ? read(messages, 'render') : undefined,
  };
}

/** Options shared by every renderer. Everything but `format` has a default ({@link DEFAULT_RENDER_OPTIONS}). */
export interface RenderOptions {
  /** `markdown` or `html`. */
  readonly format: RenderFormat;
  /** Who the copy is for; the employee's is the most private copy, so forgetting the option leaks nothing. Default `'employee'`. */
  readonly audience?: Audience;
  /**
   * The plan's display name ("Growth Plan"). When absent the plan's own `title` is used, and
   * when that is absent too, the locale's name for a plan (`messages.term`: "Leistungsverbesserungsplan"
   * in German). Default `'Performance Improvement Plan'`.
   */
  readonly terminology?: string;
  /** The day statuses are read at (check-ins due, overdue, missed). Without it, open slots read "Scheduled". */
  readonly asOf?: CalendarDate;
  /**
   * Holidays from the host's calendar (dates, or `{ date, name }`), added to the check-in
   * schedule's own: the same calendar `checkInSlots`, `evaluatePlan` and the nightly job use, so
   * the check-in dates the document lists are the ones the evaluation counts. Default `[]`.
   */
  readonly holidays?: readonly Holiday[];
  /**
   * A date-fns `format` pattern for calendar dates (`PP` is locale-aware: "Jan 5, 2026" in en-US).
   * Default `'PP'`. An empty pattern, one date-fns refuses, and `Y…` (week-numbering year) and
   * `D…` (day of the year) tokens are refused with a `RangeError` (for the tokens, nearly always
   * `yyyy` or `dd` was meant; quote them to print the letters).
   */
  readonly dateFormat?: string;
  /**
   * The language: a {@link RenderLocale} (`import { de } from 'improvement-plan/locales/de'`) sets
   * the words, the dates, the numbers and the direction together. A bare date-fns locale
   * (`import { de } from 'date-fns/locale/de'`, see {@link DateLocale}) sets the dates only, the
   * words staying English. Default `date-fns locale en-US`: English words, en-US dates and numbers.
   */
  readonly locale?: RenderLocale | DateLocale;
  /** BCP 47 locale for numbers, percentages and money. Default: the locale's `numberLocale`, else its code. */
  readonly numberLocale?: string;
  /** How currencies are shown (`Intl.NumberFormat` `currencyDisplay`): "$45,000" with the symbol. Default `'symbol'`. */
  readonly currencyDisplay?: 'symbol' | 'narrowSymbol' | 'code' | 'name';
  /** Render the plan's `metadata` as a "Reference fields" section. Default `false`. */
  readonly includeMetadata?: boolean;
  /**
   * Metadata fields the host marks private: never in the employee's copy. Each is a path of keys
   * from the root of the plan's `metadata` (`['review', 'score']`); a string is one key, whatever
   * it holds (`'salary.band'` is the key "salary.band", never split). Default `[]`.
   */
  readonly privateMetadata?: readonly MetadataPath[];
  /**
   * Replace some of the words (house style, the caller's terminology), over the locale's: any key at
   * any depth. A word of the wrong kind, or a function that throws or returns no string, falls back
   * to the locale's word for that key ({@link overrideMessages}). Default: the locale's words.
   */
  readonly messages?: MessagesOverride<RenderMessages>;
  /** HTML only: a whole page or a fragment with its own scoped style sheet, to embed. Default `'page'`. */
  readonly htmlShell?: HtmlShell;
}

/** The defaults behind {@link RenderOptions}. */
export const DEFAULT_RENDER_OPTIONS = Object.freeze({
  /** Who the copy is for: `employee`, the most private copy. */
  audience: 'employee' as Audience,
  /** The display name when neither the options nor the plan give one. */
  terminology: 'Performance Improvement Plan',
  /** date-fns pattern: `PP`, the locale's medium date ("Jan 5, 2026"). */
  dateFormat: 'PP',
  /** date-fns locale: en-US. */
  locale: enUS as DateLocale,
  /** Currency display: the symbol ("$45,000"). */
  currencyDisplay: 'symbol' as const,
  /** No holidays beyond the check-in schedule's own. */
  holidays: Object.freeze([]) as readonly Holiday[],
  /** Metadata is not rendered unless asked for. */
  includeMetadata: false,
  /** No metadata field is private by default (none is rendered by default either). */
  privateMetadata: Object.freeze([]) as readonly MetadataPath[],
  /** A whole HTML page. */
  htmlShell: 'page' as HtmlShell,
});

/** Options with every default filled in. */
export interface ResolvedRenderOptions {
  readonly format: RenderFormat;
  readonly audience: Audience;
  readonly terminology: string;
  readonly asOf: CalendarDate | undefined;
  /** The host's holidays (checked). */
  readonly holidays: readonly Holiday[];
  readonly dateFormat: string;
  /** The date-fns locale dates are written in. */
  readonly locale: DateLocale;
  readonly numberLocale: string;
  /** The HTML `lang`. */
  readonly lang: string;
  readonly dir: TextDirection;
  readonly currencyDisplay: 'symbol' | 'narrowSymbol' | 'code' | 'name';
  readonly includeMetadata: boolean;
  readonly privateMetadata: readonly (readonly string[])[];
  readonly messages: RenderMessages;
  readonly htmlShell: HtmlShell;
}

/**
 * The dates of the holidays a plan's documents list: the schedule's own and the host's, in order, once each.
 *
 * @internal
 */
export function holidayDates(own: readonly CalendarDate[] | undefined, host: readonly Holiday[]): readonly CalendarDate[] {
  return [...new Set([...(own ?? []), ...host.map(holidayDate)])].sort();
}

/** A path as keys: a string is one key (never split at dots). */
function toKeys(path: MetadataPath): readonly string[] {
  return typeof path === 'string' ? [path] : [...path];
}

/**
 * Fill in the defaults. `planTitle` is the plan's own title: explicit `terminology` wins over
 * it, and it wins over the default.
 *
 * @internal
 */
export function resolveRenderOptions(options: RenderOptions, planTitle?: string): ResolvedRenderOptions {
  const given = options.locale ?? DEFAULT_RENDER_OPTIONS.locale;
  const language = typeof given !== 'object' ? readLocale({ code: '' }) : isDateLocale(given) ? undefined : readLocale(given);
  const locale = language === undefined ? (given as DateLocale) : (language.dateLocale ?? DEFAULT_RENDER_OPTIONS.locale);
  const problem = options.dateFormat === undefined ? undefined : dateFormatProblem(options.dateFormat, locale);
  if (problem !== undefined) throw new RangeError(`dateFormat ${JSON.stringify(options.dateFormat)}: ${problem}`);
  const messages = overrideMessages(overrideMessages(RENDER_MESSAGES_EN, language?.words as MessagesOverride<RenderMessages> | undefined), options.messages);
  const holidays = options.holidays === undefined ? DEFAULT_RENDER_OPTIONS.holidays : requireHolidays(options.holidays);
  return {
    format: options.format,
    audience: options.audience ?? DEFAULT_RENDER_OPTIONS.audience,
    terminology: options.terminology ?? planTitle ?? messages.term,
    asOf: options.asOf,
    holidays,
    dateFormat: options.dateFormat ?? DEFAULT_RENDER_OPTIONS.dateFormat,
    locale,
    numberLocale: options.numberLocale ?? language?.numberLocale ?? language?.code ?? locale.code ?? 'en-US',
    lang: language?.code ?? locale.code ?? 'en',
    dir: language?.dir === 'rtl' ? 'rtl' : 'ltr',
    currencyDisplay: options.currencyDisplay ?? DEFAULT_RENDER_OPTIONS.currencyDisplay,
    includeMetadata: options.includeMetadata ?? DEFAULT_RENDER_OPTIONS.includeMetadata,
    privateMetadata: (options.privateMetadata ?? DEFAULT_RENDER_OPTIONS.privateMetadata).map(toKeys),
    messages,
    htmlShell: options.htmlShell ?? DEFAULT_RENDER_OPTIONS.htmlShell,
  };
}
