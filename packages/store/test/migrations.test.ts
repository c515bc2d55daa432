/**
 * The store's tables: created by versioned migrations when the store opens, idempotent, refused
 * when written by a newer version; and the plan format: each row records its version and is
 * upgraded on read.
 */
import { CURRENT_SCHEMA_VERSION, type JsonObject, type JsonValue, type PlanMigrationStep } from 'improvement-plan';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPlanStore, entryHash, genesisHash, LATEST_STORE_MIGRATION, payloadDigest, PlanStoreError, canonicalJson } from '../src/index.js';
import { testEngines, type RawSql } from './support/engines.js';
import { activePlan, checkIn, MANAGER, mondayOf } from './support/plans.js';

type Doc = { [key: string]: JsonValue };
const isDoc = (value: JsonValue | undefined): value is Doc => typeof value === 'object' && value !== null && !Array.isArray(value);
const rename = (doc: Doc, from: string, to: string): Doc => Object.fromEntries(Object.entries(doc).map(([k, v]) => [k === from ? to : k, v]));

/** A test-only format step: in version CURRENT-1 the manager was called `lineManager`. */
const managerStep: PlanMigrationStep = {
  from: CURRENT_SCHEMA_VERSION - 1,
  description: 'lineManager is now manager',
  plan: (doc) => rename(doc, 'lineManager', 'manager') as JsonObject,
  entry: (entry) => ({
    ...entry,
    patches: (entry['patches'] as Doc[]).map((p) => ({ ...p, path: (p['path'] as (string | number)[]).map((k, i) => (i === 0 && k === 'lineManager' ? 'manager' : k)) })),
  }),
};

/** Rewrite a plan's rows as the previous version wrote them: old documents, old version numbers, a chain over them. */
async function rewriteAsPreviousVersion(sql: RawSql, schema: string, planId: string): Promise<void> {
  const old = CURRENT_SCHEMA_VERSION - 1;
  const down = (doc: Doc): Doc => ({ ...rename(doc, 'manager', 'lineManager'), schemaVersion: old });
  const downEntry = (entry: Doc): Doc => ({
    ...entry,
    patches: (entry['patches'] as Doc[]).map((p) => ({ ...p, path: (p['path'] as (string | number)[]).map((k, i) => (i === 0 && k === 'manager' ? 'lineManager' : k)) })),
  });
  const [row] = await sql(`SELECT genesis, genesis_salt, current FROM "${schema}".plans WHERE plan_id = $1`, [planId]);
  const genesis = JSON.parse(String(row!['genesis'])) as Doc;
  const genesisText = canonicalJson({ ...genesis, schemaVersion: old, document: down(genesis['document'] as Doc) });
  const salt = String(row!['genesis_salt']);
  const genesisDigest = payloadDigest(salt, genesisText);
  let prev = genesisHash(planId, genesisDigest);
  await sql(`UPDATE "${schema}".plans SET genesis = $2, genesis_digest = $3, genesis_hash = $4, genesis_version = $5 WHERE plan_id = $1`, [planId, genesisText, genesisDigest, prev, old]);
  for (const logRow of await sql(`SELECT seq, payload, salt FROM "${schema}".log WHERE plan_id = $1 ORDER BY seq`, [planId])) {
    const payload = JSON.parse(String(logRow['payload'])) as Doc;
    const text = canonicalJson({ ...payload, schemaVersion: old, entry: downEntry(payload['entry'] as Doc) });
    const digest = payloadDigest(String(logRow['salt']), text);
    const hash = entryHash(planId, Number(logRow['seq']), prev, digest);
    await sql(`UPDATE "${schema}".log SET payload = $3, digest = $4, prev_hash = $5, hash = $6, schema_version = $7 WHERE plan_id = $1 AND seq = $2`, [planId, logRow['seq'], text, digest, prev, hash, old]);
    prev = hash;
  }
  const current = JSON.parse(String(row!['current'])) as Doc;
  const events = (current['events'] as Doc[]).map(downEntry);
  await sql(`UPDATE "${schema}".plans SET current = $2, schema_version = $3, head_hash = $4 WHERE plan_id = $1`, [planId, JSON.stringify({ ...down(current), events }), old, prev]);
}

describe.each(testEngines())('migrations on $name', (engine) => {
  if (!engine.available) {
    it.skip('PostgreSQL is not available here (see the message above)', () => undefined);
    return;
  }
  beforeAll(() => engine.setup());
  afterAll(() => engine.teardown());

  const snapshot = async (sql: RawSql, schema: string) => ({
    columns: await sql(`SELECT table_name, column_name, data_type, is_nullable FROM information_schema.columns WHERE table_schema = $1 ORDER BY table_name, column_name`, [schema]),
    indexes: await sql(`SELECT indexname, indexdef FROM pg_indexes WHERE schemaname = $1 ORDER BY indexname`, [schema]),
    migrations: await sql(`SELECT version, description, checksum, applied_at FROM "${schema}".store_migrations ORDER BY version`),
  });

  it('creates the tables on first open and changes nothing on the second', async () => {
    const { store, schema, sql, reopen } = await engine.open();
    expect(store.migrations).toEqual({ applied: [1], version: LATEST_STORE_MIGRATION });
    expect(store.engine).toBe(engine.name);
    const first = await snapshot(sql, schema);
    expect(first.columns.length).toBeGreaterThan(30);
    const second = await reopen();
    expect(second.migrations).toEqual({ applied: [], version: LATEST_STORE_MIGRATION });
    expect(await snapshot(sql, schema)).toEqual(first);
  });

  it('refuses tables migrated by a newer version, and migrations changed by other means', async () => {
    const { schema, sql, reopen } = await engine.open();
    await sql(`INSERT INTO "${schema}".store_migrations (version, description, checksum) VALUES ($1, 'from the future', 'x')`, [LATEST_STORE_MIGRATION + 1]);
    const newer = reopen();
    await expect(newer).rejects.toBeInstanceOf(PlanStoreError);
    await expect(newer).rejects.toMatchObject({ code: 'database_too_new', message: expect.stringMatching(/newer @improvement-plan\/store \(migration 2\).*Upgrade @improvement-plan\/store/) });
    await sql(`DELETE FROM "${schema}".store_migrations WHERE version = $1`, [LATEST_STORE_MIGRATION + 1]);
    await sql(`UPDATE "${schema}".store_migrations SET checksum = 'edited' WHERE version = 1`);
    await expect(reopen()).rejects.toMatchObject({ code: 'migration_mismatch' });
  });

  it('refuses a schema name that is not a plain identifier', async () => {
    await expect(createPlanStore({ database: engine.database(), schema: 'x"; DROP TABLE y; --' })).rejects.toMatchObject({ code: 'invalid_options' });
  });

  it('reads rows written in the previous format version, upgraded, and keeps writing the current one', async () => {
    const { store, schema, sql, reopen } = await engine.open();
    const id = await activePlan(store);
    await store.execute(id, { type: 'record_check_in', checkIn: { date: mondayOf(1), status: 'held', notes: 'First week.' } }, { actor: MANAGER, asOf: mondayOf(1), commandId: 'w1' });
    const original = await store.get(id);
    if (!original.ok) throw new Error(original.error.message);
    await rewriteAsPreviousVersion(sql, schema, id);
    expect(String((await sql(`SELECT current FROM "${schema}".plans`))[0]!['current'])).toContain('"lineManager"');

    // without the step, the older rows cannot be read, and say so
    const unaware = await store.get(id);
    expect(!unaware.ok && unaware.error.code).toBe('unreadable');
    const upgrading = await reopen({ formatMigrations: [managerStep] });
    const read = await upgrading.get(id);
    expect(read.ok && read.plan).toEqual(original.plan);
    const history = await upgrading.history(id);
    expect(history.ok && history.entries.map((e) => e.schemaVersion)).toEqual(Array(6).fill(CURRENT_SCHEMA_VERSION - 1));
    expect(history.ok && history.created.schemaVersion).toBe(CURRENT_SCHEMA_VERSION - 1);
    expect(await upgrading.verify(id)).toMatchObject({ ok: true, intact: true });
    const next = await upgrading.execute(id, checkIn(2, 'Second week.'), { actor: MANAGER, asOf: mondayOf(2), commandId: 'w2' });
    expect(next.ok).toBe(true);
    const rows = await sql(`SELECT seq, schema_version FROM "${schema}".log ORDER BY seq`);
    expect(rows.map((r) => Number(r['schema_version']))).toEqual([...Array(6).fill(CURRENT_SCHEMA_VERSION - 1), CURRENT_SCHEMA_VERSION]);
    expect(Number((await sql(`SELECT schema_version FROM "${schema}".plans`))[0]!['schema_version'])).toBe(CURRENT_SCHEMA_VERSION);
    expect(await upgrading.verify(id)).toMatchObject({ ok: true, intact: true });
  });

  it('refuses to read a row of a newer format version, saying so', async () => {
    const { store, schema, sql } = await engine.open();
    const id = await activePlan(store);
    await sql(`UPDATE "${schema}".plans SET current = replace(current, '"schemaVersion":${CURRENT_SCHEMA_VERSION}', '"schemaVersion":${CURRENT_SCHEMA_VERSION + 1}')`);
    const read = await store.get(id);
    expect(!read.ok && read.error.code === 'unreadable' && read.error.issues[0]).toMatchObject({ code: 'unsupported_version' });
  });
});
