/**
 * Thresholds for gap analysis, defined once with {@link definePolicy}: each field's meaning,
 * valid values and default are listed by `GAP_POLICY.fields()` (and in docs/policies.md).
 * Callers override any of them with a partial object merged over {@link DEFAULT_GAP_POLICY}; a
 * bad value is reported as a `policy_invalid` issue and its default is used.
 *
 * @module
 */
import * as z from 'zod/mini';
import { GAP_DEFAULTS } from './policy-defaults.js';
import { definePolicy, nonNegativeField, oneOfField, wholeField, type PolicyDescriptions, type PolicyOf, type PolicyOverrides } from '../policy/index.js';

/** How big a shortfall is, from its size relative to the standard. */
export type GapSeverity = 'none' | 'minor' | 'moderate' | 'severe';

/**
 * How a team's standard for a period is computed from the reps' values: their `mean`, their
 * `median`, or, for ratio metrics only, the `pooled` rate (every rep's numerators over every
 * rep's denominators: the team's own conversion).
 */
export type TeamStandard = 'mean' | 'median' | 'pooled';

/**
 * The fields of the gap policy, shared by the policies that include them (lint, readiness).
 *
 * @internal
 */
export const GAP_POLICY_FIELDS = {
  moderateAt: nonNegativeField(),
  shortfall: nonNegativeField(),
  severeAt: nonNegativeField(),
  teamStandard: oneOfField(['mean', 'median']),
  ratioTeamStandard: oneOfField(['pooled', 'mean', 'median']),
  sustainedPeriods: wholeField(1),
  sustainedSeverity: oneOfField(['minor', 'moderate', 'severe']),
};

const GAP_POLICY_SCHEMA = z.object(GAP_POLICY_FIELDS);


/**
 * `severeAt` must be at least `moderateAt`, or a gap could be severe before it is moderate.
 *
 * @internal
 */
export const SEVERITY_ORDER = {
  field: 'severeAt',
  expected: { type: 'at_least', field: 'moderateAt' },
  holds: (p: { readonly moderateAt: number; readonly severeAt: number }) => p.severeAt >= p.moderateAt,
  repair: (p: { readonly moderateAt: number }) => p.moderateAt,
} as const;

/**
 * `shortfall` is another name for `moderateAt`, the threshold that flags a period short while
 * `sustainedSeverity` is `moderate` (the default): "20% or more below the standard" is
 * `shortfall: 0.2`. Given with a different `moderateAt`, or with another `sustainedSeverity`, it
 * is refused.
 *
 * @internal
 */
export const SHORTFALL_ALIAS = { field: 'shortfall', of: 'moderateAt', requires: { field: 'sustainedSeverity', value: 'moderate' } } as const;

/**
 * The gap policy: schema, defaults and checks (see {@link analyzeGap}, {@link analyzeTeamGaps}).
 *
 * @example
 * ```ts
 * GAP_POLICY.resolve({ sustainedPeriods: 0 }).issues[0].message;
 * // => "Policy field sustainedPeriods must be a whole number of 1 or more, not 0; the default was used."
 * ```
 */
export const GAP_POLICY = definePolicy(GAP_POLICY_SCHEMA, GAP_DEFAULTS, { relations: [SEVERITY_ORDER], aliases: [SHORTFALL_ALIAS] });

/** Thresholds for {@link analyzeGap} and {@link analyzeTeamGaps}. */
export type GapPolicy = PolicyOf<typeof GAP_POLICY_SCHEMA>;

/** Overrides of the gap policy. */
export type GapPolicyOverrides = PolicyOverrides<GapPolicy>;

/**
 * What each field of {@link GapPolicy} means, for the documentation (`fields(descriptions)`,
 * docs/policies.md): kept beside the policy, out of the code that applies it.
 */
export const GAP_POLICY_DESCRIPTIONS: PolicyDescriptions<GapPolicy> = {
  moderateAt: 'Relative shortfall (shortfall / |standard|) from which a gap is `moderate` (at or above it, compared exactly: 2.4 against 3 is 20% short); anything short but below it is `minor`.',
  shortfall:
    'Another name for `moderateAt`, in plain words: the relative shortfall from which a rep is flagged short of the standard. `0.2` = "20% or more below the standard": a rep at exactly 80% of the standard is flagged, one at 80.1% is not. It flags while `sustainedSeverity` is `moderate`; given with another `sustainedSeverity`, or with a different `moderateAt`, it is refused (`policy_invalid`) and `moderateAt` stands. Both always read the same in a resolved policy.',
  severeAt: 'Relative shortfall from which a gap is `severe`. At least `moderateAt`.',
  teamStandard: "Team standard per period for metrics that are not ratios: the `mean` or the `median` of the reps' values.",
  ratioTeamStandard:
    "Team standard per period for ratio metrics (aggregation `ratio`: conversions over attempts): `pooled`, the team's own rate (all the reps' numerators over all their denominators, as a ratio metric aggregates over time), or the `mean` or `median` of the reps' rates, which weigh a rep with 2 calls like one with 200.",
  sustainedPeriods: 'Consecutive short periods that make a gap sustained rather than one bad period.',
  sustainedSeverity: 'The least severity for a period to count as short in a sustained run.',
};

/** The default gap policy. */
export const DEFAULT_GAP_POLICY: GapPolicy = GAP_POLICY.defaults;

const RANK: Readonly<Record<GapSeverity, number>> = { none: 0, minor: 1, moderate: 2, severe: 3 };

/**
 * True when `severity` is at least `floor`.
 *
 * @internal
 */
export function atLeast(severity: GapSeverity, floor: GapSeverity): boolean {
  return RANK[severity] >= RANK[floor];
}
