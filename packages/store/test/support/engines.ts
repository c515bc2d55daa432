/**
 * The two engines every store test runs against: PGlite (always) and a real PostgreSQL server
 * (IMPROVEMENT_PLAN_TEST_DATABASE_URL, which `.ci/run` sets after `scripts/pg-start.sh`).
 *
 * Without the URL the PostgreSQL half is skipped with a message saying how to start a server,
 * unless CI or IMPROVEMENT_PLAN_REQUIRE_POSTGRES=1 says it must run: then it fails.
 *
 * Each test gets its own PostgreSQL schema (the store's `schema` option) in one database per
 * engine and file, so tests never see each other's rows and PGlite starts once per file.
 */
import { PGlite } from '@electric-sql/pglite';
import pg from 'pg';
import { createPlanStore, type PlanStore, type PlanStoreOptions } from '../../src/index.js';

export const POSTGRES_URL = process.env['IMPROVEMENT_PLAN_TEST_DATABASE_URL'];
export const POSTGRES_REQUIRED = process.env['IMPROVEMENT_PLAN_REQUIRE_POSTGRES'] === '1' || (process.env['CI'] !== undefined && process.env['CI'] !== '' && process.env['CI'] !== 'false');

const HOW_TO = 'start one with `pg_env=$(scripts/pg-start.sh) && eval "$pg_env"` (from the repository root), then run the tests again';
if (POSTGRES_URL === undefined && !POSTGRES_REQUIRED) {
  console.warn(`@improvement-plan/store: the PostgreSQL half of the tests is SKIPPED: IMPROVEMENT_PLAN_TEST_DATABASE_URL is not set; ${HOW_TO}.`);
}

/** Run raw SQL on the database a store uses (for tampering, scans and checks). */
export type RawSql = (text: string, params?: readonly unknown[]) => Promise<Record<string, unknown>[]>;

/** A store in its own schema, and raw SQL on the same database. */
export interface TestStore {
  readonly store: PlanStore;
  readonly schema: string;
  readonly sql: RawSql;
  /** Open another store on the same schema (a second process, say). */
  reopen(options?: Omit<PlanStoreOptions, 'database' | 'schema'>): Promise<PlanStore>;
}

/** One engine, set up once per test file. */
export interface TestEngine {
  readonly name: 'pglite' | 'postgres';
  /** Whether the tests of this engine run here (PostgreSQL needs the URL). */
  readonly available: boolean;
  setup(): Promise<void>;
  teardown(): Promise<void>;
  /** A fresh store in a new schema. */
  open(options?: Omit<PlanStoreOptions, 'database' | 'schema'>): Promise<TestStore>;
  /** The database handle the stores share (a PGlite instance or a pg pool). */
  database(): PGlite | pg.Pool;
}

let counter = 0;
function schemaName(): string {
  counter += 1;
  return `t_${process.pid}_${counter}_${Math.random().toString(36).slice(2, 8)}`;
}

function pgliteEngine(): TestEngine {
  let db: PGlite | undefined;
  const stores: PlanStore[] = [];
  return {
    name: 'pglite',
    available: true,
    async setup() {
      db = await PGlite.create();
    },
    async teardown() {
      for (const store of stores) await store.close();
      await db?.close();
    },
    database: () => db!,
    async open(options = {}) {
      const schema = schemaName();
      const store = await createPlanStore({ ...options, database: db!, schema });
      stores.push(store);
      const sql: RawSql = async (text, params = []) => (await db!.query(text, [...params])).rows as Record<string, unknown>[];
      return {
        store,
        schema,
        sql,
        reopen: async (again = {}) => {
          const other = await createPlanStore({ ...again, database: db!, schema });
          stores.push(other);
          return other;
        },
      };
    },
  };
}

function postgresEngine(): TestEngine {
  let pool: pg.Pool | undefined;
  const schemas: string[] = [];
  const stores: PlanStore[] = [];
  return {
    name: 'postgres',
    available: POSTGRES_URL !== undefined || POSTGRES_REQUIRED,
    async setup() {
      if (POSTGRES_URL === undefined) {
        throw new Error(`The PostgreSQL half of the store's tests must run here (CI or IMPROVEMENT_PLAN_REQUIRE_POSTGRES=1) but IMPROVEMENT_PLAN_TEST_DATABASE_URL is not set; ${HOW_TO}.`);
      }
      pool = new pg.Pool({ connectionString: POSTGRES_URL, max: 12 });
      pool.on('error', () => undefined);
      await pool.query('SELECT 1');
    },
    async teardown() {
      for (const store of stores) await store.close();
      if (pool) {
        for (const schema of schemas) await pool.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
        await pool.end();
      }
    },
    database: () => pool!,
    async open(options = {}) {
      const schema = schemaName();
      schemas.push(schema);
      const store = await createPlanStore({ ...options, database: pool!, schema });
      stores.push(store);
      const sql: RawSql = async (text, params = []) => (await pool!.query(text, [...params])).rows as Record<string, unknown>[];
      return {
        store,
        schema,
        sql,
        reopen: async (again = {}) => {
          const other = await createPlanStore({ ...again, database: pool!, schema });
          stores.push(other);
          return other;
        },
      };
    },
  };
}

/** Both engines; describe.each over them, skipping PostgreSQL when it is not available. */
export function testEngines(): TestEngine[] {
  return [pgliteEngine(), postgresEngine()];
}
