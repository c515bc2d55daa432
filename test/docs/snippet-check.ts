/**
 * The check behind a snippet's `// => value` (see test/docs/snippets.ts): the result must match
 * the value shown. An object shown matches when each key shown matches (a snippet shows the part
 * of a result that matters); arrays, strings, numbers and the rest must be equal.
 */

/** Whether `actual` matches the `expected` value a snippet shows. */
export function matches(actual: unknown, expected: unknown): boolean {
  if (Array.isArray(expected)) {
    return Array.isArray(actual) && actual.length === expected.length && expected.every((item, index) => matches(actual[index], item));
  }
  if (typeof expected === 'object' && expected !== null) {
    if (typeof actual !== 'object' || actual === null) return false;
    return Object.entries(expected).every(([key, value]) => matches((actual as Record<string, unknown>)[key], value));
  }
  return Object.is(actual, expected);
}

/** Throws when a snippet's result does not match what its `// =>` comment shows. */
export function __check(where: string, actual: unknown, expected: unknown): void {
  if (!matches(actual, expected)) {
    throw new Error(`${where}: the snippet shows ${JSON.stringify(expected)}, the code gives ${JSON.stringify(actual)}`);
  }
}
