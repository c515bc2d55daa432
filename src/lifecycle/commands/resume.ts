/**
 * `resume`: a paused plan runs again; the open pause ends the day before, and the end date moves
 * on by the paused days.
 *
 * @internal
 * @module
 */
import type { Draft } from 'immer';
import { shiftDate, toDayNumber, type CalendarDate } from '../../dates/calendar.js';
import { TextSchema } from '../../schema/primitives.js';
import type { Plan } from '../../schema/types.js';
import { command, H, M, type CommandModule } from '../command.js';
import { endDateAt } from '../guards.js';

/** The `resume` command's shape. */
export const ResumeSchema = command('resume', { note: TextSchema.optional() });

/**
 * Close an open pause on `asOf`: the last paused day is the day before; a pause resumed the day it
 * began is removed. The pause is looked for in the plan, not the draft (a draft's items become
 * drafts as they are read). Shared with `withdraw`.
 */
export function closeOpenPause(draft: Draft<Plan>, plan: Plan, asOf: CalendarDate): void {
  const index = plan.pauses.findIndex((pause) => pause.end === undefined);
  if (index < 0) return;
  const pause = draft.pauses[index]!;
  if (asOf <= pause.start) draft.pauses.splice(index, 1);
  else pause.end = shiftDate(asOf, -1);
}

/** The `resume` command: its schema, edges (with their guards) and handler. */
export const resume: CommandModule<'resume'> = {
  schema: ResumeSchema,
  // A pause that takes the end past 9999-12-31 is not storable: refused as invalid_change (every change is checked).
  edges: [{ from: 'paused', to: 'active', roles: [M, H], guards: [] }],
  handle: (plan, _command, ctx) => {
    const open = plan.pauses.find((p) => p.end === undefined);
    const pausedDays = open ? Math.max(0, toDayNumber(ctx.asOf) - toDayNumber(open.start)) : 0;
    return {
      recipe: (draft) => closeOpenPause(draft, plan, ctx.asOf),
      produced: [],
      after: (next) => [{ type: 'plan_resumed', on: ctx.asOf, pausedDays, endDate: endDateAt(next, ctx.asOf) }],
      effects: [],
    };
  },
};
