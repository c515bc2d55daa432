/**
 * `begin_evaluation`: the plan is evaluated, once its end date is reached or, early, every goal is
 * already met (the caller's predicate, else the check-ins' progress notes).
 *
 * @internal
 * @module
 */
import { command, H, M, type CommandModule } from '../command.js';
import { endDateAt, goalsMetByCheckIns } from '../guards.js';
import { refuse } from '../outcome.js';

/** The `begin_evaluation` command's shape. */
export const BeginEvaluationSchema = command('begin_evaluation', {});

/** The `begin_evaluation` command: its schema, edges (with their guards) and handler. */
export const beginEvaluation: CommandModule<'begin_evaluation'> = {
  schema: BeginEvaluationSchema,
  edges: [
    {
      from: 'active',
      to: 'in_evaluation',
      roles: [M, H],
      guards: [
        {
          name: 'end_date_reached_or_goals_met',
          label: 'asOf is on or after the end date, or every goal is already met.',
          check: (plan, _command, ctx) => {
            const end = endDateAt(plan, ctx.asOf);
            if (ctx.asOf >= end || (ctx.goalsMet ? ctx.goalsMet(plan, ctx.asOf) : goalsMetByCheckIns(plan, ctx.asOf))) return undefined;
            return refuse('before_end_date', { date: end }, { date: end });
          },
        },
      ],
    },
  ],
  handle: (plan, _command, ctx) => {
    const reached = ctx.asOf >= endDateAt(plan, ctx.asOf);
    return {
      recipe: () => undefined,
      produced: [{ type: 'evaluation_started', early: !reached, basis: reached ? 'end_date_reached' : 'goals_met' }],
      effects: [],
    };
  },
};
