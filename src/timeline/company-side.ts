/**
 * The one rule for "the company kept its side" (issue 19, item 3): support sessions delivered and
 * check-ins held, judged by the same shares wherever a plan may end as "not met". The `close` guard
 * (lifecycle) and the recommender's fairness guard (evaluate) both call {@link companySideShortfall},
 * and both policies take the rule's fields from {@link COMPANY_SIDE_FIELDS}: one schema, one set of
 * defaults, one description each, so the two cannot drift apart.
 */
import { shareField, wholeField } from '../policy/fields.js';

/**
 * The rule's policy fields (schemas), spread into the evaluation and lifecycle policies. A host
 * that changes one passes the same value to both (`evaluatePlan`'s `policy` and `transition`'s
 * `policy`): each side checks its own, and docs/policies.md says so under each field.
 */
export const COMPANY_SIDE_FIELDS = {
  minSupportDeliveredShare: shareField(),
  minCommitmentDeliveredShare: shareField(),
  minCheckInHeldShare: shareField(),
  commitmentGraceDays: wholeField(0),
  checkInGraceDays: wholeField(0),
};

/** The thresholds of the rule; the evaluation and lifecycle policies carry these fields with these defaults. */
export interface CompanySideThresholds {
  /** Share of the support sessions due by `asOf` that must have been delivered. */
  readonly minSupportDeliveredShare: number;
  /** Share every single commitment's due sessions must reach. */
  readonly minCommitmentDeliveredShare: number;
  /** Share of the check-ins due by `asOf` that must have been held. */
  readonly minCheckInHeldShare: number;
  /** Days into the plan after which no support committed, or no check-in held, is a shortfall. */
  readonly commitmentGraceDays: number;
  /** Days after a check-in's date before an unrecorded one counts as missed. */
  readonly checkInGraceDays: number;
}

/** The defaults of the rule's fields (shared by the evaluation and lifecycle policies). */
export const COMPANY_SIDE_DEFAULTS: CompanySideThresholds = Object.freeze({
  minSupportDeliveredShare: 0.8,
  minCommitmentDeliveredShare: 0.5,
  minCheckInHeldShare: 0.8,
  commitmentGraceDays: 14,
  checkInGraceDays: 2,
});

const SAME_IN_BOTH = ' The close guard and the recommender read this one field: the evaluation and lifecycle policies share its definition and default; pass the same value to both.';

/** What each of the rule's fields means (docs/policies.md, under both policies). */
export const COMPANY_SIDE_DESCRIPTIONS: { readonly [K in keyof CompanySideThresholds]: string } = {
  minSupportDeliveredShare: `The not-met rule: share of the support sessions due by \`asOf\` that must have been delivered.${SAME_IN_BOTH}`,
  minCommitmentDeliveredShare: `The not-met rule: share every single commitment's due sessions must reach (a missed one-off workshop counts).${SAME_IN_BOTH}`,
  minCheckInHeldShare: `The not-met rule: share of the check-ins due by \`asOf\` (held or missed) that must have been held.${SAME_IN_BOTH}`,
  commitmentGraceDays: `The not-met rule: days into the plan after which "no support committed", or "no check-in held" on a plan without a schedule, counts as a shortfall.${SAME_IN_BOTH}`,
  checkInGraceDays: `The not-met rule: days after a check-in's date before an unrecorded one counts as missed (passed to the timeline).${SAME_IN_BOTH}`,
};

/** What the company owed and gave by `asOf`: support sessions and check-ins due and delivered/held. */
export interface CompanySideTally {
  readonly support: {
    readonly due: number;
    readonly delivered: number;
    readonly commitments: readonly { readonly due: number; readonly delivered: number }[];
    /** No support committed at all, past the grace days. */
    readonly nothingCommitted: boolean;
  };
  readonly checkIns: {
    readonly due: number;
    readonly held: number;
    /** No schedule, no check-in held, past the grace days. */
    readonly noneHeld: boolean;
  };
}

/** Which side of the company's commitments fell short. */
export interface CompanySideShortfall {
  readonly support: boolean;
  readonly checkIns: boolean;
}

const share = (part: number, whole: number): number | null => (whole > 0 ? part / whole : null);

/**
 * Whether support and check-ins fell short of the thresholds: support when nothing was committed
 * (past the grace days), when the share delivered is below `minSupportDeliveredShare`, or when any
 * commitment's share is below `minCommitmentDeliveredShare`; check-ins when none was held without a
 * schedule (past the grace days) or the share held is below `minCheckInHeldShare`. Nothing due is
 * no shortfall. A plan may end as "not met" only when neither fell short.
 *
 * @example
 * ```ts
 * const tally = { support: { due: 15, delivered: 14, commitments: [{ due: 13, delivered: 12 }, { due: 2, delivered: 2 }], nothingCommitted: false }, checkIns: { due: 13, held: 7, noneHeld: false } };
 * companySideShortfall(tally, COMPANY_SIDE_DEFAULTS); // => { support: false, checkIns: true }
 * ```
 */
export function companySideShortfall(tally: CompanySideTally, thresholds: CompanySideThresholds): CompanySideShortfall {
  const { support, checkIns } = tally;
  const supportShare = share(support.delivered, support.due);
  const heldShare = share(checkIns.held, checkIns.due);
  return Object.freeze({
    support:
      support.nothingCommitted ||
      (supportShare !== null && supportShare < thresholds.minSupportDeliveredShare) ||
      support.commitments.some((c) => {
        const s = share(c.delivered, c.due);
        return s !== null && s < thresholds.minCommitmentDeliveredShare;
      }),
    checkIns: checkIns.noneHeld || (heldShare !== null && heldShare < thresholds.minCheckInHeldShare),
  });
}
