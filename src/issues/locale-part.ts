/**
 * One catalog of a locale, found by its path in the locale's `messages` (`['lifecycle',
 * 'rejections']`), over the English catalog key by key: every word the locale leaves out, or gives
 * broken, stays English. Resolved once per locale object and path (a locale is frozen data), so
 * wording a result in a language costs one lookup, not a merge per sentence.
 *
 * @internal
 * @module
 */
import { overrideMessages, type MessagesOverride } from './override.js';

const resolved = new WeakMap<object, Map<string, object | undefined>>();

/** `value[key]`, or `undefined` when `value` is not an object or its getter throws. */
function read(value: unknown, key: string): unknown {
  if (typeof value !== 'object' || value === null) return undefined;
  try {
    return (value as Readonly<Record<string, unknown>>)[key];
  } catch {
    return undefined; // a getter that throws: English
  }
}

/**
 * The locale's catalog at `messages.<path>` over `english`; `undefined` when the locale is not an
 * object or gives no usable words there (the English sentences stand as written).
 *
 * @example
 * ```ts
 * const english = { hello: () => 'Hello' };
 * localePart({ messages: { greet: { hello: () => 'Hallo' } } }, ['greet'], english)?.hello(); // => "Hallo"
 * localePart(undefined, ['greet'], english); // => undefined
 * ```
 */
export function localePart<T extends object>(locale: unknown, path: readonly string[], english: T): T | undefined {
  if (typeof locale !== 'object' || locale === null) return undefined;
  let byPath = resolved.get(locale);
  if (byPath === undefined) {
    byPath = new Map();
    resolved.set(locale, byPath);
  }
  const key = path.join('.');
  if (!byPath.has(key)) {
    const own = path.reduce<unknown>((value, step) => read(value, step), read(locale, 'messages'));
    const merged = overrideMessages(english, own as MessagesOverride<T>);
    byPath.set(key, merged === english ? undefined : merged);
  }
  return byPath.get(key) as T | undefined;
}
