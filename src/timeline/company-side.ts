/**
 * The one rule for "the company kept its side" (issue 19, item 3): support sessions delivered and
 * check-ins held, judged by the same shares wherever a plan may end as "not met". The `close` guard
 * (lifecycle) and the recommender's fairness guard (evaluate) both call {@link companySideShortfall}.
 */

/** The thresholds of the rule; the evaluation and lifecycle policies carry these fields with these defaults. */
export interface CompanySideThresholds {
  /** Share of the support sessions due by `asOf` that must have been delivered. */
  readonly minSupportDeliveredShare: number;
  /** Share every single commitment's due sessions must reach. */
  readonly minCommitmentDeliveredShare: number;
  /** Share of the check-ins due by `asOf` that must have been held. */
  readonly minCheckInHeldShare: number;
}

/** The defaults of the rule's thresholds (shared by the evaluation and lifecycle policies). */
export const COMPANY_SIDE_DEFAULTS: CompanySideThresholds = Object.freeze({
  minSupportDeliveredShare: 0.8,
  minCommitmentDeliveredShare: 0.5,
  minCheckInHeldShare: 0.8,
});

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
