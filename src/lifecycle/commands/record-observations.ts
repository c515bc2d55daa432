/**
 * `record_observations`: metric observations (the rep's figures), dated on or before `asOf`
 * (observations before the start are the baseline). Accepted while the plan runs or is
 * monitored, and while an amendment to a running plan awaits the re-signatures.
 *
 * @internal
 * @module
 */
import * as z from 'zod';
import { ObservationSchema } from '../../schema/entities.js';
import { command, H, M, S, type CommandModule } from '../command.js';
import type { PlanCommandOf } from '../commands.js';
import { hasRun, recordDated, validChange } from '../guards.js';

/** Most observations one `record_observations` command may carry (keeps one log entry storable). */
export const MAX_OBSERVATIONS_PER_COMMAND = 1_000;

/** The `record_observations` command's shape. */
export const RecordObservationsSchema = command('record_observations', { observations: z.array(ObservationSchema).min(1).max(MAX_OBSERVATIONS_PER_COMMAND) });

type RecordObservations = PlanCommandOf<'record_observations'>;

const dated = recordDated((command: RecordObservations) => command.observations.map((o, i) => [o.date, ['observations', i, 'date']] as const), false);
/** The new observations' issues point into the command. */
const valid = { ...validChange, validate: (command: RecordObservations) => ({ observations: command.observations }) };

/** The `record_observations` command: its schema, edges (with their guards) and handler. */
export const recordObservations: CommandModule<'record_observations'> = {
  schema: RecordObservationsSchema,
  edges: [
    { from: ['active', 'paused', 'in_evaluation', 'monitoring'], to: 'same', roles: [M, H, S], guards: [dated, valid] },
    { from: 'awaiting_acknowledgement', to: 'same', roles: [M, H, S], guards: [hasRun, dated, valid] },
  ],
  handle: (_plan, command) => ({
    recipe: (draft) => {
      draft.observations.push(...command.observations);
    },
    produced: [{ type: 'observations_recorded', count: command.observations.length, metricIds: [...new Set(command.observations.map((o) => o.metricId))] }],
    effects: [],
  }),
};
