/**
 * What every issue on the shared shape promises its readers: its message is its catalog's sentence
 * for its code and facts, its facts are deep-frozen, and a copy stored as JSON keeps the facts and
 * re-words to the same message (what a locale relies on).
 */
import { expect } from 'vitest';
import { issueText, type Catalog } from '../../src/index.js';
import { isDeepFrozen } from './fixtures.js';

export function expectWordedFromFacts<FactsByCode, C extends keyof FactsByCode & string>(
  issue: { readonly code: C; readonly facts: FactsByCode[C]; readonly message: string },
  catalog: Catalog<FactsByCode>,
): void {
  expect(issueText<FactsByCode, C>(issue, catalog)).toBe(issue.message);
  expect(isDeepFrozen(issue.facts)).toBe(true);
  const stored = JSON.parse(JSON.stringify(issue)) as typeof issue;
  expect(stored.facts).toEqual(issue.facts);
  expect(issueText<FactsByCode, C>(stored, catalog)).toBe(issue.message);
}
