import { deepFreeze as freeze } from '../frozen/deep-freeze.js';
import type { PolicyIssue } from '../policy/codes.js';
import type { PlanIssue } from '../schema/issues.js';
import { parsePlan } from '../schema/parse.js';
import type { Plan, PlanEvent } from '../schema/types.js';
import { ensurePatches } from './patches.js';
import { LIFECYCLE_POLICY } from './policy.js';
import { growingRecordIndex } from './records.js';
import { applyDecision, decide } from './transition.js';
import type { LifecycleRejection, TransitionContext } from './types.js';

/**
 * Why a log could not be replayed:
 * - `replay_sequence`: an entry's `seq` is not its place in the plan's log (entries swapped,
 *   renumbered, dropped or inserted without renumbering);
 * - `replay_refused`: `transition` refuses the entry's command, with the entry's actor and date,
 *   at that point of the plan's life (see `rejection`): an approval from the wrong person, an
 *   acknowledgement before approval, a command reopening a closed plan ...;
 * - `replay_entry_mismatch`: the command is accepted, but the entry does not hold what it does (its
 *   patches, events, command or actor differ at `path`), or it is an `advance` that would not
 *   have been logged;
 * - `replay_invalid_plan`: the rebuilt plan does not pass `parsePlan` (see `issues`);
 * - `policy_invalid`: the policy given is not usable (see `policyIssues`): nothing is replayed
 *   under a policy other than the one the log was made under.
 */
export type ReplayFailureCode = 'replay_sequence' | 'replay_refused' | 'replay_entry_mismatch' | 'replay_invalid_plan' | 'policy_invalid';

/** The result of {@link replay}. */
export type ReplayResult =
  | { readonly ok: true; readonly plan: Plan }
  | {
      readonly ok: false;
      readonly code: ReplayFailureCode;
      /** The place in the plan's log of the first bad entry (for `replay_invalid_plan`, of the last entry, -1 without entries; for `policy_invalid`, -1). */
      readonly seq: number;
      /**
       * Where the fault is: `["events", seq]`, then the field of the entry (`["events", 12, "patches", 0, "value"]`);
       * for `replay_invalid_plan`, the first issue's path in the plan; for `policy_invalid`, the first bad field's (`["policy", "timeline", "graceDays"]`).
       */
      readonly path: readonly (string | number)[];
      readonly message: string;
      /** `replay_refused`: why `transition` refuses the entry. */
      readonly rejection?: LifecycleRejection;
      /** `replay_invalid_plan`: what `parsePlan` reports. */
      readonly issues?: readonly PlanIssue[];
      /** `policy_invalid`: every problem of the policy, each with the path of its field. */
      readonly policyIssues?: readonly PolicyIssue[];
    };

/** What the log was made under: the lifecycle policy and the caller's goals-met verdict (see `TransitionContext`). */
export type ReplayOptions = Pick<TransitionContext, 'policy' | 'goalsMet'>;

type Json = null | boolean | number | string | readonly Json[] | { readonly [key: string]: Json };

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** The first path at which two JSON values differ (object key order ignored), or undefined when equal. */
function firstDifference(expected: unknown, actual: unknown, path: (string | number)[] = []): (string | number)[] | undefined {
  if (Array.isArray(expected)) {
    if (!Array.isArray(actual)) return path;
    for (let i = 0; i < Math.max(expected.length, actual.length); i += 1) {
      if (i >= expected.length || i >= actual.length) return [...path, i];
      const inner = firstDifference(expected[i], actual[i], [...path, i]);
      if (inner) return inner;
    }
    return undefined;
  }
  if (isObject(expected)) {
    if (!isObject(actual)) return path;
    for (const key of Object.keys(expected)) {
      if (!Object.hasOwn(actual, key)) return [...path, key];
      const inner = firstDifference(expected[key], actual[key], [...path, key]);
      if (inner) return inner;
    }
    for (const key of Object.keys(actual)) if (!Object.hasOwn(expected, key)) return [...path, key];
    return undefined;
  }
  // Leaves: strings, numbers (-0 equals 0, as in JSON), booleans, null.
  return expected === actual ? undefined : path;
}

/**
 * Rebuild a plan from an earlier version of it and the log entries recorded since, re-deciding
 * every entry: its command runs through {@link transition}'s decision with the entry's actor and
 * date (`at`), under `options` (the policy and goals-met verdict the log was made under), and the
 * entry must hold exactly what that gives: its `seq` is its place in the log, and its command,
 * actor, patches and events are the ones the decision produces (compared as JSON). The rebuilt plan
 * is then checked like any parsed plan. So a log that was edited (entries swapped, renumbered,
 * duplicated or dropped, an actor or a date changed, a command that says one thing while its
 * patches do another, forged patches, an entry appended to a closed plan) is reported, with the
 * first bad entry's `seq` and the `path` of the fault; a genuine log rebuilds the plan exactly:
 * `replay(initial, current.events.slice(initial.events.length))` equals `current`.
 *
 * Linear in the length of the log: the plan is rebuilt in a working copy, each entry's change is
 * worked out and applied at the cost of the change itself, and the result is checked and frozen
 * once. Replay proves that the log is a history the rules allow and that each entry's patches are
 * what its command did; it cannot prove who sent a command that any of several people could have
 * sent with the same effect (that is for the host's own audit trail).
 *
 * @example
 * ```ts
 * const rebuilt = replay(submitted, active.events.slice(submitted.events.length));
 * rebuilt.ok && rebuilt.plan.status; // => "active"
 * const forged = replay(submitted, [{ ...active.events[submitted.events.length], actor: { id: 'mgr-dana', role: 'hr' } }]);
 * !forged.ok && forged.code; // => "replay_refused"
 * ```
 */
export function replay(initial: Plan, events: readonly PlanEvent[], options: ReplayOptions = {}): ReplayResult {
  ensurePatches();
  const fail = (
    code: ReplayFailureCode,
    seq: number,
    path: readonly (string | number)[],
    message: string,
    extra: { rejection?: LifecycleRejection; issues?: readonly PlanIssue[]; policyIssues?: readonly PolicyIssue[] } = {},
  ): ReplayResult => freeze({ ok: false, code, seq, path, message, ...extra }, true);
  // The policy is checked once, before any entry: a bad one replays nothing.
  const resolved = LIFECYCLE_POLICY.resolve(options.policy);
  if (resolved.issues.length > 0) {
    const first = resolved.issues[0]!;
    return fail('policy_invalid', -1, first.path, `The lifecycle policy is not usable: ${first.message}; nothing was replayed under it.`, { policyIssues: resolved.issues.slice(0, 20) });
  }
  const policy = resolved.policy;
  // The working copy: plain data, changed in place, frozen once at the end.
  const work = JSON.parse(JSON.stringify(initial)) as Plan & { events: PlanEvent[] };
  const index = growingRecordIndex(work);

  for (const given of events as readonly unknown[]) {
    const seq = work.events.length;
    const at: (string | number)[] = ['events', seq];
    if (!isObject(given)) return fail('replay_entry_mismatch', seq, at, `Log entry ${seq} is not a log entry.`);
    if (given['seq'] !== seq) {
      return fail('replay_sequence', seq, [...at, 'seq'], `Log entry ${seq} is numbered ${JSON.stringify(given['seq'])}: it is not the entry that follows the plan's ${seq} entries.`);
    }
    const ctx = { asOf: given['at'], actor: given['actor'], policy: options.policy, goalsMet: options.goalsMet } as TransitionContext;
    const decided = decide(work, given['command'], ctx, { index, policy, replaying: true });
    if (!decided.ok) {
      const { rejection } = decided;
      return fail('replay_refused', seq, at, `Log entry ${seq} (${rejection.command}) would be refused at that point of the plan's life: ${rejection.code}: ${rejection.message}`, { rejection });
    }
    const applied = applyDecision(work, decided.decision, 'in_place');
    if (!applied.ok) {
      const { rejection } = applied;
      return fail('replay_refused', seq, at, `Log entry ${seq} (${rejection.command}) would be refused at that point of the plan's life: ${rejection.code}: ${rejection.message}`, { rejection });
    }
    if (applied.entry === undefined) {
      return fail('replay_entry_mismatch', seq, [...at, 'patches'], `Log entry ${seq} is an advance that changes nothing on ${String(given['at'])}: such an advance is not logged.`);
    }
    const difference = firstDifference(applied.entry as unknown as Json, given);
    if (difference) {
      return fail(
        'replay_entry_mismatch',
        seq,
        [...at, ...difference],
        `Log entry ${seq} (${decided.decision.type}) does not hold what its command does: it differs at ${difference.join('.') || 'the entry'}.`,
      );
    }
    work.events.push(applied.entry);
    index.sync(work);
  }
  const checked = parsePlan(work);
  if (!checked.ok) {
    const first = checked.issues[0];
    return fail('replay_invalid_plan', work.events.length - 1, first?.path ?? [], `The rebuilt plan is not valid: ${first?.message ?? 'see the issues'}`, { issues: checked.issues });
  }
  return freeze({ ok: true, plan: freeze(work) as Plan });
}
