/**
 * `submit_for_review`: the draft goes to HR, once `lintPlan` reports no error.
 *
 * @internal
 * @module
 */
import { lintPlan } from '../../lint/index.js';
import { TextSchema } from '../../schema/primitives.js';
import { command, H, M, type CommandModule } from '../command.js';
import { withMessage } from '../messages.js';
import { recipients, refuse } from '../outcome.js';

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
            const errors = lintPlan(plan, ctx.policy.lint).filter((finding) => finding.severity === 'error');
            return errors.length > 0 ? refuse('lint_errors', { count: errors.length }, { findings: errors }) : undefined;
          },
        },
      ],
    },
  ],
  handle: (plan, _command, ctx) => ({
    recipe: () => undefined,
    produced: [{ type: 'submitted_for_review', warnings: lintPlan(plan, ctx.policy.lint).length }],
    effects: [withMessage({ kind: 'notice', type: 'review_requested', to: recipients(plan, ['hr']) })],
  }),
};
