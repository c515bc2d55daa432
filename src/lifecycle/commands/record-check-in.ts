/**
 * `record_check_in`: the manager records a check-in (held or missed), dated within the plan, one a
 * day. Accepted while the plan runs, and while an amendment to a running plan awaits the
 * re-signatures (the plan clock keeps running).
 *
 * @internal
 * @module
 */
import { CheckInSchema } from '../../schema/entities.js';
import { IdSchema } from '../../schema/primitives.js';
import { command, M, type CommandModule, type Guard } from '../command.js';
import type { PlanCommandOf } from '../commands.js';
import { hasRun, recordDated, uniqueId, validChange } from '../guards.js';
import { refuse } from '../outcome.js';

/** A check-in to record; the id is generated (`check-in-<n>`) when omitted. */
export const CheckInRecordSchema = CheckInSchema.extend({ id: IdSchema.optional() });

/** The `record_check_in` command's shape. */
export const RecordCheckInSchema = command('record_check_in', { checkIn: CheckInRecordSchema });

type RecordCheckIn = PlanCommandOf<'record_check_in'>;

const dated = recordDated((command: RecordCheckIn) => [[command.checkIn.date, ['checkIn', 'date']]], true);

const oneADay: Guard<RecordCheckIn> = {
  name: 'one_check_in_a_day',
  label: 'No check-in record (held or missed) is dated on the same day.',
  check: (_plan, command, ctx) => {
    const { date } = command.checkIn;
    return ctx.index.checkInOn(date) ? refuse('duplicate_check_in', { date }, { date, path: ['checkIn', 'date'] }) : undefined;
  },
};

/** The `record_check_in` command: its schema, edges (with their guards) and handler. */
export const recordCheckIn: CommandModule<'record_check_in'> = {
  schema: RecordCheckInSchema,
  edges: [
    { from: ['active', 'in_evaluation'], to: 'same', roles: [M], guards: [dated, oneADay, validChange] },
    { from: 'awaiting_acknowledgement', to: 'same', roles: [M], guards: [hasRun, dated, oneADay, validChange] },
  ],
  handle: (plan, command, ctx) => {
    const id = command.checkIn.id ?? uniqueId(`check-in-${plan.checkIns.length + 1}`, { has: (candidate) => ctx.index.checkInId(candidate) });
    const checkIn = { ...command.checkIn, id };
    return {
      recipe: (draft) => {
        draft.checkIns.push(checkIn);
      },
      produced: [{ type: 'check_in_recorded', checkInId: id, date: checkIn.date, status: checkIn.status }],
      effects: [],
    };
  },
};
