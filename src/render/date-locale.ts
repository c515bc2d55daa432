/**
 * A date-fns locale, as far as the library uses one: the members date-fns' `format` reads
 * (`localize`, `formatLong`, `options`) and the `code`. Every locale date-fns ships
 * (`import { de } from 'date-fns/locale/de'`) is one.
 *
 * The shape is declared here rather than imported from date-fns so that the library's published
 * declarations do not load date-fns' typings: date-fns' CommonJS declarations (`index.d.cts`,
 * `locale/*.d.cts`) do not compile in a CommonJS TypeScript project with `module: node16` and
 * `skipLibCheck: false` (TS1479, TS1541), and the library's `require` declarations would drag
 * them into every such project.
 *
 * @example
 * ```ts
 * import { de } from 'date-fns/locale/de';
 * import { renderPlan, type DateLocale } from 'improvement-plan';
 *
 * const locale: DateLocale = de;
 * renderPlan(plan, { format: 'markdown', locale, dateFormat: 'PPP' }); // "5. Januar 2026"
 * ```
 */
export interface DateLocale {
  /** The locale's code (`en-US`, `de`); numbers follow it unless `numberLocale` is given. */
  readonly code?: string;
  /** Names of months, days, eras, quarters and day periods, and ordinal numbers. */
  readonly localize: {
    /** An ordinal number: "1st", "1." (date-fns passes `{ unit }` as the options). */
    ordinalNumber(value: number, options?: object): string;
    /** An era's name (0 before Christ, 1 after); the options give `width` and `context`. */
    era(value: 0 | 1, options?: object): string;
    /** A quarter's name (1-4). */
    quarter(value: 1 | 2 | 3 | 4, options?: object): string;
    /** A month's name (0 is January). */
    month(value: 0 | 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8 | 9 | 10 | 11, options?: object): string;
    /** A weekday's name (0 is Sunday). */
    day(value: 0 | 1 | 2 | 3 | 4 | 5 | 6, options?: object): string;
    /** A day period's name ("AM", "noon"). */
    dayPeriod(value: 'am' | 'pm' | 'midnight' | 'noon' | 'morning' | 'afternoon' | 'evening' | 'night', options?: object): string;
  };
  /** The locale's patterns behind `P`, `PP`, `PPP`, `PPPP` (and the time ones). */
  readonly formatLong: {
    /** The date pattern of a width (`medium` is behind `PP`). */
    date(options: { width?: 'full' | 'long' | 'medium' | 'short' | 'any' }): string;
    /** The time pattern of a width. */
    time(options: { width?: 'full' | 'long' | 'medium' | 'short' | 'any' }): string;
    /** How a date and a time of a width are joined. */
    dateTime(options: { width?: 'full' | 'long' | 'medium' | 'short' | 'any' }): string;
  };
  /** The first day of the week and the rule for week 1 (the `w`, `e`, `c` tokens). */
  readonly options?: {
    readonly weekStartsOn?: 0 | 1 | 2 | 3 | 4 | 5 | 6;
    readonly firstWeekContainsDate?: 1 | 4;
  };
}
