/**
 * `npm run serve` (from the repository root): the service for development and demos, on PGlite in
 * a data folder, with the demo plan seeded (examples/demo.ts: Jordan Reyes's 90-day plan, every
 * command of its life sent through the store by the person it belongs to, on its own day), and a
 * development token printed for each role.
 *
 * - Data folder: IMPROVEMENT_PLAN_DATA_DIR, default `<OS temp dir>/improvement-plan-serve`.
 * - Tokens: HS256 with IMPROVEMENT_PLAN_JWT_SECRET when set; otherwise a random secret generated
 *   once and kept in the data folder (`dev-jwt-secret`, mode 0600), so printed tokens stay valid
 *   across restarts. With NODE_ENV=production it generates nothing and refuses to start without
 *   IMPROVEMENT_PLAN_JWT_SECRET or IMPROVEMENT_PLAN_JWKS_URL: there is no built-in secret.
 * - Client dates are on (IMPROVEMENT_PLAN_CLIENT_DATES=1 unless set): the demo plan lives in
 *   2025-2026, so requests give the day with `?asOf=`.
 * - PORT (default 3000), HOST (default 127.0.0.1); SIGTERM or Ctrl-C stops it gracefully.
 */
import { createPlanStore } from '@improvement-plan/store';
import { SignJWT } from 'jose';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { demoStory } from '../../../examples/demo.js';
import { ConfigError, loadConfig } from '../src/config.js';
import { handleSignals, startServer } from '../src/server.js';

const env = process.env;
const production = env['NODE_ENV'] === 'production';
const dataDir = resolve(env['IMPROVEMENT_PLAN_DATA_DIR'] ?? join(tmpdir(), 'improvement-plan-serve'));
mkdirSync(dataDir, { recursive: true });

function devSecret(): string | undefined {
  if (env['IMPROVEMENT_PLAN_JWT_SECRET']) return env['IMPROVEMENT_PLAN_JWT_SECRET'];
  if (production) return undefined;
  const file = join(dataDir, 'dev-jwt-secret');
  if (existsSync(file)) return readFileSync(file, 'utf8').trim();
  const secret = randomBytes(32).toString('base64url');
  writeFileSync(file, `${secret}\n`, { mode: 0o600 });
  return secret;
}

const secret = devSecret();
let config;
try {
  config = loadConfig({
    ...env,
    IMPROVEMENT_PLAN_DATA_DIR: join(dataDir, 'pglite'),
    DATABASE_URL: '',
    PORT: env['PORT'] ?? '3000',
    HOST: env['HOST'] ?? '127.0.0.1',
    IMPROVEMENT_PLAN_CLIENT_DATES: env['IMPROVEMENT_PLAN_CLIENT_DATES'] ?? '1',
    ...(secret === undefined ? {} : { IMPROVEMENT_PLAN_JWT_SECRET: secret }),
  });
} catch (error) {
  const hint = production ? ' (NODE_ENV=production: npm run serve generates no secret; set IMPROVEMENT_PLAN_JWT_SECRET or IMPROVEMENT_PLAN_JWKS_URL)' : '';
  console.error(`configuration: ${error instanceof ConfigError ? error.message : String(error)}${hint}`);
  process.exit(1);
}

// Seed the demo plan when it is absent: the draft as the manager wrote it, then every entry of its
// log replayed through the store with its own actor and day.
const store = await createPlanStore({ database: config.database });
const story = demoStory();
const existing = await store.get(story.plan.id);
let seeded = 'already there';
if (!existing.ok) {
  const first = story.plan.events[0]!;
  const created = await store.create(story.draft, { actor: first.actor, asOf: story.draft.createdOn });
  if (!created.ok) throw new Error(`seeding the demo plan failed: ${created.error.message}`);
  for (const entry of story.plan.events) {
    const done = await store.execute(story.plan.id, entry.command, { actor: entry.actor, asOf: entry.at, commandId: `demo-${entry.seq}` });
    if (!done.ok) throw new Error(`seeding the demo plan failed at entry ${entry.seq} (${entry.command.type}): ${done.error.message}`);
  }
  seeded = `seeded: ${story.plan.events.length} log entries`;
}

const server = await startServer({ config, store });
handleSignals(server, async () => {
  await store.close();
  console.error('stopped: server closed, store closed');
});

const key = secret === undefined ? undefined : new TextEncoder().encode(secret);
const people = [
  ['employee', 'emp-1042', 'Jordan Reyes'],
  ['manager', 'mgr-dana', 'Dana Whitfield'],
  ['hr', 'hr-priya', 'Priya Natarajan'],
  ['system', 'nightly-job', 'the nightly job'],
] as const;
console.log(`improvement-plan service listening on ${server.url} (PGlite in ${config.database})`);
console.log(`OpenAPI: ${server.url}/openapi.json`);
console.log(`Demo plan ${story.plan.id} (${seeded}): ${server.url}/plans/${story.plan.id}`);
if (key) {
  console.log(`Development tokens (HS256, 12 hours${env['IMPROVEMENT_PLAN_JWT_SECRET'] ? '' : `, secret in ${join(dataDir, 'dev-jwt-secret')}`}):`);
  for (const [role, sub, name] of people) {
    const jwt = await new SignJWT({ role, name }).setProtectedHeader({ alg: 'HS256', typ: 'JWT' }).setSubject(sub).setIssuedAt().setExpirationTime('12h').sign(key);
    console.log(`  ${role.padEnd(8)} ${sub.padEnd(11)} ${jwt}`);
  }
  console.log(`Try: curl -H "Authorization: Bearer <hr token>" "${server.url}/plans/${story.plan.id}/evaluation?asOf=2026-04-06"`);
}
