import { dateText, type CalendarDate } from '../dates/calendar.js';
import type { Plan } from '../schema/types.js';
import { dayOfIndex, planClock } from './clock.js';
import { EXTENSION_MESSAGES, type ExtensionFactsByCode } from './messages.js';
import { createIssue, type IssueOf } from '../issues/issue.js';
import { TIMELINE_POLICY, timelinePolicyOrThrow, type TimelinePolicyOverrides } from './policy.js';
import type { PolicyIssue } from '../policy/index.js';

/** What the policy still allows in extensions. */
export interface ExtensionAllowance {
  readonly extensionsUsed: number;
  readonly extensionsLeft: number;
  readonly daysUsed: number;
  readonly daysLeft: number;
  readonly maxExtensions: number;
  readonly maxExtensionDays: number;
}

/** Why an extension cannot be granted. */
export type ExtensionRefusalCode = 'extension_count_exceeded' | 'extension_days_exceeded';

/**
 * Why the policy refuses an extension: an issue of the shared shape, one per code (checking `code`
 * narrows `facts`), with the allowance. `path` is what is over the policy's limit (`['plan',
 * 'extensions']`: the extensions already granted; `['days']`: the days asked for); `message` is
 * written from `facts` by the English catalog `EXTENSION_MESSAGES` (`ExtensionFactsByCode`).
 */
export type ExtensionRefusal = IssueOf<Pick<ExtensionFactsByCode, ExtensionRefusalCode>> & { readonly ok: false; readonly allowance: ExtensionAllowance };

/** The outcome of {@link proposeExtension}: the new end date, or why the policy refuses. */
export type ExtensionProposal =
  | {
      readonly ok: true;
      readonly days: number;
      readonly previousEndDate: CalendarDate;
      readonly newEndDate: CalendarDate;
      readonly message: string;
      readonly allowance: ExtensionAllowance;
    }
  | ExtensionRefusal
  | {
      readonly ok: false;
      readonly code: 'policy_invalid';
      /** The first issue's sentence. */
      readonly message: string;
      /** Every problem with `policy` (the default was used for each bad field). */
      readonly issues: readonly PolicyIssue[];
      /** The allowance under the policy with those defaults. */
      readonly allowance: ExtensionAllowance;
    };

/** A refusal: the issue (facts and path frozen, message from the catalog) with the allowance, frozen. */
function refusal<C extends ExtensionRefusalCode>(code: C, path: readonly string[], facts: ExtensionFactsByCode[C], allowance: ExtensionAllowance): ExtensionRefusal {
  return Object.freeze({ ok: false, ...createIssue<ExtensionFactsByCode, C>(code, path, facts, EXTENSION_MESSAGES), allowance }) as ExtensionRefusal;
}

/**
 * How many extensions and extension days the policy still allows for a plan.
 *
 * @throws PolicyError when `policy` has a bad or unknown field (planTimeline reports those as data).
 * @example
 * ```ts
 * extensionAllowance(plan); // => { extensionsUsed: 0, extensionsLeft: 1, daysUsed: 0, daysLeft: 30, maxExtensions: 1, maxExtensionDays: 30 }
 * ```
 */
export function extensionAllowance(plan: Plan, options: { readonly policy?: TimelinePolicyOverrides } = {}): ExtensionAllowance {
  const policy = timelinePolicyOrThrow(options.policy);
  const daysUsed = plan.extensions.reduce((sum, extension) => sum + extension.days, 0);
  return Object.freeze({
    extensionsUsed: plan.extensions.length,
    extensionsLeft: Math.max(0, policy.maxExtensions - plan.extensions.length),
    daysUsed,
    daysLeft: Math.max(0, policy.maxExtensionDays - daysUsed),
    maxExtensions: policy.maxExtensions,
    maxExtensionDays: policy.maxExtensionDays,
  });
}

/**
 * The new end date an extension of `days` plan days would give at `asOf`, or the policy's refusal
 * (too many extensions, or more days than the total the policy allows). Check-ins and support
 * sessions continue through the new end on the same cadence. A bad or unknown `policy` field is
 * returned as data, not thrown: `ok: false` with the code `policy_invalid` and the `issues`.
 * @example
 * ```ts
 * proposeExtension(plan90, 30, { asOf: '2026-04-01' });
 * // => { ok: true, days: 30, previousEndDate: "2026-04-04", newEndDate: "2026-05-04", ... }
 * proposeExtension(plan90, 45, { asOf: '2026-04-01' }).ok; // => false (extension_days_exceeded)
 * ```
 */
export function proposeExtension(
  plan: Plan,
  days: number,
  options: { readonly asOf: CalendarDate; readonly policy?: TimelinePolicyOverrides },
): ExtensionProposal {
  const { policy, issues } = TIMELINE_POLICY.resolve(options.policy);
  const allowance = extensionAllowance(plan, { policy });
  if (issues.length > 0) return Object.freeze({ ok: false, code: 'policy_invalid', message: issues[0]?.message ?? '', issues: Object.freeze([...issues]), allowance });
  if (allowance.extensionsLeft <= 0) {
    return refusal('extension_count_exceeded', ['plan', 'extensions'], { used: allowance.extensionsUsed, max: allowance.maxExtensions }, allowance);
  }
  if (days > allowance.daysLeft) {
    return refusal('extension_days_exceeded', ['days'], { requested: days, left: allowance.daysLeft, max: allowance.maxExtensionDays }, allowance);
  }
  const clock = planClock(plan, options.asOf);
  const previousEndDate = dateText(clock.endDay);
  const newEndDate = dateText(dayOfIndex(clock, clock.totalLength + days - 1));
  return Object.freeze({
    ok: true,
    days,
    previousEndDate,
    newEndDate,
    message: EXTENSION_MESSAGES.extension_granted({ days, previousEndDate, newEndDate }),
    allowance,
  });
}
