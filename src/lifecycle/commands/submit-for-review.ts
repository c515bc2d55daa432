/**
 * `submit_for_review`: the draft goes to HR, once `lintPlan` reports no error.
 *
 * @internal
 * @module
 */
import { lintPlan, type LintFinding } from '../../lint/index.js';
import { TextSchema } from '../../schema/primitives.js';
import { command, H, M, type CommandModule } from '../command.js';
import { withMessage } from '../messages.js';
import { recipients, refuse } from '../outcome.js';

/**
 * The plan's lint findings under a policy, worked out once for the guard and the handler of one
 * command (both see the same frozen plan and resolved policy): a plan is linted once per submission.
 */
const linted = new WeakMap<object, { readonly policy: unknown; readonly findings: readonly LintFinding[] }>();
function findingsOf(plan: object, policy: Parameters<typeof lintPlan>[1]): readonly LintFinding[] {
  const known = linted.get(plan);
  if (known !== undefined && known.policy === policy) return known.findings;
  const findings = lintPlan(plan as Parameters<typeof lintPlan>[0], policy);
  linted.set(plan, { policy, findings });
  return findings;
}

/** The `submit_for_review` command's shape. */
export const SubmitForReviewSchema = command('submit_for_review', { note: TextSchema.optional() });

/** The `submit_for_review` command: its schema, edges (with their guards) and handler. */
export const submitForReview: CommandModule<'submit_for_review'> = {
  schema: SubmitForReviewSchema,
  edges: [
    {
      from: 'draft',
      to: 'in_review',
      roles: [M, H],
      guards: [
        {
          name: 'no_lint_errors',
          label: 'lintPlan reports no finding of severity error.',
          check: (plan, _command, ctx) => {
            const errors = findingsOf(plan, ctx.policy.lint).filter((finding) => finding.severity === 'error');
            return errors.length > 0 ? refuse('lint_errors', { count: errors.length }, { findings: errors }) : undefined;
          },
        },
      ],
    },
  ],
  handle: (plan, _command, ctx) => ({
    recipe: () => undefined,
    produced: [{ type: 'submitted_for_review', warnings: findingsOf(plan, ctx.policy.lint).length }],
    effects: [withMessage({ kind: 'notice', type: 'review_requested', to: recipients(plan, ['hr']) })],
  }),
};
