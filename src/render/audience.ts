/**
 * Who sees what. The rules live here and nowhere else:
 * - the employee's copy never contains a check-in's `privateNotes`, HR's review notes
 *   (internal to manager and HR), or a metadata field the host marks private;
 * - metadata is only rendered when the host asks for it (`includeMetadata`).
 *
 * @module
 */
import type { JsonObject, JsonValue } from '../schema/primitives.js';

/**
 * Who a copy is for. The employee's copy never contains the manager's private check-in notes,
 * HR's internal review notes, or metadata the host marks private.
 */
export type Audience = 'employee' | 'manager' | 'hr';

/**
 * A metadata field: the keys from the root of `metadata` to it (`["review", "score"]`), or a
 * string, which is ONE key (`"salary.band"` is the key "salary.band", not "band" inside
 * "salary"). Keys may hold any characters: dots, slashes, tildes, nothing at all.
 */
export type MetadataPath = string | readonly string[];

/** Whether the audience may read the manager's private check-in notes. */
export function seesPrivateNotes(audience: Audience): boolean {
  return audience !== 'employee';
}

/**
 * Whether the audience reads the figures a close rests on (the evaluation's score and reason
 * codes). Every copy shows the outcome, the evaluation's date and its recommendation.
 */
export function seesCloseBasisFigures(audience: Audience): boolean {
  return audience !== 'employee';
}

/** Whether the audience may read HR's review notes (internal to manager and HR). */
export function seesReviewNotes(audience: Audience): boolean {
  return audience !== 'employee';
}

/** One metadata field as rendered: its path and its value written as text. */
export interface MetadataEntry {
  readonly path: readonly string[];
  readonly value: string;
}

function startsWith(path: readonly string[], prefix: readonly string[]): boolean {
  return prefix.length > 0 && prefix.length <= path.length && prefix.every((key, i) => path[i] === key);
}

function flatten(value: JsonValue, path: readonly string[], out: MetadataEntry[]): void {
  if (value !== null && typeof value === 'object' && !Array.isArray(value)) {
    const keys = Object.keys(value);
    if (keys.length === 0) out.push({ path, value: '{}' });
    for (const key of keys) flatten((value as JsonObject)[key] as JsonValue, [...path, key], out);
    return;
  }
  out.push({ path, value: typeof value === 'string' ? value : JSON.stringify(value) });
}

/**
 * The metadata fields an audience may see: none unless `include`; for the employee, none at
 * or under a private path.
 *
 * @internal
 */
export function visibleMetadata(
  metadata: JsonObject | undefined,
  audience: Audience,
  include: boolean,
  privatePaths: readonly (readonly string[])[],
): readonly MetadataEntry[] {
  if (!include || metadata === undefined) return [];
  const entries: MetadataEntry[] = [];
  flatten(metadata, [], entries);
  if (audience !== 'employee') return entries;
  // A private path hides the field, everything under it, and (for an array or object written as
  // one value) the value that contains it.
  return entries.filter((entry) => !privatePaths.some((p) => startsWith(entry.path, p) || startsWith(p, entry.path)));
}
