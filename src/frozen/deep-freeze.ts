/**
 * The library's one deep freeze: every result, resolved policy, migrated document and parsed plan
 * is frozen here, so a caller cannot change what it was given (and a shared default cannot be
 * changed through one result).
 *
 * It replaces immer's `freeze(value, true)` and freezes what that froze in the library's results:
 * plain objects and arrays, and everything in them. Anything else (a class instance, a typed array;
 * no result holds a Map or a Set) is left as it is, and so is a node already frozen, with what is
 * in it: a frozen default shared by many results is not walked again.
 *
 * @internal
 * @module
 */

/**
 * Freeze `value` and everything in it (see the module's rules), and return it. The second
 * argument is ignored: it lets a call written for immer's `freeze(value, true)` read the same.
 *
 * @example
 * ```ts
 * const result = deepFreeze({ issues: [{ code: 'x' }] });
 * Object.isFrozen(result.issues[0]); // => true
 * ```
 *
 * @internal
 */
export function deepFreeze<T>(value: T, _deep?: true): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) freezeNode(value, false);
  return value;
}

/**
 * {@link deepFreeze} for fresh parse output, writing every `-0` in it as `0` on the way (JSON cannot
 * tell them apart, so a parsed plan holds no `-0`), in one walk.
 *
 * @example
 * ```ts
 * const plan = settle({ target: -0 });
 * Object.is(plan.target, 0) && Object.isFrozen(plan); // => true
 * ```
 *
 * @internal
 */
export function settle<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) freezeNode(value, true);
  return value;
}

/**
 * Freeze one node that is not frozen yet and walk what is in it. Without `zero` the node is frozen
 * before its children are walked (as immer does: a value that holds itself is walked once); with
 * `zero`, after its `-0` children are written as `0` (parse output is a tree).
 */
function freezeNode(node: object, zero: boolean): void {
  const list = Array.isArray(node);
  if (!list) {
    const proto: unknown = Object.getPrototypeOf(node);
    if (proto !== Object.prototype && proto !== null) return;
  }
  if (!zero) Object.freeze(node);
  const record = node as Record<string | number, unknown>;
  const keys = list ? undefined : Object.keys(record);
  const count = keys === undefined ? (node as unknown[]).length : keys.length;
  for (let i = 0; i < count; i += 1) {
    const key = keys === undefined ? i : (keys[i] as string);
    const child = record[key];
    if (typeof child === 'object') {
      if (child !== null && !Object.isFrozen(child)) freezeNode(child, zero);
    } else if (zero && child === 0 && Object.is(child, -0)) record[key] = 0;
  }
  if (zero) Object.freeze(node);
}
