/**
 * The two ways to run the store's SQL: PGlite (PostgreSQL compiled to WebAssembly, in this
 * process) and a PostgreSQL server through a `pg` pool. Both run the same statements; this module
 * only knows how to send a query and how to wrap several in one transaction.
 *
 * @module
 */

/** A row as the drivers return it. */
export type Row = Record<string, unknown>;

/** Something that runs one parameterised statement. */
export interface Queryable {
  query(text: string, params?: readonly unknown[]): Promise<Row[]>;
}

/** A connection to the database the store runs on. */
export interface Engine extends Queryable {
  readonly kind: 'pglite' | 'postgres';
  /** Run `work` in one transaction: committed when it resolves, rolled back when it throws. */
  transaction<T>(work: (tx: Queryable) => Promise<T>): Promise<T>;
  /** Release what the store opened itself (a database it was given is left open). */
  close(): Promise<void>;
}

/** The part of a PGlite instance the store uses (`new PGlite()` from `@electric-sql/pglite`). */
export interface PGliteDatabase {
  query(text: string, params?: any[]): Promise<{ rows: unknown[] }>;
  transaction<T>(callback: (tx: { query(text: string, params?: any[]): Promise<{ rows: unknown[] }> }) => Promise<T>): Promise<T>;
  close(): Promise<void>;
  readonly closed?: boolean;
}

/** A client checked out of a `pg` pool. */
export interface PgPoolClient {
  query(text: string, values?: any[]): Promise<{ rows: any[] }>;
  release(destroy?: boolean | Error): void;
  on(event: 'error', listener: (error: Error) => void): unknown;
  removeListener(event: 'error', listener: (error: Error) => void): unknown;
}

/** The part of a `pg` pool the store uses (`new pg.Pool(...)`). */
export interface PgPool {
  connect(): Promise<PgPoolClient>;
  query(text: string, values?: any[]): Promise<{ rows: any[] }>;
  end(): Promise<void>;
}

/** What `createPlanStore` accepts as its database. */
export type DatabaseOption = PGliteDatabase | PgPool | string;

function isPgPool(value: object): value is PgPool {
  return typeof (value as PgPool).connect === 'function' && typeof (value as PgPool).query === 'function';
}

/**
 * A PGlite data folder on disk (a path, or `file://...`) gets its missing parent folders, so
 * `'./hr-data/plans'` opens on a fresh machine; PGlite makes the last folder itself. Other
 * schemes (`memory://`, `idb://`) are left to PGlite.
 */
async function makeParentFolders(database: string): Promise<void> {
  const scheme = /^([a-z][a-z0-9+.-]*):\/\//i.exec(database)?.[1]?.toLowerCase();
  if (scheme !== undefined && scheme !== 'file') return;
  const path = scheme === 'file' ? database.slice('file://'.length) : database;
  if (path === '') return;
  const { mkdirSync } = await import('node:fs');
  const { dirname, resolve } = await import('node:path');
  mkdirSync(dirname(resolve(path)), { recursive: true });
}

function isPGlite(value: object): value is PGliteDatabase {
  return typeof (value as PGliteDatabase).transaction === 'function' && typeof (value as PGliteDatabase).query === 'function';
}

/** Is this string a PostgreSQL connection URL (rather than a PGlite data folder)? */
export function isPostgresUrl(text: string): boolean {
  return /^postgres(ql)?:\/\//i.test(text);
}

class PGliteEngine implements Engine {
  readonly kind = 'pglite' as const;

  constructor(
    private readonly db: PGliteDatabase,
    private readonly owned: boolean,
  ) {}

  async query(text: string, params: readonly unknown[] = []): Promise<Row[]> {
    const result = await this.db.query(text, [...params]);
    return result.rows as Row[];
  }

  transaction<T>(work: (tx: Queryable) => Promise<T>): Promise<T> {
    return this.db.transaction(async (tx) =>
      work({
        query: async (text, params = []) => (await tx.query(text, [...params])).rows as Row[],
      }),
    );
  }

  async close(): Promise<void> {
    if (this.owned && this.db.closed !== true) await this.db.close();
  }
}

class PostgresEngine implements Engine {
  readonly kind = 'postgres' as const;

  constructor(
    private readonly pool: PgPool,
    private readonly owned: boolean,
  ) {}

  async query(text: string, params: readonly unknown[] = []): Promise<Row[]> {
    const result = await this.pool.query(text, [...params]);
    return result.rows as Row[];
  }

  async transaction<T>(work: (tx: Queryable) => Promise<T>): Promise<T> {
    const client = await this.pool.connect();
    // A connection that breaks while checked out emits 'error' on the client: without a listener
    // that would end the process. The failing query rejects as well, which is what we act on.
    let broken: Error | undefined;
    const onError = (error: Error) => {
      broken = error;
    };
    client.on('error', onError);
    try {
      await client.query('BEGIN');
      const result = await work({ query: async (text, params = []) => (await client.query(text, [...params])).rows as Row[] });
      await client.query('COMMIT');
      return result;
    } catch (error) {
      try {
        if (broken === undefined) await client.query('ROLLBACK');
      } catch (rollback) {
        broken = rollback instanceof Error ? rollback : new Error(String(rollback));
      }
      throw error;
    } finally {
      client.removeListener('error', onError);
      // A broken connection is destroyed, never handed to the next caller.
      client.release(broken ?? false);
    }
  }

  async close(): Promise<void> {
    if (this.owned) await this.pool.end();
  }
}

/** Open the engine for a `database` option: a PGlite instance, a `pg` pool, a URL, a folder, or nothing (memory). */
export async function openEngine(database: DatabaseOption | undefined): Promise<Engine> {
  if (database === undefined || typeof database === 'string') {
    if (database !== undefined && isPostgresUrl(database)) {
      const pg = await import('pg');
      const Pool = (pg.default ?? pg).Pool;
      const pool = new Pool({ connectionString: database });
      // Errors of idle clients (a server restart) are reported by the next query; never crash.
      pool.on('error', () => undefined);
      return new PostgresEngine(pool as unknown as PgPool, true);
    }
    const { PGlite } = await import('@electric-sql/pglite');
    if (database !== undefined) await makeParentFolders(database);
    const db = database === undefined ? await PGlite.create() : await PGlite.create(database);
    return new PGliteEngine(db as unknown as PGliteDatabase, true);
  }
  if (typeof database === 'object' && database !== null) {
    if (isPgPool(database)) return new PostgresEngine(database, false);
    if (isPGlite(database)) return new PGliteEngine(database, false);
  }
  throw new TypeError('createPlanStore: database must be a PGlite instance, a pg Pool, a postgres:// URL, a PGlite data folder, or left out (in memory)');
}
