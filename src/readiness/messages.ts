/**
 * Every sentence the readiness assessment writes.
 *
 * @internal
 * @module
 */
import type { Catalog } from '../issues/issue.js';

/** Why a readiness check came out as it did. */
export type ReadinessReasonCode =
  | 'sustained_pattern'
  | 'pattern_not_sustained'
  | 'no_current_gap'
  | 'pattern_interrupted'
  | 'insufficient_data'
  | 'coaching_documented'
  | 'coaching_insufficient'
  | 'past_ramp_up'
  | 'still_ramping'
  | 'role_start_unknown'
  | 'no_system_factor'
  | 'system_factor_explains_gap';

/** Facts a readiness sentence is built from (already written for people). */
export interface ReadinessFacts {
  readonly who: string;
  readonly metric: string;
  readonly count?: number;
  readonly needed?: number;
  readonly detail?: string;
  readonly date?: string;
}

/** The facts of each readiness reason code (today one shape for all: {@link ReadinessFacts}). */
export type ReadinessFactsByCode = { readonly [C in ReadinessReasonCode]: ReadinessFacts };

/** The readiness reasons' part of the English catalog. */
export const READINESS_MESSAGES: Catalog<ReadinessFactsByCode> = {
  sustained_pattern: (f) => `${f.who} has been short of the standard on ${f.metric} for ${f.count ?? '?'} consecutive periods up to now (${f.detail ?? ''}): a sustained, data-backed pattern.`,
  pattern_not_sustained: (f) =>
    `${f.who} is short of the standard on ${f.metric} in the latest ${f.count === 1 ? 'period only' : `${f.count ?? '?'} periods only`} (${f.detail ?? ''}); ${f.needed ?? '?'} consecutive periods make a pattern, not one bad period.`,
  no_current_gap: (f) => `${f.who} is not short of the standard on ${f.metric} in the latest period with data (${f.detail ?? ''}); there is no current gap to plan for.`,
  pattern_interrupted: (f) =>
    `${f.who} was short of the standard on ${f.metric} for ${f.count ?? '?'} consecutive periods (${f.detail ?? ''}), but not in the latest period; keep coaching and watch whether the recovery holds.`,
  insufficient_data: (f) => `There is no period with both a value and a standard for ${f.who} on ${f.metric}${f.detail ? ` (${f.detail})` : ''}; a plan needs data.`,
  coaching_documented: (f) => `${f.count ?? 0} documented informal coaching conversation${f.count === 1 ? '' : 's'} in the lookback (${f.detail ?? ''}), at least the ${f.needed ?? '?'} needed.`,
  coaching_insufficient: (f) =>
    `Only ${f.count ?? 0} documented informal coaching conversation${f.count === 1 ? '' : 's'} in the lookback${f.detail ? ` (${f.detail})` : ''}; ${f.needed ?? '?'} are needed before a formal plan.`,
  past_ramp_up: (f) => `${f.who} started in the role on ${f.date ?? '?'} and finished ramp-up on ${f.detail ?? '?'}.`,
  still_ramping: (f) => `${f.who} started in the role on ${f.date ?? '?'} and is ramping up until ${f.detail ?? '?'}; support ramp-up instead of a plan.`,
  role_start_unknown: (f) => `The date ${f.who} started in the role is not recorded, so ramp-up cannot be ruled out.`,
  no_system_factor: (f) => `No recorded system factor affecting ${f.metric} overlaps the pattern${f.detail ? ` (${f.detail})` : ''}.`,
  system_factor_explains_gap: (f) =>
    `Recorded system factors (${f.detail ?? '?'}) overlap the periods ${f.who} was short on ${f.metric}: the gap may be the system's, not the rep's. Address them first.`,
};

/** The sentence for a readiness reason. */
export function readinessMessage(code: ReadinessReasonCode, facts: ReadinessFacts): string {
  return READINESS_MESSAGES[code](facts);
}
