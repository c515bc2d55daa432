/**
 * Findings that say two things, what is wrong and how to fix it, are written as one table of
 * sentence pairs per code (so the two stay together when a catalog is written or translated), and
 * read as two catalogs, the messages and the fixes.
 *
 * @module
 */
import type { Catalog } from './issue.js';

/** A finding's message and fix. */
export interface FindingSentences {
  readonly message: string;
  readonly fix: string;
}

/** The sentence pair of each code, from the code's facts. */
export type FindingSentencesByCode<FactsByCode> = { readonly [C in keyof FactsByCode & string]: (facts: FactsByCode[C]) => FindingSentences };

/**
 * One side of a table of sentence pairs, as a catalog: every message, or every fix.
 *
 * @example
 * ```ts
 * const table = { too_short: (f: { limit: number }) => ({ message: `Shorter than ${f.limit}.`, fix: 'Write more.' }) };
 * sentencesOf(table, 'fix').too_short({ limit: 3 }); // => "Write more."
 * ```
 */
export function sentencesOf<FactsByCode>(table: FindingSentencesByCode<FactsByCode>, which: keyof FindingSentences): Catalog<FactsByCode> {
  const out: Record<string, (facts: never) => string> = {};
  for (const [code, write] of Object.entries(table) as [string, (facts: never) => FindingSentences][]) out[code] = (facts) => write(facts)[which];
  return out as unknown as Catalog<FactsByCode>;
}
