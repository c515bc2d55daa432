/**
 * Deep freezing for the evaluators' fresh results.
 *
 * @internal
 * @module
 */

function freezeNode(node: object): void {
  if (Object.isFrozen(node)) return;
  Object.freeze(node);
  if (Array.isArray(node)) {
    for (let i = 0; i < node.length; i += 1) {
      const child: unknown = node[i];
      if (typeof child === 'object' && child !== null) freezeNode(child);
    }
    return;
  }
  const record = node as Record<string, unknown>;
  for (const key of Object.keys(record)) {
    const child = record[key];
    if (typeof child === 'object' && child !== null) freezeNode(child);
  }
}

/**
 * Freeze a result and everything reachable from it, stopping at objects already frozen (shared
 * pieces such as the resolved policy are frozen once): what immer's `freeze(value, true)` does for
 * the plain objects and arrays a result is made of, without its per-node draft checks. Results are
 * shallow trees built for this call, so the walk is short.
 *
 * @internal
 */
export function freezeResult<T>(value: T): T {
  if (typeof value === 'object' && value !== null) freezeNode(value);
  return value;
}
