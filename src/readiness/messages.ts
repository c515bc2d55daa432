/**
 * Every sentence the readiness assessment writes.
 *
 * @internal
 * @module
 */
import type { Catalog } from '../issues/issue.js';
import { formatFigure, type FigureUnit } from '../gaps/format.js';
import type { GapSeverity } from '../gaps/policy.js';

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

/** A period of the pattern: its key and the rep's figure against the standard, in the metric's unit. */
export interface ReadinessPeriodFacts {
  readonly key: string;
  readonly current: number;
  readonly standard: number;
}

/** What every readiness sentence may name: the rep (absent: no name was given), the metric and how its figures are written. */
export interface ReadinessAbout {
  readonly rep?: string;
  readonly metric: string;
  readonly unit: FigureUnit;
}

/**
 * The facts each readiness reason's sentence reads: language-neutral data (the rep's and the
 * metric's names, periods with their figures, counts, dates, ids and the factors' own
 * descriptions), never an English clause, so a locale words a stored reason from its code and facts.
 */
export interface ReadinessFactsByCode {
  readonly sustained_pattern: ReadinessAbout & { readonly count: number; readonly periods: readonly ReadinessPeriodFacts[] };
  /** `needed`: the consecutive periods that make a pattern. */
  readonly pattern_not_sustained: ReadinessAbout & { readonly count: number; readonly needed: number; readonly periods: readonly ReadinessPeriodFacts[] };
  /** `period`: the latest period with data; `severity`: its gap's (`none`, `moderate`, ...). */
  readonly no_current_gap: ReadinessAbout & { readonly period: ReadinessPeriodFacts; readonly severity: GapSeverity };
  /** `periods`: the longest earlier run, which the latest period interrupted. */
  readonly pattern_interrupted: ReadinessAbout & { readonly count: number; readonly periods: readonly ReadinessPeriodFacts[] };
  /** `afterRampUp`: only periods after ramp-up were counted. */
  readonly insufficient_data: ReadinessAbout & { readonly asOf: string; readonly afterRampUp: boolean };
  /** `dates`: the documented conversations in the lookback, which began on `since`. */
  readonly coaching_documented: ReadinessAbout & { readonly count: number; readonly needed: number; readonly dates: readonly string[]; readonly since: string };
  readonly coaching_insufficient: ReadinessAbout & { readonly count: number; readonly needed: number; readonly dates: readonly string[]; readonly since: string };
  /** `date`: the role start; `rampUpEnds`: the last day of ramp-up. */
  readonly past_ramp_up: ReadinessAbout & { readonly date: string; readonly rampUpEnds: string };
  readonly still_ramping: ReadinessAbout & { readonly date: string; readonly rampUpEnds: string };
  readonly role_start_unknown: ReadinessAbout;
  /** `factorIds`: factors overlapping only part of the pattern (none: no factor overlaps); `unexplained`: the recent short periods without one. */
  readonly no_system_factor: ReadinessAbout & { readonly factorIds: readonly string[]; readonly unexplained: number };
  /** `factors`: the overlapping factors, with their own descriptions. */
  readonly system_factor_explains_gap: ReadinessAbout & { readonly factors: readonly { readonly id: string; readonly description: string }[] };
}

/** The facts of any readiness reason (checking its `code` narrows them: {@link ReadinessFactsByCode}). */
export type ReadinessFacts = ReadinessFactsByCode[ReadinessReasonCode];

const who = (f: ReadinessAbout): string => f.rep ?? 'The rep';
/** "2026-04: 80 vs 100; 2026-05: 70 vs 100". */
const figures = (periods: readonly ReadinessPeriodFacts[], unit: FigureUnit): string =>
  periods.map((p) => `${p.key}: ${formatFigure(p.current, unit)} vs ${formatFigure(p.standard, unit)}`).join('; ');
const conversations = (n: number): string => `${n} documented informal coaching conversation${n === 1 ? '' : 's'}`;
const coached = (f: ReadinessFactsByCode['coaching_documented']): string => (f.dates.length > 0 ? f.dates.join(', ') : `since ${f.since}`);

/**
 * The readiness reasons' English sentences, from their facts.
 *
 * @example
 * ```ts
 * import { READINESS_MESSAGES } from 'improvement-plan';
 * READINESS_MESSAGES.still_ramping({ rep: 'Sam Okafor', metric: 'Outbound calls', unit: { unit: 'count' }, date: '2026-03-02', rampUpEnds: '2026-05-30' });
 * // => "Sam Okafor started in the role on 2026-03-02 and is ramping up until 2026-05-30; support ramp-up instead of a plan."
 * ```
 */
export const READINESS_MESSAGES: Catalog<ReadinessFactsByCode> = {
  sustained_pattern: (f) => `${who(f)} has been short of the standard on ${f.metric} for ${f.count} consecutive periods up to now (${figures(f.periods, f.unit)}): a sustained, data-backed pattern.`,
  pattern_not_sustained: (f) =>
    `${who(f)} is short of the standard on ${f.metric} in the latest ${f.count === 1 ? 'period only' : `${f.count} periods only`} (${figures(f.periods, f.unit)}); ${f.needed} consecutive periods make a pattern, not one bad period.`,
  no_current_gap: (f) =>
    `${who(f)} is not short of the standard on ${f.metric} in the latest period with data (${figures([f.period], f.unit)}, ${f.severity === 'none' ? 'no gap' : `a ${f.severity} gap`}); there is no current gap to plan for.`,
  pattern_interrupted: (f) =>
    `${who(f)} was short of the standard on ${f.metric} for ${f.count} consecutive periods (${figures(f.periods, f.unit)}), but not in the latest period; keep coaching and watch whether the recovery holds.`,
  insufficient_data: (f) => `There is no period with both a value and a standard for ${who(f)} on ${f.metric} (up to ${f.asOf}${f.afterRampUp ? ', after ramp-up' : ''}); a plan needs data.`,
  coaching_documented: (f) => `${conversations(f.count)} in the lookback (${coached(f)}), at least the ${f.needed} needed.`,
  coaching_insufficient: (f) => `Only ${conversations(f.count)} in the lookback (${coached(f)}); ${f.needed} are needed before a formal plan.`,
  past_ramp_up: (f) => `${who(f)} started in the role on ${f.date} and finished ramp-up on ${f.rampUpEnds}.`,
  still_ramping: (f) => `${who(f)} started in the role on ${f.date} and is ramping up until ${f.rampUpEnds}; support ramp-up instead of a plan.`,
  role_start_unknown: (f) => `The date ${who(f)} started in the role is not recorded, so ramp-up cannot be ruled out.`,
  no_system_factor: (f) =>
    `No recorded system factor affecting ${f.metric} overlaps the pattern${f.factorIds.length > 0 ? ` (factors ${f.factorIds.join(', ')} cover only part of it; ${f.unexplained} recent periods are short without one)` : ''}.`,
  system_factor_explains_gap: (f) =>
    `Recorded system factors (${f.factors.map((factor) => `${factor.id}: ${factor.description}`).join('; ')}) overlap the periods ${who(f)} was short on ${f.metric}: the gap may be the system's, not the rep's. Address them first.`,
};

