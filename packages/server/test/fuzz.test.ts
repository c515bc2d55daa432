/**
 * Fuzz: fast-check request bodies and query strings sent over real HTTP to a running server (in
 * this process, PGlite in memory). Whatever arrives, the answer is never a 5xx, and every error is
 * a problem document. Bodies: any JSON, text that is not JSON, valid commands, plans and
 * observation batches with one field replaced by any JSON value, random content types. Query
 * strings: random keys and values (any characters, percent-encoded or not) on every GET route,
 * and random plan ids in the path.
 */
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningServer } from '../src/server.js';
import { planDocument, TO_ACTIVE } from './support/plans.js';
import { inProcessServer, peopleTokens, planThrough, client } from './support/server.js';

let server: RunningServer;
let tokens: Awaited<ReturnType<typeof peopleTokens>>;
let sent = 0;
const statuses = new Map<number, number>();
const failures: string[] = [];

const RUNS = Number(process.env['IMPROVEMENT_PLAN_SERVER_FUZZ_RUNS'] ?? 500);

beforeAll(async () => {
  server = await inProcessServer();
  tokens = await peopleTokens();
  await planThrough(client(server.url), 'pip-fuzz', TO_ACTIVE);
});
afterAll(async () => {
  console.log(`fuzz: ${sent} requests over HTTP, ${failures.length} answered 5xx or not a problem; statuses ${JSON.stringify(Object.fromEntries([...statuses].sort(([a], [b]) => a - b)))}`);
  await server.close();
});

/** Send one request; record a 5xx or an error that is not a problem document. */
async function send(method: string, path: string, init: { token?: string; body?: string; contentType?: string } = {}): Promise<number> {
  const headers: Record<string, string> = {};
  if (init.token) headers['authorization'] = `Bearer ${init.token}`;
  if (init.contentType !== undefined) headers['content-type'] = init.contentType;
  const response = await fetch(`${server.url}${path}`, { method, headers, ...(init.body === undefined ? {} : { body: init.body }) });
  const text = await response.text();
  sent += 1;
  statuses.set(response.status, (statuses.get(response.status) ?? 0) + 1);
  const problem = response.headers.get('content-type') === 'application/problem+json';
  if (response.status >= 500 || (response.status >= 400 && !problem)) failures.push(`${method} ${path} -> ${response.status} ${text.slice(0, 300)}`);
  return response.status;
}

const TEMPLATES: readonly unknown[] = [
  { type: 'record_observations', observations: [{ metricId: 'm-calls', date: '2026-02-02', value: 30 }] },
  { type: 'record_check_in', checkIn: { date: '2026-02-02', status: 'held', attendees: ['mgr-dana', 'emp-1042'], notes: 'Week 5.', privateNotes: 'x' } },
  { type: 'acknowledge', comment: 'ok' },
  { type: 'pause', reason: 'Leave.' },
  { type: 'extend', days: 14, reason: 'Sales cycle.' },
  { type: 'record_support_delivery', delivery: { commitmentId: 'sup-call-review', date: '2026-02-02', status: 'delivered' } },
  { type: 'close', outcome: 'successful', reason: 'Done.', basis: { asOf: '2026-04-06', score: 81.4, recommendation: 'successful', reasonCodes: ['required_goals_met_and_sustained'] } },
  { observations: [{ id: 'o-1', metricId: 'm-calls', date: '2026-02-02', value: 30 }] },
  planDocument('pip-fuzz-new'),
];

/** Every path to a leaf (or container) of a JSON value. */
function paths(value: unknown, prefix: (string | number)[] = []): (string | number)[][] {
  const out: (string | number)[][] = [prefix];
  if (Array.isArray(value)) value.forEach((v, i) => out.push(...paths(v, [...prefix, i])));
  else if (value !== null && typeof value === 'object') for (const [k, v] of Object.entries(value)) out.push(...paths(v, [...prefix, k]));
  return out;
}

function replaceAt(value: unknown, path: (string | number)[], replacement: unknown): unknown {
  if (path.length === 0) return replacement;
  const [head, ...rest] = path;
  if (Array.isArray(value)) return value.map((v, i) => (i === head ? replaceAt(v, rest, replacement) : v));
  if (value !== null && typeof value === 'object') return { ...(value as Record<string, unknown>), [head!]: replaceAt((value as Record<string, unknown>)[head as string], rest, replacement) };
  return value;
}

const mutated = fc
  .tuple(fc.constantFrom(...TEMPLATES), fc.nat(), fc.jsonValue({ maxDepth: 3 }), fc.option(fc.string({ maxLength: 12 }), { nil: undefined }))
  .map(([template, n, replacement, extraKey]) => {
    const all = paths(template);
    const changed = replaceAt(template, all[n % all.length]!, replacement);
    return extraKey !== undefined && changed !== null && typeof changed === 'object' && !Array.isArray(changed) ? { ...changed, [extraKey]: replacement } : changed;
  })
  .map((value) => JSON.stringify(value) ?? 'null');

const bodyText = fc.oneof(
  { weight: 5, arbitrary: mutated },
  { weight: 2, arbitrary: fc.json({ maxDepth: 4 }) },
  { weight: 1, arbitrary: fc.string({ maxLength: 200 }) },
  { weight: 1, arbitrary: fc.constantFrom('{', '[', '{"type":', 'null', '""', '{"type":"advance"}', '{"type":"__proto__"}', '{"__proto__":{"type":"advance"}}', '\u0000', '{"type":"acknowledge","comment":"\ud800"}') },
);

const contentType = fc.oneof(
  { weight: 8, arbitrary: fc.constant('application/json') },
  { weight: 1, arbitrary: fc.constantFrom('text/plain', 'application/merge-patch+json', 'application/json; charset=latin1', 'multipart/form-data; boundary=x', '', 'application/JSON') },
);

const planId = fc.oneof(
  { weight: 6, arbitrary: fc.constant('pip-fuzz') },
  { weight: 1, arbitrary: fc.string({ minLength: 1, maxLength: 140 }).map((s) => encodeURIComponent(s)) },
  { weight: 1, arbitrary: fc.constantFrom('%', '%zz', '..', '%2F', 'pip-fuzz%00', 'a'.repeat(300)) },
);

const asOf = fc.option(fc.oneof(fc.constantFrom('2026-02-02', '2026-02-30', '0000-01-01', '9999-12-31', ''), fc.string({ maxLength: 12 })), { nil: undefined });

const role = fc.constantFrom<'employee' | 'manager' | 'hr' | 'system'>('hr', 'hr', 'manager', 'system', 'employee');

describe('fuzz over HTTP: never a 5xx', () => {
  it('request bodies on every POST route', async () => {
    await fc.assert(
      fc.asyncProperty(fc.constantFrom('plans', 'commands', 'observations'), planId, bodyText, contentType, asOf, role, async (route, id, body, type, day, who) => {
        const query = day === undefined ? '' : `?asOf=${encodeURIComponent(day)}`;
        const path = route === 'plans' ? `/plans${query}` : `/plans/${id}/${route}${query}`;
        const status = await send('POST', path, { token: tokens[who], body, contentType: type });
        return status < 500;
      }),
      { numRuns: RUNS * 2 },
    );
    expect(failures).toEqual([]);
  });

  it('query strings and plan ids on every GET route', async () => {
    const key = fc.oneof(fc.constantFrom('asOf', 'format', 'audience', 'kind', 'status', 'limit', 'after', 'employeeId', 'managerId', 'hrPartnerId', 'evaluationDueFrom', 'evaluationDueTo'), fc.string({ maxLength: 10 }));
    const value = fc.oneof(fc.constantFrom('html', 'markdown', 'employee', 'manager', 'hr', 'plan', 'evaluation', '2026-02-02', 'active,paused', '10001', '-1', '1e3'), fc.string({ maxLength: 30 }), fc.string({ unit: 'binary', maxLength: 10 }));
    const query = fc.array(fc.tuple(key, value, fc.boolean()), { maxLength: 6 }).map((pairs) => pairs.map(([k, v, raw]) => (raw ? `${k}=${v.replace(/[#\s]/g, '')}` : `${encodeURIComponent(k)}=${encodeURIComponent(v)}`)).join('&'));
    const route = fc.constantFrom('', '/log', '/verify', '/evaluation', '/document', '/plans');
    await fc.assert(
      fc.asyncProperty(route, planId, query, role, async (where, id, q, who) => {
        const path = where === '/plans' ? `/plans?${q}` : `/plans/${id}${where}?${q}`;
        const status = await send('GET', path, { token: tokens[who] });
        return status < 500;
      }),
      { numRuns: RUNS },
    );
    expect(failures).toEqual([]);
  });
});
