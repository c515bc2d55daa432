import * as z from 'zod';
import { REASON_CODES, RECOMMENDED_OUTCOMES } from './recommendation-codes.js';
import { GOAL_CATEGORIES } from './codes.js';
import { LIMITS } from './limits.js';
import { quote } from './messages.js';
import {
  CalendarDateSchema,
  CountSchema,
  DateSpanSchema,
  DaysSchema,
  IdSchema,
  JsonValueSchema,
  LabelSchema,
  NumberSchema,
  pushIssue,
  TextListSchema,
  TextSchema,
  withCheckedKeys,
  withMetadata,
} from './primitives.js';

// ---------------------------------------------------------------------------
// People
// ---------------------------------------------------------------------------

/** A person taking part in the plan (manager, HR partner, coach). */
export const PersonSchema = z.strictObject({
  id: IdSchema,
  name: LabelSchema,
  title: LabelSchema.optional(),
  email: z.string().max(LIMITS.labelLength).optional(),
  ...withMetadata,
});

/** The employee on the plan. `roleStartDate` drives the ramp-up rules. */
export const EmployeeSchema = z.strictObject({
  id: IdSchema,
  name: LabelSchema,
  role: LabelSchema,
  team: LabelSchema.optional(),
  territory: LabelSchema.optional(),
  roleStartDate: CalendarDateSchema.optional(),
  email: z.string().max(LIMITS.labelLength).optional(),
  ...withMetadata,
});

/** An informal coaching conversation held before the plan (a plan should not be the first conversation). */
export const CoachingConversationSchema = z.strictObject({
  date: CalendarDateSchema,
  notes: TextSchema,
  by: IdSchema.optional(),
  topic: LabelSchema.optional(),
  ...withMetadata,
});

// ---------------------------------------------------------------------------
// Diagnostic
// ---------------------------------------------------------------------------

/** Skill ("can't do"), will ("won't do"), system (the environment), or a mix. */
export const RootCauseSchema = z.enum(['skill', 'will', 'system', 'mixed']);

/** What the system does to the rep. */
export const SystemFactorKindSchema = z.enum(['territory', 'lead_quality', 'playbook', 'tooling', 'tool_fatigue', 'other']);

/** A system factor found by the diagnostic (territory viability, lead quality, playbook, tools). */
export const SystemFactorSchema = z.strictObject({
  id: IdSchema,
  kind: SystemFactorKindSchema,
  description: TextSchema,
  /** How the plan deals with it, when it is handled outside support commitments. */
  mitigation: TextSchema.optional(),
  ...withMetadata,
});

/** The five diagnostic questions and the root cause. */
export const DiagnosticSchema = z.strictObject({
  strengths: TextListSchema,
  struggles: TextListSchema,
  notDoing: TextListSchema,
  doingWrong: TextListSchema,
  systemFactors: z.array(SystemFactorSchema).max(LIMITS.entities),
  rootCause: RootCauseSchema,
  rootCauseNotes: TextSchema.optional(),
  ...withMetadata,
});

// ---------------------------------------------------------------------------
// Metrics
// ---------------------------------------------------------------------------

/** Skill (rubric-scored), behavior (skill used in live deals), activity (leading counts), outcome (results). */
export const MetricKindSchema = z.enum(['skill', 'behavior', 'activity', 'outcome']);

/** The unit a metric's values are in. Currency values are integer minor units. */
export const MetricUnitSchema = z.enum(['count', 'ratio', 'currency', 'score', 'duration']);

/** Whether more or less is better. */
export const DirectionSchema = z.enum(['higher_is_better', 'lower_is_better']);

/** How observations over a window combine into one value. `ratio` sums numerators and denominators. */
export const AggregationSchema = z.enum(['sum', 'mean', 'latest', 'ratio']);

/** One level of a skill rubric. */
export const RubricLevelSchema = z.strictObject({
  value: NumberSchema,
  label: LabelSchema,
  description: TextSchema,
});

/** A rubric: ordered levels and the level that meets the standard. */
export const RubricSchema = z.strictObject({
  levels: z.array(RubricLevelSchema).min(2).max(LIMITS.milestones),
  standard: NumberSchema,
});

/** What is measured, in which unit and direction, and how it aggregates. */
export const MetricDefinitionSchema = z.strictObject({
  id: IdSchema,
  name: LabelSchema,
  kind: MetricKindSchema,
  unit: MetricUnitSchema,
  /** ISO 4217 code, required when `unit` is `currency`. */
  currency: z.string().regex(/^[A-Z]{3}$/).optional(),
  /** For `duration`: what one unit is. */
  durationUnit: z.enum(['minutes', 'hours', 'days']).optional(),
  direction: DirectionSchema,
  aggregation: AggregationSchema,
  /** Where the data comes from (CRM report, call log, assessment). */
  source: LabelSchema.optional(),
  rubric: RubricSchema.optional(),
  /** Metrics this one is a leading indicator for (calls drive meetings). */
  drives: z.array(IdSchema).max(LIMITS.entities).optional(),
  description: TextSchema.optional(),
  ...withMetadata,
});

// ---------------------------------------------------------------------------
// Gaps, goals, development
// ---------------------------------------------------------------------------

/** What the standard a gap is measured against is. */
export const StandardSourceSchema = z.enum(['team_average', 'team_median', 'quota', 'role_standard', 'own_earlier_level', 'other']);

/** A performance gap: data, not adjectives. */
export const GapSchema = z.strictObject({
  id: IdSchema,
  metricId: IdSchema,
  current: NumberSchema,
  standard: NumberSchema,
  standardSource: StandardSourceSchema,
  period: DateSpanSchema.optional(),
  evidence: TextListSchema.optional(),
  description: TextSchema.optional(),
  ...withMetadata,
});

/** The goal categories a balanced plan mixes. */
export const GoalCategorySchema = z.enum(GOAL_CATEGORIES);

/** What the target counts: per day, per week, per month, or over the whole window. */
export const TargetBasisSchema = z.enum(['per_day', 'per_week', 'per_month', 'window']);

/** How the observed value is compared with the target. Must agree with the metric's direction. */
export const ComparatorSchema = z.enum(['at_least', 'at_most']);

/** An intermediate target on the way to the goal. */
export const MilestoneSchema = z.strictObject({
  date: CalendarDateSchema,
  target: NumberSchema,
  label: LabelSchema.optional(),
  ...withMetadata,
});

/** A SMART goal tied to the gaps it closes. */
export const GoalSchema = z.strictObject({
  id: IdSchema,
  title: LabelSchema,
  description: TextSchema.optional(),
  category: GoalCategorySchema,
  metricId: IdSchema,
  gapIds: z.array(IdSchema).max(LIMITS.entities),
  baseline: NumberSchema,
  target: NumberSchema,
  basis: TargetBasisSchema,
  comparator: ComparatorSchema.optional(),
  /** The goal's measurement window (inclusive). Use either `window` or `deadline`. */
  window: DateSpanSchema.optional(),
  /** A deadline; the window then runs from the plan's start. */
  deadline: CalendarDateSchema.optional(),
  /** Share of the plan score; when any goal has one, all must and they add up to 100. */
  weight: z.number().min(0).max(100).optional(),
  /** Whether success requires meeting this goal. */
  required: z.boolean().optional(),
  /** Attainment below this floor (0..1) blocks "successful" by score. */
  floor: z.number().min(0).max(1).optional(),
  milestones: z.array(MilestoneSchema).max(LIMITS.milestones).optional(),
  ...withMetadata,
});

/** A development entry: the skill, the practice that builds it, the feedback that shows it. */
export const DevelopmentEntrySchema = z.strictObject({
  id: IdSchema,
  skill: LabelSchema,
  practice: TextSchema,
  feedback: TextSchema,
  goalIds: z.array(IdSchema).max(LIMITS.entities),
  ...withMetadata,
});

// ---------------------------------------------------------------------------
// Support
// ---------------------------------------------------------------------------

/** What the company provides. */
export const SupportKindSchema = z.enum(['coaching', 'training', 'mentorship', 'shadowing', 'tool', 'other']);

/** How often a recurring support session is due. */
export const SupportCadenceSchema = z.strictObject({
  every: z.enum(['week', 'two_weeks', 'month']),
  /** First session; defaults to the plan's start. */
  starting: CalendarDateSchema.optional(),
  /** Number of sessions; defaults to as many as fit in the plan. */
  count: z.number().int().min(1).max(1_000).optional(),
});

/** The company's side of the plan: a support commitment with an owner and a schedule. */
export const SupportCommitmentSchema = z.strictObject({
  id: IdSchema,
  kind: SupportKindSchema,
  description: TextSchema,
  owner: IdSchema.optional(),
  /** The owner's name, shown wherever the owner is (reports print people by name, never by id). */
  ownerName: LabelSchema.optional(),
  cadence: SupportCadenceSchema.optional(),
  dueDates: z.array(CalendarDateSchema).max(LIMITS.records).optional(),
  goalIds: z.array(IdSchema).max(LIMITS.entities),
  /** Diagnostic system factors this support addresses. */
  systemFactorIds: z.array(IdSchema).max(LIMITS.entities).optional(),
  ...withMetadata,
});

/** A record of one support session delivered or missed. */
export const SupportDeliverySchema = z.strictObject({
  id: IdSchema.optional(),
  commitmentId: IdSchema,
  date: CalendarDateSchema,
  status: z.enum(['delivered', 'missed']),
  note: TextSchema.optional(),
  ...withMetadata,
});

// ---------------------------------------------------------------------------
// Check-ins
// ---------------------------------------------------------------------------

/** A weekday name. */
export const WeekdaySchema = z.enum(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday']);

/** Check-ins scheduled in advance. */
export const CheckInScheduleSchema = z.strictObject({
  cadence: z.enum(['weekly', 'biweekly']),
  weekday: WeekdaySchema,
  /** First check-in; defaults to the first `weekday` on or after the plan's start. */
  firstDate: CalendarDateSchema.optional(),
  /** Move check-ins off weekends. */
  businessDaysOnly: z.boolean().optional(),
  /** Days with no check-in; a check-in falling on one moves to the next working day. */
  holidays: z.array(CalendarDateSchema).max(LIMITS.listItems).optional(),
  ...withMetadata,
});

/** Progress noted for one goal at a check-in. */
export const GoalProgressNoteSchema = z.strictObject({
  goalId: IdSchema,
  note: TextSchema,
  value: NumberSchema.optional(),
});

/** An action agreed at a check-in. */
export const AgreedActionSchema = z.strictObject({
  description: TextSchema,
  owner: IdSchema.optional(),
  due: CalendarDateSchema.optional(),
});

/** A check-in as it happened (or did not). `privateNotes` are the manager's and never shown to the employee. */
export const CheckInSchema = z.strictObject({
  id: IdSchema,
  date: CalendarDateSchema,
  /** The scheduled date this check-in fulfils, when it moved. */
  scheduledFor: CalendarDateSchema.optional(),
  status: z.enum(['held', 'missed']),
  attendees: z.array(IdSchema).max(LIMITS.listItems).optional(),
  /** Notes both manager and employee see. */
  notes: TextSchema.optional(),
  /** The manager's private notes: never rendered for the employee. */
  privateNotes: TextSchema.optional(),
  progress: z.array(GoalProgressNoteSchema).max(LIMITS.entities).optional(),
  actions: z.array(AgreedActionSchema).max(LIMITS.listItems).optional(),
  adjustments: TextListSchema.optional(),
  ...withMetadata,
});

// ---------------------------------------------------------------------------
// Observations
// ---------------------------------------------------------------------------

/**
 * One measured data point. Either `value`, or `numerator` and `denominator`
 * (required for ratio metrics: conversions over attempts).
 */
export const ObservationSchema = z.strictObject({
  id: IdSchema.optional(),
  metricId: IdSchema,
  date: CalendarDateSchema,
  /** The span the value covers when it is a period total (date is then the span's end). */
  period: DateSpanSchema.optional(),
  value: NumberSchema.optional(),
  numerator: z.number().min(0).max(LIMITS.magnitude).optional(),
  denominator: z.number().min(0).max(LIMITS.magnitude).optional(),
  source: LabelSchema.optional(),
  recordedBy: IdSchema.optional(),
  ...withMetadata,
}).check((ctx) => {
  const { value, numerator, denominator } = ctx.value;
  const hasValue = value !== undefined;
  const parts = (numerator !== undefined ? 1 : 0) + (denominator !== undefined ? 1 : 0);
  if (hasValue ? parts > 0 : parts !== 2) {
    const kind = hasValue ? 'value_and_parts' : parts === 0 ? 'no_value' : 'one_part';
    pushIssue(ctx, 'observation_value_shape', { problem: { kind } }, hasValue || parts === 0 ? ['value'] : [numerator === undefined ? 'numerator' : 'denominator']);
  }
});

// ---------------------------------------------------------------------------
// Outcomes, formalising, lifecycle records
// ---------------------------------------------------------------------------

/** What success means and what happens if the goals are not met. */
export const OutcomeStatementsSchema = z.strictObject({
  success: TextSchema,
  ifNotMet: TextSchema,
  ifSuccessful: TextSchema.optional(),
  ...withMetadata,
});

/** HR's neutral review of fairness and consistency. */
export const HrReviewSchema = z.strictObject({
  by: IdSchema,
  date: CalendarDateSchema,
  decision: z.enum(['approved', 'changes_requested']),
  notes: TextSchema.optional(),
  ...withMetadata,
});

/** Who signs a plan. */
export const SignerRoleSchema = z.enum(['manager', 'employee', 'hr']);

/** A signature: acknowledgement of receipt and understanding, not agreement. */
export const SignatureSchema = z.strictObject({
  role: SignerRoleSchema,
  signerId: IdSchema,
  name: LabelSchema,
  date: CalendarDateSchema,
  /** The employee's own comment (disagreement included). */
  comment: TextSchema.optional(),
  /** The plan revision acknowledged; an amendment raises the revision and needs a new signature. */
  revision: CountSchema,
  ...withMetadata,
});

const amendmentFields = {
  date: CalendarDateSchema,
  by: IdSchema,
  reason: TextSchema.min(1),
  targetId: IdSchema,
  revision: CountSchema,
  ...withMetadata,
};

/**
 * A change to a goal or the support after drafting, with its reason and what it changed: the goal
 * or commitment `before` (absent when the amendment added it) and `after` (absent only in records
 * made before amendments kept it). One amendment command that changes several goals or
 * commitments (`amend_plan`) leaves one record for each, all of the same date and revision.
 */
export const AmendmentSchema = z.discriminatedUnion('target', [
  z.strictObject({ ...amendmentFields, target: z.literal('goal'), before: GoalSchema.optional(), after: GoalSchema.optional() }),
  z.strictObject({ ...amendmentFields, target: z.literal('support'), before: SupportCommitmentSchema.optional(), after: SupportCommitmentSchema.optional() }),
]);

/** A granted extension. */
export const ExtensionSchema = z.strictObject({
  grantedOn: CalendarDateSchema,
  by: IdSchema,
  days: DaysSchema,
  previousEndDate: CalendarDateSchema,
  newEndDate: CalendarDateSchema,
  reason: TextSchema,
  ...withMetadata,
});

/** A span during which the plan clock stops (leave, for example). `end` is absent while paused. */
export const PauseSchema = z.strictObject({
  start: CalendarDateSchema,
  end: CalendarDateSchema.optional(),
  reason: TextSchema,
  ...withMetadata,
});

/** How a plan closed. */
export const ClosingOutcomeSchema = z.enum(['successful', 'extended_then_closed', 'not_met', 'withdrawn']);

/**
 * The outcomes an evaluation can recommend (the evaluation's `RecommendedOutcome`, listed here, below
 * both the evaluation and the lifecycle, so a close can name the recommendation it rests on).
 */
export const BasisRecommendationSchema = z.enum(RECOMMENDED_OUTCOMES);

/** The reason codes a recommendation can carry (the evaluation's `ReasonCode`; see the evaluation docs). */
export const BasisReasonCodeSchema = z.enum(REASON_CODES);

/**
 * The evaluation a close rests on (issue 19, item 4): the evaluation's as-of date, its score
 * (0-100), the outcome it recommended and the codes of its reasons. Built by `closeBasis(evaluation,
 * recommendation)`; carried by the `close` command and kept in the plan's closure.
 */
export const CloseBasisSchema = z.strictObject({
  asOf: CalendarDateSchema,
  score: z.number().min(0).max(100),
  recommendation: BasisRecommendationSchema,
  reasonCodes: z.array(BasisReasonCodeSchema).max(BasisReasonCodeSchema.options.length * 4),
});

/** The close of a plan: its outcome, date and author, the reason given, and the evaluation it rests on (`basis`; absent on closes recorded before it was required, and on `withdraw`). */
export const ClosureSchema = z.strictObject({
  outcome: ClosingOutcomeSchema,
  date: CalendarDateSchema,
  by: IdSchema,
  reason: TextSchema.optional(),
  basis: CloseBasisSchema.optional(),
  ...withMetadata,
});

/** Post-plan monitoring of the same metrics after a successful close. */
export const MonitoringSchema = z.strictObject({
  start: CalendarDateSchema,
  end: CalendarDateSchema.optional(),
  metricIds: z.array(IdSchema).max(LIMITS.metrics).optional(),
  ...withMetadata,
});

/** The role an actor plays in a command. */
export const ActorRoleSchema = z.enum(['manager', 'employee', 'hr', 'system']);

/** Who did something, in which role. */
export const ActorSchema = z.strictObject({ id: IdSchema, role: ActorRoleSchema });

/** One immer patch, as JSON. A path never names `__proto__` (`forbidden_key`, as a key would be). */
export const PatchSchema = z.strictObject({
  op: z.enum(['add', 'remove', 'replace']),
  path: z
    .array(z.union([z.string().max(LIMITS.idLength), z.number().int().min(0)]))
    .max(LIMITS.jsonDepth + 8)
    .check((ctx) => {
      ctx.value.forEach((key, index) => {
        if (key === '__proto__') pushIssue(ctx, 'forbidden_key', { value: quote(key) }, [index]);
      });
    }),
  value: JsonValueSchema.optional(),
});

/** A domain event produced by a command (phase entered, check-in missed ...). */
export const DomainEventSchema = withCheckedKeys(z.object({ type: LabelSchema }).catchall(JsonValueSchema));

/** One accepted command in the plan's log: who, in which role, when, what, and the changes it made. */
export const PlanEventSchema = z.strictObject({
  seq: CountSchema,
  at: CalendarDateSchema,
  actor: ActorSchema,
  command: withCheckedKeys(z.object({ type: LabelSchema }).catchall(JsonValueSchema)),
  patches: z.array(PatchSchema).max(LIMITS.patches),
  produced: z.array(DomainEventSchema).max(LIMITS.listItems),
});

/** Where a plan is in its life. */
export const PlanStatusSchema = z.enum([
  'draft',
  'in_review',
  'awaiting_acknowledgement',
  'active',
  'paused',
  'in_evaluation',
  'closed',
  'monitoring',
  'completed',
]);

/** The three phases of the plan's rhythm while it is active. */
export const PlanPhaseSchema = z.enum(['diagnose_and_develop', 'practise_and_apply', 'measure_and_evaluate']);

/** The plan's dates. `durationDays` counts the start day: a 90-day plan from 2026-01-05 ends 2026-04-04. */
export const PlanDatesSchema = {
  createdOn: CalendarDateSchema,
  startDate: CalendarDateSchema,
  endDate: CalendarDateSchema.optional(),
  durationDays: DaysSchema.optional(),
} as const;

