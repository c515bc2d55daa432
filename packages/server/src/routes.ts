/**
 * The routes, declared with `@hono/zod-openapi` from the library's own zod schemas: the same
 * schema validates the request and describes it in `/openapi.json`.
 *
 * Where the library has no zod schema (an evaluation, lint findings, effects) the response is
 * described as an object with the fields the service adds, and a description pointing to the
 * library's types; request bodies always use the library's schemas.
 *
 * @module
 */
import { createRoute, z } from '@hono/zod-openapi';
import { CalendarDateSchema, ObservationSchema, PlanCommandSchema, PlanEventSchema, PlanSchema, PlanStatusSchema } from 'improvement-plan';
import { ProblemSchema } from './problems.js';

const problemContent = { 'application/problem+json': { schema: ProblemSchema } };
const problems = (...statuses: number[]) =>
  Object.fromEntries(statuses.map((status) => [status, { description: PROBLEM_DESCRIPTIONS[status] ?? 'A problem', content: problemContent }]));

const PROBLEM_DESCRIPTIONS: Record<number, string> = {
  400: 'Malformed JSON, a bad header, or a day the server sets (problem)',
  401: 'No token, or a token that does not verify (problem)',
  403: 'The role may not do this (problem)',
  404: "No such plan, or another person's plan (problem)",
  409: 'Another plan has this id (problem)',
  412: 'If-Match names an older revision (problem, with the current revision)',
  413: 'Request body too large (problem)',
  415: 'The body is not application/json (problem)',
  422: "Invalid document or command (problem with the library's issues), or the lifecycle's refusal",
  500: 'Internal error (problem; never a stack trace)',
  503: 'The database is unavailable or the service is shutting down (problem)',
};

const COMMON = [401, 500, 503] as const;

/** A plan id in the path. */
export const PlanIdParams = z.object({
  id: z.string().min(1).max(128).regex(/^[^\u0000-\u001f\u007f]+$/, 'A plan id has no control characters.').openapi({ param: { name: 'id', in: 'path' }, example: 'pip-2026-0007' }),
});

/** `asOf` on writes: only when the server allows client dates (`IMPROVEMENT_PLAN_CLIENT_DATES=1`). */
export const WriteQuery = z.object({
  asOf: CalendarDateSchema.optional().openapi({
    param: { name: 'asOf', in: 'query' },
    description: "The day it happens. Refused (400 as_of_not_allowed) unless the server allows client dates; by default the server's calendar decides.",
  }),
});

/*
 * The library's schemas as named components (each appears once in the document and is referenced).
 * `.meta({ id })` is zod's own API: it returns a copy registered under that id, which
 * zod-to-openapi turns into a `$ref`. (`.openapi()` is not used on the library's schemas: it exists
 * only on schemas built after `@hono/zod-openapi` has extended zod, and an application may well
 * import the library first.)
 */
/** `PlanSchema` as the component `Plan`. */
export const PlanRef = PlanSchema.meta({ id: 'Plan', description: "A performance improvement plan: the library's interchange format (PlanSchema)." });
/** `PlanCommandSchema` as the component `PlanCommand`. */
export const CommandRef = PlanCommandSchema.meta({ id: 'PlanCommand', description: "A command to a plan, discriminated by type (the library's PlanCommandSchema)." });
/** `PlanEventSchema` as the component `PlanEvent`. */
export const PlanEventRef = PlanEventSchema.meta({ id: 'PlanEvent', description: "One accepted command in the plan's log (the library's PlanEventSchema)." });
/** `ObservationSchema` as the component `Observation`. */
export const ObservationRef = ObservationSchema.meta({ id: 'Observation', description: "One measured data point (the library's ObservationSchema)." });

const Finding = z
  .object({ code: z.string(), severity: z.enum(['error', 'warning', 'info']), path: z.array(z.union([z.string(), z.number()])), message: z.string() })
  .catchall(z.unknown())
  .openapi('LintFinding', { description: "One of `lintPlan`'s findings (see the library's `LintFinding`)." });

const Effect = z
  .object({ kind: z.enum(['reminder', 'notice']), type: z.string(), message: z.string() })
  .catchall(z.unknown())
  .openapi('Effect', { description: 'A reminder or notice for the host to deliver (see the library\'s `LifecycleEffect`).' });

const DomainEvent = z.object({ type: z.string() }).catchall(z.unknown()).openapi('DomainEvent');

const StoredPlan = z
  .object({ plan: PlanRef, revision: z.number().int().min(0), hash: z.string() })
  .openapi('StoredPlan', { description: 'A plan, its revision (the number of log entries: the ETag) and the hash of its latest link.' });

const Created = z
  .object({ plan: PlanRef, revision: z.number().int().min(0), hash: z.string(), findings: z.array(Finding), duplicate: z.boolean() })
  .openapi('CreatedPlan');

const Executed = z
  .object({
    plan: PlanRef,
    revision: z.number().int().min(0),
    hash: z.string(),
    entry: PlanEventRef.nullable(),
    events: z.array(DomainEvent),
    effects: z.array(Effect),
    duplicate: z.boolean(),
  })
  .openapi('CommandResult', { description: 'The plan after the command, the log entry appended (null for an `advance` that changed nothing), the domain events and the effects.' });

const Summary = z
  .object({
    planId: z.string(),
    employeeId: z.string(),
    managerId: z.string(),
    hrPartnerId: z.string().nullable(),
    status: z.string(),
    evaluationDueOn: z.string().nullable(),
    revision: z.number().int(),
  })
  .openapi('PlanSummary');

const LogEntry = z
  .object({
    seq: z.number().int(),
    commandId: z.string(),
    entry: PlanEventRef,
    effects: z.array(Effect),
    schemaVersion: z.number().int(),
    hash: z.string(),
    previousHash: z.string(),
    redacted: z.boolean(),
  })
  .openapi('LogEntry');

const Log = z
  .object({
    planId: z.string(),
    created: z.object({ actor: z.object({ id: z.string(), role: z.string() }), asOf: z.string(), hash: z.string(), schemaVersion: z.number().int(), redacted: z.boolean() }),
    entries: z.array(LogEntry),
  })
  .openapi('Log', { description: "The plan's log. In an employee's copy the private notes are taken out of every entry (its hashes still cover what was stored)." });

const Verification = z
  .object({
    intact: z.boolean(),
    firstBadSeq: z.number().int().nullable(),
    problems: z.array(z.object({ code: z.string(), seq: z.number().int().nullable(), message: z.string() })),
    entries: z.number().int(),
    head: z.object({ seq: z.number().int(), hash: z.string() }),
  })
  .openapi('Verification');

/** The bulk observations body: the library's `ObservationSchema`, at most 10,000 at once. */
export const MAX_OBSERVATIONS_PER_REQUEST = 10_000;
const ObservationsBody = z.strictObject({ observations: z.array(ObservationRef).min(1).max(MAX_OBSERVATIONS_PER_REQUEST) }).openapi('ObservationBatch');

const ObservationsRecorded = z
  .object({
    received: z.number().int(),
    inserted: z.number().int(),
    duplicates: z.number().int(),
    conflicts: z.array(z.object({ index: z.number().int(), key: z.string() })),
  })
  .openapi('ObservationsRecorded');

const Evaluation = z
  .object({
    asOf: z.string(),
    observations: z.number().int().describe('How many stored observations were read.'),
    summary: z.object({}).catchall(z.unknown()).describe("`summarizeEvaluation`'s result (the library's `EvaluationSummary`): score, goals, recommendation."),
    evaluation: z.object({}).catchall(z.unknown()).describe("`evaluatePlan`'s result (the library's `PlanEvaluation`): every figure with its evidence."),
  })
  .openapi('Evaluation');

const json = <T extends z.ZodType>(schema: T) => ({ content: { 'application/json': { schema } } });
const etag = { ETag: { schema: { type: 'string' as const }, description: 'The revision, quoted ("5")' } };

export const createPlanRoute = createRoute({
  method: 'post',
  path: '/plans',
  operationId: 'createPlan',
  summary: 'Store a new plan (validated and linted)',
  description: "Invalid documents are 422 with the library's issues and their paths; lint findings come back with the stored plan. The same plan sent again is answered as stored (200, `duplicate: true`).",
  request: { query: WriteQuery, body: { required: true, ...json(PlanRef) } },
  responses: {
    201: { description: 'Stored', headers: etag, ...json(Created) },
    200: { description: 'Already stored (the same plan)', headers: etag, ...json(Created) },
    ...problems(400, 403, 409, 413, 415, 422, ...COMMON),
  },
});

/** An id in a query: like a plan id, no control characters (PostgreSQL text cannot hold a NUL, and no id has one). */
const queryId = () => z.string().min(1).max(128).regex(/^[^\u0000-\u001f\u007f]+$/, 'An id has no control characters.');

export const ListQuery = z.object({
  status: z.string().max(500).regex(/^[^\u0000-\u001f\u007f]*$/, 'Statuses have no control characters.').optional().openapi({ param: { name: 'status', in: 'query' }, description: 'Comma-separated statuses', example: 'active,paused' }),
  employeeId: queryId().optional().openapi({ param: { name: 'employeeId', in: 'query' } }),
  managerId: queryId().optional().openapi({ param: { name: 'managerId', in: 'query' } }),
  hrPartnerId: queryId().optional().openapi({ param: { name: 'hrPartnerId', in: 'query' } }),
  evaluationDueFrom: CalendarDateSchema.optional().openapi({ param: { name: 'evaluationDueFrom', in: 'query' } }),
  evaluationDueTo: CalendarDateSchema.optional().openapi({ param: { name: 'evaluationDueTo', in: 'query' } }),
  limit: z.string().regex(/^\d{1,5}$/).optional().openapi({ param: { name: 'limit', in: 'query' }, description: '1 to 10,000 (default 1,000)' }),
  after: queryId().optional().openapi({ param: { name: 'after', in: 'query' }, description: 'The last plan id of the previous page' }),
});

export const listPlansRoute = createRoute({
  method: 'get',
  path: '/plans',
  operationId: 'listPlans',
  summary: "Plan summaries, scoped to the caller's plans",
  request: { query: ListQuery },
  responses: {
    200: { description: 'Plan summaries ordered by id; `next` is the id to pass as `after` for the next page', ...json(z.object({ plans: z.array(Summary), next: z.string().nullable() }).openapi('PlanList')) },
    ...problems(403, 422, ...COMMON),
  },
});

export const getPlanRoute = createRoute({
  method: 'get',
  path: '/plans/{id}',
  operationId: 'getPlan',
  summary: 'The current plan (ETag = revision)',
  request: { params: PlanIdParams },
  responses: { 200: { description: 'The plan', headers: etag, ...json(StoredPlan) }, 304: { description: 'Not modified (If-None-Match)' }, ...problems(403, 404, ...COMMON) },
});

export const CommandHeaders = z.object({
  'if-match': z.string().max(100).optional().openapi({ param: { name: 'if-match', in: 'header' }, description: 'The revision the sender read ("5"); 412 when the plan has moved on' }),
  'idempotency-key': z
    .string()
    .min(1)
    .max(200)
    .regex(/^[\x21-\x7e]+$/)
    .optional()
    .openapi({ param: { name: 'idempotency-key', in: 'header' }, description: "The command's id: a retry with the same key returns the first result and appends nothing" }),
});

export const executeCommandRoute = createRoute({
  method: 'post',
  path: '/plans/{id}/commands',
  operationId: 'executeCommand',
  summary: 'Send a command to a plan (the actor is the token)',
  description: 'The body is one of the library\'s commands (`PlanCommandSchema`); a body naming an actor is refused as an unknown field.',
  request: { params: PlanIdParams, query: WriteQuery, headers: CommandHeaders, body: { required: true, ...json(CommandRef) } },
  responses: { 200: { description: 'Accepted (or the first result of this Idempotency-Key)', headers: etag, ...json(Executed) }, ...problems(400, 403, 404, 412, 413, 415, 422, ...COMMON) },
});

export const getLogRoute = createRoute({
  method: 'get',
  path: '/plans/{id}/log',
  operationId: 'getLog',
  summary: "The plan's log, with its hash chain",
  request: { params: PlanIdParams },
  responses: { 200: { description: 'The log', ...json(Log) }, ...problems(403, 404, ...COMMON) },
});

export const verifyPlanRoute = createRoute({
  method: 'get',
  path: '/plans/{id}/verify',
  operationId: 'verifyPlan',
  summary: 'Check the hash chain, every digest and the replay of the log',
  request: { params: PlanIdParams },
  responses: { 200: { description: 'The verification', ...json(Verification) }, ...problems(403, 404, ...COMMON) },
});

export const recordObservationsRoute = createRoute({
  method: 'post',
  path: '/plans/{id}/observations',
  operationId: 'recordObservations',
  summary: 'Record observations in bulk (idempotent by observation id)',
  request: { params: PlanIdParams, query: WriteQuery, body: { required: true, ...json(ObservationsBody) } },
  responses: { 200: { description: 'Recorded', ...json(ObservationsRecorded) }, ...problems(400, 403, 404, 413, 415, 422, ...COMMON) },
});

export const EvaluationQuery = z.object({
  asOf: CalendarDateSchema.optional().openapi({ param: { name: 'asOf', in: 'query' }, description: "The day evaluated (default: today in the server's time zone)" }),
});

export const getEvaluationRoute = createRoute({
  method: 'get',
  path: '/plans/{id}/evaluation',
  operationId: 'getEvaluation',
  summary: 'Evaluate the plan with its stored observations',
  request: { params: PlanIdParams, query: EvaluationQuery },
  responses: { 200: { description: 'The evaluation', ...json(Evaluation) }, ...problems(403, 404, 422, ...COMMON) },
});

export const DocumentQuery = z.object({
  format: z.enum(['html', 'markdown']).optional().openapi({ param: { name: 'format', in: 'query' }, description: 'Default html' }),
  audience: z.enum(['employee', 'manager', 'hr']).optional().openapi({ param: { name: 'audience', in: 'query' }, description: "Default: the caller's role's audience" }),
  kind: z.enum(['plan', 'evaluation']).optional().openapi({ param: { name: 'kind', in: 'query' }, description: 'Default plan' }),
  asOf: CalendarDateSchema.optional().openapi({ param: { name: 'asOf', in: 'query' }, description: "Default: today in the server's time zone" }),
});

export const getDocumentRoute = createRoute({
  method: 'get',
  path: '/plans/{id}/document',
  operationId: 'getDocument',
  summary: 'The plan or its evaluation as a document people read',
  request: { params: PlanIdParams, query: DocumentQuery },
  responses: {
    200: { description: 'The document', content: { 'text/html': { schema: z.string() }, 'text/markdown': { schema: z.string() } } },
    ...problems(403, 404, 422, ...COMMON),
  },
});

const Health = z.object({ status: z.string() }).openapi('Health');

export const healthzRoute = createRoute({
  method: 'get',
  path: '/healthz',
  operationId: 'healthz',
  summary: 'Liveness: the process answers',
  security: [],
  responses: { 200: { description: 'Alive', ...json(Health) } },
});

export const readyzRoute = createRoute({
  method: 'get',
  path: '/readyz',
  operationId: 'readyz',
  summary: 'Readiness: the database answers and the service is not shutting down',
  security: [],
  responses: { 200: { description: 'Ready', ...json(Health) }, 503: { description: 'Not ready (problem)', content: problemContent } },
});

/** The statuses `GET /plans?status=` accepts. */
export const PLAN_STATUSES = PlanStatusSchema.options;
