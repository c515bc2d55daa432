/**
 * Thresholds of the fairness analysis. Every field has a documented default; callers override
 * any of them with a partial object merged over {@link DEFAULT_FAIRNESS_POLICY}. A value out of
 * range is replaced by its default and reported as a `policy_invalid` issue: the analysis never
 * throws on a policy.
 *
 * @module
 */

/** Thresholds for `analyzeAdverseImpact` and `reviewFairness`. */
export interface FairnessPolicy {
  /**
   * Privacy: a group with fewer people in scope than this is reported by name only, never with a
   * count or a rate; a count whose base (people placed, plans closed) is below it is suppressed
   * too. Default `5`.
   */
  readonly minGroupSize: number;
  /**
   * The four-fifths rule (29 CFR 1607.4(D)): a group whose favourable rate is below this share of
   * the reference group's favourable rate is flagged for adverse impact. Default `0.8`.
   */
  readonly impactRatioThreshold: number;
  /**
   * A difference is statistically significant when Fisher's exact test (two-sided) gives a p-value
   * below this. `0.05` is about two standard deviations (|z| 1.96), `0.0027` about three. Default `0.05`.
   */
  readonly significanceLevel: number;
  /** The group every other group is compared with; `null` picks, per measure, the group with the most favourable rate. Default `null`. */
  readonly referenceGroup: string | null;
}

/**
 * The default fairness policy. Every field is documented on {@link FairnessPolicy}.
 *
 * @example
 * ```ts
 * DEFAULT_FAIRNESS_POLICY.impactRatioThreshold; // => 0.8 (the four-fifths rule)
 * ```
 */
export const DEFAULT_FAIRNESS_POLICY: FairnessPolicy = Object.freeze({
  minGroupSize: 5,
  impactRatioThreshold: 0.8,
  significanceLevel: 0.05,
  referenceGroup: null,
});

/** A policy field that was out of range and replaced by its default. */
export interface FairnessPolicyProblem {
  /** The field, or `''` when the policy itself is not an object. */
  readonly field: string;
  readonly received: string;
  readonly expected: string;
}

interface FieldRule {
  readonly valid: (value: unknown) => boolean;
  readonly expected: string;
}

const RULES: { readonly [F in keyof FairnessPolicy]: FieldRule } = {
  minGroupSize: { valid: (v) => Number.isSafeInteger(v) && (v as number) >= 1, expected: 'a whole number of 1 or more' },
  impactRatioThreshold: { valid: (v) => Number.isFinite(v) && (v as number) > 0 && (v as number) <= 1, expected: 'a share above 0 and at most 1' },
  significanceLevel: { valid: (v) => Number.isFinite(v) && (v as number) > 0 && (v as number) < 1, expected: 'a probability above 0 and below 1' },
  referenceGroup: { valid: (v) => v === null || (typeof v === 'string' && v.trim() !== ''), expected: 'a group label or null' },
};

function shown(value: unknown): string {
  if (typeof value === 'number') return String(value);
  try {
    return JSON.stringify(value) ?? String(value);
  } catch {
    return '?';
  }
}

/**
 * Merge overrides over the defaults, replacing out-of-range values by their default and saying so.
 *
 * @internal
 */
export function resolveFairnessPolicy(overrides: unknown): { policy: FairnessPolicy; problems: FairnessPolicyProblem[] } {
  const problems: FairnessPolicyProblem[] = [];
  if (overrides === undefined || overrides === null) return { policy: DEFAULT_FAIRNESS_POLICY, problems };
  if (typeof overrides !== 'object' || Array.isArray(overrides)) {
    problems.push({ field: '', received: shown(overrides), expected: 'an object of policy fields' });
    return { policy: DEFAULT_FAIRNESS_POLICY, problems };
  }
  const given = overrides as Readonly<Record<string, unknown>>;
  const out: Record<string, unknown> = { ...DEFAULT_FAIRNESS_POLICY };
  for (const field of Object.keys(RULES) as (keyof FairnessPolicy)[]) {
    const value = given[field];
    if (value === undefined) continue;
    const rule = RULES[field];
    if (rule.valid(value)) out[field] = typeof value === 'string' ? value.trim() : value;
    else problems.push({ field, received: shown(value), expected: rule.expected });
  }
  return { policy: Object.freeze(out) as unknown as FairnessPolicy, problems };
}
