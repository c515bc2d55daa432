import { rewordPlanIssues, type ParseOptions } from './locale.js';
import type * as z from 'zod';
import { settle } from '../frozen/deep-freeze.js';
import type { PlanIssueCode } from './codes.js';
import { ALL_PARSED, checkIntegrity, type PlanKey } from './integrity.js';
import { countZodIssues, fromZodIssues, makeIssue, type PlanIssue } from './issues.js';
import { LIMITS } from './limits.js';
import { fastObservations } from './fast-observations.js';
import { fastPlan } from './fast-plan.js';
import { errorDetail, type PlanIssueFactsInput } from './messages.js';
import { schemaVersionIssue } from './migrate.js';
import { ObservationFeedSchema } from './plan.js';
import { PlanShape, type PlanShapeOutput } from './plan-shape.js';

export { fastPlan } from './fast-plan.js';
import type { Observation, Plan } from './types.js';

/** The result of {@link parsePlan}: the plan, or every issue found. Never throws. */
export type PlanParseResult =
  | { readonly ok: true; readonly plan: Plan }
  | { readonly ok: false; readonly issues: readonly PlanIssue[] };

/** The result of {@link parseObservations}. Never throws. */
export type ObservationsParseResult =
  | { readonly ok: true; readonly observations: readonly Observation[] }
  | { readonly ok: false; readonly issues: readonly PlanIssue[] };

/**
 * Thrown by the `assert*` twins; carries the same issues the `parse*` functions return.
 *
 * @example
 * ```ts
 * try {
 *   assertPlan({ ...planInput, startDate: '2026-02-30' });
 * } catch (error) {
 *   if (error instanceof PlanValidationError) error.issues[0].code; // => "invalid_date"
 * }
 * ```
 */
export class PlanValidationError extends Error {
  /** Every issue found. */
  readonly issues: readonly PlanIssue[];

  constructor(issues: readonly PlanIssue[], subject = 'plan') {
    const first = issues[0]?.message ?? 'unknown problem';
    const capped = issues.at(-1)?.code === 'too_many_issues' ? issues.at(-1) : undefined;
    const others = issues.length - 1 - (capped ? 1 : 0);
    const more = others > 0 ? ` (and ${others} more issue${others > 1 ? 's' : ''}${capped ? `; ${capped.message.replace(/\.$/, '')}` : ''})` : '';
    super(`Invalid ${subject}: ${first}${more}`);
    this.name = 'PlanValidationError';
    this.issues = issues;
  }
}


/**
 * The issues to report: at most `LIMITS.issues` of them, then (when there were more) one
 * `too_many_issues` entry saying how many more there were. `total` counts every issue found.
 */
function capped(listed: readonly PlanIssue[], total: number, root: string): readonly PlanIssue[] {
  if (total <= LIMITS.issues) return Object.freeze([...listed]);
  const more = makeIssue('too_many_issues', [], { limit: LIMITS.issues, value: String(total - LIMITS.issues) }, root);
  return Object.freeze([...listed.slice(0, LIMITS.issues), more]);
}

function unreadable(error: unknown, root: string): readonly PlanIssue[] {
  // A getter that throws, a revoked proxy: report, never crash the host.
  const issue = makeIssue('invalid_type', [], { expected: 'json', received: 'unreadable', detail: errorDetail(error) }, root);
  return Object.freeze([issue]);
}

function run<S extends z.ZodType>(schema: S, input: unknown, root: string):
  | { ok: true; value: z.output<S> }
  | { ok: false; issues: readonly PlanIssue[] } {
  try {
    const result = schema.safeParse(input, { reportInput: true });
    if (result.success) return { ok: true, value: settle(result.data) };
    const issues = result.error.issues;
    return { ok: false, issues: capped(fromZodIssues(issues, root, LIMITS.issues), countZodIssues(issues), root) };
  } catch (error) {
    return { ok: false, issues: unreadable(error, root) };
  }
}

const PLAN_KEYS = Object.keys(PlanShape.shape) as PlanKey[];

/**
 * The zod path alone (no fast path): what {@link parsePlan} returned before the fast path, and
 * what it still returns for anything the fast path does not accept. For the test that checks
 * the two paths against each other.
 *
 * @internal
 */
export function parsePlanWithZod(input: unknown): PlanParseResult {
  const version = schemaVersionIssue(input);
  if (version) return Object.freeze({ ok: false, issues: Object.freeze([version]) });
  const result = runPlan(input);
  return result.ok ? Object.freeze({ ok: true, plan: result.value }) : Object.freeze({ ok: false, issues: result.issues });
}

/**
 * The zod path for a feed of observations (no fast path): for the test that checks the paths
 * against each other.
 *
 * @internal
 */
export function parseObservationsWithZod(input: unknown): ObservationsParseResult {
  const result = run(ObservationFeedSchema, input, 'observations');
  return result.ok
    ? Object.freeze({ ok: true, observations: result.value })
    : Object.freeze({ ok: false, issues: result.issues });
}

/**
 * The plan's shape, then its integrity rules, in one pass: when some top-level fields have issues,
 * every other field is still read and every rule whose fields all parsed still runs, so one part's
 * error hides no other part's issues (and no rule guesses from a field that did not parse).
 */
function runPlan(input: unknown):
  | { ok: true; value: PlanShapeOutput }
  | { ok: false; issues: readonly PlanIssue[] } {
  try {
    // The rules' issues: the first LIMITS.issues written out, the rest only counted.
    const integrity: PlanIssue[] = [];
    let found = 0;
    const report = (parsed: (key: PlanKey) => boolean, plan: PlanShapeOutput) =>
      checkIntegrity(plan, parsed, <C extends PlanIssueCode>(code: C, path: readonly PropertyKey[], facts = {} as PlanIssueFactsInput<C>) => {
        found += 1;
        if (integrity.length < LIMITS.issues) integrity.push(makeIssue(code, path, facts, 'plan'));
      });
    const shaped = PlanShape.safeParse(input, { reportInput: true });
    if (shaped.success) {
      report(ALL_PARSED, shaped.data);
      if (found === 0) return { ok: true, value: settle(shaped.data) };
      return { ok: false, issues: capped(integrity, found, 'plan') };
    }
    const issues = shaped.error.issues;
    const failed = new Set<PropertyKey>();
    let whole = false;
    for (const issue of issues) {
      if (issue.path.length > 0) failed.add(issue.path[0]!);
      else if (issue.code !== 'unrecognized_keys') whole = true;
    }
    if (!whole && typeof input === 'object' && input !== null) {
      // Read the fields that parsed once more, on their own, for the rules that need only them.
      const partial: Record<string, unknown> = {};
      const parsed = new Set<PlanKey>();
      for (const key of PLAN_KEYS) {
        if (failed.has(key)) continue;
        const field = PlanShape.shape[key].safeParse((input as Record<string, unknown>)[key]);
        if (!field.success) continue;
        partial[key] = field.data;
        parsed.add(key);
      }
      report((key) => parsed.has(key), partial as PlanShapeOutput);
    }
    const listed = fromZodIssues(issues, 'plan', LIMITS.issues);
    if (listed.length < LIMITS.issues) listed.push(...integrity.slice(0, LIMITS.issues - listed.length));
    return { ok: false, issues: capped(listed, countZodIssues(issues) + found, 'plan') };
  } catch (error) {
    return { ok: false, issues: unreadable(error, 'plan') };
  }
}

/**
 * Parse and check an untrusted plan document. Never throws: returns the plan
 * (defaults filled in, deeply frozen, the input untouched) or every issue found,
 * each with a `code`, a `path` and a message.
 *
 * @example
 * ```ts
 * const result = parsePlan(JSON.parse(text));
 * if (result.ok) console.log(result.plan.goals.length);
 * else for (const issue of result.issues) console.log(issue.code, issue.path.join('.'), issue.message);
 * // e.g. "weights_sum goals Goal weights must add up to exactly 100, they add up to 97.5."
 * ```
 */
export function parsePlan(input: unknown, options: ParseOptions = {}): PlanParseResult {
  // Another format version: said first, as on the zod path (the fast path accepts version 1 only).
  const fast = schemaVersionIssue(input) === undefined ? fastPlan(input) : undefined;
  return fast !== undefined ? Object.freeze({ ok: true, plan: fast }) : inLanguage(parsePlanWithZod(input), options);
}

/** A failed parse's issues in the options' language. */
function inLanguage(result: PlanParseResult, options: ParseOptions | undefined): PlanParseResult {
  if (result.ok) return result;
  let locale: ParseOptions['locale'];
  try {
    locale = options?.locale;
  } catch {
    locale = undefined; // a getter that throws: English
  }
  const issues = rewordPlanIssues(result.issues, locale);
  return issues === result.issues ? result : Object.freeze({ ok: false, issues });
}

/**
 * Parse a plan from JSON text. Never throws; malformed JSON is an `invalid_json` issue.
 *
 * @example
 * ```ts
 * parsePlanJson('{"schemaVersion": 1').ok; // => false (issue code "invalid_json")
 * ```
 */
export function parsePlanJson(text: string, options: ParseOptions = {}): PlanParseResult {
  let input: unknown;
  try {
    input = JSON.parse(text);
  } catch (error) {
    return inLanguage(Object.freeze({ ok: false, issues: Object.freeze([makeIssue('invalid_json', [], { detail: errorDetail(error) }, 'plan')]) }), options);
  }
  // JSON.parse's output is this call's own: the fast path may freeze it where it stands
  const fast = schemaVersionIssue(input) === undefined ? fastPlan(input, true) : undefined;
  return fast !== undefined ? Object.freeze({ ok: true, plan: fast }) : inLanguage(parsePlanWithZod(input), options);
}

/**
 * The throwing twin of {@link parsePlan}: returns the plan or throws a
 * {@link PlanValidationError} carrying the same issues.
 *
 * @example
 * ```ts
 * try { assertPlan({}); } catch (e) { if (e instanceof PlanValidationError) e.issues[0].code; } // => "required"
 * ```
 */
export function assertPlan(input: unknown): Plan {
  const result = parsePlan(input);
  if (!result.ok) throw new PlanValidationError(result.issues, 'plan');
  return result.plan;
}

/**
 * Parse an untrusted feed of observations (a CRM export turned into data points).
 * Never throws. Metric references are checked later, against a plan.
 *
 * @example
 * ```ts
 * parseObservations([{ metricId: 'calls', date: '2026-01-05', value: 42 }]).ok; // => true
 * ```
 */
export function parseObservations(input: unknown): ObservationsParseResult {
  // the plain shape by the fast loop; anything else (and every issue) by zod
  const fast = fastObservations(input, LIMITS.feedObservations);
  return fast !== undefined ? Object.freeze({ ok: true, observations: fast }) : parseObservationsWithZod(input);
}

/**
 * The throwing twin of {@link parseObservations}.
 *
 * @example
 * ```ts
 * assertObservations([{ metricId: 'calls', date: '2026-02-30', value: 1 }]); // throws PlanValidationError (invalid_date)
 * ```
 */
export function assertObservations(input: unknown): readonly Observation[] {
  const result = parseObservations(input);
  if (!result.ok) throw new PlanValidationError(result.issues, 'observations');
  return result.observations;
}

/**
 * Serialise a plan to JSON text, every object's keys in the schema's order, so equal plans give
 * identical text whatever built them (`parsePlan`, `transition` or `replay`).
 * `parsePlanJson(serializePlan(plan))` gives back an equal plan, `metadata` included.
 *
 * @example
 * ```ts
 * const again = parsePlanJson(serializePlan(plan)); // again.ok && again.plan deep-equals plan
 * ```
 */
export function serializePlan(plan: Plan, options: { readonly indent?: number } = {}): string {
  // Parsing writes objects in the schema's key order; a plan that is not valid is written as is.
  const ordered = PlanShape.safeParse(plan);
  return JSON.stringify(ordered.success ? ordered.data : plan, null, options.indent ?? 2);
}
