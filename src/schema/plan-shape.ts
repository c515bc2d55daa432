import * as z from 'zod';
import {
  AmendmentSchema,
  CheckInScheduleSchema,
  CheckInSchema,
  ClosureSchema,
  CoachingConversationSchema,
  DevelopmentEntrySchema,
  DiagnosticSchema,
  EmployeeSchema,
  ExtensionSchema,
  GapSchema,
  GoalSchema,
  HrReviewSchema,
  MetricDefinitionSchema,
  MonitoringSchema,
  ObservationSchema,
  OutcomeStatementsSchema,
  PauseSchema,
  PersonSchema,
  PlanDatesSchema,
  PlanEventSchema,
  PlanPhaseSchema,
  PlanStatusSchema,
  SignatureSchema,
  SupportCommitmentSchema,
  SupportDeliverySchema,
} from './entities.js';
import { LIMITS } from './limits.js';
import { CountSchema, IdSchema, LabelSchema, TextSchema, withMetadata } from './primitives.js';

/** The interchange format version this library reads and writes. */
export const PLAN_SCHEMA_VERSION = 1;

/** The plan's fields, before the cross-field rules. */
export const PlanShape = z.strictObject({
  schemaVersion: z.literal(PLAN_SCHEMA_VERSION),
  id: IdSchema,
  /** Display title: the caller's terminology ("Growth Plan", "Success Plan"). */
  title: LabelSchema.optional(),
  employee: EmployeeSchema,
  manager: PersonSchema,
  hrPartner: PersonSchema.optional(),
  purpose: TextSchema.optional(),
  ...PlanDatesSchema,
  /** The role's typical sales cycle in days (an outcome goal shorter than this is not achievable). */
  salesCycleDays: z.number().int().min(1).max(3_660).optional(),
  priorCoaching: z.array(CoachingConversationSchema).max(LIMITS.records).default([]),
  status: PlanStatusSchema.default('draft'),
  phase: PlanPhaseSchema.optional(),
  /** Raised by each amendment; signatures name the revision they acknowledge. */
  revision: CountSchema.default(0),
  diagnostic: DiagnosticSchema.optional(),
  metrics: z.array(MetricDefinitionSchema).max(LIMITS.metrics).default([]),
  gaps: z.array(GapSchema).max(LIMITS.entities).default([]),
  goals: z.array(GoalSchema).max(LIMITS.entities).default([]),
  development: z.array(DevelopmentEntrySchema).max(LIMITS.entities).default([]),
  support: z.array(SupportCommitmentSchema).max(LIMITS.entities).default([]),
  supportDeliveries: z.array(SupportDeliverySchema).max(LIMITS.records).default([]),
  checkInSchedule: CheckInScheduleSchema.optional(),
  checkIns: z.array(CheckInSchema).max(LIMITS.records).default([]),
  observations: z.array(ObservationSchema).max(LIMITS.observations).default([]),
  outcomes: OutcomeStatementsSchema.optional(),
  reviews: z.array(HrReviewSchema).max(LIMITS.records).default([]),
  signatures: z.array(SignatureSchema).max(LIMITS.records).default([]),
  amendments: z.array(AmendmentSchema).max(LIMITS.records).default([]),
  extensions: z.array(ExtensionSchema).max(LIMITS.records).default([]),
  pauses: z.array(PauseSchema).max(LIMITS.records).default([]),
  events: z.array(PlanEventSchema).max(LIMITS.events).default([]),
  closure: ClosureSchema.optional(),
  monitoring: MonitoringSchema.optional(),
  ...withMetadata,
});

/** A plan as the shape describes it, before the cross-field rules. */
export type PlanShapeOutput = z.output<typeof PlanShape>;
