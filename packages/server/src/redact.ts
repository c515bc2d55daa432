/**
 * The employee's copies: what never reaches an employee, by any route. The rules are the
 * renderer's (`seesPrivateNotes`, `seesReviewNotes`): a check-in's `privateNotes` (the manager's)
 * and HR's review notes (`reviews[].notes`, written by `approve`'s `notes` and `request_changes`'s
 * `reason`). Applied to the plan, to every log entry (its command and its patches) and to command
 * answers. The evaluation and the rendered documents never carry them (the library leaves them out
 * for the employee's audience); the privacy test checks every route.
 *
 * @module
 */

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** Paths in a plan that an employee never sees (`*` is any index). */
export const PRIVATE_PATHS: readonly (readonly string[])[] = Object.freeze([
  Object.freeze(['checkIns', '*', 'privateNotes']),
  Object.freeze(['reviews', '*', 'notes']),
]);

function segmentMatches(pattern: string, segment: string | number): boolean {
  return pattern === '*' ? typeof segment === 'number' || /^\d+$/.test(segment) : pattern === String(segment);
}

/** Is `path` at or under a private path? */
function isPrivate(path: readonly (string | number)[]): boolean {
  return PRIVATE_PATHS.some((p) => path.length >= p.length && p.every((seg, i) => segmentMatches(seg, path[i]!)));
}

/** The value at `path` with every private field below it taken out. */
function strip(value: Json, path: readonly (string | number)[]): Json {
  if (value === null || typeof value !== 'object') return value;
  // Only descend where a private path could still be below.
  const below = PRIVATE_PATHS.some((p) => path.length < p.length && path.every((seg, i) => segmentMatches(p[i]!, seg)));
  if (!below) return value;
  if (Array.isArray(value)) return value.map((item, index) => strip(item, [...path, index]));
  const out: Record<string, Json> = {};
  for (const [key, item] of Object.entries(value)) {
    if (isPrivate([...path, key])) continue;
    out[key] = strip(item, [...path, key]);
  }
  return out;
}

/** A plan (as JSON) without what the employee never sees. */
export function employeePlan<T>(plan: T): T {
  const out = strip(plan as unknown as Json, []);
  if (out === null || typeof out !== 'object' || Array.isArray(out)) return out as unknown as T;
  // The plan carries its own log: each entry is redacted like the log's.
  const events = out['events'];
  return (Array.isArray(events) ? { ...out, events: events.map((e) => employeeEntry(e)) } : out) as unknown as T;
}

/** A command (as sent, or as in the log) without what the employee never sees. */
export function employeeCommand(command: Json): Json {
  if (command === null || typeof command !== 'object' || Array.isArray(command)) return command;
  const type = command['type'];
  const out: Record<string, Json> = { ...command };
  if (type === 'record_check_in' && out['checkIn'] !== undefined) out['checkIn'] = strip(out['checkIn'], ['checkIns', 0]);
  if (type === 'approve') delete out['notes'];
  if (type === 'request_changes') delete out['reason'];
  // Commands that carry whole plan content (a draft's changes) are stripped like a plan.
  if (type === 'edit_draft' && out['changes'] !== undefined) out['changes'] = strip(out['changes'], []);
  return out;
}

/** A log entry (`PlanEvent`) without what the employee never sees: its command and its patches. */
export function employeeEntry<T>(entry: T): T {
  const e = entry as unknown as Record<string, Json>;
  const patches = Array.isArray(e['patches']) ? (e['patches'] as Json[]) : [];
  const kept: Json[] = [];
  for (const patch of patches) {
    if (patch === null || typeof patch !== 'object' || Array.isArray(patch)) continue;
    const path = Array.isArray(patch['path']) ? (patch['path'] as (string | number)[]) : [];
    if (isPrivate(path)) continue;
    kept.push(patch['value'] === undefined ? patch : { ...patch, value: strip(patch['value'], path) });
  }
  return { ...e, command: employeeCommand(e['command'] ?? null), patches: kept } as unknown as T;
}
