/**
 * A nested issue named without words, for catalogs of other languages (a module of its own, so a
 * locale does not bundle the English catalogs).
 *
 * @module
 */
import { formatPath } from '../schema/messages.js';
import type { NestedIssueFacts } from './messages.js';

/**
 * A nested issue (of a command, a changed plan or a policy) named by its code and where it is,
 * in no language: `too_small at command.days`'s data without the English words. Catalogs of other
 * languages show it inside their own sentence.
 *
 * @example
 * ```ts
 * import { nestedIssueRef } from 'improvement-plan';
 * nestedIssueRef({ code: 'too_small', path: ['days'], facts: {} }, 'command'); // => "too_small (days)"
 * nestedIssueRef(undefined); // => "?"
 * ```
 */
export function nestedIssueRef(issue: NestedIssueFacts<string, unknown> | undefined, root = 'plan'): string {
  return issue === undefined ? '?' : `${issue.code} (${formatPath(issue.path, root)})`;
}
