/**
 * Faults: the database going away in the middle of a command gives a typed `database_error` and
 * no half-written command (PostgreSQL: the test kills the store's connection with
 * pg_terminate_backend after the log insert; PGlite: a process is killed with SIGKILL after the log
 * insert, and the data folder is opened again). A database that is closed or unreachable is an
 * answer, never a crash.
 */
import { PGlite } from '@electric-sql/pglite';
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { describe, expect, it } from 'vitest';
import { createPlanStore, PlanStoreError, type PgPool, type PgPoolClient } from '../src/index.js';
import { POSTGRES_REQUIRED, POSTGRES_URL } from './support/engines.js';
import { activePlan, checkIn, MANAGER, mondayOf } from './support/plans.js';

const packageRoot = fileURLToPath(new URL('..', import.meta.url));

describe('faults on pglite', () => {
  it('a process killed between the log insert and the commit leaves no half-written command', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'improvement-plan-store-crash-'));
    try {
      const dataDir = join(dir, 'data');
      const setup = await createPlanStore({ database: dataDir, schema: 'hr' });
      const id = await activePlan(setup);
      await setup.close();

      const child = spawn(process.execPath, ['--import', 'tsx', 'test/support/crash-child.ts', dataDir, 'hr', id], { cwd: packageRoot, stdio: ['ignore', 'pipe', 'pipe'] });
      let output = '';
      let errors = '';
      child.stderr.on('data', (chunk: Buffer) => (errors += chunk.toString()));
      const exited = new Promise<NodeJS.Signals | number | null>((resolve) => child.on('exit', (code, signal) => resolve(signal ?? code)));
      await new Promise<void>((resolve, reject) => {
        child.stdout.on('data', (chunk: Buffer) => {
          output += chunk.toString();
          if (output.includes('INSERTED')) resolve();
        });
        child.on('exit', () => reject(new Error(`the child ended before the insert: ${output} ${errors}`)));
      });
      child.kill('SIGKILL');
      expect(await exited).toBe('SIGKILL');
      expect(output).not.toContain('COMMITTED');

      const store = await createPlanStore({ database: dataDir, schema: 'hr' });
      const head = await store.head(id);
      expect(head.ok && head.revision).toBe(5);
      const history = await store.history(id);
      expect(history.ok && history.entries.map((e) => e.commandId)).not.toContain('crash-1');
      expect(await store.verify(id)).toMatchObject({ ok: true, intact: true });
      // the command was never applied: sending it again applies it once
      const retry = await store.execute(id, checkIn(1, 'Never committed.'), { actor: MANAGER, asOf: mondayOf(1), commandId: 'crash-1' });
      expect(retry.ok && retry.revision).toBe(6);
      await store.close();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('a PGlite closed under the store gives a database_error, and a closed store says closed', async () => {
    const db = await PGlite.create();
    const store = await createPlanStore({ database: db, schema: 'hr' });
    const id = await activePlan(store);
    await db.close();
    const got = await store.get(id);
    expect(!got.ok && got.error.code).toBe('database_error');
    const executed = await store.execute(id, checkIn(1, 'x'), { actor: MANAGER, asOf: mondayOf(1), commandId: 'c' });
    expect(!executed.ok && executed.error.code).toBe('database_error');
    await store.close();
    const closed = await store.get(id);
    expect(!closed.ok && closed.error.code).toBe('closed');
  });
});

describe('faults on postgres', () => {
  it('an unreachable server is a PlanStoreError when the store opens', async () => {
    const opening = createPlanStore({ database: 'postgres://postgres@127.0.0.1:1/nothing' });
    await expect(opening).rejects.toBeInstanceOf(PlanStoreError);
    await expect(opening).rejects.toMatchObject({ code: 'database_error' });
  });

  const available = POSTGRES_URL !== undefined || POSTGRES_REQUIRED;
  it.runIf(available)('a connection killed between the log insert and the commit gives a typed error and no half-written command', async () => {
    if (POSTGRES_URL === undefined) throw new Error('IMPROVEMENT_PLAN_TEST_DATABASE_URL is not set, and the PostgreSQL half must run here');
    const pool = new pg.Pool({ connectionString: POSTGRES_URL, max: 4 });
    pool.on('error', () => undefined);
    const admin = new pg.Pool({ connectionString: POSTGRES_URL, max: 1 });
    const schema = `faults_${process.pid}_${Date.now()}`;
    let kill = false;
    // The store's pool, with a hook: after the log insert, the connection is killed from outside.
    const killing: PgPool = {
      query: (text, values) => pool.query(text, values),
      end: () => pool.end(),
      connect: async () => {
        const client = await pool.connect();
        const wrapped: PgPoolClient = {
          query: async (text, values) => {
            const result = await client.query(text, values);
            if (kill && /INSERT INTO "[a-z0-9_]+"\.log /.test(text)) {
              const pid = (client as unknown as { processID: number }).processID;
              await admin.query('SELECT pg_terminate_backend($1)', [pid]);
            }
            return result;
          },
          release: (destroy) => client.release(destroy),
          on: (event, listener) => client.on(event, listener),
          removeListener: (event, listener) => client.removeListener(event, listener),
        };
        return wrapped;
      },
    };
    try {
      const store = await createPlanStore({ database: killing, schema });
      const id = await activePlan(store);
      kill = true;
      const result = await store.execute(id, checkIn(1, 'Cut off.'), { actor: MANAGER, asOf: mondayOf(1), commandId: 'cut-1' });
      kill = false;
      expect(result.ok).toBe(false);
      if (!result.ok) {
        expect(result.error.code).toBe('database_error');
        if (result.error.code === 'database_error') expect(result.error.retryable).toBe(true);
      }
      const rows = await admin.query(`SELECT count(*)::int AS n FROM "${schema}".log WHERE command_id = 'cut-1'`);
      expect(rows.rows[0].n).toBe(0);
      const head = await store.head(id);
      expect(head.ok && head.revision).toBe(5);
      expect(await store.verify(id)).toMatchObject({ ok: true, intact: true });
      const retry = await store.execute(id, checkIn(1, 'Cut off.'), { actor: MANAGER, asOf: mondayOf(1), commandId: 'cut-1' });
      expect(retry.ok && retry.revision).toBe(6);
      await store.close();
    } finally {
      await admin.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
      await admin.end();
      await pool.end().catch(() => undefined);
    }
  });
});
