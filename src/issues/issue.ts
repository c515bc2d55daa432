/**
 * The one shape every issue in this library has (a parse issue, a lint finding, a SMART reason, a
 * readiness reason, a gap or fairness issue, a policy issue), and the message catalog its sentence
 * comes from. The model is zod v4's `core/errors` and `locales/`: an issue carries its code, where
 * it is and the facts of the case; a catalog turns code + facts into words. The English catalog is
 * the default, so every result still carries its English `message`; a locale (issue 17) is another
 * catalog of the same type, passed in, never global state.
 *
 * @module
 */

/** Where an issue is: keys and indexes from the root of the input it is about. */
export type IssuePath = readonly (string | number)[];

/**
 * One issue: what (`code`), where (`path`), the facts of the case (`facts`, typed per code) and a
 * sentence for people (`message`, written from the facts by a catalog, English by default).
 * `facts` holds only JSON values (strings, finite numbers, booleans) and is frozen, so an issue
 * can be stored, sent and re-worded later from its code and facts alone.
 *
 * @example
 * ```ts
 * import type { Issue } from 'improvement-plan';
 * type Short = Issue<'too_short', { readonly limit: number }>;
 * const issue: Short = { code: 'too_short', path: ['title'], facts: { limit: 3 }, message: 'title is too short.' };
 * ```
 */
export interface Issue<Code extends string = string, Facts = Readonly<Record<string, unknown>>> {
  readonly code: Code;
  readonly path: IssuePath;
  readonly facts: Facts;
  readonly message: string;
}

/**
 * The union of issues a map from code to facts describes: `IssueOf<{ a: A; b: B }>` is
 * `Issue<'a', A> | Issue<'b', B>`, so checking `code` narrows `facts`.
 *
 * @example
 * ```ts
 * import type { IssueOf } from 'improvement-plan';
 * type Found = IssueOf<{ too_short: { readonly limit: number }; empty: Record<string, never> }>;
 * declare const found: Found;
 * if (found.code === 'too_short') console.log(found.facts.limit);
 * ```
 */
export type IssueOf<FactsByCode> = { [C in keyof FactsByCode & string]: Issue<C, FactsByCode[C]> }[keyof FactsByCode & string];

/**
 * A message catalog: for every code, the sentence for its facts. Written with `satisfies
 * Catalog<...>` (or typed as one), a catalog missing a code, or with a message that reads a fact
 * its code does not have, does not compile.
 *
 * @example
 * ```ts
 * import type { Catalog } from 'improvement-plan';
 * const en = {
 *   too_short: (f) => `The text is shorter than ${f.limit} characters.`,
 * } satisfies Catalog<{ too_short: { readonly limit: number } }>;
 * ```
 */
export type Catalog<FactsByCode> = { readonly [C in keyof FactsByCode & string]: (facts: FactsByCode[C]) => string };

/**
 * The sentence for an issue in a catalog: the catalog's message for the issue's code, given its
 * facts. With the English catalog it is the issue's own `message`; with another catalog (a locale)
 * the same issue in other words.
 *
 * @example
 * ```ts
 * import { issueText, type Catalog } from 'improvement-plan';
 * type Facts = { too_short: { readonly limit: number } };
 * const de: Catalog<Facts> = { too_short: (f) => `Der Text ist kürzer als ${f.limit} Zeichen.` };
 * issueText({ code: 'too_short', facts: { limit: 3 } }, de); // 'Der Text ist kürzer als 3 Zeichen.'
 * ```
 */
export function issueText<FactsByCode, C extends keyof FactsByCode & string>(
  issue: { readonly code: C; readonly facts: FactsByCode[C] },
  catalog: Catalog<FactsByCode>,
): string {
  const write = catalog[issue.code] as (facts: FactsByCode[C]) => string;
  return write(issue.facts);
}

/**
 * Build one issue: its facts and path frozen, its message written by the catalog.
 *
 * @example
 * ```ts
 * import { createIssue, type Catalog } from 'improvement-plan';
 * type Facts = { too_short: { readonly limit: number } };
 * const en: Catalog<Facts> = { too_short: (f) => `The text is shorter than ${f.limit} characters.` };
 * createIssue<Facts, 'too_short'>('too_short', ['title'], { limit: 3 }, en).message; // 'The text is shorter than 3 characters.'
 * ```
 */
export function createIssue<FactsByCode, C extends keyof FactsByCode & string>(
  code: C,
  path: IssuePath,
  facts: FactsByCode[C],
  catalog: Catalog<FactsByCode>,
): Issue<C, FactsByCode[C]> {
  const frozen = Object.isFrozen(facts) ? facts : (Object.freeze({ ...facts }) as FactsByCode[C]);
  return { code, path: Object.isFrozen(path) ? path : Object.freeze([...path]), facts: frozen, message: issueText<FactsByCode, C>({ code, facts: frozen }, catalog) };
}
