/**
 * The store's own tables, created and upgraded by versioned SQL migrations applied when the store
 * opens. Each migration is a list of statements (one statement each: PGlite's extended protocol
 * runs one at a time) with `{schema}` standing for the quoted schema name. Applied migrations are
 * recorded with a checksum; a database with a migration this version does not know, or whose
 * checksum differs, is refused.
 *
 * @module
 */
import { sha256 } from './canonical.js';
import type { Queryable } from './engine.js';
import { PlanStoreError } from './errors.js';

/** One versioned migration of the store's tables. */
export interface StoreMigration {
  readonly version: number;
  readonly description: string;
  readonly statements: readonly string[];
}

/** Every migration, oldest first. Never edit one that has shipped: add the next. */
export const STORE_MIGRATIONS: readonly StoreMigration[] = [
  {
    version: 1,
    description: 'plans, their hash-chained log, observations and erasures',
    statements: [
      `CREATE TABLE {schema}.plans (
        plan_id text PRIMARY KEY,
        schema_version integer NOT NULL,
        current text NOT NULL,
        revision integer NOT NULL CHECK (revision >= 0),
        head_hash text NOT NULL,
        genesis text NOT NULL,
        genesis_version integer NOT NULL,
        genesis_salt text,
        genesis_digest text NOT NULL,
        genesis_redaction text,
        genesis_hash text NOT NULL,
        employee_id text NOT NULL,
        manager_id text NOT NULL,
        hr_partner_id text,
        status text NOT NULL,
        evaluation_due_on text,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`,
      `CREATE INDEX plans_employee ON {schema}.plans (employee_id)`,
      `CREATE INDEX plans_manager ON {schema}.plans (manager_id)`,
      `CREATE INDEX plans_status_due ON {schema}.plans (status, evaluation_due_on)`,
      `CREATE TABLE {schema}.log (
        plan_id text NOT NULL REFERENCES {schema}.plans (plan_id),
        seq integer NOT NULL,
        command_id text NOT NULL,
        schema_version integer NOT NULL,
        payload text NOT NULL,
        salt text,
        digest text NOT NULL,
        prev_hash text NOT NULL,
        hash text NOT NULL,
        redaction text,
        recorded_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (plan_id, seq),
        UNIQUE (plan_id, command_id)
      )`,
      `CREATE TABLE {schema}.observations (
        plan_id text NOT NULL REFERENCES {schema}.plans (plan_id),
        observation_key text NOT NULL,
        metric_id text NOT NULL,
        observed_on text NOT NULL,
        payload text NOT NULL,
        recorded_by text NOT NULL,
        recorded_on text NOT NULL,
        recorded_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (plan_id, observation_key)
      )`,
      `CREATE TABLE {schema}.erasures (
        erasure_id integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        person_id text NOT NULL,
        actor_id text NOT NULL,
        actor_role text NOT NULL,
        as_of text NOT NULL,
        reason text NOT NULL,
        plans integer NOT NULL,
        rows_redacted integer NOT NULL,
        recorded_at timestamptz NOT NULL DEFAULT now()
      )`,
    ],
  },
];

/** The newest migration this version of the store knows. */
export const LATEST_STORE_MIGRATION: number = STORE_MIGRATIONS.at(-1)?.version ?? 0;

/** A migration's checksum: SHA-256 of its statements. */
export function migrationChecksum(migration: StoreMigration): string {
  return sha256(migration.statements.join('\n;\n'));
}

/** Double-quote an identifier already checked against {@link SCHEMA_NAME}. */
export function quoteIdentifier(name: string): string {
  return `"${name}"`;
}

/** Schema names the store accepts: lower-case letters, digits and underscores, at most 63 characters. */
export const SCHEMA_NAME = /^[a-z_][a-z0-9_]{0,62}$/;

/** What opening did: the migrations applied now (empty when the tables were current). */
export interface MigrationReport {
  readonly applied: readonly number[];
  readonly version: number;
}

/**
 * Bring the store's tables in `schema` to {@link LATEST_STORE_MIGRATION}, in one transaction that
 * holds an advisory lock (two processes opening at once do not race). Idempotent: when the tables
 * are current it only reads. A database migrated by a newer version is refused.
 */
export async function migrate(tx: Queryable, schema: string): Promise<MigrationReport> {
  const quoted = quoteIdentifier(schema);
  await tx.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`improvement-plan/store:${schema}`]);
  const exists = await tx.query('SELECT 1 FROM pg_namespace WHERE nspname = $1', [schema]);
  if (exists.length === 0) await tx.query(`CREATE SCHEMA ${quoted}`);
  const table = await tx.query('SELECT to_regclass($1) IS NOT NULL AS present', [`${quoted}.store_migrations`]);
  if (table[0]?.['present'] !== true) {
    await tx.query(
      `CREATE TABLE ${quoted}.store_migrations (version integer PRIMARY KEY, description text NOT NULL, checksum text NOT NULL, applied_at timestamptz NOT NULL DEFAULT now())`,
    );
  }
  const rows = await tx.query(`SELECT version, checksum FROM ${quoted}.store_migrations ORDER BY version`);
  const recorded = rows.map((row) => ({ version: Number(row['version']), checksum: String(row['checksum']) }));
  const newest = recorded.at(-1)?.version ?? 0;
  if (newest > LATEST_STORE_MIGRATION) {
    throw new PlanStoreError(
      'database_too_new',
      `The tables in schema "${schema}" were migrated by a newer @improvement-plan/store (migration ${newest}); this version knows migrations up to ${LATEST_STORE_MIGRATION}. Upgrade @improvement-plan/store to open them.`,
    );
  }
  for (const row of recorded) {
    const known = STORE_MIGRATIONS.find((migration) => migration.version === row.version);
    if (!known || migrationChecksum(known) !== row.checksum) {
      throw new PlanStoreError(
        'migration_mismatch',
        `Migration ${row.version} recorded in schema "${schema}" is not the one this version of @improvement-plan/store ships (checksum differs); the tables were changed by other means.`,
      );
    }
  }
  const applied: number[] = [];
  for (const migration of STORE_MIGRATIONS) {
    if (migration.version <= newest) continue;
    for (const statement of migration.statements) await tx.query(statement.replaceAll('{schema}', quoted));
    await tx.query(`INSERT INTO ${quoted}.store_migrations (version, description, checksum) VALUES ($1, $2, $3)`, [
      migration.version,
      migration.description,
      migrationChecksum(migration),
    ]);
    applied.push(migration.version);
  }
  return { applied, version: LATEST_STORE_MIGRATION };
}
