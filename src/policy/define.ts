/**
 * One way to define, validate and document every policy of the library: {@link definePolicy}
 * takes a zod object schema whose fields say what they accept ({@link policyField}) and the
 * defaults, and gives a {@link PolicyDefinition} that merges overrides over the defaults (deep
 * partial: nested records merge key by key, lists are replaced whole), refuses unknown fields,
 * reports every bad value as a `policy_invalid` issue with its path and a sentence (the default
 * stands for it), and never throws; and that lists its fields, defaults, valid values and (with
 * the policy's descriptions) meanings, from which docs/policies.md is generated.
 *
 * This module imports zod (its tree-shakeable `zod/mini` API: an app that evaluates plans and
 * never parses one carries only the few zod pieces its policies use) and nothing else of the
 * library: every folder may use it.
 *
 * @module
 */
import * as z from 'zod/mini';
import type { PolicyIssue } from './codes.js';
import { expectationWords, POLICY_ISSUE_MESSAGES, POLICY_MESSAGES as M, shownValue, type PolicyExpectation, type PolicyIssueFacts } from './messages.js';

/** One policy issue, its message written from its facts by the English catalog. */
const policyIssue = (path: Path, facts: PolicyIssueFacts): PolicyIssue => ({
  code: 'policy_invalid',
  path,
  facts: deepFreeze(facts),
  message: POLICY_ISSUE_MESSAGES.policy_invalid(facts),
});

/** What the issues (and the documentation) say about one policy field. */
export interface PolicyFieldMeta {
  /** What a valid value is, as data (`{ type: 'share' }`); a locale words it in its issues. */
  readonly expected: PolicyExpectation;
}

/** The valid values of the fields, kept beside their schemas (not in zod's global registry). */
const FIELD_META = z.registry<PolicyFieldMeta>();

/**
 * A policy field: its schema, with what a valid value is: one of the library's kinds of value
 * (a {@link PolicyExpectation}, which every locale words), or a host's own words (shown as they
 * are in every language).
 *
 * @example
 * ```ts
 * const sustainShare = policyField(z.number().check(z.gte(0), z.lte(1)), { type: 'share' });
 * const region = policyField(z.enum(['emea', 'amer']), 'a sales region: emea or amer');
 * ```
 */
export function policyField<S extends z.ZodMiniType>(schema: S, expected: PolicyExpectation | string): S {
  FIELD_META.add(schema, { expected: expectation(expected) });
  return schema;
}

/** A host's words as an expectation; an expectation as it is. */
function expectation(expected: PolicyExpectation | string): PolicyExpectation {
  if (typeof expected === 'string') return Object.freeze({ type: 'text', text: expected });
  // a copy, frozen (the caller's object is left as it is)
  return Object.freeze('values' in expected ? { ...expected, values: Object.freeze([...expected.values]) } : { ...expected });
}

/**
 * What every field of a policy means, one sentence or two each (no default: the definition
 * holds it). Each policy module exports its own beside its definition (`EVALUATION_POLICY_DESCRIPTIONS`
 * ...): plain data, which code that only applies the policy leaves out of its bundle.
 */
export type PolicyDescriptions<T> = { readonly [K in keyof T]: string };

/**
 * A value deeply read-only: what a resolved policy is (every object and list in it is frozen).
 */
export type Frozen<T> = T extends readonly unknown[] ? { readonly [K in keyof T]: Frozen<T[K]> } : T extends object ? { readonly [K in keyof T]: Frozen<T[K]> } : T;

/** The policy a schema describes, deeply read-only. */
export type PolicyOf<S extends z.ZodMiniType> = Frozen<z.output<S>>;

/**
 * Overrides of a policy: every field optional, nested records partially (key by key); lists are
 * given whole.
 */
export type PolicyOverrides<T> = {
  readonly [K in keyof T]?: T[K] extends readonly unknown[] ? T[K] : T[K] extends object ? PolicyOverrides<T[K]> : T[K];
};

/** A policy with overrides merged over its defaults, and what was wrong with the overrides. */
export interface PolicyResolution<T> {
  /** The policy used: the defaults (or the base given), with every valid override; frozen. */
  readonly policy: T;
  /** One `policy_invalid` issue per bad or unknown field, in the order of the policy's fields, unknown fields last. */
  readonly issues: readonly PolicyIssue[];
}

/**
 * A rule between fields that each field's own schema cannot state ("at least onTrackTolerance").
 * When it does not hold, `field` is reported and set to `repair(policy)`.
 */
export interface PolicyRelation<T> {
  readonly field: keyof T & string;
  /** What the field must be: `{ type: 'at_least', field: 'onTrackTolerance' }`, or a host's own words. */
  readonly expected: PolicyExpectation | string;
  /** Whether the rule holds in a merged policy. */
  readonly holds: (policy: T) => boolean;
  /** The value `field` takes when the rule does not hold. */
  readonly repair: (policy: T) => T[keyof T];
}

/**
 * A field that is another name for another field (the gap policy's `shortfall` for `moderateAt`):
 * given alone, it sets the other; given with the other, or with a `requires` field, set to
 * something else, it is refused (`policy_invalid` at the alias) and the other field stands.
 * In a resolved policy both always hold the same value.
 */
export interface PolicyAlias<T> {
  readonly field: keyof T & string;
  /** The field it is another name for. */
  readonly of: keyof T & string;
  /** A field that must hold this value for the alias to mean what it says. */
  readonly requires?: { readonly field: keyof T & string; readonly value: unknown };
}

/** One field of a policy as the documentation lists it. */
export interface PolicyFieldInfo {
  readonly name: string;
  readonly default: unknown;
  /** What the field means, from the descriptions given to `fields()` (empty without them). */
  readonly description: string;
  /** What a valid value is, in English words: "a share between 0 and 1". */
  readonly expected: string;
  /** What a valid value is, as data (what issues carry in their facts). */
  readonly expects: PolicyExpectation;
  /** The field's schema (the same object in every policy that includes the field). */
  readonly schema: z.ZodMiniType;
}

/** A policy: its defaults, its schema, how overrides are merged and checked, and its fields. */
export interface PolicyDefinition<T> {
  /** The defaults, deeply frozen. */
  readonly defaults: T;
  /** The zod object schema of a whole policy. */
  readonly schema: z.ZodMiniObject;
  /**
   * Merge overrides over `base` (the defaults unless given): never throws. A bad value is
   * reported and its default kept; an unknown field is reported and ignored; `undefined` is
   * the same as leaving a field out. Without overrides, `base` itself is returned.
   */
  resolve(overrides: unknown, base?: T): PolicyResolution<T>;
  /**
   * {@link PolicyDefinition.resolve}, throwing a {@link PolicyError} (with the issues) when the
   * overrides have any problem: for the functions whose result has no room for issues.
   */
  resolveOrThrow(overrides: unknown, base?: T): T;
  /** Every field, in order, with its default, valid values and (from `descriptions`) meaning. */
  fields(descriptions?: PolicyDescriptions<T>): readonly PolicyFieldInfo[];
}

/**
 * The error {@link PolicyDefinition.resolveOrThrow} throws (and the functions built on it): the
 * policy's problems as data in `issues`.
 *
 * @example
 * ```ts
 * try {
 *   checkInSlots(plan, { asOf, policy: { graceDays: -1 } });
 * } catch (error) {
 *   if (error instanceof PolicyError) error.issues[0].path; // => ["policy", "graceDays"]
 * }
 * ```
 */
export class PolicyError extends Error {
  override readonly name = 'PolicyError';
  readonly issues: readonly PolicyIssue[];

  constructor(issues: readonly PolicyIssue[]) {
    super(M.error(issues.length, issues[0]?.message ?? ''));
    this.issues = issues;
  }
}

type Shape = Readonly<Record<string, z.ZodMiniType>>;
type Path = readonly (string | number)[];
/** A definition's `resolve` with the path its issues start with (a nested policy's: `['policy', 'lint']`). */
type ResolveAt = (overrides: unknown, base: unknown, path: Path) => PolicyResolution<unknown>;
type NestedDefinitions = { readonly [name: string]: { readonly resolve: unknown } | undefined };

function isPlainObject(value: unknown): value is Readonly<Record<string, unknown>> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

function isObjectSchema(schema: z.ZodMiniType): schema is z.ZodMiniObject {
  return schema._zod.def.type === 'object';
}

/** What a valid value of a field is, from its documentation (records without their own: "an object"). */
function expectedOf(schema: z.ZodMiniType): PolicyExpectation {
  return FIELD_META.get(schema)?.expected ?? { type: 'object' };
}

/**
 * Freeze a value and everything in it (resolved policies are small). Kept here rather than
 * imported from src/frozen: the shared walk (prototype checks, the -0 settle) costs the
 * evaluatePlan-only bundle 118 bytes gzipped more than these five lines.
 */
function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
    for (const inner of Object.values(value)) deepFreeze(inner);
    Object.freeze(value);
  }
  return value;
}

/** The closest known name to an unknown one, when it looks like a slip (case, or at most two edits). */
function suggestion(name: string, known: readonly string[]): string | undefined {
  const lower = name.toLowerCase();
  let best: string | undefined;
  let bestDistance = 3;
  for (const candidate of known) {
    if (candidate.toLowerCase() === lower) return candidate;
    if (Math.abs(candidate.length - name.length) >= bestDistance) continue;
    const distance = editDistance(lower, candidate.toLowerCase());
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  return best;
}

function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i += 1) {
    const current = [i];
    for (let j = 1; j <= b.length; j += 1) {
      current[j] = Math.min((previous[j] as number) + 1, (current[j - 1] as number) + 1, (previous[j - 1] as number) + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    previous = current;
  }
  return previous[b.length] as number;
}

/** The field's name as issues write it: the path after `policy`, joined by dots. */
function fieldName(path: Path): string {
  return path.slice(1).join('.');
}

/**
 * Merge `given` (a plain object) over `base` field by field of `shape`, logging every problem.
 * Returns `base` itself when no field was taken.
 */
function merge(
  shape: Shape,
  base: Readonly<Record<string, unknown>>,
  given: Readonly<Record<string, unknown>>,
  path: Path,
  issues: PolicyIssue[],
  nested: NestedDefinitions = {},
): Readonly<Record<string, unknown>> {
  const report = (at: Path, facts: PolicyIssueFacts): void => {
    issues.push(policyIssue(at, facts));
  };
  let out: Record<string, unknown> | undefined;
  const names = Object.keys(shape);
  for (const name of names) {
    const at = [...path, name];
    const schema = shape[name] as z.ZodMiniType;
    try {
      if (!Object.hasOwn(given, name)) continue;
      const value = given[name];
      if (value === undefined) continue;
      let taken: unknown;
      if (isObjectSchema(schema)) {
        if (!isPlainObject(value)) {
          report(at, { kind: 'invalid', field: fieldName(at), expected: expectedOf(schema), received: shownValue(value) });
          continue;
        }
        // A policy nested whole (the lifecycle's timeline and lint) is resolved by its own
        // definition: its rules between fields hold too, and the result is one it knows.
        const definition = nested[name];
        let inner: unknown;
        if (definition) {
          const resolved = (definition.resolve as ResolveAt)(value, base[name], at);
          issues.push(...resolved.issues);
          inner = resolved.policy;
        } else inner = merge(schema.shape as Shape, base[name] as Readonly<Record<string, unknown>>, value, at, issues);
        if (inner === base[name]) continue;
        taken = inner;
      } else {
        const parsed = schema.safeParse(value);
        if (!parsed.success) {
          report(at, { kind: 'invalid', field: fieldName(at), expected: expectedOf(schema), received: shownValue(value) });
          continue;
        }
        taken = parsed.data;
      }
      out ??= { ...base };
      out[name] = taken;
    } catch {
      // A getter or proxy that throws: the field cannot be read, its default stands.
      report(at, { kind: 'unreadable', field: fieldName(at) });
    }
  }
  let extra: string[];
  try {
    extra = Object.keys(given).filter((key) => !Object.hasOwn(shape, key));
  } catch {
    extra = [];
  }
  for (const key of extra) {
    const suggested = suggestion(key, names);
    report([...path, key], { kind: 'unknown', field: fieldName([...path, key]), ...(suggested === undefined ? {} : { suggestion: suggested }) });
  }
  return out === undefined ? base : deepFreeze(out);
}

/** Was `field` given (and accepted: no issue at its path)? */
function givenAndValid(overrides: Readonly<Record<string, unknown>>, field: string, at: Path, issues: readonly PolicyIssue[]): boolean {
  try {
    if (!Object.hasOwn(overrides, field) || overrides[field] === undefined) return false;
  } catch {
    return false;
  }
  return !issues.some((issue) => issue.path.length === at.length && issue.path.every((part, i) => part === at[i]));
}

/** Keep an alias and its field equal: the alias given alone sets the field; a contradiction is refused. */
function applyAlias<T>(alias: PolicyAlias<T>, policy: T, overrides: Readonly<Record<string, unknown>>, path: Path, issues: PolicyIssue[]): T {
  const values = policy as Readonly<Record<string, unknown>>;
  const aliasAt = [...path, alias.field];
  let value = values[alias.of];
  if (givenAndValid(overrides, alias.field, aliasAt, issues)) {
    const wanted = values[alias.field];
    const requires = alias.requires;
    let expected: PolicyExpectation | undefined;
    if (givenAndValid(overrides, alias.of, [...path, alias.of], issues) && values[alias.of] !== wanted) {
      expected = { type: 'same_as', field: alias.of, value: shownValue(values[alias.of]) };
    } else if (requires !== undefined && values[requires.field] !== requires.value) {
      expected = { type: 'left_out', field: requires.field, value: shownValue(values[requires.field]), aliasOf: alias.of, required: shownValue(requires.value) };
    }
    if (expected === undefined) value = wanted;
    else issues.push(policyIssue(aliasAt, { kind: 'invalid', field: fieldName(aliasAt), expected, received: shownValue(wanted) }));
  }
  if (values[alias.of] === value && values[alias.field] === value) return policy;
  return Object.freeze({ ...values, [alias.of]: value, [alias.field]: value }) as T;
}

/**
 * Define a policy: its schema (a zod object whose fields were made with {@link policyField};
 * nested objects merge key by key) and its defaults, with optional rules between fields. Every
 * policy of the library is one of these; their documentation is generated from
 * `fields(descriptions)`.
 *
 * @example
 * ```ts
 * const DEMO_POLICY = definePolicy(z.object({ minShare: policyField(z.number().check(z.gte(0), z.lte(1)), { type: 'share' }) }), { minShare: 0.5 });
 * DEMO_POLICY.resolve({ minShare: 2 }).issues[0].message;
 * // => "Policy field minShare must be a share between 0 and 1, not 2; the default was used."
 * DEMO_POLICY.resolve({ minShare: 0.8 }).policy.minShare; // => 0.8
 * ```
 */
export function definePolicy<S extends z.ZodMiniObject>(
  schema: S,
  defaults: PolicyOf<S>,
  options: {
    readonly relations?: readonly PolicyRelation<PolicyOf<S>>[];
    /** Fields that are other names for fields, kept equal (see {@link PolicyAlias}). */
    readonly aliases?: readonly PolicyAlias<PolicyOf<S>>[];
    /**
     * Fields that hold a whole policy of their own (the lifecycle's `timeline`): resolved by that
     * policy's definition, so its rules between fields hold and its issues carry the nested path.
     */
    readonly nested?: { readonly [K in keyof PolicyOf<S>]?: PolicyDefinition<PolicyOf<S>[K]> };
  } = {},
): PolicyDefinition<PolicyOf<S>> {
  type T = PolicyOf<S>;
  const frozenDefaults = deepFreeze(defaults);
  const shape = schema.shape as Shape;
  const relations = options.relations ?? [];
  const aliases = options.aliases ?? [];

  // Policies this definition made (and its defaults): given again as overrides, they are taken as
  // they are, without checking every field anew (the timeline's views pass theirs on).
  const made = new WeakSet<object>([frozenDefaults as object]);

  // `path`: where the policy sits (a nested one, resolved by its nesting policy, further down).
  function resolve(overrides: unknown, base: T = frozenDefaults, path: Path = ['policy']): PolicyResolution<T> {
    const issues: PolicyIssue[] = [];
    if (overrides === undefined || overrides === base) return { policy: base, issues };
    if (typeof overrides === 'object' && overrides !== null && made.has(overrides)) return { policy: overrides as T, issues };
    // (a nested policy that is not an object is reported by the nesting one's merge)
    if (!isPlainObject(overrides)) {
      issues.push(policyIssue(path, { kind: 'not_an_object', received: shownValue(overrides) }));
      return { policy: base, issues };
    }
    let policy = merge(shape, base as Readonly<Record<string, unknown>>, overrides, path, issues, options.nested as NestedDefinitions | undefined) as T;
    for (const alias of aliases) policy = applyAlias(alias, policy, overrides as Readonly<Record<string, unknown>>, path, issues);
    for (const relation of relations) {
      if (relation.holds(policy)) continue;
      const at = [...path, relation.field];
      issues.push(
        policyIssue(at, { kind: 'invalid', field: fieldName(at), expected: expectation(relation.expected), received: shownValue((policy as Readonly<Record<string, unknown>>)[relation.field]) }),
      );
      policy = Object.freeze({ ...policy, [relation.field]: relation.repair(policy) }) as T;
    }
    made.add(policy as object);
    return { policy, issues };
  }

  return Object.freeze({
    defaults: frozenDefaults,
    schema,
    resolve,
    resolveOrThrow(overrides: unknown, base?: T): T {
      const { policy, issues } = resolve(overrides, base);
      if (issues.length > 0) throw new PolicyError(issues);
      return policy;
    },
    fields(descriptions?: PolicyDescriptions<T>): readonly PolicyFieldInfo[] {
      return Object.keys(shape).map((name) => {
        const fieldSchema = shape[name] as z.ZodMiniType;
        return {
          name,
          default: (frozenDefaults as Readonly<Record<string, unknown>>)[name],
          description: (descriptions as Readonly<Record<string, string>> | undefined)?.[name] ?? '',
          expected: expectationWords(expectedOf(fieldSchema)),
          expects: expectedOf(fieldSchema),
          schema: fieldSchema,
        };
      });
    },
  });
}
