/**
 * Every sentence a policy check writes, kept together.
 *
 * @internal
 * @module
 */

/**
 * A received value as an issue shows it: numbers as written (NaN and Infinity included, which
 * JSON would show as null), other values as JSON; `?` for what JSON cannot write (a BigInt, a
 * cycle) or what cannot be read: reporting a bad value must never throw.
 */
export function shownValue(value: unknown): string {
  if (typeof value === 'number') return String(value);
  try {
    return JSON.stringify(value) ?? String(value);
  } catch {
    return '?';
  }
}

/** The sentences, by kind of problem. */
export const POLICY_MESSAGES = {
  /** A field whose value the schema refuses; the default stands. */
  invalid: (field: string, expected: string, received: string): string => `Policy field ${field} must be ${expected}, not ${received}; the default was used.`,
  /** A field the policy does not have. */
  unknown: (field: string, suggestion: string | undefined): string =>
    `Policy field ${field} is not a field of this policy${suggestion === undefined ? '' : ` (did you mean ${suggestion}?)`}; it was ignored.`,
  /** Overrides that are not an object at all. */
  notAnObject: (received: string): string => `The policy must be an object of fields to override, not ${received}; the defaults were used.`,
  /** Overrides that could not be read (a getter or proxy that throws). */
  unreadable: (field: string): string => `Policy field ${field} could not be read; the default was used.`,
  /** The message of a {@link PolicyError}. */
  error: (count: number, first: string): string => `Invalid policy: ${first}${count > 1 ? ` (and ${count - 1} more problem${count === 2 ? '' : 's'})` : ''}`,
} as const;
