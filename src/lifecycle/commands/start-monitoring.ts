/**
 * `start_monitoring`: a plan closed in good standing is monitored for relapse (the goals' metrics,
 * or those given).
 *
 * @internal
 * @module
 */
import * as z from 'zod';
import { LIMITS } from '../../schema/limits.js';
import { IdSchema } from '../../schema/primitives.js';
import { command, H, M, type CommandModule } from '../command.js';
import { validChange } from '../guards.js';
import { refuse } from '../outcome.js';

/** The `start_monitoring` command's shape. */
export const StartMonitoringSchema = command('start_monitoring', { metricIds: z.array(IdSchema).min(1).max(LIMITS.metrics).optional() });

/** The `start_monitoring` command: its schema, edges (with their guards) and handler. */
export const startMonitoring: CommandModule<'start_monitoring'> = {
  schema: StartMonitoringSchema,
  edges: [
    {
      from: 'closed',
      to: 'monitoring',
      roles: [M, H],
      guards: [
        {
          name: 'closed_in_good_standing',
          label: 'The plan closed successful or extended_then_closed.',
          check: (plan) => {
            const outcome = plan.closure?.outcome;
            return outcome === 'successful' || outcome === 'extended_then_closed' ? undefined : refuse('not_in_good_standing');
          },
        },
        {
          name: 'not_yet_monitored',
          label: 'The plan has not been monitored before.',
          check: (plan) => (plan.monitoring ? refuse('already_monitored') : undefined),
        },
        validChange,
      ],
    },
  ],
  handle: (plan, command, ctx) => {
    const metricIds = command.metricIds ?? [...new Set(plan.goals.map((goal) => goal.metricId))];
    return {
      recipe: (draft) => {
        draft.monitoring = metricIds.length > 0 ? { start: ctx.asOf, metricIds: [...metricIds] } : { start: ctx.asOf };
      },
      produced: [{ type: 'monitoring_started', metricIds }],
      effects: [],
    };
  },
};
