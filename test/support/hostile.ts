import fc from 'fast-check';
import { LIMITS } from '../../src/schema/limits.js';
import { PLAN_ISSUE_CODES } from '../../src/schema/codes.js';

/** Values chosen to break parsers: odd numbers, impossible and extreme dates, oversize strings and arrays, prototype keys. */
export function hostileValue(): fc.Arbitrary<unknown> {
  const deep = fc.integer({ min: 20, max: 2_000 }).map((depth) => {
    let value: unknown = 'bottom';
    for (let i = 0; i < depth; i += 1) value = i % 2 === 0 ? [value] : { nested: value };
    return value;
  });
  return fc.oneof(
    fc.constantFrom(Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY, -0, 1e308, -1e308, Number.MAX_VALUE, Number.MIN_VALUE, 2 ** 53, -(2 ** 53), 0.1 + 0.2),
    fc.constantFrom('2026-02-29', '0000-01-01', '9999-12-31', '2028-02-29', '2026-13-01', '2026-1-5', '', ' ', '\u0000', '<script>alert(1)</script>', 'null'),
    fc.constantFrom(null, true, false, [], {}),
    fc.constantFrom(LIMITS.idLength, LIMITS.labelLength, LIMITS.textLength).map((n) => 'x'.repeat(n + 1)),
    fc.constantFrom(LIMITS.entities + 1, LIMITS.listItems + 1).map((n) => Array.from({ length: n }, () => ({}))),
    fc.constantFrom('{"__proto__":{"polluted":true}}', '{"constructor":{"prototype":{"polluted":true}}}', '{"prototype":{"polluted":true}}').map((text) => JSON.parse(text) as unknown),
    deep,
    fc.jsonValue({ maxDepth: 3 }),
  );
}

/** Every path into a JSON value (objects and arrays), the root excluded. */
export function pathsOf(value: unknown, limit = 2_000): (string | number)[][] {
  const out: (string | number)[][] = [];
  const stack: { node: unknown; path: (string | number)[] }[] = [{ node: value, path: [] }];
  while (stack.length > 0 && out.length < limit) {
    const { node, path } = stack.pop()!;
    if (node === null || typeof node !== 'object') continue;
    const entries: [string | number, unknown][] = Array.isArray(node) ? node.map((v, i) => [i, v]) : Object.entries(node);
    for (const [key, child] of entries) {
      out.push([...path, key]);
      stack.push({ node: child, path: [...path, key] });
    }
  }
  return out;
}

/** A deep copy of `document` with the value at `path` replaced (or a key added to the object there). */
export function corruptAt(document: unknown, path: readonly (string | number)[], value: unknown): unknown {
  const copy = JSON.parse(JSON.stringify(document)) as unknown;
  if (path.length === 0) return value;
  let node = copy as Record<string | number, unknown>;
  for (const key of path.slice(0, -1)) node = node[key] as Record<string | number, unknown>;
  Object.defineProperty(node, path[path.length - 1]!, { value, enumerable: true, writable: true, configurable: true });
  return copy;
}

/** A valid document with one field corrupted by a hostile value. */
export function corruptedDocument<T>(documents: fc.Arbitrary<T>): fc.Arbitrary<unknown> {
  return documents.chain((document) => {
    const paths = pathsOf(document);
    return fc.tuple(fc.constantFrom(...paths), hostileValue()).map(([path, value]) => corruptAt(document, path, value));
  });
}

const CODES: ReadonlySet<string> = new Set(PLAN_ISSUE_CODES);

/** The issue contract every rejection must meet: a known code, a path of keys, a sentence. */
export function isWellFormedIssue(issue: { code: unknown; path: unknown; message: unknown }): boolean {
  return (
    typeof issue.code === 'string' &&
    CODES.has(issue.code) &&
    Array.isArray(issue.path) &&
    issue.path.every((key) => typeof key === 'string' || typeof key === 'number') &&
    typeof issue.message === 'string' &&
    issue.message.length > 10
  );
}

/** True when nothing was added to the shared prototypes. */
export function prototypesClean(): boolean {
  const probe = {} as Record<string, unknown>;
  return probe['polluted'] === undefined && !('polluted' in Object.prototype) && !('polluted' in Array.prototype);
}

/** Fuzz run counts: the full counts under FUZZ=1 (`npm run fuzz`, run by CI), a fiftieth otherwise. */
export function fuzzRuns(full: number): number {
  return process.env['FUZZ'] === '1' ? full : Math.max(20, Math.ceil(full / 50));
}
