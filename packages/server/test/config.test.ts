/**
 * Configuration from environment variables only, as the package README's table says: every
 * variable src/config.ts reads is in the table, with the default the code applies (the table is
 * read from the README, the variables from the source), DATABASE_URL wins over the PGlite folder,
 * and a setting that cannot be used stops the service with a sentence naming it.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig, MIN_SECRET_BYTES } from '../src/config.js';
import { PACKAGE_DIR } from './support/server.js';

const SECRET = 's'.repeat(MIN_SECRET_BYTES);

/** The README's Configuration table: variable -> default column. */
function readmeTable(): Map<string, string> {
  const readme = readFileSync(join(PACKAGE_DIR, 'README.md'), 'utf8');
  const section = readme.split('## Configuration')[1]!.split('\n## ')[0]!;
  const rows = new Map<string, string>();
  for (const line of section.split('\n')) {
    const match = /^\| `([A-Z_]+)` \| ([^|]*) \|/.exec(line);
    if (match) rows.set(match[1]!, match[2]!.trim());
  }
  return rows;
}

/** The variables src/config.ts reads (`env['X']` or a helper called with `env, 'X'`). */
function variablesRead(): Set<string> {
  const source = readFileSync(join(PACKAGE_DIR, 'src/config.ts'), 'utf8');
  return new Set([...source.matchAll(/env\[['"]([A-Z_]+)['"]\]|\(env, ['"]([A-Z_]+)['"]/g)].map((m) => (m[1] ?? m[2])!));
}

describe('configuration', () => {
  it('the README documents every variable the service reads, and nothing it does not', () => {
    const documented = readmeTable();
    const read = variablesRead();
    expect(read.size).toBeGreaterThanOrEqual(10);
    expect([...read].sort()).toEqual([...documented.keys()].sort());
  });

  it('the defaults are the README\'s: port 3000, a 1 MiB body limit, PGlite in ./improvement-plan-data, UTC, client dates off', () => {
    const table = readmeTable();
    const config = loadConfig({ IMPROVEMENT_PLAN_JWT_SECRET: SECRET });
    expect(table.get('PORT')).toBe(`\`${config.port}\``);
    expect(config.port).toBe(3000);
    expect(table.get('IMPROVEMENT_PLAN_BODY_LIMIT')).toContain(`\`${config.bodyLimit}\``);
    expect(config.bodyLimit).toBe(1024 * 1024);
    expect(table.get('IMPROVEMENT_PLAN_DATA_DIR')).toBe(`\`${config.database}\``);
    expect(table.get('HOST')).toBe(`\`${config.host}\``);
    expect(table.get('IMPROVEMENT_PLAN_TIME_ZONE')).toBe(`\`${config.timeZone}\``);
    expect(table.get('IMPROVEMENT_PLAN_JWT_ALGORITHMS')).toBe(`\`${config.auth.algorithms.join(',')}\``);
    expect(table.get('IMPROVEMENT_PLAN_JWT_CLOCK_TOLERANCE')).toBe(`\`${config.auth.clockToleranceSeconds}\``);
    expect(table.get('IMPROVEMENT_PLAN_SHUTDOWN_TIMEOUT_MS')).toBe(`\`${config.shutdownTimeoutMs}\``);
    expect(config.clientDates).toBe(false);
    expect(config.schema).toBeUndefined();
  });

  it('DATABASE_URL wins over the PGlite folder; each setting is read', () => {
    const config = loadConfig({
      IMPROVEMENT_PLAN_JWT_SECRET: SECRET,
      DATABASE_URL: 'postgres://u@db.example:5432/hr',
      IMPROVEMENT_PLAN_DATA_DIR: '/var/lib/plans',
      IMPROVEMENT_PLAN_DB_SCHEMA: 'pips',
      PORT: '8080',
      HOST: '127.0.0.1',
      IMPROVEMENT_PLAN_BODY_LIMIT: '2048',
      IMPROVEMENT_PLAN_TIME_ZONE: 'Europe/Paris',
      IMPROVEMENT_PLAN_CLIENT_DATES: '1',
      IMPROVEMENT_PLAN_SHUTDOWN_TIMEOUT_MS: '500',
      IMPROVEMENT_PLAN_JWT_CLOCK_TOLERANCE: '0',
    });
    expect(config).toMatchObject({ database: 'postgres://u@db.example:5432/hr', schema: 'pips', port: 8080, host: '127.0.0.1', bodyLimit: 2048, timeZone: 'Europe/Paris', clientDates: true, shutdownTimeoutMs: 500 });
    expect(config.auth).toMatchObject({ secret: SECRET, clockToleranceSeconds: 0 });
    expect(loadConfig({ IMPROVEMENT_PLAN_JWT_SECRET: SECRET, IMPROVEMENT_PLAN_DATA_DIR: '/var/lib/plans' }).database).toBe('/var/lib/plans');
    const jwks = loadConfig({ IMPROVEMENT_PLAN_JWKS_URL: 'https://idp.example/.well-known/jwks.json', IMPROVEMENT_PLAN_JWT_ISSUER: 'https://idp.example', IMPROVEMENT_PLAN_JWT_AUDIENCE: 'plans', IMPROVEMENT_PLAN_JWT_ALGORITHMS: 'ES256' });
    expect(jwks.auth).toEqual({ jwksUrl: 'https://idp.example/.well-known/jwks.json', issuer: 'https://idp.example', audience: 'plans', algorithms: ['ES256'], clockToleranceSeconds: 5 });
    expect(Object.isFrozen(config) && Object.isFrozen(config.auth)).toBe(true);
  });

  it('a setting that cannot be used stops the service with a sentence naming it', () => {
    const refused = (env: Record<string, string>, name: string) => {
      let error: unknown;
      try {
        loadConfig(env);
      } catch (e) {
        error = e;
      }
      expect(error, name).toBeInstanceOf(ConfigError);
      expect((error as Error).message, name).toContain(name);
    };
    refused({}, 'IMPROVEMENT_PLAN_JWT_SECRET');
    refused({ IMPROVEMENT_PLAN_JWT_SECRET: 'short' }, 'IMPROVEMENT_PLAN_JWT_SECRET');
    refused({ IMPROVEMENT_PLAN_JWT_SECRET: SECRET, PORT: 'http' }, 'PORT');
    refused({ IMPROVEMENT_PLAN_JWT_SECRET: SECRET, PORT: '70000' }, 'PORT');
    refused({ IMPROVEMENT_PLAN_JWT_SECRET: SECRET, IMPROVEMENT_PLAN_BODY_LIMIT: '1mb' }, 'IMPROVEMENT_PLAN_BODY_LIMIT');
    refused({ IMPROVEMENT_PLAN_JWT_SECRET: SECRET, IMPROVEMENT_PLAN_BODY_LIMIT: '10' }, 'IMPROVEMENT_PLAN_BODY_LIMIT');
    refused({ IMPROVEMENT_PLAN_JWKS_URL: 'not a url' }, 'IMPROVEMENT_PLAN_JWKS_URL');
    refused({ IMPROVEMENT_PLAN_JWKS_URL: 'file:///etc/jwks.json' }, 'IMPROVEMENT_PLAN_JWKS_URL');
    refused({ IMPROVEMENT_PLAN_JWKS_URL: 'https://idp.example/jwks', IMPROVEMENT_PLAN_JWT_ALGORITHMS: 'RS256,HS256' }, 'IMPROVEMENT_PLAN_JWT_ALGORITHMS');
    refused({ IMPROVEMENT_PLAN_JWKS_URL: 'https://idp.example/jwks', IMPROVEMENT_PLAN_JWT_ALGORITHMS: 'none' }, 'IMPROVEMENT_PLAN_JWT_ALGORITHMS');
    refused({ IMPROVEMENT_PLAN_JWT_SECRET: SECRET, IMPROVEMENT_PLAN_TIME_ZONE: 'Mars/Olympus' }, 'IMPROVEMENT_PLAN_TIME_ZONE');
  });

  it('the body limit configured is the one enforced', async () => {
    const { createPlanStore } = await import('@improvement-plan/store');
    const { createApp } = await import('../src/app.js');
    const { TEST_SECRET, token } = await import('./support/tokens.js');
    const store = await createPlanStore();
    try {
      const { app } = createApp({ store, config: loadConfig({ IMPROVEMENT_PLAN_JWT_SECRET: TEST_SECRET, IMPROVEMENT_PLAN_BODY_LIMIT: '2048' }) });
      const hr = await token('hr-priya', 'hr');
      const send = (size: number) =>
        app.request('/plans', { method: 'POST', headers: { authorization: `Bearer ${hr}`, 'content-type': 'application/json' }, body: JSON.stringify({ pad: 'x'.repeat(size) }) });
      // over the configured limit: 413; under it: read, and refused as a plan (422)
      const over = await send(4096);
      expect([over.status, ((await over.json()) as { code: string }).code]).toEqual([413, 'payload_too_large']);
      const under = await send(1000);
      expect([under.status, ((await under.json()) as { code: string }).code]).toEqual([422, 'invalid_plan']);
      const listed = await store.list();
      expect(listed.ok && listed.plans).toEqual([]);
    } finally {
      await store.close();
    }
  });
});
