/**
 * Size bounds every document must respect, and bounds on what a parse reports back. They keep a
 * hostile or broken document from being processed slowly or echoed back whole: anything past a
 * size bound is rejected with a `too_big` issue (an over-long key with `key_too_long`) before any
 * further work is done.
 */
export const LIMITS = {
  /** Identifiers (plan, goal, metric ... ids). */
  idLength: 128,
  /** Short labels: names, titles, roles. */
  labelLength: 300,
  /** Free text: purposes, descriptions, notes. */
  textLength: 20_000,
  /** Items in a list of short strings (diagnostic answers, attendees, adjustments). */
  listItems: 200,
  /** Metric definitions in one plan. */
  metrics: 200,
  /** Gaps, goals, development entries, support commitments in one plan. */
  entities: 200,
  /** Milestones per goal; levels per rubric. */
  milestones: 100,
  /** Check-in records, support deliveries, amendments, signatures, reviews. */
  records: 5_000,
  /** Observations embedded in one plan. */
  observations: 200_000,
  /** Observations in one separately supplied feed. */
  feedObservations: 20_000_000,
  /**
   * Days a plan may span, counting its start day: from the start to its written end (`endDate`, or
   * `durationDays`) and to each extension's `newEndDate` (ten years; a PIP runs 30 to 90 days and is
   * extended at most a few times). A longer plan is refused with `plan_too_long`; an open pause is
   * counted at most this many days from the start (docs/evaluation.md).
   */
  planDays: 3_660,
  /** Events in one plan's log. */
  events: 20_000,
  /** Patches in one event. */
  patches: 10_000,
  /** Nesting depth of a `metadata` object (and of other free JSON). */
  jsonDepth: 16,
  /** Values (objects, arrays and leaves) in one `metadata` object. */
  jsonNodes: 10_000,
  /** Largest absolute number accepted anywhere (integers stay exact). */
  magnitude: Number.MAX_SAFE_INTEGER,
  /** Characters in any object key: `metadata` keys, free JSON keys, unknown fields (`key_too_long`). */
  keyLength: 256,
  /** Issues one parse lists; past it, a final `too_many_issues` entry says how many more there were. */
  issues: 100,
  /** Characters of input text an issue message quotes; longer text ends in an ellipsis. */
  quoteLength: 64,
} as const;

/** The size bounds type. */
export type Limits = typeof LIMITS;
