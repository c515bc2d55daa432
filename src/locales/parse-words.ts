/**
 * What every translated parse catalog words the same way, with its own words: a problem's clause
 * (or the outside text), `expected` and `received` by type code, and a size limit with its unit.
 * A locale passes its word tables and keeps only its sentences per code. Shared by the `de`, `fr`,
 * `es` and `ar` parse catalogs.
 *
 * @internal
 * @module
 */
import type { FigureWords } from '../issues/figures.js';
import type { PluralForms } from '../issues/plural.js';
import type { IssueFacts, PlanIssueProblem } from '../schema/messages.js';

/** Each problem in a language, as the clause the issue's sentence holds. */
export type ProblemWords = { readonly [K in PlanIssueProblem['kind']]: (p: Extract<PlanIssueProblem, { kind: K }>) => string };

/** A table's word for a code, `undefined` for a code it does not have (never one of `Object`'s own keys). */
export const own = <T>(table: Readonly<Record<string, T>>, code: string): T | undefined => (Object.hasOwn(table, code) ? table[code] : undefined);

/** A locale's words for the facts every parse issue shares. */
export interface ParseWordTables {
  /** Each problem's clause. */
  readonly problems: ProblemWords;
  /** What a field takes, by type code; any other code (one of zod's, a list of values) is shown as it is. */
  readonly expected: Readonly<Record<string, string>>;
  /** What the input held, by type code; a value as written (`1.5`, `null`) is shown as it is. */
  readonly received: Readonly<Record<string, string>>;
  /** `expected: 'current_value'`: the rep's current value, of the metric `value` when the facts name one. */
  readonly currentValue: (value: string | undefined) => string;
  /** `received: 'unreadable'`, with what reading it threw (`?` when nothing is known). */
  readonly unreadable: (detail: string) => string;
  /** `received: 'uncopyable'`, with what copying it threw (`?` when nothing is known). */
  readonly uncopyable: (detail: string) => string;
  /** `received: 'NaN'` in words; without it `NaN` is a value like any other. */
  readonly nan?: string;
  /** The plural forms of each size unit. */
  readonly units: Readonly<Record<NonNullable<IssueFacts['unit']>, PluralForms>>;
  /** The language's numbers and plurals ({@link FigureWords}). */
  readonly figures: FigureWords;
  /** A limit without a unit, or with a `unit` that `units` lacks; by default as it is written. */
  readonly bare?: (limit: number | string, unit: string | undefined) => string;
  /** A limit in its unit; by default a number in the unit's plural form, a text limit followed by the unit's `other` word. */
  readonly counted?: (limit: number | string, forms: PluralForms) => string;
}

/** The helpers a parse catalog's sentences are built on. */
export interface ParseWords {
  /** The problem's clause, or the outside text (`detail`) when there is no problem. */
  readonly detailOf: (f: IssueFacts) => string | undefined;
  /** `expected`: the problem's clause, a type code's words, the rep's current value, or the data as it is. */
  readonly expectedOf: (f: IssueFacts) => string | undefined;
  /** `received`: a type code's words, what could not be read or copied, or the data as it is. */
  readonly receivedOf: (f: IssueFacts) => string | undefined;
  /** A size limit with its unit ("200 Zeichen"); `undefined` without a limit. */
  readonly limitOf: (f: IssueFacts) => string | undefined;
}

/**
 * The helpers of a parse catalog, in a locale's words.
 *
 * @example
 * ```ts
 * const w = figureWords('de');
 * const { expectedOf, limitOf } = parseWords({
 *   problems: PROBLEM_WORDS_DE,
 *   expected: { int: 'eine ganze Zahl' },
 *   received: { string: 'ein Text' },
 *   currentValue: (value) => `der aktuelle Wert für ${value ?? '?'}`,
 *   unreadable: (detail) => `ein Wert, der sich nicht lesen ließ (${detail})`,
 *   uncopyable: (detail) => `ein Wert, der sich nicht kopieren ließ (${detail})`,
 *   units: { characters: { other: '# Zeichen' }, items: { one: '# Eintrag', other: '# Einträge' }, values: { one: '# Wert', other: '# Werte' } },
 *   figures: w,
 * });
 * expectedOf({ where: 'goals[0].weight', expected: 'int' }); // => "eine ganze Zahl"
 * limitOf({ where: 'notes', limit: 2000, unit: 'characters' }); // => "2.000 Zeichen"
 * ```
 */
export function parseWords(words: ParseWordTables): ParseWords {
  const bare = words.bare ?? String;
  const counted = words.counted ?? ((limit, forms) => (typeof limit === 'number' ? words.figures.plural(limit, forms) : `${limit} ${forms.other.replace('# ', '')}`));
  const detailOf = (f: IssueFacts): string | undefined => {
    const p = f.problem;
    return p === undefined ? f.detail : (words.problems[p.kind] as (p: PlanIssueProblem) => string)(p);
  };
  return {
    detailOf,
    expectedOf: (f) => {
      if (f.problem !== undefined) return detailOf(f);
      if (f.expected === 'current_value') return words.currentValue(f.value);
      return f.expected === undefined ? undefined : (own(words.expected, f.expected) ?? f.expected);
    },
    receivedOf: (f) => {
      if (f.received === 'unreadable') return words.unreadable(f.detail ?? '?');
      if (f.received === 'uncopyable') return words.uncopyable(f.detail ?? '?');
      if (f.received === 'NaN' && words.nan !== undefined) return words.nan;
      return f.received === undefined ? undefined : (own(words.received, f.received) ?? f.received);
    },
    limitOf: (f) => {
      if (f.limit === undefined) return undefined;
      const forms = f.unit === undefined ? undefined : own(words.units, f.unit);
      return forms === undefined ? bare(f.limit, f.unit) : counted(f.limit, forms);
    },
  };
}
