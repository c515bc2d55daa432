/**
 * `acknowledge`: the plan's own manager or employee signs the current revision (acknowledgement,
 * not agreement); only the employee adds a comment.
 *
 * @internal
 * @module
 */
import { TextSchema } from '../../schema/primitives.js';
import type { Plan } from '../../schema/types.js';
import { command, E, M, type CommandModule } from '../command.js';
import { missingAcknowledgements } from '../guards.js';
import { refuse, type ResolvedContext } from '../outcome.js';
import { personRefusal } from '../people.js';
import type { LifecycleEvent } from '../types.js';

/** The `acknowledge` command's shape. */
export const AcknowledgeSchema = command('acknowledge', { comment: TextSchema.optional() });

/** The role the actor signs for (the edge's roles: the manager or the employee). */
const roleOf = (ctx: ResolvedContext): 'manager' | 'employee' => (ctx.actor.role === 'employee' ? 'employee' : 'manager');
const personOf = (plan: Plan, role: 'manager' | 'employee') => (role === 'employee' ? plan.employee : plan.manager);

/** The `acknowledge` command: its schema, edges (with their guards) and handler. */
export const acknowledge: CommandModule<'acknowledge'> = {
  schema: AcknowledgeSchema,
  edges: [
    {
      from: 'awaiting_acknowledgement',
      to: 'same',
      roles: [M, E],
      guards: [
        {
          name: 'signer_is_party',
          label: "The signer is the plan's own manager or employee, in that role.",
          // the plan's own manager or employee in their own role: the check every command's actor passes (people.ts)
          check: (plan, _command, ctx) => personRefusal(plan, ctx.actor),
        },
        {
          name: 'not_yet_acknowledged',
          label: 'The signer has not yet acknowledged the current revision.',
          check: (plan, _command, ctx) => {
            const role = roleOf(ctx);
            return missingAcknowledgements(plan).includes(role) ? undefined : refuse('already_acknowledged', { role, count: plan.revision });
          },
        },
        {
          name: 'comment_by_employee_only',
          label: 'Only the employee adds a comment.',
          check: (_plan, command, ctx) => (command.comment !== undefined && roleOf(ctx) !== 'employee' ? refuse('comment_not_allowed') : undefined),
        },
      ],
    },
  ],
  handle: (plan, command, ctx) => {
    const role = roleOf(ctx);
    const produced: LifecycleEvent[] = [
      { type: 'plan_acknowledged', role, signerId: ctx.actor.id, revision: plan.revision, withComment: command.comment !== undefined },
    ];
    if (missingAcknowledgements(plan).length === 1) produced.push({ type: 'acknowledgements_complete', revision: plan.revision });
    return {
      recipe: (draft) => {
        const signature = { role, signerId: ctx.actor.id, name: personOf(plan, role).name, date: ctx.asOf, revision: plan.revision };
        draft.signatures.push(command.comment === undefined ? signature : { ...signature, comment: command.comment });
      },
      produced,
      effects: [],
    };
  },
};
