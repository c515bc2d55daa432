/**
 * `close`: the evaluated plan closes with its outcome (successful, not_met, or
 * extended_then_closed after an extension), on the basis of an evaluation (issue 19, item 4), and
 * not_met only when the company kept its side (the one not-met rule, shared with the recommender's
 * fairness guard).
 *
 * @internal
 * @module
 */
import { followsRecommendation } from '../../schema/follows-recommendation.js';
import { CloseBasisSchema, ClosingOutcomeSchema } from '../../schema/entities.js';
import { TextSchema } from '../../schema/primitives.js';
import { command, H, M, type CommandModule } from '../command.js';
import { blank, endDateAt, goalsMetByCheckIns } from '../guards.js';
import { notMetCheck } from '../not-met.js';
import { refuse } from '../outcome.js';

// `basis` is required of every new close (refused `evaluation_missing` without it); optional in
// the shape so the log entries of closes recorded before it was required still read and replay.
/** The `close` command's shape. */
export const CloseSchema = command('close', { outcome: ClosingOutcomeSchema, reason: TextSchema.optional(), basis: CloseBasisSchema.optional() });

/** The `close` command: its schema, edges (with their guards) and handler. */
export const close: CommandModule<'close'> = {
  schema: CloseSchema,
  edges: [
    {
      from: 'in_evaluation',
      to: 'closed',
      roles: [M, H],
      guards: [
        {
          name: 'outcome_allowed',
          label: 'The outcome is successful, not_met, or extended_then_closed after an extension (withdrawn is the withdraw command).',
          check: (plan, command) => {
            if (command.outcome === 'withdrawn') return refuse('outcome_not_allowed', { outcome: 'withdrawn' });
            if (command.outcome === 'extended_then_closed' && plan.extensions.length === 0) {
              return refuse('outcome_not_allowed', { outcome: 'extended_then_closed' });
            }
            return undefined;
          },
        },
        {
          name: 'basis_current',
          label:
            'The basis is an evaluation dated by the close, after the last extension, from the end date (or when every goal was met); another outcome than it recommends needs a reason.',
          // A stored entry recorded before the basis was required replays without one.
          check: (plan, command, ctx) => {
            const { basis } = command;
            if (basis === undefined) return ctx.replaying ? undefined : refuse('evaluation_missing');
            const basisDate = basis.asOf;
            if (basisDate > ctx.asOf) {
              return refuse('evaluation_out_of_date', { basisDate, date: ctx.asOf, why: 'after_close' }, { date: ctx.asOf });
            }
            const extension = plan.extensions.at(-1);
            if (extension !== undefined && basisDate < extension.grantedOn) {
              return refuse(
                'evaluation_out_of_date',
                { basisDate, date: extension.grantedOn, why: 'before_extension' },
                { date: extension.grantedOn },
              );
            }
            const end = endDateAt(plan, ctx.asOf);
            // Earlier than the end only when the evaluation could begin early: every goal met on that date, as begin_evaluation judges it.
            if (basisDate < end && !(ctx.goalsMet ? ctx.goalsMet(plan, basisDate) : goalsMetByCheckIns(plan, basisDate))) {
              return refuse(
                'evaluation_out_of_date',
                { basisDate, date: end, why: 'before_end' },
                { date: end },
              );
            }
            if (!followsRecommendation(command.outcome, basis.recommendation) && blank(command.reason)) {
              return refuse('reason_required_against_recommendation', { basisDate, recommendation: basis.recommendation, outcome: command.outcome });
            }
            return undefined;
          },
        },
        {
          name: 'support_delivered_if_not_met',
          label:
            'not_met only when no promised support session is missed or overdue and the check-ins due were held (policy); a delivery counts only for the session it was due for.',
          check: (plan, command, ctx) => {
            if (command.outcome !== 'not_met' || !ctx.policy.requireDeliveredSupportForNotMet) return undefined;
            const check = notMetCheck(plan, ctx.asOf, ctx.policy);
            if (check.support) {
              const { due, delivered } = check.tally.support;
              return refuse('support_not_delivered', { count: check.undelivered.length, held: delivered, due }, { sessions: check.undelivered });
            }
            if (check.checkIns) {
              const { due, held } = check.tally.checkIns;
              return refuse('check_ins_not_held', { held, due }, { checkIns: { held, due } });
            }
            return undefined;
          },
        },
      ],
    },
  ],
  handle: (_plan, command, ctx) => ({
    recipe: (draft) => {
      draft.closure = {
        outcome: command.outcome,
        date: ctx.asOf,
        by: ctx.actor.id,
        ...(command.reason === undefined ? {} : { reason: command.reason }),
        ...(command.basis === undefined ? {} : { basis: { ...command.basis, reasonCodes: [...command.basis.reasonCodes] } }),
      };
    },
    produced: [{ type: 'plan_closed', outcome: command.outcome }],
    effects: [],
  }),
};
