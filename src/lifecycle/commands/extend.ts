/**
 * `extend`: more days for a running plan (or one being evaluated, which runs again), with a
 * reason, within the policy's caps on extensions.
 *
 * @internal
 * @module
 */
import { DaysSchema, TextSchema } from '../../schema/primitives.js';
import type { Plan } from '../../schema/types.js';
import { proposeExtension } from '../../timeline/index.js';
import { command, H, M, type CommandModule } from '../command.js';
import type { PlanCommandOf } from '../commands.js';
import { reasonGiven } from '../guards.js';
import { refuse, type ResolvedContext } from '../outcome.js';

/** The `extend` command's shape. */
export const ExtendSchema = command('extend', { days: DaysSchema, reason: TextSchema });

const proposal = (plan: Plan, command: PlanCommandOf<'extend'>, ctx: ResolvedContext) => proposeExtension(plan, command.days, { asOf: ctx.asOf, policy: ctx.policy.timeline });

/** The `extend` command: its schema, edges (with their guards) and handler. */
export const extend: CommandModule<'extend'> = {
  schema: ExtendSchema,
  // An end date past 9999-12-31 (a plan at the end of the calendar) is not storable: refused as invalid_change (every change is checked).
  edges: [
    {
      from: ['active', 'in_evaluation'],
      to: 'active',
      roles: [M, H],
      guards: [
        reasonGiven,
        {
          name: 'within_extension_caps',
          label: "The policy's caps on extensions (count and total days) allow it.",
          check: (plan, command, ctx) => {
            const proposed = proposal(plan, command, ctx);
            if (proposed.ok) return undefined;
            // the timeline's refusal, as data its catalog words again
            if (proposed.code === 'policy_invalid') {
              const first = proposed.issues[0]!;
              return refuse('policy_invalid', { first: { code: first.code, path: first.path, facts: first.facts } });
            }
            const { path } = proposed;
            return proposed.code === 'extension_count_exceeded'
              ? refuse('extension_count_exceeded', { refusal: { code: proposed.code, path, facts: proposed.facts } })
              : refuse('extension_days_exceeded', { refusal: { code: proposed.code, path, facts: proposed.facts } });
          },
        },
      ],
    },
  ],
  handle: (plan, command, ctx) => {
    const proposed = proposal(plan, command, ctx);
    // the guard held: the proposal is granted
    const { previousEndDate, newEndDate } = proposed as Extract<typeof proposed, { ok: true }>;
    return {
      recipe: (draft) => {
        draft.extensions.push({ grantedOn: ctx.asOf, by: ctx.actor.id, days: command.days, previousEndDate, newEndDate, reason: command.reason });
      },
      produced: [{ type: 'plan_extended', days: command.days, previousEndDate, newEndDate }],
      effects: [],
    };
  },
};
