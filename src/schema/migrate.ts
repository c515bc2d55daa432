/**
 * Format versions: plans are kept for years and the interchange format will change. Every
 * document carries `schemaVersion`; {@link migratePlan} upgrades a document of an earlier version
 * step by step (one small pure function per version, {@link PLAN_MIGRATIONS}), its log entries'
 * commands and patches included, so that `replay` of the upgraded log still rebuilds the upgraded
 * plan. `parsePlan` reads the current version only and names any other version in an
 * `unsupported_version` issue.
 *
 * @module
 */
import { deepFreeze } from '../frozen/deep-freeze.js';
import { makeIssue, typeCode, type PlanIssue } from './issues.js';
import type { PlanIssueFactsByCode } from './messages.js';
import { PLAN_SCHEMA_VERSION } from './plan-shape.js';
import type { JsonObject, JsonValue } from './json-value.js';

/**
 * The interchange format version this library reads and writes (`schemaVersion`). A change to the
 * format raises it by one and adds the step from the previous version to {@link PLAN_MIGRATIONS}.
 */
export const CURRENT_SCHEMA_VERSION: number = PLAN_SCHEMA_VERSION;

/**
 * One upgrade of the format, from version `from` to `from + 1`: two small pure functions, one for
 * the plan's own fields and one for a log entry. Both receive a fresh copy (they may change and
 * return it) and return plain JSON. The migrator sets `schemaVersion` itself.
 */
export interface PlanMigrationStep {
  /** The version this step reads; it writes `from + 1`. */
  readonly from: number;
  /** What changed in the format, for people (shown in {@link PlanMigrationResult}'s `applied`). */
  readonly description: string;
  /** Upgrade the plan's fields; `events` is not included (each entry goes through {@link PlanMigrationStep.entry}). */
  readonly plan: (document: JsonObject) => JsonObject;
  /**
   * Upgrade one log entry (`seq`, `at`, `actor`, `command`, `patches`, `produced`): rename the
   * paths and reshape the values of its patches and its command the way {@link PlanMigrationStep.plan}
   * reshapes the plan, so that replaying the upgraded entries over the upgraded initial plan gives
   * the upgraded current plan.
   */
  readonly entry: (entry: JsonObject) => JsonObject;
}

/**
 * The library's upgrade steps, oldest first: step `i` reads version `i + 1`. Version 1 is the
 * first version, so the list is empty today; the next format change adds `{ from: 1, ... }`.
 */
export const PLAN_MIGRATIONS: readonly PlanMigrationStep[] = Object.freeze([]);

/** Options of {@link migratePlan} and {@link migratePlanEvent}. */
export interface PlanMigrationOptions {
  /** The steps to use (default {@link PLAN_MIGRATIONS}); a host or a test can supply its own. */
  readonly steps?: readonly PlanMigrationStep[];
  /** The version to upgrade to (default {@link CURRENT_SCHEMA_VERSION}). */
  readonly to?: number;
}

/** The result of {@link migratePlan}: the upgraded document (not yet parsed), or the issues. Never throws. */
export type PlanMigrationResult =
  | {
      readonly ok: true;
      /** The document at version `toVersion`, deeply frozen; give it to `parsePlan`. */
      readonly document: JsonObject;
      readonly fromVersion: number;
      readonly toVersion: number;
      /** The descriptions of the steps applied, in order (empty when the document was current). */
      readonly applied: readonly string[];
    }
  | { readonly ok: false; readonly issues: readonly PlanIssue[] };

/** The result of {@link migratePlanEvent}. Never throws. */
export type PlanEventMigrationResult =
  | { readonly ok: true; readonly entry: JsonObject; readonly applied: readonly string[] }
  | { readonly ok: false; readonly issues: readonly PlanIssue[] };

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function versionIssue(version: number, problem: PlanIssueFactsByCode['unsupported_version']['problem'], root: string): PlanIssue {
  return makeIssue('unsupported_version', ['schemaVersion'], { received: String(version), problem }, root);
}

/** The steps from `from` up to `to`, or the issue that says why there are none. */
function chain(from: number, to: number, steps: readonly PlanMigrationStep[], root: string): readonly PlanMigrationStep[] | PlanIssue {
  if (from > to) return versionIssue(from, { kind: 'newer_version', reads: to }, root);
  const path: PlanMigrationStep[] = [];
  for (let version = from; version < to; version += 1) {
    const step = steps.find((candidate) => candidate.from === version);
    if (!step) {
      return versionIssue(from, { kind: 'no_upgrade_step', reads: to, from: version }, root);
    }
    path.push(step);
  }
  return path;
}

/** Read `schemaVersion`, or the issue. */
function versionOf(document: Record<string, unknown>, root: string): number | PlanIssue {
  const version = document['schemaVersion'];
  if (version === undefined) return makeIssue('required', ['schemaVersion'], { expected: 'int' }, root);
  if (typeof version !== 'number' || !Number.isSafeInteger(version)) {
    return makeIssue('invalid_type', ['schemaVersion'], { expected: 'int', received: typeof version === 'number' ? String(version) : typeof version }, root);
  }
  return version;
}

function copy(value: unknown): unknown {
  return JSON.parse(JSON.stringify(value)) as unknown;
}

function failed(issues: readonly PlanIssue[]): { readonly ok: false; readonly issues: readonly PlanIssue[] } {
  return Object.freeze({ ok: false, issues: Object.freeze([...issues]) });
}

function stepFailure(step: PlanMigrationStep, error: unknown, path: readonly (string | number)[]): PlanIssue {
  const detail = error instanceof Error ? error.message : String(error);
  return makeIssue('invalid_value', path, { problem: { kind: 'migration_failed', step: step.description, from: step.from, error: detail } }, 'plan');
}

/**
 * Upgrade a plan document of an earlier format version to the current one, step by step: each
 * step of {@link PLAN_MIGRATIONS} from the document's `schemaVersion` upgrades the plan's fields
 * and every log entry (its command and patches), and sets the next version. A current document is
 * returned as it is. The result is plain JSON for `parsePlan`. Never throws: a version newer than
 * the library, one it cannot upgrade, or a missing `schemaVersion` is an issue. The input is never
 * changed.
 *
 * @example
 * ```ts
 * const upgraded = migratePlan(JSON.parse(storedText));
 * const parsed = upgraded.ok ? parsePlan(upgraded.document) : upgraded;
 * migratePlan({ ...document, schemaVersion: 99 }); // => { ok: false, issues: [{ code: 'unsupported_version', path: ['schemaVersion'], ... }] }
 * ```
 */
export function migratePlan(document: unknown, options: PlanMigrationOptions = {}): PlanMigrationResult {
  try {
    return upgradePlan(document, options);
  } catch (error) {
    return unreadable(error, 'plan');
  }
}

/** A value that throws when read (a getter, a proxy): an issue, never a crash. */
function unreadable(error: unknown, root: string): { readonly ok: false; readonly issues: readonly PlanIssue[] } {
  const detail = error instanceof Error ? error.message : String(error);
  return failed([makeIssue('invalid_type', [], { expected: 'json', received: 'unreadable', detail }, root)]);
}

function upgradePlan(document: unknown, options: PlanMigrationOptions): PlanMigrationResult {
  if (!isObject(document)) {
    return failed([makeIssue('invalid_type', [], { expected: 'plan_document', received: typeCode(document) }, 'plan')]);
  }
  const from = versionOf(document, 'plan');
  if (typeof from !== 'number') return failed([from]);
  const to = options.to ?? CURRENT_SCHEMA_VERSION;
  const steps = chain(from, to, options.steps ?? PLAN_MIGRATIONS, 'plan');
  if (!Array.isArray(steps)) return failed([steps as PlanIssue]);
  let current: Record<string, unknown>;
  try {
    current = copy(document) as Record<string, unknown>;
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return failed([makeIssue('invalid_type', [], { expected: 'json', received: 'uncopyable', detail }, 'plan')]);
  }
  const applied: string[] = [];
  for (const step of steps) {
    const rawEvents = current['events'];
    const events = Array.isArray(rawEvents) ? rawEvents : [];
    const { events: _events, ...fields } = current;
    let next: JsonObject;
    try {
      next = step.plan(fields as JsonObject);
    } catch (error) {
      return failed([stepFailure(step, error, [])]);
    }
    const upgraded: JsonValue[] = [];
    for (const [index, entry] of events.entries()) {
      try {
        upgraded.push(isObject(entry) ? step.entry(entry as JsonObject) : (entry as JsonValue));
      } catch (error) {
        return failed([stepFailure(step, error, ['events', index])]);
      }
    }
    current = { ...next, schemaVersion: step.from + 1, ...(rawEvents === undefined ? {} : { events: upgraded }) };
    applied.push(step.description);
  }
  return deepFreeze({ ok: true, document: current as JsonObject, fromVersion: from, toVersion: to, applied });
}

/**
 * Upgrade one log entry recorded at format version `fromVersion` to the current version (or
 * `options.to`), with the same steps as {@link migratePlan}: for stores that keep each entry in its
 * own row with its version. Never throws; the input is never changed.
 *
 * @example
 * ```ts
 * const row = { version: 1, entry: JSON.parse(text) };
 * const upgraded = migratePlanEvent(row.entry, row.version);
 * upgraded.ok && upgraded.entry; // the entry in the current format
 * ```
 */
export function migratePlanEvent(entry: unknown, fromVersion: number, options: PlanMigrationOptions = {}): PlanEventMigrationResult {
  try {
    return upgradeEvent(entry, fromVersion, options);
  } catch (error) {
    return unreadable(error, 'event');
  }
}

function upgradeEvent(entry: unknown, fromVersion: number, options: PlanMigrationOptions): PlanEventMigrationResult {
  if (!isObject(entry)) return failed([makeIssue('invalid_type', [], { expected: 'log_entry', received: typeCode(entry) }, 'event')]);
  if (!Number.isSafeInteger(fromVersion)) return failed([makeIssue('invalid_type', ['schemaVersion'], { expected: 'int' }, 'event')]);
  const steps = chain(fromVersion, options.to ?? CURRENT_SCHEMA_VERSION, options.steps ?? PLAN_MIGRATIONS, 'event');
  if (!Array.isArray(steps)) return failed([steps as PlanIssue]);
  let current = copy(entry) as JsonObject;
  const applied: string[] = [];
  for (const step of steps) {
    try {
      current = step.entry(current);
    } catch (error) {
      return failed([stepFailure(step, error, [])]);
    }
    applied.push(step.description);
  }
  return deepFreeze({ ok: true, entry: current, applied });
}

/**
 * The issue `parsePlan` reports for a document of another format version (before any other check),
 * or undefined when the version is current or not a whole number (the schema reports those).
 *
 * @internal
 */
export function schemaVersionIssue(input: unknown): PlanIssue | undefined {
  let version: unknown;
  try {
    if (!isObject(input)) return undefined;
    version = input['schemaVersion'];
  } catch {
    // A getter or proxy that throws: the schema's parse reports it.
    return undefined;
  }
  if (typeof version !== 'number' || !Number.isSafeInteger(version) || version === CURRENT_SCHEMA_VERSION) return undefined;
  if (version > CURRENT_SCHEMA_VERSION) {
    return versionIssue(version, { kind: 'newer_version', reads: CURRENT_SCHEMA_VERSION }, 'plan');
  }
  const path = chain(version, CURRENT_SCHEMA_VERSION, PLAN_MIGRATIONS, 'plan');
  return Array.isArray(path)
    ? versionIssue(version, { kind: 'earlier_version' }, 'plan')
    : (path as PlanIssue);
}
