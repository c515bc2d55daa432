import type * as z from 'zod';
import type * as E from './entities.js';
import type { ObservationFeedSchema, PlanSchema } from './plan.js';

/** A performance improvement plan, as parsed (defaults filled, deeply frozen). */
export type Plan = z.output<typeof PlanSchema>;
/** A plan as accepted by {@link parsePlan}: list fields may be omitted. */
export type PlanInput = z.input<typeof PlanSchema>;
/** A person taking part in the plan. */
export type Person = z.output<typeof E.PersonSchema>;
/** The employee on the plan. */
export type Employee = z.output<typeof E.EmployeeSchema>;
/** An informal coaching conversation held before the plan. */
export type CoachingConversation = z.output<typeof E.CoachingConversationSchema>;
/** Skill, will, system or mixed. */
export type RootCause = z.output<typeof E.RootCauseSchema>;
/** A system factor found by the diagnostic. */
export type SystemFactor = z.output<typeof E.SystemFactorSchema>;
/** The kind of a system factor. */
export type SystemFactorKind = z.output<typeof E.SystemFactorKindSchema>;
/** The five diagnostic questions and the root cause. */
export type Diagnostic = z.output<typeof E.DiagnosticSchema>;
/** Skill, behavior, activity or outcome. */
export type MetricKind = z.output<typeof E.MetricKindSchema>;
/** The unit of a metric's values. */
export type MetricUnit = z.output<typeof E.MetricUnitSchema>;
/** Higher or lower is better. */
export type Direction = z.output<typeof E.DirectionSchema>;
/** How a metric's observations combine. */
export type Aggregation = z.output<typeof E.AggregationSchema>;
/** One level of a rubric. */
export type RubricLevel = z.output<typeof E.RubricLevelSchema>;
/** A skill rubric. */
export type Rubric = z.output<typeof E.RubricSchema>;
/** A metric definition. */
export type MetricDefinition = z.output<typeof E.MetricDefinitionSchema>;
/** What a gap's standard is. */
export type StandardSource = z.output<typeof E.StandardSourceSchema>;
/** A performance gap. */
export type Gap = z.output<typeof E.GapSchema>;
/** A goal category. */
export type GoalCategory = z.output<typeof E.GoalCategorySchema>;
/** What a target counts: per day, week, month or window. */
export type TargetBasis = z.output<typeof E.TargetBasisSchema>;
/** At least or at most. */
export type Comparator = z.output<typeof E.ComparatorSchema>;
/** An intermediate target. */
export type Milestone = z.output<typeof E.MilestoneSchema>;
/** A SMART goal. */
export type Goal = z.output<typeof E.GoalSchema>;
/** A development plan entry. */
export type DevelopmentEntry = z.output<typeof E.DevelopmentEntrySchema>;
/** A kind of support. */
export type SupportKind = z.output<typeof E.SupportKindSchema>;
/** A recurring support schedule. */
export type SupportCadence = z.output<typeof E.SupportCadenceSchema>;
/** A support commitment. */
export type SupportCommitment = z.output<typeof E.SupportCommitmentSchema>;
/** A support session delivered or missed. */
export type SupportDelivery = z.output<typeof E.SupportDeliverySchema>;
/** A weekday name. */
export type Weekday = z.output<typeof E.WeekdaySchema>;
/** The check-in schedule. */
export type CheckInSchedule = z.output<typeof E.CheckInScheduleSchema>;
/** Progress noted for one goal at a check-in. */
export type GoalProgressNote = z.output<typeof E.GoalProgressNoteSchema>;
/** An action agreed at a check-in. */
export type AgreedAction = z.output<typeof E.AgreedActionSchema>;
/** A check-in record. */
export type CheckIn = z.output<typeof E.CheckInSchema>;
/** One measured data point. */
export type Observation = z.output<typeof E.ObservationSchema>;
/** A feed of observations. */
export type ObservationFeed = z.output<typeof ObservationFeedSchema>;
/** Success criteria and consequences. */
export type OutcomeStatements = z.output<typeof E.OutcomeStatementsSchema>;
/** HR's review. */
export type HrReview = z.output<typeof E.HrReviewSchema>;
/** Who signs. */
export type SignerRole = z.output<typeof E.SignerRoleSchema>;
/** A signature (acknowledgement, not agreement). */
export type Signature = z.output<typeof E.SignatureSchema>;
/** An amendment with its reason. */
export type Amendment = z.output<typeof E.AmendmentSchema>;
/** A granted extension. */
export type Extension = z.output<typeof E.ExtensionSchema>;
/** A pause of the plan clock. */
export type Pause = z.output<typeof E.PauseSchema>;
/** How a plan closed. */
export type ClosingOutcome = z.output<typeof E.ClosingOutcomeSchema>;
/** The evaluation a close rests on. */
export type CloseBasis = z.output<typeof E.CloseBasisSchema>;
/** The close of a plan. */
export type Closure = z.output<typeof E.ClosureSchema>;
/** Post-plan monitoring. */
export type Monitoring = z.output<typeof E.MonitoringSchema>;
/** The role of an actor. */
export type ActorRole = z.output<typeof E.ActorRoleSchema>;
/** Who did something, in which role. */
export type Actor = z.output<typeof E.ActorSchema>;
/** One immer patch as JSON. */
export type PlanPatch = z.output<typeof E.PatchSchema>;
/** An event a command produced. */
export type DomainEvent = z.output<typeof E.DomainEventSchema>;
/** One accepted command in the plan's log. */
export type PlanEvent = z.output<typeof E.PlanEventSchema>;
/** Where a plan is in its life. */
export type PlanStatus = z.output<typeof E.PlanStatusSchema>;
/** The phase of an active plan. */
export type PlanPhase = z.output<typeof E.PlanPhaseSchema>;
