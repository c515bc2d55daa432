import type * as z from 'zod';
import type { IssueOf } from '../issues/issue.js';
import { deepFreeze } from '../frozen/deep-freeze.js';
import { PLAN_ISSUE_CODES, type PlanIssueCode } from './codes.js';
import { LIMITS } from './limits.js';
import { clip, formatPath, issueMessage, quote, type PlanIssueFactsByCode, type PlanIssueFactsInput } from './messages.js';
import { keyProblem } from './json-value.js';

/**
 * One problem found in an input: what (`code`), where (`path`), the facts of the case (`facts`)
 * and a sentence for people (`message`, written from the facts by the English catalog,
 * `PLAN_ISSUE_MESSAGES`). A union over the codes: checking `code` narrows `facts` to that code's
 * (`PlanIssueFactsByCode`).
 *
 * @example
 * ```ts
 * import { parsePlan } from 'improvement-plan';
 * const result = parsePlan(input);
 * if (!result.ok) for (const issue of result.issues) if (issue.code === 'too_big') console.log(issue.facts.limit);
 * ```
 */
export type PlanIssue = IssueOf<PlanIssueFactsByCode>;

const KNOWN_CODES: ReadonlySet<string> = new Set(PLAN_ISSUE_CODES);

/**
 * A value's type as a code a catalog words (`null`, `array`, `number`, `object`, or its `typeof`);
 * a number that is not finite as written (`NaN`, `Infinity`).
 *
 * @internal
 */
export function typeCode(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  if (typeof value === 'number') return Number.isFinite(value) ? 'number' : String(value);
  return typeof value;
}

/** The unit of a size limit, by what zod measured. */
function sizeUnit(origin: unknown): { readonly unit?: 'characters' | 'items' } {
  if (origin === 'string') return { unit: 'characters' };
  if (origin === 'array' || origin === 'set') return { unit: 'items' };
  return {};
}

/** A size limit as a number when it is one (zod's may be a bigint or a date). */
const limitOf = (limit: unknown): number | string => (typeof limit === 'number' ? limit : String(limit));

function toPath(path: readonly PropertyKey[]): (string | number)[] {
  return path.map((key) => (typeof key === 'number' ? key : String(key)));
}

/**
 * Build one issue with its message, from its code's facts (the compiler checks them against the
 * code); `where` is written from the path.
 *
 * @internal
 */
export function makeIssue<C extends PlanIssueCode>(code: C, path: readonly PropertyKey[], facts: PlanIssueFactsInput<C>, root: string): Extract<PlanIssue, { code: C }> {
  const where = formatPath(path, root);
  const all = deepFreeze({ ...facts, where }) as unknown as PlanIssueFactsByCode[C];
  return { code, path: Object.freeze(toPath(path)), facts: all, message: issueMessage(code, all) } as Extract<PlanIssue, { code: C }>;
}

/**
 * How many of this library's issues a list of zod issues becomes (an unrecognized-keys issue is
 * one per key).
 *
 * @internal
 */
export function countZodIssues(issues: readonly z.core.$ZodIssue[]): number {
  let count = 0;
  for (const issue of issues) count += issue.code === 'unrecognized_keys' ? issue.keys.length : 1;
  return count;
}

/**
 * Translate zod's issues into this library's issues (stable codes, readable messages), at most
 * `max` of them. `root` names the document in messages ("plan", "observations").
 *
 * @internal
 */
export function fromZodIssues(issues: readonly z.core.$ZodIssue[], root: string, max = Number.POSITIVE_INFINITY): PlanIssue[] {
  const out: PlanIssue[] = [];
  for (const issue of issues) {
    if (out.length >= max) break;
    const raw = issue as z.core.$ZodIssue & { input?: unknown; origin?: unknown; params?: Record<string, unknown> };
    switch (issue.code) {
      case 'custom': {
        const code = raw.params?.['code'];
        // the facts pushIssue gave with its code (typed there)
        const facts = (raw.params?.['facts'] ?? {}) as PlanIssueFactsInput<PlanIssueCode>;
        out.push(
          typeof code === 'string' && KNOWN_CODES.has(code)
            ? makeIssue(code as PlanIssueCode, issue.path, facts, root)
            : makeIssue('invalid_value', issue.path, { text: clip(issue.message, 2 * LIMITS.quoteLength) }, root),
        );
        break;
      }
      case 'invalid_type': {
        const expected = issue.expected;
        if (raw.input === undefined) out.push(makeIssue('required', issue.path, { expected }, root));
        else if (issue.expected === 'int' && typeof raw.input === 'number' && Number.isFinite(raw.input)) {
          out.push(makeIssue('not_integer', issue.path, { received: String(raw.input) }, root));
        } else out.push(makeIssue('invalid_type', issue.path, { expected, received: typeCode(raw.input) }, root));
        break;
      }
      case 'unrecognized_keys':
        for (const key of issue.keys) {
          if (out.length >= max) break;
          // `__proto__` is forbidden_key and an over-long key key_too_long, as inside metadata
          const problem = keyProblem(key);
          out.push(problem ? makeIssue(problem.code, [...issue.path, ...problem.path], problem.facts, root) : makeIssue('unknown_field', [...issue.path, key], {}, root));
        }
        break;
      case 'invalid_value':
        if (raw.input === undefined) {
          out.push(makeIssue('required', issue.path, { expected: issue.values.map((value) => JSON.stringify(value)).join(', ') }, root));
          break;
        }
        out.push(
          makeIssue(
            'invalid_value',
            issue.path,
            {
              expected: issue.values.map((value) => JSON.stringify(value)).join(', '),
              ...(typeof raw.input === 'string' ? { received: quote(raw.input) } : {}),
            },
            root,
          ),
        );
        break;
      case 'too_big':
        out.push(makeIssue('too_big', issue.path, { limit: limitOf(issue.maximum), ...sizeUnit(raw.origin) }, root));
        break;
      case 'too_small':
        out.push(makeIssue('too_small', issue.path, { limit: limitOf(issue.minimum), ...sizeUnit(raw.origin) }, root));
        break;
      case 'invalid_format':
        out.push(makeIssue('invalid_format', issue.path, { expected: 'pattern' in issue ? String(issue.pattern) : issue.format }, root));
        break;
      case 'invalid_union':
        out.push(makeIssue('invalid_type', issue.path, { expected: 'union', received: typeCode(raw.input) }, root));
        break;
      default:
        out.push(makeIssue('invalid_value', issue.path, {}, root));
    }
  }
  return out;
}
