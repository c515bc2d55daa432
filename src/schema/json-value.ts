/**
 * JSON values as host systems store them (`metadata`, event payloads): the checks that keep them
 * bounded and free of prototype-altering keys, and the copy a parse returns. Without zod, so the
 * fast path of a parse (and the command line's) reads them without building a schema.
 *
 * @module
 */
import { LIMITS } from './limits.js';
import { quote, type PlanIssueDraft } from './messages.js';

/** A JSON value as host systems store it. */
export type JsonValue = string | number | boolean | null | JsonValue[] | { [key: string]: JsonValue };

/** A JSON object: what `metadata` holds. */
export type JsonObject = { [key: string]: JsonValue };

const FORBIDDEN_KEYS = new Set(['__proto__']);

/**
 * What is wrong with an object key, if anything: `__proto__` (it could alter prototypes) is
 * `forbidden_key` at the key; a key longer than `LIMITS.keyLength` is `key_too_long` at its
 * object (the key is quoted, clipped, in the message, never put whole in the path).
 *
 * @internal
 */
export function keyProblem(key: string): Extract<PlanIssueDraft, { code: 'forbidden_key' | 'key_too_long' }> | undefined {
  if (FORBIDDEN_KEYS.has(key)) return { code: 'forbidden_key', path: [key], facts: { value: quote(key) } };
  if (key.length > LIMITS.keyLength) return { code: 'key_too_long', path: [], facts: { value: quote(key), limit: LIMITS.keyLength } };
  return undefined;
}

/**
 * Check that a value is bounded JSON without prototype-altering keys. Iterative,
 * so deep nesting cannot overflow the stack. Returns the first problem found.
 *
 * @internal
 */
export function findJsonProblem(
  root: unknown,
  requireObject: boolean,
): Extract<PlanIssueDraft, { code: 'invalid_metadata' | 'too_big' | 'too_deep' | 'forbidden_key' | 'key_too_long' }> | undefined {
  if (requireObject && (typeof root !== 'object' || root === null || Array.isArray(root))) {
    return { code: 'invalid_metadata', path: [], facts: { problem: { kind: 'not_an_object' } } };
  }
  const stack: { value: unknown; path: PropertyKey[] }[] = [{ value: root, path: [] }];
  let nodes = 0;
  while (stack.length > 0) {
    const { value, path } = stack.pop()!;
    nodes += 1;
    if (nodes > LIMITS.jsonNodes) return { code: 'too_big', path: [], facts: { limit: LIMITS.jsonNodes, unit: 'values' } };
    if (path.length > LIMITS.jsonDepth) return { code: 'too_deep', path, facts: { limit: LIMITS.jsonDepth } };
    if (value === null || typeof value === 'boolean') continue;
    if (typeof value === 'string') {
      if (value.length > LIMITS.textLength) return { code: 'too_big', path, facts: { limit: LIMITS.textLength, unit: 'characters' } };
      continue;
    }
    if (typeof value === 'number') {
      if (!Number.isFinite(value)) return { code: 'invalid_metadata', path, facts: { problem: { kind: 'not_finite', value: String(value) } } };
      continue;
    }
    if (Array.isArray(value)) {
      for (let i = 0; i < value.length; i += 1) stack.push({ value: value[i], path: [...path, i] });
      continue;
    }
    if (typeof value === 'object') {
      const proto: unknown = Object.getPrototypeOf(value);
      if (proto !== Object.prototype && proto !== null) {
        return { code: 'invalid_metadata', path, facts: { problem: { kind: 'not_plain' } } };
      }
      for (const key of Object.keys(value)) {
        const problem = keyProblem(key);
        if (problem) return { ...problem, path: [...path, ...problem.path] };
        stack.push({ value: (value as Record<string, unknown>)[key], path: [...path, key] });
      }
      continue;
    }
    return { code: 'invalid_metadata', path, facts: { problem: { kind: 'not_json', type: typeof value } } };
  }
  return undefined;
}

/**
 * A deep copy of checked JSON, so the caller's object is never shared or frozen.
 *
 * @internal
 */
export function cloneJson(value: unknown): JsonValue {
  if (value === null || typeof value !== 'object') return value as JsonValue;
  if (Array.isArray(value)) return value.map(cloneJson);
  const out: JsonObject = {};
  for (const key of Object.keys(value)) out[key] = cloneJson((value as Record<string, unknown>)[key]);
  return out;
}

