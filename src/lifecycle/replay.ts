import { applyPatches, freeze, produce, type Patch } from 'immer';
import type { Plan, PlanEvent } from '../schema/types.js';
import { ensurePatches } from './patches.js';

/** Why a log could not be replayed. */
export type ReplayFailureCode = 'sequence_gap' | 'patch_failed';

/** The result of {@link replay}. */
export type ReplayResult =
  | { readonly ok: true; readonly plan: Plan }
  | { readonly ok: false; readonly code: ReplayFailureCode; readonly seq: number; readonly message: string };

/**
 * Rebuild a plan from an earlier version of it and the log entries recorded since: each entry's
 * immer patches are applied, then the entry itself is appended to `events`, exactly as
 * `transition` did. `replay(initial, current.events.slice(initial.events.length))` equals `current`.
 * A log that does not continue the plan's own (a `seq` out of order) or whose patches do not apply
 * is reported, not thrown.
 *
 * @example
 * ```ts
 * const rebuilt = replay(submitted, active.events.slice(submitted.events.length));
 * rebuilt.ok && rebuilt.plan.status; // => "active"
 * ```
 */
export function replay(initial: Plan, events: readonly PlanEvent[]): ReplayResult {
  ensurePatches();
  // Copy a plan that is not frozen: immer would freeze the caller's objects along with the result.
  let plan = Object.isFrozen(initial) ? initial : freeze(JSON.parse(JSON.stringify(initial)) as Plan, true);
  for (const event of events) {
    if (event.seq !== plan.events.length) {
      return freeze(
        { ok: false, code: 'sequence_gap', seq: event.seq, message: `Log entry ${event.seq} does not follow the plan's ${plan.events.length} entries.` },
        true,
      );
    }
    try {
      plan = applyPatches(plan, event.patches as readonly Patch[]);
    } catch (error) {
      const detail = error instanceof Error ? error.message : String(error);
      return freeze({ ok: false, code: 'patch_failed', seq: event.seq, message: `Log entry ${event.seq} does not apply: ${detail}` }, true);
    }
    plan = produce(plan, (draft) => {
      draft.events.push(event);
    });
  }
  return freeze({ ok: true, plan }, true);
}
