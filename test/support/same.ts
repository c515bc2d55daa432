import { isDeepStrictEqual } from 'node:util';
import { expect } from 'vitest';

/**
 * Assert that two values hold the same data (strictly: -0, NaN, undefined and prototypes count).
 * vitest's `toStrictEqual` also compares `constructor` properties, which breaks on host metadata
 * that has a key named "constructor" (a valid JSON key the schema accepts): two equal plans with
 * `metadata: { constructor: {} }` would compare unequal. Node's `isDeepStrictEqual` does not.
 */
export function expectSameData(actual: unknown, expected: unknown, label = ''): void {
  if (isDeepStrictEqual(actual, expected)) return;
  expect(actual, label).toStrictEqual(expected); // fails, with vitest's diff
  expect.unreachable(`${label}: values differ`);
}
