/**
 * The routes over real HTTP, on one in-process server (PGlite in memory): creating, listing,
 * reading with ETags, commands with If-Match and Idempotency-Key, observations, evaluation,
 * documents, the log and verify; bad input (body limit, malformed JSON, content type, unknown
 * fields, huge arrays: a clear 4xx problem and nothing stored); an internal error (a problem,
 * never a stack trace); the OpenAPI document (valid OpenAPI 3.1, and the same schemas validate).
 */
import { Validator } from '@seriousme/openapi-schema-validator';
import type { PlanStore } from '@improvement-plan/store';
import { lintPlan, parsePlan, summarizeEvaluation, evaluatePlan } from 'improvement-plan';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../src/app.js';
import { PROBLEMS } from '../src/problems.js';
import type { RunningServer } from '../src/server.js';
import { mondayOf, PEOPLE, planDocument, TO_ACTIVE, TO_APPROVED } from './support/plans.js';
import { client, inProcessServer, peopleTokens, planThrough, testConfig, type Client } from './support/server.js';

let server: RunningServer;
let api: Client;
let tokens: Awaited<ReturnType<typeof peopleTokens>>;
/** The readyz test's own store (it closes it). */
let spareStore: PlanStore;

beforeAll(async () => {
  // Opened first: opening a PGlite store blocks this process's event loop for seconds, and the
  // server is in this process. Opened mid-file, the client's idle keep-alive connection outlived
  // the server's keep-alive timeout meanwhile, and the next request got ECONNRESET ('fetch failed').
  const { createPlanStore } = await import('@improvement-plan/store');
  spareStore = await createPlanStore();
  server = await inProcessServer();
  api = client(server.url);
  tokens = await peopleTokens();
});
afterAll(() => server.close());

const PROBLEM_FIELDS = ['type', 'title', 'status', 'detail', 'code'];

/** A response is a problem of this code and status, with no stack trace. */
function expectProblem(response: { status: number; headers: Headers; body: any; text: string }, status: number, code: string): void {
  expect({ status: response.status, code: response.body?.code }).toEqual({ status, code });
  expect(response.headers.get('content-type')).toBe('application/problem+json');
  for (const field of PROBLEM_FIELDS) expect(response.body).toHaveProperty(field);
  expect(response.body.status).toBe(status);
  expect(response.body.type).toBe(`https://improvement-plan.dev/problems/${code}`);
  expect(PROBLEMS[code as keyof typeof PROBLEMS].status).toBe(status);
  expect(response.text).not.toMatch(/\n\s+at |\.ts:\d+|node_modules/);
}

async function count(): Promise<number> {
  const listed = await api.request('GET', '/plans', { token: tokens.hr });
  return listed.body.plans.length;
}

describe('plans', () => {
  it('POST /plans stores a plan: 201, Location, ETag 0, the lint findings computed by the library', async () => {
    const doc = planDocument('pip-api-1');
    const created = await api.request('POST', '/plans?asOf=2025-12-29', { token: tokens.hr, body: doc });
    expect(created.status).toBe(201);
    expect(created.headers.get('location')).toBe('/plans/pip-api-1');
    expect(created.headers.get('etag')).toBe('"0"');
    const parsed = parsePlan(doc);
    if (!parsed.ok) throw new Error('fixture');
    expect(created.body.findings.map((f: { code: string }) => f.code)).toEqual(lintPlan(parsed.plan).map((f) => f.code));
    expect(created.body.plan.id).toBe('pip-api-1');
    expect(created.body.duplicate).toBe(false);
    // sent again: answered as stored; another plan under the same id: 409
    const again = await api.request('POST', '/plans?asOf=2025-12-29', { token: tokens.hr, body: doc });
    expect([again.status, again.body.duplicate]).toEqual([200, true]);
    const other = await api.request('POST', '/plans?asOf=2025-12-29', { token: tokens.hr, body: { ...doc, title: 'Another plan' } });
    expectProblem(other, 409, 'already_exists');
  });

  it("POST /plans: an invalid plan is 422 with the library's issues and their paths; nothing is stored", async () => {
    const before = await count();
    const doc = planDocument('pip-api-bad');
    const goals = (doc['goals'] as Record<string, unknown>[]).map((g, i) => (i === 0 ? { ...g, weight: 99 } : g));
    const bad = await api.request('POST', '/plans', { token: tokens.hr, body: { ...doc, goals, startDate: '2026-02-30' } });
    expectProblem(bad, 422, 'invalid_plan');
    const expected = parsePlan({ ...doc, goals, startDate: '2026-02-30' });
    if (expected.ok) throw new Error('the bad plan parses');
    expect(bad.body.issues).toEqual(expected.issues.map((i) => ({ code: i.code, path: i.path, message: i.message })));
    expect(bad.body.issues.some((i: { path: unknown[] }) => i.path[0] === 'startDate')).toBe(true);
    expect(await count()).toBe(before);
  });

  it('a manager creates plans that name them as manager, not others', async () => {
    const own = await api.request('POST', '/plans?asOf=2025-12-29', { token: tokens.manager, body: planDocument('pip-api-mgr') });
    expect(own.status).toBe(201);
    const other = await api.request('POST', '/plans?asOf=2025-12-29', { token: tokens.manager, body: planDocument('pip-api-mgr-2', { manager: 'mgr-lee' }) });
    expectProblem(other, 403, 'forbidden');
  });

  it('GET /plans filters and pages; GET /plans/{id} answers with the revision as ETag and 304 for If-None-Match', async () => {
    await planThrough(api, 'pip-api-2', TO_APPROVED);
    const inReview = await api.request('GET', '/plans?status=awaiting_acknowledgement', { token: tokens.hr });
    expect(inReview.body.plans.map((p: { planId: string }) => p.planId)).toEqual(['pip-api-2']);
    const drafts = await api.request('GET', '/plans?status=draft,awaiting_acknowledgement&limit=1', { token: tokens.hr });
    expect(drafts.body.plans).toHaveLength(1);
    const next = await api.request('GET', `/plans?status=draft,awaiting_acknowledgement&limit=1&after=${drafts.body.next}`, { token: tokens.hr });
    expect(next.body.plans[0].planId > drafts.body.plans[0].planId).toBe(true);
    expectProblem(await api.request('GET', '/plans?status=sleeping', { token: tokens.hr }), 422, 'invalid_request');
    expectProblem(await api.request('GET', '/plans?limit=0', { token: tokens.hr }), 422, 'invalid_request');
    // a NUL or another control character in a query id (fuzz seed 1907365100: hrPartnerId=%00 was a 500)
    for (const query of ['hrPartnerId=%00', 'managerId=mgr%01', 'employeeId=%7F', 'after=%00', 'status=active%00']) {
      expectProblem(await api.request('GET', `/plans?${query}`, { token: tokens.hr }), 422, 'invalid_request');
    }

    const got = await api.request('GET', '/plans/pip-api-2', { token: tokens.manager });
    expect(got.status).toBe(200);
    expect(got.headers.get('etag')).toBe(`"${TO_APPROVED.length}"`);
    expect(got.body.revision).toBe(TO_APPROVED.length);
    expect(got.body.plan.status).toBe('awaiting_acknowledgement');
    const cached = await api.request('GET', '/plans/pip-api-2', { token: tokens.manager, headers: { 'if-none-match': got.headers.get('etag')! } });
    expect(cached.status).toBe(304);
    expectProblem(await api.request('GET', '/plans/no-such-plan', { token: tokens.hr }), 404, 'not_found');
  });
});

describe('commands', () => {
  it('If-Match: the revision read; a stale one is 412 with the current revision, and nothing is written', async () => {
    await planThrough(api, 'pip-api-3', TO_ACTIVE);
    const read = await api.request('GET', '/plans/pip-api-3', { token: tokens.manager });
    const etag = read.headers.get('etag')!;
    const checkIn = { type: 'record_check_in', checkIn: { date: mondayOf(2), status: 'held', attendees: [PEOPLE.manager, PEOPLE.employee], notes: 'Week 2.' } };
    const first = await api.request('POST', `/plans/pip-api-3/commands?asOf=${mondayOf(2)}`, { token: tokens.manager, body: checkIn, headers: { 'if-match': etag } });
    expect(first.status).toBe(200);
    expect(first.headers.get('etag')).toBe(`"${read.body.revision + 1}"`);
    expect(first.body.entry.actor).toEqual({ id: PEOPLE.manager, role: 'manager' });
    const stale = await api.request('POST', `/plans/pip-api-3/commands?asOf=${mondayOf(2)}`, {
      token: tokens.manager,
      body: { ...checkIn, checkIn: { ...checkIn.checkIn, notes: 'Again' } },
      headers: { 'if-match': etag },
    });
    expectProblem(stale, 412, 'precondition_failed');
    expect(stale.body.revision).toBe(read.body.revision + 1);
    expect(stale.headers.get('etag')).toBe(`"${read.body.revision + 1}"`);
    const after = await api.request('GET', '/plans/pip-api-3', { token: tokens.manager });
    expect(after.body.revision).toBe(read.body.revision + 1);
    expectProblem(await api.request('POST', '/plans/pip-api-3/commands', { token: tokens.manager, body: checkIn, headers: { 'if-match': 'yesterday' } }), 400, 'invalid_header');
  });

  it('Idempotency-Key is the command id: a retry gets the first result and appends nothing; another command under it is 422', async () => {
    const body = { type: 'record_observations', observations: [{ metricId: 'm-calls', date: '2026-01-16', value: 31 }] };
    const headers = { 'idempotency-key': 'crm-2026-01-16-emp-1042' };
    const first = await api.request('POST', '/plans/pip-api-3/commands?asOf=2026-01-16', { token: tokens.system, body, headers });
    expect([first.status, first.body.duplicate]).toEqual([200, false]);
    const retry = await api.request('POST', '/plans/pip-api-3/commands?asOf=2026-01-16', { token: tokens.system, body, headers });
    expect([retry.status, retry.body.duplicate, retry.body.revision]).toEqual([200, true, first.body.revision]);
    const log = await api.request('GET', '/plans/pip-api-3/log', { token: tokens.hr });
    expect(log.body.entries.filter((e: { commandId: string }) => e.commandId === headers['idempotency-key'])).toHaveLength(1);
    expect(log.body.entries).toHaveLength(first.body.revision);
    const reused = await api.request('POST', '/plans/pip-api-3/commands?asOf=2026-01-16', { token: tokens.system, body: { ...body, observations: [{ ...body.observations[0], value: 32 }] }, headers });
    expectProblem(reused, 422, 'idempotency_key_reused');
  });

  it("the actor comes from the token: a body naming an actor is refused (422), and the lifecycle's refusals are 422 rejected", async () => {
    const withActor = await api.request('POST', '/plans/pip-api-3/commands', { token: tokens.manager, body: { type: 'pause', reason: 'Leave.', actor: { id: PEOPLE.hr, role: 'hr' } } });
    expectProblem(withActor, 422, 'invalid_request');
    expect(withActor.body.issues[0].code).toBe('unrecognized_keys');
    const refused = await api.request('POST', '/plans/pip-api-3/commands?asOf=2026-01-16', { token: tokens.manager, body: { type: 'approve' } });
    expectProblem(refused, 422, 'rejected');
    expect(refused.body.rejection.code).toBe('wrong_state');
    const employee = await api.request('POST', '/plans/pip-api-3/commands?asOf=2026-01-12', { token: tokens.employee, body: { type: 'pause', reason: 'No.' } });
    expectProblem(employee, 403, 'command_not_allowed');
    expect(employee.body.detail).toBe('An employee may not send pause.');
    const hrOnly = await api.request('GET', '/plans/pip-api-3/document?audience=hr', { token: tokens.employee });
    expect([hrOnly.status, hrOnly.body.detail]).toEqual([403, 'An employee may not use GET /plans/{id}/document?audience=hr.']);
    const system = await api.request('POST', '/plans/pip-api-3/commands?asOf=2026-01-12', { token: tokens.system, body: { type: 'withdraw', reason: 'No.' } });
    expectProblem(system, 403, 'command_not_allowed');
  });

  it('without IMPROVEMENT_PLAN_CLIENT_DATES the server sets the day: asOf on a write is 400', async () => {
    const store = server.store;
    const { app } = createApp({ store, config: testConfig({ IMPROVEMENT_PLAN_CLIENT_DATES: '0' }), now: () => new Date('2025-12-29T12:00:00Z') });
    const response = await app.request('/plans?asOf=2025-12-29', { method: 'POST', headers: { authorization: `Bearer ${tokens.hr}`, 'content-type': 'application/json' }, body: JSON.stringify(planDocument('pip-dates')) });
    expect(response.status).toBe(400);
    expect(((await response.json()) as { code: string }).code).toBe('as_of_not_allowed');
    // without asOf: the server's day (the clock given), stored as the creation day
    const created = await app.request('/plans', { method: 'POST', headers: { authorization: `Bearer ${tokens.hr}`, 'content-type': 'application/json' }, body: JSON.stringify(planDocument('pip-dates')) });
    expect(created.status).toBe(201);
    const history = await store.history('pip-dates');
    expect(history.ok && history.created.asOf).toBe('2025-12-29');
  });
});

describe('observations, evaluation, documents, log, verify', () => {
  it('POST observations is idempotent by id; the evaluation counts them and its figures are the library\'s', async () => {
    const rows = [1, 2, 3].map((w) => ({ id: `calls-w${w}`, metricId: 'm-calls', date: mondayOf(w + 1), value: 30 + w }));
    const first = await api.request('POST', '/plans/pip-api-3/observations?asOf=2026-01-26', { token: tokens.system, body: { observations: rows } });
    expect(first.status).toBe(200);
    expect(first.body).toMatchObject({ received: 3, inserted: 3, duplicates: 0 });
    const again = await api.request('POST', '/plans/pip-api-3/observations?asOf=2026-01-26', { token: tokens.system, body: { observations: rows } });
    expect(again.body).toMatchObject({ received: 3, inserted: 0, duplicates: 3 });
    const evaluated = await api.request('GET', '/plans/pip-api-3/evaluation?asOf=2026-01-26', { token: tokens.hr });
    expect(evaluated.status).toBe(200);
    expect(evaluated.body.observations).toBe(3);
    const plan = (await server.store.get('pip-api-3')) as { ok: true; plan: Parameters<typeof evaluatePlan>[0] };
    const expected = summarizeEvaluation(evaluatePlan(plan.plan, rows, { asOf: '2026-01-26' }));
    expect(evaluated.body.summary.score).toEqual(JSON.parse(JSON.stringify(expected.score)));
    expect(evaluated.body.summary.goals.map((g: { status: string }) => g.status)).toEqual(expected.goals.map((g) => g.status));
    expectProblem(await api.request('GET', '/plans/pip-api-3/evaluation?asOf=2026-02-30', { token: tokens.hr }), 422, 'invalid_request');
  });

  it('documents: HTML or Markdown, plan or evaluation, in the audience asked', async () => {
    const html = await api.request('GET', '/plans/pip-api-3/document?format=html&audience=hr&kind=plan&asOf=2026-01-26', { token: tokens.hr });
    expect(html.status).toBe(200);
    expect(html.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(html.text).toMatch(/^<!doctype html>/i);
    expect(html.text).toContain('Jordan Reyes');
    const md = await api.request('GET', '/plans/pip-api-3/document?format=markdown&kind=evaluation&asOf=2026-01-26', { token: tokens.employee });
    expect(md.status).toBe(200);
    expect(md.headers.get('content-type')).toBe('text/markdown; charset=utf-8');
    expect(md.text).toContain('Jordan Reyes');
    expectProblem(await api.request('GET', '/plans/pip-api-3/document?format=pdf', { token: tokens.hr }), 422, 'invalid_request');
  });

  it('the log has every entry with its hashes; verify passes', async () => {
    const log = await api.request('GET', '/plans/pip-api-3/log', { token: tokens.manager });
    expect(log.body.entries.map((e: { seq: number }) => e.seq)).toEqual(log.body.entries.map((_: unknown, i: number) => i));
    expect(log.body.entries[1].previousHash).toBe(log.body.entries[0].hash);
    const verified = await api.request('GET', '/plans/pip-api-3/verify', { token: tokens.system });
    expect(verified.body).toMatchObject({ intact: true, firstBadSeq: null, entries: log.body.entries.length });
  });

  it('healthz, readyz and an unknown route', async () => {
    expect((await api.request('GET', '/healthz')).body).toEqual({ status: 'ok' });
    expect((await api.request('GET', '/readyz')).body).toEqual({ status: 'ready' });
    expectProblem(await api.request('GET', '/nowhere'), 404, 'not_found');
    expectProblem(await api.request('DELETE', '/plans/pip-api-3', { token: tokens.hr }), 404, 'not_found');
  });

  it('readyz is 503 unavailable (with Retry-After) while shutting down and when the database does not answer; healthz stays 200', async () => {
    const store = spareStore;
    const served = createApp({ store, config: testConfig() });
    const probe = async (path: string) => {
      const response = await served.app.request(path);
      const text = await response.text();
      return { status: response.status, headers: response.headers, text, body: JSON.parse(text) };
    };
    expect((await probe('/readyz')).status).toBe(200);
    served.setReady(false);
    const shuttingDown = await probe('/readyz');
    expectProblem(shuttingDown, 503, 'unavailable');
    expect(shuttingDown.headers.get('retry-after')).toMatch(/^\d+$/);
    served.setReady(true);
    await store.close();
    const gone = await probe('/readyz');
    expectProblem(gone, 503, 'unavailable');
    expect(gone.headers.get('retry-after')).toMatch(/^\d+$/);
    expect((await probe('/healthz')).body).toEqual({ status: 'ok' });
  });
});

describe('bad input: a clear 4xx problem and nothing stored', () => {
  it('a body over the limit is 413 (by Content-Length and when streamed)', async () => {
    const before = await count();
    const doc = planDocument('pip-big');
    const big = { ...doc, purpose: 'x'.repeat(1_100_000) };
    expectProblem(await api.request('POST', '/plans', { token: tokens.hr, body: big }), 413, 'payload_too_large');
    // without Content-Length: a chunked stream past the limit
    const chunks = new ReadableStream({
      start(controller) {
        for (let i = 0; i < 12; i += 1) controller.enqueue(new TextEncoder().encode(' '.repeat(100_000)));
        controller.enqueue(new TextEncoder().encode(JSON.stringify(doc)));
        controller.close();
      },
    });
    const streamed = await fetch(`${server.url}/plans`, { method: 'POST', headers: { authorization: `Bearer ${tokens.hr}`, 'content-type': 'application/json' }, body: chunks, duplex: 'half' } as RequestInit);
    expect(streamed.status).toBe(413);
    expect(((await streamed.json()) as { code: string }).code).toBe('payload_too_large');
    expect(await count()).toBe(before);
  });

  it('malformed JSON is 400, a body that is not JSON 415, unknown fields and huge arrays 422', async () => {
    const before = await count();
    expectProblem(await api.request('POST', '/plans', { token: tokens.hr, raw: '{"id": "pip-x",', headers: { 'content-type': 'application/json' } }), 400, 'malformed_json');
    expectProblem(await api.request('POST', '/plans', { token: tokens.hr, raw: JSON.stringify(planDocument('pip-x')), headers: { 'content-type': 'text/plain' } }), 415, 'unsupported_media_type');
    expectProblem(await api.request('POST', '/plans', { token: tokens.hr, raw: JSON.stringify(planDocument('pip-x')) }), 415, 'unsupported_media_type');
    const unknown = await api.request('POST', '/plans', { token: tokens.hr, body: { ...planDocument('pip-x'), salary: 100 } });
    expectProblem(unknown, 422, 'invalid_plan');
    expect(unknown.body.issues.map((i: { path: unknown[] }) => i.path)).toContainEqual(['salary']);
    const rows = Array.from({ length: 10_001 }, (_, i) => ({ metricId: 'm-calls', date: '2026-01-09', value: i % 50 }));
    const huge = await api.request('POST', '/plans/pip-api-3/observations', { token: tokens.system, body: { observations: rows } });
    expectProblem(huge, 422, 'invalid_observations');
    const perCommand = await api.request('POST', '/plans/pip-api-3/commands', { token: tokens.system, body: { type: 'record_observations', observations: rows.slice(0, 1_001) } });
    expectProblem(perCommand, 422, 'invalid_request');
    const badRow = await api.request('POST', '/plans/pip-api-3/observations', { token: tokens.system, body: { observations: [{ metricId: 'm-calls', date: '2026-01-09' }] } });
    expectProblem(badRow, 422, 'invalid_observations');
    expect(badRow.body.issues[0].path.slice(0, 2)).toEqual(['observations', 0]);
    const unknownMetric = await api.request('POST', '/plans/pip-api-3/observations?asOf=2026-01-26', { token: tokens.system, body: { observations: [{ metricId: 'm-nope', date: '2026-01-09', value: 1 }] } });
    expectProblem(unknownMetric, 422, 'invalid_observations');
    expect(await count()).toBe(before);
    const evaluated = await api.request('GET', '/plans/pip-api-3/evaluation?asOf=2026-01-26', { token: tokens.hr });
    expect(evaluated.body.observations).toBe(3);
  });

  it('regression (found by the fuzz): a NUL character in a plan id or in a body is a 4xx, not a 5xx, and nothing is stored', async () => {
    const before = await count();
    expectProblem(await api.request('GET', '/plans/pip-api-3%00', { token: tokens.hr }), 404, 'not_found');
    const created = await api.request('POST', '/plans?asOf=2025-12-29', { token: tokens.hr, body: planDocument('pip-nul\u0000') });
    expectProblem(created, 422, 'invalid_request');
    expect(created.body.issues[0].path).toEqual(['id']);
    const observed = await api.request('POST', '/plans/pip-api-3/observations?asOf=2026-01-26', { token: tokens.system, body: { observations: [{ id: 'o\u0000', metricId: 'm-calls', date: '2026-01-20', value: 3 }] } });
    expectProblem(observed, 422, 'invalid_request');
    expect(observed.body.issues[0].path).toEqual(['observations', 0, 'id']);
    expect(await count()).toBe(before);
  });

  it('an internal error is a 500 problem with no stack trace and no exception message', async () => {
    const logged: unknown[] = [];
    const broken = new Proxy(server.store, {
      get(target, key, receiver) {
        if (key === 'list') return () => Promise.reject(new Error('SECRET-INTERNAL-DETAIL at db.ts:42'));
        return Reflect.get(target, key, receiver) as unknown;
      },
    }) as PlanStore;
    const { app } = createApp({ store: broken, config: testConfig(), log: (_m, e) => logged.push(e) });
    const response = await app.request('/plans', { headers: { authorization: `Bearer ${tokens.hr}` } });
    const text = await response.text();
    expect(response.status).toBe(500);
    expect(response.headers.get('content-type')).toBe('application/problem+json');
    expect(JSON.parse(text)).toMatchObject({ status: 500, code: 'internal_error' });
    expect(text).not.toContain('SECRET-INTERNAL-DETAIL');
    expect(text).not.toMatch(/\n\s+at |\.ts:\d+/);
    expect(logged).toHaveLength(1);
  });
});

describe('the OpenAPI document', () => {
  it('is valid OpenAPI 3.1 and names the library\'s schemas as components', async () => {
    const response = await api.request('GET', '/openapi.json');
    expect(response.status).toBe(200);
    const validator = new Validator();
    const result = await validator.validate(response.body);
    expect(result).toEqual({ valid: true });
    expect(validator.version).toBe('3.1');
    expect(response.body.openapi).toBe('3.1.0');
    for (const name of ['Plan', 'PlanCommand', 'PlanEvent', 'Observation', 'Problem']) expect(response.body.components.schemas).toHaveProperty(name);
    const paths = Object.keys(response.body.paths);
    for (const path of ['/plans', '/plans/{id}', '/plans/{id}/commands', '/plans/{id}/log', '/plans/{id}/verify', '/plans/{id}/observations', '/plans/{id}/evaluation', '/plans/{id}/document', '/healthz', '/readyz']) {
      expect(paths).toContain(path);
    }
    const commandBody = response.body.paths['/plans/{id}/commands'].post.requestBody.content['application/json'].schema;
    expect(commandBody).toEqual({ $ref: '#/components/schemas/PlanCommand' });
    // the command component lists every command type the library has
    const types = response.body.components.schemas.PlanCommand.oneOf.map((o: { properties: { type: { const?: string; enum?: string[] } } }) => o.properties.type.const ?? o.properties.type.enum?.[0]);
    const { PLAN_COMMAND_TYPES } = await import('improvement-plan');
    expect(types).toEqual([...PLAN_COMMAND_TYPES]);
  });
});
