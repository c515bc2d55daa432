/**
 * Who may see and do what, over real HTTP on one in-process server:
 *
 * - the authorization matrix: every role, and no token, an expired token, a token signed with
 *   another key and an `alg: none` token, on every route of the table in src/authorization.ts
 *   (the table the README shows), on their own plan and on someone else's. Every expectation is
 *   derived from the table; then every command type for every role;
 * - private notes (the manager's check-in notes, HR's review notes) never reach an employee, by any
 *   route: unique markers are written into them and every employee response is scanned;
 * - tokens verified against a real JWKS endpoint this test starts (RS256 and ES256), issuer,
 *   audience, algorithms not configured, unknown keys.
 */
import { PLAN_COMMAND_TYPES } from 'improvement-plan';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../src/app.js';
import { commandAllowed, ROLES, ROUTE_ACCESS, type Role, type RouteAccess } from '../src/authorization.js';
import type { RunningServer } from '../src/server.js';
import { mondayOf, PEOPLE, planDocument, TO_ACTIVE, TO_APPROVED, type Step } from './support/plans.js';
import { client, inProcessServer, peopleTokens, planThrough, testConfig, type Client } from './support/server.js';
import { algNoneToken, expiredToken, otherKeyToken, startJwks, token } from './support/tokens.js';

let server: RunningServer;
let api: Client;
let tokens: Awaited<ReturnType<typeof peopleTokens>>;

const OTHER = { employee: 'emp-2001', manager: 'mgr-lee' };
const DAY = '2026-02-02';

beforeAll(async () => {
  server = await inProcessServer();
  api = client(server.url);
  tokens = await peopleTokens();
  // Own plan (Jordan's, Dana's), active; someone else's plan, active; and Jordan's second plan
  // waiting for the employee's acknowledgement (the manager has signed).
  await planThrough(api, 'pip-own', TO_ACTIVE);
  await planThrough(api, 'pip-other', TO_ACTIVE, OTHER);
  await planThrough(api, 'pip-own-ack', [...TO_APPROVED, { role: 'manager', command: { type: 'acknowledge' }, asOf: '2025-12-31' }]);
});
afterAll(() => server.close());

type Caller = Role | 'no token' | 'expired' | 'other key' | 'alg none';
const FAULTS: readonly Caller[] = ['no token', 'expired', 'other key', 'alg none'];

async function tokenOf(caller: Caller): Promise<string | undefined> {
  switch (caller) {
    case 'no token':
      return undefined;
    case 'expired':
      return expiredToken(PEOPLE.hr, 'hr');
    case 'other key':
      return otherKeyToken(PEOPLE.hr, 'hr');
    case 'alg none':
      return algNoneToken(PEOPLE.hr, 'hr');
    default:
      return tokens[caller];
  }
}

let counter = 0;

/** The request a cell sends: one that succeeds when the caller is allowed. */
function requestFor(route: RouteAccess, caller: Caller, which: 'own' | 'other'): { method: string; path: string; body?: unknown } {
  const plan = which === 'own' ? 'pip-own' : 'pip-other';
  counter += 1;
  switch (route.id) {
    case 'createPlan':
      return { method: 'POST', path: '/plans?asOf=2025-12-29', body: planDocument(`pip-new-${counter}`, which === 'own' ? {} : OTHER) };
    case 'listPlans':
      return { method: 'GET', path: '/plans' };
    case 'getPlan':
      return { method: 'GET', path: `/plans/${plan}` };
    case 'executeCommand': {
      if (caller === 'employee') return { method: 'POST', path: `/plans/${which === 'own' ? 'pip-own-ack' : plan}/commands?asOf=2026-01-02`, body: { type: 'acknowledge', comment: 'Understood.' } };
      if (caller === 'system') return { method: 'POST', path: `/plans/${plan}/commands?asOf=${DAY}`, body: { type: 'advance' } };
      return { method: 'POST', path: `/plans/${plan}/commands?asOf=${DAY}`, body: { type: 'record_observations', observations: [{ metricId: 'm-calls', date: DAY, value: 33 }] } };
    }
    case 'getLog':
      return { method: 'GET', path: `/plans/${plan}/log` };
    case 'verifyPlan':
      return { method: 'GET', path: `/plans/${plan}/verify` };
    case 'recordObservations':
      return { method: 'POST', path: `/plans/${plan}/observations?asOf=${DAY}`, body: { observations: [{ id: `obs-${counter}`, metricId: 'm-calls', date: DAY, value: 30 }] } };
    case 'getEvaluation':
      return { method: 'GET', path: `/plans/${plan}/evaluation?asOf=${DAY}` };
    case 'documentEmployee':
    case 'documentManager':
    case 'documentHr': {
      const audience = route.id === 'documentEmployee' ? 'employee' : route.id === 'documentManager' ? 'manager' : 'hr';
      return { method: 'GET', path: `/plans/${plan}/document?audience=${audience}&asOf=${DAY}` };
    }
    case 'healthz':
      return { method: 'GET', path: '/healthz' };
    case 'readyz':
      return { method: 'GET', path: '/readyz' };
    case 'openapi':
      return { method: 'GET', path: '/openapi.json' };
  }
}

/** What the table says a cell answers. */
function expected(route: RouteAccess, caller: Caller, which: 'own' | 'other'): { status: number; listed?: boolean } {
  if (route.public) return { status: route.ok };
  if (FAULTS.includes(caller)) return { status: 401 };
  const access = route.roles[caller as Role];
  if (access === 'never') return { status: 403 };
  if (route.id === 'listPlans') return { status: route.ok, listed: access === 'any' || which === 'own' };
  if (access === 'own' && which === 'other') return { status: route.otherPlan };
  return { status: route.ok };
}

describe('the authorization matrix', () => {
  it('every role and every bad token, on every route, on their own plan and on another: as the table says', async () => {
    const callers: Caller[] = [...ROLES, ...FAULTS];
    const mismatches: string[] = [];
    let cells = 0;
    for (const route of ROUTE_ACCESS) {
      for (const caller of callers) {
        for (const which of ['own', 'other'] as const) {
          const want = expected(route, caller, which);
          const request = requestFor(route, caller, which);
          const response = await api.request(request.method, request.path, { token: await tokenOf(caller), ...(request.body === undefined ? {} : { body: request.body }) });
          cells += 1;
          const got: { status: number; listed?: boolean } = { status: response.status };
          if (want.listed !== undefined) got.listed = (response.body?.plans ?? []).some((p: { planId: string }) => p.planId === (which === 'own' ? 'pip-own' : 'pip-other'));
          if (got.status >= 400 && response.headers.get('content-type') !== 'application/problem+json') mismatches.push(`${route.id} ${caller} ${which}: not a problem`);
          if (got.status === 401 && !response.headers.get('www-authenticate')?.startsWith('Bearer')) mismatches.push(`${route.id} ${caller} ${which}: 401 without WWW-Authenticate`);
          if (JSON.stringify(got) !== JSON.stringify(want)) mismatches.push(`${route.id} ${caller} ${which}: expected ${JSON.stringify(want)}, got ${JSON.stringify(got)} ${response.text.slice(0, 200)}`);
        }
      }
    }
    console.log(`authorization matrix: ${cells} cells (${ROUTE_ACCESS.length} routes x ${callers.length} callers x own/other plan), ${cells - mismatches.length} as the table says`);
    expect(mismatches).toEqual([]);
    expect(cells).toBe(ROUTE_ACCESS.length * callers.length * 2);
  });

  it('every command type for every role: the ones the table does not give the role are 403 before anything else', async () => {
    const mismatches: string[] = [];
    let cells = 0;
    for (const role of ROLES) {
      for (const type of PLAN_COMMAND_TYPES) {
        const response = await api.request('POST', `/plans/pip-own/commands?asOf=${DAY}`, { token: tokens[role], body: { type } });
        cells += 1;
        const forbidden = response.status === 403 && response.body?.code === 'command_not_allowed';
        if (forbidden === commandAllowed(role, type)) mismatches.push(`${role} ${type}: ${response.status} ${response.body?.code}`);
      }
    }
    console.log(`command types: ${cells} cells (${ROLES.length} roles x ${PLAN_COMMAND_TYPES.length} commands), ${cells - mismatches.length} as the table says`);
    expect(mismatches).toEqual([]);
  });
});

describe('private notes never reach an employee', () => {
  const MARK = {
    privateNote: 'PRIVATE-7f3a91-discouraged',
    privateNote2: 'PRIVATE-c0ffee-second',
    changesRequested: 'REVIEW-52be11-changes',
    approvalNote: 'REVIEW-9d0e44-approval',
  };

  it('by no route: plan, list, log, evaluation, documents, command answers (and the manager does see them)', async () => {
    const goal = (planDocument('x')['goals'] as Record<string, unknown>[])[1]!;
    const steps: Step[] = [
      { role: 'manager', command: { type: 'submit_for_review' }, asOf: '2025-12-29' },
      { role: 'hr', command: { type: 'request_changes', reason: `Say who runs the workshop. ${MARK.changesRequested}` }, asOf: '2025-12-29' },
      { role: 'manager', command: { type: 'submit_for_review', note: 'Workshop owner added.' }, asOf: '2025-12-30' },
      { role: 'hr', command: { type: 'approve', notes: `Fair and consistent. ${MARK.approvalNote}` }, asOf: '2025-12-30' },
      ...TO_ACTIVE.slice(2),
      {
        role: 'manager',
        command: { type: 'record_check_in', checkIn: { date: mondayOf(1), status: 'held', attendees: [PEOPLE.manager, PEOPLE.employee], notes: 'Kick-off.', privateNotes: `Seemed discouraged. ${MARK.privateNote}` } },
        asOf: mondayOf(1),
      },
      {
        role: 'manager',
        command: { type: 'record_check_in', checkIn: { date: mondayOf(2), status: 'held', attendees: [PEOPLE.manager, PEOPLE.employee], notes: 'Week 2.', privateNotes: MARK.privateNote2 } },
        asOf: mondayOf(2),
      },
      { role: 'system', command: { type: 'record_observations', observations: [{ metricId: 'm-calls', date: mondayOf(2), value: 31 }] }, asOf: mondayOf(2) },
      { role: 'manager', command: { type: 'amend_goal', goal: { ...goal, target: Number(goal['target']) - 2 }, reason: 'Territory change.' }, asOf: mondayOf(3) },
      { role: 'manager', command: { type: 'acknowledge' }, asOf: mondayOf(3) },
    ];
    await planThrough(api, 'pip-private', steps);

    const employeeResponses: { what: string; text: string; status: number }[] = [];
    const asEmployee = async (what: string, method: string, path: string, body?: unknown) => {
      const response = await api.request(method, path, { token: tokens.employee, ...(body === undefined ? {} : { body }) });
      employeeResponses.push({ what, text: response.text, status: response.status });
      return response;
    };
    await asEmployee('plan', 'GET', '/plans/pip-private');
    await asEmployee('list', 'GET', '/plans');
    await asEmployee('log', 'GET', '/plans/pip-private/log');
    await asEmployee('verify', 'GET', '/plans/pip-private/verify');
    await asEmployee('evaluation', 'GET', `/plans/pip-private/evaluation?asOf=${mondayOf(3)}`);
    for (const kind of ['plan', 'evaluation']) {
      for (const format of ['html', 'markdown']) {
        await asEmployee(`document ${kind} ${format}`, 'GET', `/plans/pip-private/document?kind=${kind}&format=${format}&asOf=${mondayOf(3)}`);
        await asEmployee(`document ${kind} ${format} employee`, 'GET', `/plans/pip-private/document?kind=${kind}&format=${format}&audience=employee&asOf=${mondayOf(3)}`);
        await asEmployee(`document ${kind} ${format} manager`, 'GET', `/plans/pip-private/document?kind=${kind}&format=${format}&audience=manager&asOf=${mondayOf(3)}`);
      }
    }
    const acknowledged = await asEmployee('command answer', 'POST', `/plans/pip-private/commands?asOf=${mondayOf(3)}`, { type: 'acknowledge', comment: 'Understood the new target.' });
    await asEmployee('command refused', 'POST', `/plans/pip-private/commands?asOf=${mondayOf(3)}`, { type: 'acknowledge' });
    await asEmployee('plan after', 'GET', '/plans/pip-private');
    await asEmployee('log after', 'GET', '/plans/pip-private/log');

    expect(acknowledged.status).toBe(200);
    expect(employeeResponses.filter((r) => r.status === 200).length).toBeGreaterThanOrEqual(14);
    const leaks = employeeResponses.flatMap((r) => Object.values(MARK).filter((mark) => r.text.includes(mark)).map((mark) => `${r.what}: ${mark}`));
    console.log(`private notes: ${employeeResponses.length} employee responses scanned for ${Object.keys(MARK).length} markers, ${leaks.length} found`);
    expect(leaks).toEqual([]);
    // the public notes are there, and the manager's and HR's copies do hold the private ones
    expect(employeeResponses[0]!.text).toContain('Kick-off.');
    const managerPlan = await api.request('GET', '/plans/pip-private', { token: tokens.manager });
    const hrLog = await api.request('GET', '/plans/pip-private/log', { token: tokens.hr });
    const managerDocument = await api.request('GET', `/plans/pip-private/document?kind=plan&format=markdown&asOf=${mondayOf(3)}`, { token: tokens.manager });
    for (const mark of Object.values(MARK)) {
      expect(managerPlan.text).toContain(mark);
      expect(hrLog.text).toContain(mark);
    }
    expect(managerDocument.text).toContain(MARK.privateNote);
  });
});

describe('tokens', () => {
  it('verified against a real JWKS endpoint: RS256 and ES256 accepted, issuer and audience enforced, HS256 and alg none refused', async () => {
    const jwks = await startJwks();
    try {
      const config = testConfig({
        IMPROVEMENT_PLAN_JWT_SECRET: '',
        IMPROVEMENT_PLAN_JWKS_URL: jwks.url,
        IMPROVEMENT_PLAN_JWT_ISSUER: 'https://idp.example.test',
        IMPROVEMENT_PLAN_JWT_AUDIENCE: 'improvement-plan',
      });
      const { app } = createApp({ store: server.store, config });
      const call = async (jwt: string | undefined) => {
        const response = await app.request('/plans/pip-own', { headers: jwt === undefined ? {} : { authorization: `Bearer ${jwt}` } });
        return { status: response.status, code: response.status === 200 ? undefined : ((await response.json()) as { code: string }).code };
      };
      const good = { issuer: 'https://idp.example.test', audience: 'improvement-plan' };
      expect(await call(await jwks.sign(PEOPLE.manager, 'manager', good))).toEqual({ status: 200, code: undefined });
      expect(await call(await jwks.sign(PEOPLE.hr, 'hr', { ...good, alg: 'ES256' }))).toEqual({ status: 200, code: undefined });
      expect(jwks.fetches()).toBeGreaterThanOrEqual(1);
      expect(await call(await jwks.sign(PEOPLE.hr, 'hr', { ...good, issuer: 'https://evil.example.test' }))).toEqual({ status: 401, code: 'invalid_token' });
      expect(await call(await jwks.sign(PEOPLE.hr, 'hr', { ...good, audience: 'another-api' }))).toEqual({ status: 401, code: 'invalid_token' });
      expect(await call(await jwks.sign(PEOPLE.hr, 'hr', { ...good, kid: 'unknown-key' }))).toEqual({ status: 401, code: 'invalid_token' });
      expect(await call(await jwks.sign(PEOPLE.hr, 'hr', { ...good, expiresIn: '-2h' }))).toEqual({ status: 401, code: 'token_expired' });
      // an HS256 token (even one signed with the test secret) is refused: HS256 is not configured here
      expect(await call(await token(PEOPLE.hr, 'hr', { claims: { iss: good.issuer, aud: good.audience } }))).toEqual({ status: 401, code: 'invalid_token' });
      expect(await call(algNoneToken(PEOPLE.hr, 'hr'))).toEqual({ status: 401, code: 'invalid_token' });
      expect(await call(undefined)).toEqual({ status: 401, code: 'missing_token' });
      // ES256 only: an RS256 token from the same key set is refused
      const esOnly = createApp({ store: server.store, config: { ...config, auth: { ...config.auth, algorithms: ['ES256'] } } }).app;
      const rs = await esOnly.request('/plans/pip-own', { headers: { authorization: `Bearer ${await jwks.sign(PEOPLE.hr, 'hr', good)}` } });
      expect(rs.status).toBe(401);
    } finally {
      await jwks.close();
    }
  });

  it('claims: a token without a role, with an unknown role, or without exp is refused', async () => {
    const noRole = await token(PEOPLE.hr, 'hr', { claims: { role: undefined } });
    const admin = await token(PEOPLE.hr, 'admin');
    const { SignJWT } = await import('jose');
    const { TEST_SECRET } = await import('./support/tokens.js');
    const noExp = await new SignJWT({ role: 'hr' }).setProtectedHeader({ alg: 'HS256' }).setSubject(PEOPLE.hr).sign(new TextEncoder().encode(TEST_SECRET));
    for (const jwt of [noRole, admin, noExp]) {
      const response = await api.request('GET', '/plans', { token: jwt });
      expect([response.status, response.body.code]).toEqual([401, 'invalid_token']);
    }
    const malformed = await api.request('GET', '/plans', { headers: { authorization: 'Basic aHI6cHc=' } });
    expect([malformed.status, malformed.body.code]).toEqual([401, 'missing_token']);
  });
});
