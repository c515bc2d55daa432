/**
 * `activate`: the plan starts (or, after an amendment, runs on), once HR approved it, both signed
 * the current revision and `asOf` is between the start and the end date.
 *
 * @internal
 * @module
 */
import { command, H, M, S, type CommandModule } from '../command.js';
import { activePhase, endDateAt, hrApproved, missingAcknowledgements } from '../guards.js';
import { refuse } from '../outcome.js';

/** The `activate` command's shape. */
export const ActivateSchema = command('activate', {});

/** The `activate` command: its schema, edges (with their guards) and handler. */
export const activate: CommandModule<'activate'> = {
  schema: ActivateSchema,
  edges: [
    {
      from: 'awaiting_acknowledgement',
      to: 'active',
      roles: [M, H, S],
      guards: [
        {
          name: 'hr_approved',
          label: "HR's latest review approved the plan, and was given by someone who may review it.",
          check: (plan, _command, ctx) => (hrApproved(plan, ctx.policy) ? undefined : refuse('not_approved')),
        },
        {
          name: 'acknowledged_by_both',
          label: "The plan's own manager and employee (by their ids) acknowledged the current revision.",
          check: (plan) => {
            const missing = missingAcknowledgements(plan);
            return missing.length > 0 ? refuse('not_acknowledged', { missing }) : undefined;
          },
        },
        {
          name: 'start_date_reached',
          label: 'asOf is on or after the start date.',
          check: (plan, _command, ctx) => (ctx.asOf < plan.startDate ? refuse('before_start_date', { date: plan.startDate }, { date: plan.startDate }) : undefined),
        },
        {
          name: 'end_date_not_passed',
          label: 'asOf is on or before the end date.',
          check: (plan, _command, ctx) => {
            const end = endDateAt(plan, ctx.asOf);
            return ctx.asOf > end ? refuse('after_end_date', { date: end }, { date: end }) : undefined;
          },
        },
      ],
    },
  ],
  handle: (_plan, _command, ctx) => ({
    recipe: () => undefined,
    produced: [],
    after: (next) => [{ type: 'plan_activated', phase: next.phase ?? activePhase(next, ctx.asOf, ctx.policy.timeline), endDate: endDateAt(next, ctx.asOf) }],
    effects: [],
  }),
};
