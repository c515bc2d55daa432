/**
 * Replacing some of a catalog's words: a host's override, merged key by key over a complete
 * catalog, where anything missing, of the wrong kind or failing falls back to the complete
 * catalog's words for that key alone.
 *
 * @module
 */

/**
 * Some of a catalog's words: any key may be left out, at any depth; a sentence is replaced whole.
 *
 * @example
 * ```ts
 * import type { MessagesOverride, RenderMessages } from 'improvement-plan';
 * const house: MessagesOverride<RenderMessages> = { labels: { goal: 'Objective' } };
 * ```
 */
export type MessagesOverride<T> = T extends (...args: never[]) => unknown
  ? T
  : T extends string
    ? string
    : T extends object
      ? { readonly [K in keyof T]?: MessagesOverride<T[K]> }
      : T;

const isRecord = (value: unknown): value is Readonly<Record<string, unknown>> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * A host's function in place of the catalog's: its text when it returns a string, the catalog's
 * when it throws or returns anything else, so a broken message never breaks a document.
 */
function guarded(own: (...args: unknown[]) => unknown, fallback: (...args: unknown[]) => unknown): (...args: unknown[]) => unknown {
  return (...args: unknown[]) => {
    try {
      const text = own(...args);
      if (typeof text === 'string') return text;
    } catch {
      // the catalog's words below
    }
    return fallback(...args);
  };
}

/**
 * `base` with `override`'s words in place, key by key, at every depth; a list of sentences is
 * replaced whole by a non-empty list of strings. A key the override leaves
 * out, gives the wrong kind of value (a number for a sentence, a string for a function, `null`),
 * or does not know keeps `base`'s words; a function that throws or returns no string falls back
 * to `base`'s function for that call. The result is a complete catalog, frozen; `base` is
 * returned as it is when there is nothing to replace.
 *
 * @example
 * ```ts
 * import { overrideMessages, RENDER_MESSAGES_EN } from 'improvement-plan';
 * const house = overrideMessages(RENDER_MESSAGES_EN, { labels: { goal: 'Objective' } });
 * house.labels.goal; // => "Objective"
 * house.labels.target; // => "Target"
 * ```
 */
export function overrideMessages<T extends object>(base: T, override: NoInfer<MessagesOverride<T>> | null | undefined): T {
  if (!isRecord(override)) return base;
  return mergeRecord(base as Readonly<Record<string, unknown>>, override) as T;
}

/** A host's list of sentences (a list's items, in its own number), frozen; `undefined` for anything else, an empty list, or one that throws when read. */
function stringList(given: unknown): readonly string[] | undefined {
  try {
    if (!Array.isArray(given) || given.length === 0) return undefined;
    const list = [...(given as unknown[])];
    return list.every((item) => typeof item === 'string') ? Object.freeze(list as string[]) : undefined;
  } catch {
    return undefined;
  }
}

function mergeRecord(base: Readonly<Record<string, unknown>>, override: Readonly<Record<string, unknown>>): Readonly<Record<string, unknown>> {
  const out: Record<string, unknown> = {};
  let changed = false;
  for (const key of Object.keys(base)) {
    const own = base[key];
    let given: unknown;
    try {
      given = Object.hasOwn(override, key) ? override[key] : undefined;
    } catch {
      given = undefined; // a getter that throws: the catalog's words
    }
    let merged = own;
    if (typeof own === 'function') {
      if (typeof given === 'function') merged = guarded(given as (...args: unknown[]) => unknown, own as (...args: unknown[]) => unknown);
    } else if (typeof own === 'string') {
      if (typeof given === 'string') merged = given;
    } else if (isRecord(own) && isRecord(given)) {
      merged = mergeRecord(own, given);
    } else if (Array.isArray(own)) {
      const list = stringList(given);
      if (list !== undefined) merged = list;
    }
    if (merged !== own) changed = true;
    out[key] = merged;
  }
  return changed ? Object.freeze(out) : base;
}
