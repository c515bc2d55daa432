/**
 * Generated evaluation inputs: a valid plan (with check-in records and support deliveries, some
 * missed), a separate feed of observations, and an `asOf` anywhere from just before the start to
 * a month after the end.
 */
import fc from 'fast-check';
import { assertPlan, planEndDate, shiftDate, toDayNumber, type Observation, type Plan, type PlanInput } from '../../src/index.js';
import { observationsArbitrary, planArbitrary } from '../../src/testing/index.js';
import { livedInput } from './plans.js';
import { withRecords } from './scenario.js';

/** One generated evaluation case. */
export interface EvaluationCase {
  /** The plan's input as evaluated (records make it active; see `drafts`). */
  readonly input: PlanInput;
  /** The same document before its records set its state (a draft with records), to add more of a later life to. */
  readonly recorded: PlanInput;
  readonly plan: Plan;
  readonly feed: Observation[];
  readonly asOf: string;
}

/** Deterministic "missed" pattern: roughly `rate` of the items, spread by a seed. */
const missed = (rate: number, seed: number) => (n: number) => ((n * 37 + seed) % 100) < rate * 100;

/** Options for {@link evaluationCaseArbitrary}. */
export interface EvaluationCaseOptions {
  /** Also generate a feed (default true). */
  readonly feed?: boolean;
  /** Most feed observations per metric (default 25). */
  readonly maxPerMetric?: number;
  /** Every check-in held and documented and every support session delivered (default false). */
  readonly commitmentsKept?: boolean;
  /** Evaluate at the plan's end (default: anywhere from before the start to a month after the end). */
  readonly atEnd?: boolean;
  /**
   * Some plans left as drafts (never activated: not running, nothing due) beside the running ones
   * (default false: every plan has been activated, its records making it active).
   */
  readonly drafts?: boolean;
}

/** A valid plan with records, a feed and an `asOf`. */
export function evaluationCaseArbitrary(options: EvaluationCaseOptions = {}): fc.Arbitrary<EvaluationCase> {
  return fc
    .record({
      base: planArbitrary({ withObservations: true, maxGoals: 5 }),
      supportRate: options.commitmentsKept ? fc.constant(0) : fc.constantFrom(0, 0, 0, 0.1, 0.3, 0.5, 1),
      checkInRate: options.commitmentsKept ? fc.constant(0) : fc.constantFrom(0, 0, 0, 0.1, 0.3, 0.6),
      documented: options.commitmentsKept ? fc.constant(true) : fc.constantFrom(true, true, true, false),
      seed: fc.integer({ min: 0, max: 99 }),
      asOfShare: fc.integer({ min: -5, max: 130 }),
      draft: options.drafts ? fc.constantFrom(false, false, false, true) : fc.constant(false),
    })
    .chain(({ base, supportRate, checkInRate, documented, seed, asOfShare, draft }) => {
      const recorded = withRecords(base, {
        supportMissed: (_id, n) => missed(supportRate, seed)(n),
        missedCheckIns: new Set(Array.from({ length: 60 }, (_, i) => i).filter(missed(checkInRate, seed + 11))),
        documented,
      });
      // A draft has no records of a running plan; a plan with records has been activated.
      const input = draft ? base : livedInput(recorded);
      const plan = assertPlan(input);
      const end = planEndDate(plan);
      const length = toDayNumber(end) - toDayNumber(plan.startDate) + 1;
      const asOf = options.atEnd ? end : shiftDate(plan.startDate, Math.round((length * asOfShare) / 100));
      const feed =
        options.feed === false
          ? fc.constant<Observation[]>([])
          : observationsArbitrary(plan.metrics, { from: shiftDate(plan.startDate, -7), to: shiftDate(end, 7), maxPerMetric: options.maxPerMetric ?? 25 });
      return feed.map((f): EvaluationCase => ({ input, recorded: draft ? base : recorded, plan, feed: f, asOf }));
    });
}
