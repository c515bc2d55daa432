/**
 * The HTTP application: authentication, the authorization table, body checks, the routes, and
 * problems for every error. It keeps no state of its own besides the readiness flag: every
 * replica reads and writes the same store.
 *
 * @module
 */
import { OpenAPIHono, type RouteConfig } from '@hono/zod-openapi';
import type { Context, MiddlewareHandler } from 'hono';
import { HTTPException } from 'hono/http-exception';
import {
  parsePlan,
  parseObservations,
  renderEvaluation,
  renderPlan,
  summarizeEvaluation,
  type PlanStatus,
} from 'improvement-plan';
import type { ListFilter, PlanStore, StoreError } from '@improvement-plan/store';
import { randomUUID } from 'node:crypto';
import { bearerToken, createTokenVerifier, type Principal, type TokenVerifier } from './auth.js';
import { commandAllowed, decide, routeAccess, type RouteId } from './authorization.js';
import { todayIn, type ServerConfig } from './config.js';
import { problem, problemResponse, zodIssues, type IssueJson, type Problem } from './problems.js';
import { employeeEntry, employeePlan } from './redact.js';
import {
  createPlanRoute,
  executeCommandRoute,
  getDocumentRoute,
  getEvaluationRoute,
  getLogRoute,
  getPlanRoute,
  healthzRoute,
  listPlansRoute,
  PLAN_STATUSES,
  readyzRoute,
  recordObservationsRoute,
  verifyPlanRoute,
} from './routes.js';

/** What {@link createApp} needs. */
export interface AppOptions {
  readonly store: PlanStore;
  readonly config: Pick<ServerConfig, 'auth' | 'bodyLimit' | 'timeZone' | 'clientDates'>;
  /** Verifies tokens (default: from `config.auth`). */
  readonly verifier?: TokenVerifier;
  /** Where internal errors are logged (default `console.error`). Never sent to the client. */
  readonly log?: (message: string, error?: unknown) => void;
  /** The clock behind "today" (default `() => new Date()`). */
  readonly now?: () => Date;
}

/** The application and its readiness switch. */
export interface ServerApp {
  readonly app: OpenAPIHono<AppEnv>;
  /** Set to false when shutting down: `/readyz` answers 503. */
  setReady(ready: boolean): void;
}

/** Hono variables set by the middleware. */
export interface AppEnv {
  Variables: { principal: Principal; routeId: RouteId; requestId: string };
}

type Ctx = Context<AppEnv>;

/** "An employee", "A manager", "An hr", "A system": the subject of a refusal's sentence. */
function anRole(role: string): string {
  return `${/^[aeiou]/.test(role) ? 'An' : 'A'} ${role}`;
}

/** The OpenAPI document's `info`. */
export const OPENAPI_INFO = Object.freeze({
  title: 'improvement-plan service',
  version: '0.1.0',
  description:
    'Performance improvement plans over HTTP: the `improvement-plan` library and `@improvement-plan/store` behind bearer JWTs. Every error is an RFC 9457 problem (`application/problem+json`) with a `code`.',
});

/** The route a request is for, from its method and path (undefined: no such route). */
export function routeOf(method: string, path: string, audience: string | undefined, role: string | undefined): RouteId | undefined {
  if (method === 'GET' || method === 'HEAD') {
    if (path === '/healthz') return 'healthz';
    if (path === '/readyz') return 'readyz';
    if (path === '/openapi.json') return 'openapi';
    if (path === '/plans') return 'listPlans';
  }
  if (method === 'POST' && path === '/plans') return 'createPlan';
  const match = /^\/plans\/([^/]+)(?:\/(commands|log|verify|observations|evaluation|document))?$/.exec(path);
  if (!match) return undefined;
  const sub = match[2];
  if (method === 'POST') return sub === 'commands' ? 'executeCommand' : sub === 'observations' ? 'recordObservations' : undefined;
  if (method !== 'GET' && method !== 'HEAD') return undefined;
  switch (sub) {
    case undefined:
      return 'getPlan';
    case 'log':
      return 'getLog';
    case 'verify':
      return 'verifyPlan';
    case 'evaluation':
      return 'getEvaluation';
    case 'document': {
      const chosen = audience ?? defaultAudience(role);
      return chosen === 'manager' ? 'documentManager' : chosen === 'hr' ? 'documentHr' : 'documentEmployee';
    }
    default:
      return undefined;
  }
}

function defaultAudience(role: string | undefined): 'employee' | 'manager' | 'hr' {
  return role === 'manager' ? 'manager' : role === 'hr' || role === 'system' ? 'hr' : 'employee';
}

const JSON_TYPE = /^application\/([\w.-]+\+)?json$/i;

/** The status and problem for a store error. */
export function storeProblem(error: StoreError): { problem: Problem; headers?: Record<string, string> } {
  switch (error.code) {
    case 'invalid_plan':
      return { problem: problem('invalid_plan', 'The plan is not valid: see issues.', { issues: error.issues }) };
    case 'invalid_request':
      return { problem: problem('invalid_request', error.message, { issues: error.issues }) };
    case 'not_found':
      return { problem: problem('not_found', `No plan ${JSON.stringify(error.planId)}.`) };
    case 'already_exists':
      return { problem: problem('already_exists', `Another plan is stored under the id ${JSON.stringify(error.planId)}.`) };
    case 'rejected':
      return { problem: problem('rejected', error.rejection.message, { rejection: error.rejection }) };
    case 'conflict':
      return {
        problem: problem('precondition_failed', `The plan is at revision ${error.revision}, not ${error.expectedRevision}: read it again and decide again.`, {
          revision: error.revision,
          expectedRevision: error.expectedRevision,
        }),
        headers: { etag: `"${error.revision}"` },
      };
    case 'command_id_reused':
      return { problem: problem('idempotency_key_reused', `The Idempotency-Key ${JSON.stringify(error.commandId)} was used for another command (entry ${error.seq}).`) };
    case 'unreadable':
      return { problem: problem('plan_unreadable', `The stored plan ${JSON.stringify(error.planId)} cannot be read; run verify.`) };
    case 'database_error':
      return error.retryable
        ? { problem: problem('unavailable', 'The database failed; nothing was written. Retry later.', { retryable: true }), headers: { 'retry-after': '1' } }
        : { problem: problem('internal_error', 'The database refused the request; nothing was written.', { retryable: false }) };
    case 'closed':
      return { problem: problem('unavailable', 'The service is shutting down.'), headers: { 'retry-after': '1' } };
  }
}

function send(p: Problem, headers?: Record<string, string>): Response {
  return problemResponse(p, headers);
}

function fromStore(error: StoreError): Response {
  const { problem: p, headers } = storeProblem(error);
  return send(p, headers);
}

/** The parsed JSON body the middleware stored (bodies are read once, within the limit). */
async function readJson(c: Ctx): Promise<unknown> {
  return c.req.json();
}

function valid<T>(c: Ctx, target: 'json' | 'query' | 'param' | 'header'): T {
  return (c.req.valid as (t: string) => unknown)(target) as T;
}

/**
 * Build the application on a store.
 *
 * @example
 * ```ts
 * const store = await createPlanStore();
 * const { app } = createApp({ store, config: loadConfig({ IMPROVEMENT_PLAN_JWT_SECRET: secret }) });
 * const response = await app.request('/healthz'); // 200 { status: 'ok' }
 * ```
 */
export function createApp(options: AppOptions): ServerApp {
  const { store, config } = options;
  const verifier = options.verifier ?? createTokenVerifier(config.auth);
  const log = options.log ?? ((message: string, error?: unknown) => console.error(message, error));
  const now = options.now ?? (() => new Date());
  let ready = true;
  const today = () => todayIn(config.timeZone, now());

  const app = new OpenAPIHono<AppEnv>({
    defaultHook: async (result, c) => {
      if (result.success) return undefined;
      const issues = zodIssues(result.error.issues);
      if (result.target === 'header') return send(problem('invalid_header', `Invalid header: ${issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`, { issues }));
      if (result.target === 'json' && c.get('routeId') === 'createPlan') {
        // The library's own issues for a bad plan: codes, paths and sentences from parsePlan.
        const parsed = parsePlan(await readJson(c as Ctx));
        const libraryIssues: readonly IssueJson[] = parsed.ok ? issues : parsed.issues.map((i) => ({ code: i.code, path: i.path.map((p) => (typeof p === 'number' ? p : String(p))), message: i.message }));
        return send(problem('invalid_plan', 'The plan is not valid: see issues.', { issues: libraryIssues }));
      }
      if (result.target === 'json' && c.get('routeId') === 'recordObservations') {
        const body = await readJson(c as Ctx);
        const rows = body !== null && typeof body === 'object' && !Array.isArray(body) ? (body as Record<string, unknown>)['observations'] : undefined;
        const parsed = Array.isArray(rows) && rows.length <= 10_000 ? parseObservations(rows) : undefined;
        const libraryIssues = parsed && !parsed.ok ? parsed.issues.map((i) => ({ code: i.code, path: ['observations', ...i.path.map((p) => (typeof p === 'number' ? p : String(p)))], message: i.message })) : issues;
        return send(problem('invalid_observations', 'The observations are not valid: see issues.', { issues: libraryIssues }));
      }
      if (result.target === 'param') return send(problem('not_found', 'No such plan: the id is not a plan id.'));
      const where = result.target === 'json' ? 'body' : result.target;
      return send(problem('invalid_request', `The request ${where} is not valid: see issues.`, { issues }));
    },
  });

  // -------------------------------------------------------------------------------------------
  // Middleware: route, token, role, body.

  const gate: MiddlewareHandler<AppEnv> = async (c, next) => {
    c.set('requestId', randomUUID());
    const method = c.req.method;
    const path = c.req.path;
    const pre = routeOf(method, path, c.req.query('audience'), undefined);
    if (pre === undefined) return next();
    const access = routeAccess(pre);
    if (access.public) {
      c.set('routeId', pre);
      return next();
    }
    const header = c.req.header('authorization');
    const token = bearerToken(header);
    const challenge = (code: string) => ({ 'www-authenticate': `Bearer realm="improvement-plan"${code === 'missing_token' ? '' : `, error="invalid_token"`}` });
    if (token === undefined) {
      const detail = header === undefined ? 'Send Authorization: Bearer <token>.' : 'The Authorization header is not "Bearer <token>".';
      return send(problem('missing_token', detail), challenge('missing_token'));
    }
    const verified = await verifier(token);
    if (!verified.ok) return send(problem(verified.failure.code, verified.failure.detail), challenge(verified.failure.code));
    const principal = verified.principal;
    c.set('principal', principal);
    const routeId = routeOf(method, path, c.req.query('audience'), principal.role)!;
    c.set('routeId', routeId);
    if (decide(routeId, principal.role, principal.id, undefined) === 'forbidden') {
      return send(problem('forbidden', `${anRole(principal.role)} may not use ${method} ${routeAccess(routeId).path}.`));
    }
    if (method === 'POST') {
      const type = c.req.header('content-type');
      const media = type === undefined ? '' : type.split(';')[0]!.trim();
      if (!JSON_TYPE.test(media)) return send(problem('unsupported_media_type', `Send the body as application/json${type === undefined ? '' : `, not ${type.slice(0, 100)}`}.`));
      const length = c.req.header('content-length');
      if (length !== undefined && /^\d+$/.test(length) && Number(length) > config.bodyLimit) return tooLarge();
      let text: string;
      try {
        const read = await readLimited(c.req.raw, config.bodyLimit);
        if (read === undefined) return tooLarge();
        text = read;
      } catch {
        return send(problem('malformed_json', 'The request body could not be read.'));
      }
      let body: unknown;
      try {
        body = JSON.parse(text);
      } catch {
        return send(problem('malformed_json', 'The request body is not valid JSON.'));
      }
      // PostgreSQL cannot store the NUL character in text: refuse it here, with its path.
      const nul = nulPath(body);
      if (nul !== undefined) {
        return send(problem('invalid_request', 'Text must not contain the NUL character (\\u0000).', { issues: [{ code: 'invalid_character', path: nul, message: 'Text must not contain the NUL character (\\u0000).' }] }));
      }
      // The command types a role may send are checked before the body is validated: a role
      // learns nothing about commands it may not send.
      if (routeId === 'executeCommand' && body !== null && typeof body === 'object' && typeof (body as { type?: unknown }).type === 'string') {
        const type = (body as { type: string }).type;
        if (!commandAllowed(principal.role, type)) return send(problem('command_not_allowed', `${anRole(principal.role)} may not send ${type.slice(0, 100)}.`, { command: type.slice(0, 100) }));
      }
      (c.req.bodyCache as Record<string, unknown>)['text'] = Promise.resolve(text);
    }
    return next();
  };

  // The rest of the body is not read: the connection is closed after the answer.
  const tooLarge = () => send(problem('payload_too_large', `The request body is larger than ${config.bodyLimit} bytes; nothing was stored.`, { limit: config.bodyLimit }), { connection: 'close' });

  app.use('*', gate);

  /** The caller and the plan's access: undefined when allowed, else the answer. */
  async function planAccess(c: Ctx, planId: string): Promise<Response | undefined> {
    const principal = c.get('principal');
    if (principal.role === 'hr' || principal.role === 'system') return undefined;
    const found = await store.get(planId);
    if (!found.ok) return fromStore(found.error);
    const decision = decide(c.get('routeId'), principal.role, principal.id, { employeeId: found.plan.employee.id, managerId: found.plan.manager.id });
    if (decision === 'forbidden') return send(problem('forbidden', `${anRole(principal.role)} may not do this on another person's plan.`));
    if (decision === 'hidden') return send(problem('not_found', `No plan ${JSON.stringify(planId)}.`));
    return undefined;
  }

  /** The day of a write: the server's, or the request's when client dates are allowed. */
  function writeDay(c: Ctx): string | Response {
    const asOf = valid<{ asOf?: string }>(c, 'query').asOf;
    if (asOf === undefined) return today();
    if (!config.clientDates) return send(problem('as_of_not_allowed', "This server sets the day of every write from its own calendar; remove asOf."));
    return asOf;
  }

  const isEmployee = (c: Ctx) => c.get('principal').role === 'employee';

  const register = <R extends RouteConfig>(route: R, handler: (c: Ctx) => Promise<Response>) => {
    app.openapi(route, handler as never);
  };

  // -------------------------------------------------------------------------------------------
  // Routes.

  register(createPlanRoute, async (c) => {
    const principal = c.get('principal');
    const day = writeDay(c);
    if (day instanceof Response) return day;
    const body = await readJson(c);
    if (principal.role === 'manager') {
      const manager = (body as { manager?: { id?: unknown } }).manager?.id;
      if (manager !== principal.id) return send(problem('forbidden', 'A manager may only create plans that name them as the manager.'));
    }
    const created = await store.create(body, { actor: principal, asOf: day });
    if (!created.ok) return fromStore(created.error);
    const status = created.duplicate ? 200 : 201;
    return c.json({ plan: created.plan, revision: created.revision, hash: created.hash, findings: created.findings, duplicate: created.duplicate }, status, {
      etag: `"${created.revision}"`,
      location: `/plans/${encodeURIComponent(created.plan.id)}`,
    });
  });

  register(listPlansRoute, async (c) => {
    const principal = c.get('principal');
    const q = valid<{ status?: string; employeeId?: string; managerId?: string; hrPartnerId?: string; evaluationDueFrom?: string; evaluationDueTo?: string; limit?: string; after?: string }>(c, 'query');
    const statuses = q.status === undefined ? undefined : q.status.split(',').map((s) => s.trim()).filter((s) => s !== '');
    const unknown = statuses?.filter((s) => !(PLAN_STATUSES as readonly string[]).includes(s)) ?? [];
    if (unknown.length > 0) return send(problem('invalid_request', `Unknown status: ${unknown.slice(0, 5).join(', ').slice(0, 200)}.`, { issues: [{ code: 'invalid_value', path: ['status'], message: `status must be among ${PLAN_STATUSES.join(', ')}` }] }));
    const limit = q.limit === undefined ? 1_000 : Number(q.limit);
    if (limit < 1 || limit > 10_000) return send(problem('invalid_request', 'limit must be 1 to 10,000.', { issues: [{ code: 'invalid_value', path: ['limit'], message: 'limit must be 1 to 10,000' }] }));
    const filter: { -readonly [K in keyof ListFilter]: ListFilter[K] } = { limit: limit + 1 };
    if (q.employeeId !== undefined) filter.employeeId = q.employeeId;
    if (q.managerId !== undefined) filter.managerId = q.managerId;
    if (q.hrPartnerId !== undefined) filter.hrPartnerId = q.hrPartnerId;
    if (q.after !== undefined) filter.after = q.after;
    if (statuses !== undefined && statuses.length > 0) filter.status = statuses as PlanStatus[];
    if (q.evaluationDueFrom !== undefined || q.evaluationDueTo !== undefined) {
      filter.evaluationDueOn = { ...(q.evaluationDueFrom === undefined ? {} : { from: q.evaluationDueFrom }), ...(q.evaluationDueTo === undefined ? {} : { to: q.evaluationDueTo }) };
    }
    // Scope: an employee or a manager sees only their own plans.
    if (principal.role === 'employee' || principal.role === 'manager') {
      const key = principal.role === 'employee' ? 'employeeId' : 'managerId';
      if (filter[key] !== undefined && filter[key] !== principal.id) return c.json({ plans: [], next: null }, 200);
      filter[key] = principal.id;
    }
    const listed = await store.list(filter);
    if (!listed.ok) return fromStore(listed.error);
    const page = listed.plans.slice(0, limit);
    return c.json(
      {
        plans: page.map((p) => ({ ...p, hrPartnerId: p.hrPartnerId ?? null, evaluationDueOn: p.evaluationDueOn ?? null })),
        next: listed.plans.length > limit ? page.at(-1)!.planId : null,
      },
      200,
    );
  });

  register(getPlanRoute, async (c) => {
    const { id } = valid<{ id: string }>(c, 'param');
    const denied = await planAccess(c, id);
    if (denied) return denied;
    const found = await store.get(id);
    if (!found.ok) return fromStore(found.error);
    const tag = `"${found.revision}"`;
    const ifNoneMatch = c.req.header('if-none-match');
    if (ifNoneMatch !== undefined && ifNoneMatch.split(',').map((t) => t.trim().replace(/^W\//, '')).includes(tag)) return c.body(null, 304, { etag: tag });
    const plan = isEmployee(c) ? employeePlan(found.plan) : found.plan;
    return c.json({ plan, revision: found.revision, hash: found.hash }, 200, { etag: tag });
  });

  register(executeCommandRoute, async (c) => {
    const principal = c.get('principal');
    const { id } = valid<{ id: string }>(c, 'param');
    const command = valid<{ type: string }>(c, 'json');
    const headers = valid<{ 'if-match'?: string; 'idempotency-key'?: string }>(c, 'header');
    const day = writeDay(c);
    if (day instanceof Response) return day;
    const denied = await planAccess(c, id);
    if (denied) return denied;
    if (!commandAllowed(principal.role, command.type)) return send(problem('command_not_allowed', `${anRole(principal.role)} may not send ${command.type}.`));
    let expectedRevision: number | undefined;
    const ifMatch = headers['if-match']?.trim();
    if (ifMatch !== undefined && ifMatch !== '*') {
      const m = /^(?:W\/)?"?(\d{1,9})"?$/.exec(ifMatch);
      if (!m) return send(problem('invalid_header', 'If-Match must be the revision you read, as its ETag ("5").'));
      expectedRevision = Number(m[1]);
    }
    const commandId = headers['idempotency-key'] ?? randomUUID();
    const done = await store.execute(id, command, { actor: principal, asOf: day, commandId, ...(expectedRevision === undefined ? {} : { expectedRevision }) });
    if (!done.ok) return fromStore(done.error);
    const employee = isEmployee(c);
    return c.json(
      {
        plan: employee ? employeePlan(done.plan) : done.plan,
        revision: done.revision,
        hash: done.hash,
        entry: done.entry === undefined ? null : employee ? employeeEntry(done.entry) : done.entry,
        events: done.events,
        effects: done.effects,
        duplicate: done.duplicate,
      },
      200,
      { etag: `"${done.revision}"` },
    );
  });

  register(getLogRoute, async (c) => {
    const { id } = valid<{ id: string }>(c, 'param');
    const denied = await planAccess(c, id);
    if (denied) return denied;
    const history = await store.history(id);
    if (!history.ok) return fromStore(history.error);
    const employee = isEmployee(c);
    return c.json(
      {
        planId: history.planId,
        created: history.created,
        entries: history.entries.map((e) => (employee ? { ...e, entry: employeeEntry(e.entry) } : e)),
      },
      200,
    );
  });

  register(verifyPlanRoute, async (c) => {
    const { id } = valid<{ id: string }>(c, 'param');
    const denied = await planAccess(c, id);
    if (denied) return denied;
    const verified = await store.verify(id);
    if (!verified.ok) return fromStore(verified.error);
    return c.json({ intact: verified.intact, firstBadSeq: verified.firstBadSeq, problems: verified.problems, entries: verified.entries, head: verified.head }, 200);
  });

  register(recordObservationsRoute, async (c) => {
    const principal = c.get('principal');
    const { id } = valid<{ id: string }>(c, 'param');
    const day = writeDay(c);
    if (day instanceof Response) return day;
    const denied = await planAccess(c, id);
    if (denied) return denied;
    const body = (await readJson(c)) as { observations: unknown[] };
    const recorded = await store.recordObservations(id, body.observations, { actor: principal, asOf: day });
    if (!recorded.ok) {
      if (recorded.error.code === 'invalid_request') return send(problem('invalid_observations', recorded.error.message, { issues: recorded.error.issues }));
      return fromStore(recorded.error);
    }
    return c.json({ received: recorded.received, inserted: recorded.inserted, duplicates: recorded.duplicates, conflicts: recorded.conflicts }, 200);
  });

  register(getEvaluationRoute, async (c) => {
    const { id } = valid<{ id: string }>(c, 'param');
    const asOf = valid<{ asOf?: string }>(c, 'query').asOf ?? today();
    const denied = await planAccess(c, id);
    if (denied) return denied;
    const evaluated = await store.evaluate(id, { asOf });
    if (!evaluated.ok) return fromStore(evaluated.error);
    return c.json({ asOf, observations: evaluated.observations, summary: summarizeEvaluation(evaluated.evaluation), evaluation: evaluated.evaluation }, 200);
  });

  register(getDocumentRoute, async (c) => {
    const principal = c.get('principal');
    const { id } = valid<{ id: string }>(c, 'param');
    const q = valid<{ format?: 'html' | 'markdown'; audience?: 'employee' | 'manager' | 'hr'; kind?: 'plan' | 'evaluation'; asOf?: string }>(c, 'query');
    const denied = await planAccess(c, id);
    if (denied) return denied;
    const format = q.format ?? 'html';
    const audience = q.audience ?? defaultAudience(principal.role);
    const asOf = q.asOf ?? today();
    const found = await store.get(id);
    if (!found.ok) return fromStore(found.error);
    let text: string;
    if ((q.kind ?? 'plan') === 'plan') {
      text = renderPlan(found.plan, { format, audience, asOf });
    } else {
      const evaluated = await store.evaluate(id, { asOf });
      if (!evaluated.ok) return fromStore(evaluated.error);
      text = renderEvaluation(summarizeEvaluation(evaluated.evaluation), { format, audience, evaluation: evaluated.evaluation, plan: found.plan });
    }
    const type = format === 'html' ? 'text/html; charset=utf-8' : 'text/markdown; charset=utf-8';
    return c.body(text, 200, { 'content-type': type });
  });

  register(healthzRoute, async (c) => c.json({ status: 'ok' }, 200));

  register(readyzRoute, async (c) => {
    if (!ready) return send(problem('unavailable', 'The service is shutting down.'));
    const probe = await store.list({ limit: 1 });
    if (!probe.ok) return send(problem('unavailable', 'The database does not answer.'));
    return c.json({ status: 'ready' }, 200);
  });

  app.openAPIRegistry.registerComponent('securitySchemes', 'bearer', { type: 'http', scheme: 'bearer', bearerFormat: 'JWT', description: 'A JWT with `sub` (the person\'s id in the plans) and `role` (employee, manager, hr or system).' });
  const document = () =>
    app.getOpenAPI31Document({
      openapi: '3.1.0',
      info: { ...OPENAPI_INFO },
      security: [{ bearer: [] }],
    });
  let cached: unknown;
  app.get('/openapi.json', (c) => {
    cached ??= document();
    return c.json(cached as object, 200);
  });

  app.notFound((c) => send(problem('not_found', `No route ${c.req.method} ${c.req.path.slice(0, 200)}.`)));
  app.onError((error, c) => {
    if (error instanceof HTTPException && error.status < 500) {
      return send(problem(error.status === 413 ? 'payload_too_large' : error.status === 415 ? 'unsupported_media_type' : 'malformed_json', 'The request could not be read.'));
    }
    log(`internal error ${c.get('requestId') ?? ''} on ${c.req.method} ${c.req.path}`, error);
    return send(problem('internal_error', 'An internal error occurred; it has been logged.', { requestId: c.get('requestId') }));
  });

  return { app, setReady: (value) => void (ready = value) };
}

/** The path of the first string (or key) holding a NUL character, or undefined. */
export function nulPath(value: unknown, path: (string | number)[] = []): (string | number)[] | undefined {
  if (typeof value === 'string') return value.includes('\u0000') ? path : undefined;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i += 1) {
      const found = nulPath(value[i], [...path, i]);
      if (found) return found;
    }
    return undefined;
  }
  if (value !== null && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) {
      if (key.includes('\u0000')) return [...path, key];
      const found = nulPath(item, [...path, key]);
      if (found) return found;
    }
  }
  return undefined;
}

/** Read a request body as UTF-8 text, at most `limit` bytes: undefined when it is longer. */
async function readLimited(request: Request, limit: number): Promise<string | undefined> {
  if (request.body === null) return '';
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      await reader.cancel().catch(() => undefined);
      return undefined;
    }
    chunks.push(value);
  }
  return new TextDecoder('utf-8', { fatal: true }).decode(Buffer.concat(chunks));
}

