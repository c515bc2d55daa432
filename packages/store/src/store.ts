import {
  ActorSchema,
  CURRENT_SCHEMA_VERSION,
  evaluatePlan,
  isCalendarDate,
  lintPlan,
  migratePlan,
  migratePlanEvent,
  parseObservations,
  parsePlan,
  PlanCommandSchema,
  PlanEventSchema,
  planEndDate,
  replay,
  transition,
  type Actor,
  type EvaluationPolicyOverrides,
  type LifecycleEffect,
  type LifecycleEvent,
  type LifecyclePolicyOverrides,
  type LintFinding,
  type LintPolicy,
  type Observation,
  type Plan,
  type PlanEvaluation,
  type PlanEvent,
  type PlanIssue,
  type PlanMigrationStep,
  type PlanStatus,
  type TransitionContext,
} from 'improvement-plan';
import { canonicalJson, entryHash, genesisHash, newSalt, payloadDigest, sha256 } from './canonical.js';
import { openEngine, type DatabaseOption, type Engine, type Queryable } from './engine.js';
import { collectPersonalStrings, eraser, mapPayload, mapPlan, mapStrings, personalStrings } from './erasure.js';
import { databaseError, PlanStoreError, type StoreError, type StoreResult } from './errors.js';
import { migrate, quoteIdentifier, SCHEMA_NAME, type MigrationReport } from './migrations.js';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** Options of {@link createPlanStore}. */
export interface PlanStoreOptions {
  /**
   * Where the plans live: a PGlite instance, a `pg` pool, a `postgres://` URL (the store opens and
   * closes its own pool), any other string as a PGlite data folder (missing parent folders are created; `'memory://'` for memory), or
   * nothing for PGlite in memory. A database you pass in stays open when the store closes.
   */
  readonly database?: DatabaseOption;
  /** The PostgreSQL schema of the store's tables (default `improvement_plan`): lower-case letters, digits, `_`. */
  readonly schema?: string;
  /** Format upgrade steps for documents of earlier versions (default: the library's `PLAN_MIGRATIONS`). */
  readonly formatMigrations?: readonly PlanMigrationStep[];
  /**
   * How many parsed plans to keep in memory (default 1,000; 0 keeps none). A plan is reused only
   * when the stored text is exactly the text it was parsed from, so another process's writes (or a
   * change in the database) are always read afresh; `verify` never uses it.
   */
  readonly cacheSize?: number;
}

/** Who does it and on which day (the store never reads a clock for the plans' dates). */
export interface StoreContext {
  readonly actor: Actor;
  /** The day it happens, `YYYY-MM-DD`. */
  readonly asOf: string;
}

/** Options of {@link PlanStore.create}. */
export interface CreateOptions extends StoreContext {
  /** Lint policy for the findings returned with the stored plan. */
  readonly lintPolicy?: Partial<LintPolicy>;
}

/** Options of {@link PlanStore.execute}. */
export interface ExecuteOptions extends StoreContext {
  /** The caller's id for this command (1 to 200 characters, unique per plan): a retry with the same id returns the first result and appends nothing. */
  readonly commandId: string;
  /** The revision the caller last read; when the plan has moved on, the answer is a `conflict` and nothing is written. */
  readonly expectedRevision?: number;
  /** Overrides of the lifecycle policy, passed to `transition`. */
  readonly policy?: LifecyclePolicyOverrides;
  /** Passed to `transition` (see `TransitionContext.goalsMet`). */
  readonly goalsMet?: TransitionContext['goalsMet'];
}

/** A plan as stored: the plan, its revision (the number of log entries) and the hash of its latest link. */
export interface StoredPlan {
  readonly plan: Plan;
  /** The number of entries in the plan's log (`plan.events.length`): what `expectedRevision` compares with. */
  readonly revision: number;
  /** The hash of the latest link of the plan's chain (see {@link PlanStore.head}). */
  readonly hash: string;
}

/** The answer of {@link PlanStore.create}. */
export interface Created extends StoredPlan {
  /** `lintPlan`'s findings on the stored plan (they do not stop a plan from being stored). */
  readonly findings: readonly LintFinding[];
  /** True when the same plan was already stored (a retried create): nothing was written. */
  readonly duplicate: boolean;
}

/** The answer of {@link PlanStore.execute} for an accepted command. */
export interface Executed extends StoredPlan {
  /** The log entry appended, or undefined for an `advance` that changed nothing (not logged). */
  readonly entry: PlanEvent | undefined;
  /** The domain events the command produced. */
  readonly events: readonly LifecycleEvent[];
  /** Reminders and notices for the host to deliver. */
  readonly effects: readonly LifecycleEffect[];
  /** True when this `commandId` had been accepted before: the first result, nothing appended. */
  readonly duplicate: boolean;
}

/** One entry of {@link PlanStore.history}. */
export interface HistoryEntry {
  readonly seq: number;
  readonly commandId: string;
  readonly entry: PlanEvent;
  readonly effects: readonly LifecycleEffect[];
  /** The format version the row was written in (the entry is returned upgraded). */
  readonly schemaVersion: number;
  readonly hash: string;
  readonly previousHash: string;
  /** True when personal data was erased from this entry. */
  readonly redacted: boolean;
}

/** The answer of {@link PlanStore.history}. */
export interface History {
  readonly planId: string;
  /** How the plan came in: who stored it, on which day, and the chain's first link. */
  readonly created: { readonly actor: Actor; readonly asOf: string; readonly hash: string; readonly schemaVersion: number; readonly redacted: boolean };
  readonly entries: readonly HistoryEntry[];
}

/** Filters of {@link PlanStore.list} (all optional, combined with AND). */
export interface ListFilter {
  readonly employeeId?: string;
  readonly managerId?: string;
  readonly hrPartnerId?: string;
  readonly status?: PlanStatus | readonly PlanStatus[];
  /** The day the evaluation is due (the plan's end date as it stands), exactly or within a span. */
  readonly evaluationDueOn?: string | { readonly from?: string; readonly to?: string };
  /** At most this many (default 1,000, at most 10,000), ordered by plan id. */
  readonly limit?: number;
  /** Only plans whose id sorts after this one (the last id of the previous page). */
  readonly after?: string;
}

/** One plan in {@link PlanStore.list}'s answer. */
export interface PlanSummary {
  readonly planId: string;
  readonly employeeId: string;
  readonly managerId: string;
  readonly hrPartnerId: string | undefined;
  readonly status: string;
  /** The plan's end date as it stands, while an evaluation is still to come (undefined once closed). */
  readonly evaluationDueOn: string | undefined;
  readonly revision: number;
}

/** The answer of {@link PlanStore.recordObservations}. */
export interface ObservationsRecorded {
  readonly received: number;
  readonly inserted: number;
  /** Observations already stored with the same id and the same content (or repeated in the batch). */
  readonly duplicates: number;
  /** Observations whose id was stored with other content: the first version is kept. */
  readonly conflicts: readonly { readonly index: number; readonly key: string }[];
}

/** The answer of {@link PlanStore.evaluate}. */
export interface Evaluated {
  readonly evaluation: PlanEvaluation;
  /** How many stored observations were read. */
  readonly observations: number;
}

/** The latest link of a plan's chain, to anchor elsewhere. */
export interface Head {
  readonly planId: string;
  readonly revision: number;
  /** The sequence number of the latest entry (-1: no entry yet, the link of the plan as created). */
  readonly seq: number;
  readonly hash: string;
}

/** What {@link PlanStore.verify} found wrong. `seq` -1 is the plan as created; null the current plan. */
export type VerifyProblemCode =
  | 'corrupt_row'
  | 'payload_mismatch'
  | 'misplaced_entry'
  | 'chain_broken'
  | 'sequence_gap'
  | 'head_mismatch'
  | 'unreadable'
  | 'replay_failed'
  | 'replay_mismatch'
  | 'anchor_mismatch';

/** One problem {@link PlanStore.verify} found. */
export interface VerifyProblem {
  readonly code: VerifyProblemCode;
  readonly seq: number | null;
  readonly message: string;
}

/** The answer of {@link PlanStore.verify}. */
export interface Verification {
  /** True when the chain, every digest and the replay agree (and the anchor, when given). */
  readonly intact: boolean;
  /** The first bad sequence number (-1 the plan as created), or null when intact or only the current plan is off. */
  readonly firstBadSeq: number | null;
  readonly problems: readonly VerifyProblem[];
  readonly entries: number;
  readonly head: { readonly seq: number; readonly hash: string };
}

/** The answer of {@link PlanStore.erasePersonalData}. */
export interface Erased {
  readonly erasureId: number;
  /** The plans whose stored text changed. */
  readonly plans: readonly string[];
  /** Rows rewritten (plans, log entries, observations). */
  readonly rows: number;
}

/** Plans and their logs in PostgreSQL or PGlite. See {@link createPlanStore}. */
export interface PlanStore {
  /** `'pglite'` or `'postgres'`. */
  readonly engine: 'pglite' | 'postgres';
  /** The migrations applied when this store opened (empty when the tables were current). */
  readonly migrations: MigrationReport;
  create(plan: unknown, options: CreateOptions): Promise<StoreResult<Created>>;
  execute(planId: string, command: unknown, options: ExecuteOptions): Promise<StoreResult<Executed>>;
  get(planId: string, options?: { readonly revision?: number }): Promise<StoreResult<StoredPlan>>;
  history(planId: string): Promise<StoreResult<History>>;
  list(filter?: ListFilter): Promise<StoreResult<{ readonly plans: readonly PlanSummary[] }>>;
  recordObservations(planId: string, observations: unknown, options: StoreContext): Promise<StoreResult<ObservationsRecorded>>;
  evaluate(planId: string, options: { readonly asOf: string; readonly policy?: EvaluationPolicyOverrides }): Promise<StoreResult<Evaluated>>;
  head(planId: string): Promise<StoreResult<Head>>;
  verify(planId: string, options?: { readonly anchor?: { readonly seq: number; readonly hash: string } }): Promise<StoreResult<Verification>>;
  erasePersonalData(personId: string, options: StoreContext & { readonly reason: string }): Promise<StoreResult<Erased>>;
  close(): Promise<void>;
}

/** Thrown inside a transaction to answer with an error (and roll back). */
class Answer {
  constructor(readonly error: StoreError) {}
}

const MAX_COMMAND_ID = 200;
const INSERT_BATCH = 2_000;

function issue(code: Extract<PlanIssue['code'], 'required' | 'invalid_value' | 'invalid_date' | 'invalid_json' | 'unknown_reference'>, path: readonly (string | number)[], message: string): PlanIssue {
  // the store writes its own sentence: the facts say where, and carry the sentence as `text`
  return { code, path, facts: Object.freeze({ where: path.length === 0 ? 'plan' : path.join('.'), text: message }), message };
}

function fail(error: StoreError): { readonly ok: false; readonly error: StoreError } {
  return Object.freeze({ ok: false, error });
}

function invalidRequest(issues: readonly PlanIssue[]): StoreError {
  return { code: 'invalid_request', message: issues[0]?.message ?? 'The request is not valid.', issues };
}

function notFound(planId: string): StoreError {
  return { code: 'not_found', message: `No plan ${JSON.stringify(planId)} is stored.`, planId };
}

function unreadable(planId: string, issues: readonly PlanIssue[], what: string): StoreError {
  return { code: 'unreadable', message: `The stored ${what} of plan ${JSON.stringify(planId)} cannot be read: ${issues[0]?.message ?? 'unknown problem'}`, planId, issues };
}

/** Check who and when; the issues, or none. */
function contextIssues(options: StoreContext | undefined): PlanIssue[] {
  const issues: PlanIssue[] = [];
  if (typeof options !== 'object' || options === null) return [issue('required', [], 'options must be an object with actor and asOf.')];
  if (!ActorSchema.safeParse(options.actor).success) issues.push(issue('invalid_value', ['actor'], 'actor must be { id, role } with role manager, employee, hr or system.'));
  if (!isCalendarDate(options.asOf)) issues.push(issue('invalid_date', ['asOf'], 'asOf must be a real calendar day written YYYY-MM-DD.'));
  return issues;
}

function isPlanId(planId: unknown): planId is string {
  return typeof planId === 'string' && planId.length > 0 && planId.length <= 128;
}

function parseJson(text: unknown): { ok: true; value: Json } | { ok: false; message: string } {
  if (typeof text !== 'string') return { ok: false, message: 'the stored value is not text' };
  try {
    return { ok: true, value: JSON.parse(text) as Json };
  } catch (error) {
    return { ok: false, message: error instanceof Error ? error.message : String(error) };
  }
}

function isObject(value: unknown): value is Record<string, Json> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The day the plan's evaluation is due while one is still to come. */
function evaluationDueOn(plan: Plan): string | null {
  if (plan.status === 'closed' || plan.status === 'monitoring' || plan.status === 'completed') return null;
  try {
    return planEndDate(plan);
  } catch {
    return null;
  }
}

/**
 * Open a plan store: connect to the database, apply the store's SQL migrations (idempotent; a
 * second open changes nothing), and return the store. Plans and their logs live in PostgreSQL
 * (a `pg` pool or a `postgres://` URL) or in PGlite, PostgreSQL compiled to WebAssembly, in this
 * process (a PGlite instance, a data folder, or memory when `database` is left out). Same tables
 * and the same SQL on both.
 *
 * @throws PlanStoreError when the options are wrong, the database cannot be reached, or its tables
 * were migrated by a newer version of this package (`database_too_new`).
 * @example
 * ```ts
 * const store = await createPlanStore({ database: process.env.DATABASE_URL }); // or new PGlite('./data'), or nothing
 * const created = await store.create(planJson, { actor: { id: 'hr-priya', role: 'hr' }, asOf: '2025-12-29' });
 * const step = await store.execute('pip-2026-0007', { type: 'submit_for_review' }, {
 *   actor: { id: 'mgr-dana', role: 'manager' }, asOf: '2025-12-29', commandId: 'req-81f3', expectedRevision: 0,
 * });
 * if (!step.ok && step.error.code === 'conflict') console.log(step.error.revision); // read again, decide again
 * await store.close();
 * ```
 */
export async function createPlanStore(options: PlanStoreOptions = {}): Promise<PlanStore> {
  const schema = options.schema ?? 'improvement_plan';
  if (typeof schema !== 'string' || !SCHEMA_NAME.test(schema)) {
    throw new PlanStoreError('invalid_options', `schema must be lower-case letters, digits and underscores, starting with a letter or _, at most 63 characters; got ${JSON.stringify(schema)}.`);
  }
  let engine: Engine;
  try {
    engine = await openEngine(options.database);
  } catch (error) {
    if (error instanceof TypeError) throw new PlanStoreError('invalid_options', error.message, { cause: error });
    throw new PlanStoreError('database_error', `Cannot open the database: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
  }
  let report: MigrationReport;
  try {
    report = await engine.transaction((tx) => migrate(tx, schema));
  } catch (error) {
    await engine.close().catch(() => undefined);
    if (error instanceof PlanStoreError) throw error;
    throw new PlanStoreError('database_error', `Cannot prepare the store's tables: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
  }
  const cacheSize = options.cacheSize ?? 1_000;
  if (!Number.isSafeInteger(cacheSize) || cacheSize < 0) {
    await engine.close().catch(() => undefined);
    throw new PlanStoreError('invalid_options', 'cacheSize must be a whole number, 0 or more.');
  }
  return new SqlPlanStore(engine, quoteIdentifier(schema), report, options.formatMigrations, cacheSize);
}

interface PlanRow {
  plan_id: string;
  schema_version: number;
  current: string;
  revision: number;
  head_hash: string;
  genesis: string;
  genesis_salt: string | null;
  genesis_digest: string;
  genesis_redaction: string | null;
  genesis_hash: string;
  employee_id: string;
  manager_id: string;
  hr_partner_id: string | null;
  status: string;
  evaluation_due_on: string | null;
}

interface LogRow {
  seq: number;
  command_id: string;
  schema_version: number;
  payload: string;
  salt: string | null;
  digest: string;
  prev_hash: string;
  hash: string;
  redaction: string | null;
}

const PLAN_COLUMNS =
  'plan_id, schema_version, current, revision, head_hash, genesis, genesis_salt, genesis_digest, genesis_redaction, genesis_hash, employee_id, manager_id, hr_partner_id, status, evaluation_due_on';
/** The columns a command or a read of the current plan needs (not the plan as created). */
const HOT_COLUMNS = 'plan_id, schema_version, current, revision, head_hash, genesis_hash, employee_id, manager_id, hr_partner_id, status, evaluation_due_on';
const LOG_COLUMNS = 'seq, command_id, schema_version, payload, salt, digest, prev_hash, hash, redaction';

type Read<T> = { ok: true; value: T } | { ok: false; issues: readonly PlanIssue[] };

class SqlPlanStore implements PlanStore {
  readonly engine: 'pglite' | 'postgres';
  private closed = false;
  /** Parsed current plans by plan id, with the exact text each was parsed from (least recently used first). */
  private readonly cache = new Map<string, { readonly text: string; readonly plan: Plan }>();

  constructor(
    private readonly db: Engine,
    private readonly t: string,
    readonly migrations: MigrationReport,
    private readonly steps: readonly PlanMigrationStep[] | undefined,
    private readonly cacheSize: number,
  ) {
    this.engine = db.kind;
  }

  private remember(planId: string, text: string, plan: Plan): void {
    if (this.cacheSize === 0) return;
    this.cache.delete(planId);
    this.cache.set(planId, { text, plan });
    if (this.cache.size > this.cacheSize) this.cache.delete(this.cache.keys().next().value as string);
  }

  // -------------------------------------------------------------------------------------------
  // plumbing

  private async run<T extends object>(work: () => Promise<StoreResult<T>>): Promise<StoreResult<T>> {
    if (this.closed) return fail({ code: 'closed', message: 'The store is closed.' });
    try {
      return await work();
    } catch (error) {
      if (error instanceof Answer) return fail(error.error);
      if (error instanceof ReferenceError || error instanceof TypeError || error instanceof RangeError) {
        // A driver reports a lost connection as a plain Error; these are programming errors.
        if (!/closed|terminat|connection/i.test(error.message)) throw error;
      }
      return fail(databaseError(error));
    }
  }

  private async planRow(q: Queryable, planId: string, lock: '' | 'FOR UPDATE' | 'FOR SHARE' = ''): Promise<PlanRow | undefined> {
    const rows = await q.query(`SELECT ${PLAN_COLUMNS} FROM ${this.t}.plans WHERE plan_id = $1 ${lock}`, [planId]);
    return rows[0] as PlanRow | undefined;
  }

  /** The row without the plan as created: what commands and reads of the current plan need. */
  private async hotRow(q: Queryable, planId: string, lock: '' | 'FOR SHARE' = ''): Promise<PlanRow | undefined> {
    const rows = await q.query(`SELECT ${HOT_COLUMNS} FROM ${this.t}.plans WHERE plan_id = $1 ${lock}`, [planId]);
    return rows[0] as PlanRow | undefined;
  }

  private async logRows(q: Queryable, planId: string, below?: number): Promise<LogRow[]> {
    const rows =
      below === undefined
        ? await q.query(`SELECT ${LOG_COLUMNS} FROM ${this.t}.log WHERE plan_id = $1 ORDER BY seq`, [planId])
        : await q.query(`SELECT ${LOG_COLUMNS} FROM ${this.t}.log WHERE plan_id = $1 AND seq < $2 ORDER BY seq`, [planId, below]);
    return rows as unknown as LogRow[];
  }

  /** A stored plan document (any earlier version upgraded), parsed. */
  private readDocument(document: unknown): Read<Plan> {
    let doc = document;
    if (isObject(doc) && typeof doc['schemaVersion'] === 'number' && doc['schemaVersion'] < CURRENT_SCHEMA_VERSION) {
      const upgraded = migratePlan(doc, this.steps ? { steps: this.steps } : {});
      if (!upgraded.ok) return { ok: false, issues: upgraded.issues };
      doc = upgraded.document;
    }
    const parsed = parsePlan(doc);
    return parsed.ok ? { ok: true, value: parsed.plan } : { ok: false, issues: parsed.issues };
  }

  /** The current plan of a row: reused when this exact text was parsed before (never for `verify`), else parsed. */
  private readCurrent(row: PlanRow, fresh = false): Read<Plan> {
    const hit = fresh ? undefined : this.cache.get(row.plan_id);
    if (hit && hit.text === row.current) {
      this.remember(row.plan_id, hit.text, hit.plan);
      return { ok: true, value: hit.plan };
    }
    const json = parseJson(row.current);
    if (!json.ok) return { ok: false, issues: [issue('invalid_json', [], `The current plan is not JSON: ${json.message}`)] };
    const read = this.readDocument(json.value);
    if (read.ok && !fresh) this.remember(row.plan_id, row.current, read.value);
    return read;
  }

  private readGenesis(row: PlanRow): Read<{ plan: Plan; actor: Actor; asOf: string; schemaVersion: number }> {
    const json = parseJson(row.genesis);
    if (!json.ok || !isObject(json.value)) return { ok: false, issues: [issue('invalid_json', [], `The plan as created is not a JSON object${json.ok ? '' : `: ${json.message}`}`)] };
    const payload = json.value;
    const plan = this.readDocument(payload['document']);
    if (!plan.ok) return plan;
    const actor = ActorSchema.safeParse(payload['actor']);
    return {
      ok: true,
      value: {
        plan: plan.value,
        actor: actor.success ? actor.data : { id: 'unknown', role: 'system' },
        asOf: typeof payload['asOf'] === 'string' ? payload['asOf'] : '',
        schemaVersion: typeof payload['schemaVersion'] === 'number' ? payload['schemaVersion'] : Number(row.schema_version),
      },
    };
  }

  /** A stored log entry, upgraded to the current format and checked. */
  private readEntry(row: LogRow, planId: string): Read<{ entry: PlanEvent; effects: LifecycleEffect[]; commandId: string; schemaVersion: number }> {
    const json = parseJson(row.payload);
    if (!json.ok || !isObject(json.value)) return { ok: false, issues: [issue('invalid_json', [], `Log entry ${row.seq} is not a JSON object${json.ok ? '' : `: ${json.message}`}`)] };
    const payload = json.value;
    const version = typeof payload['schemaVersion'] === 'number' ? payload['schemaVersion'] : Number.NaN;
    let entry: unknown = payload['entry'];
    if (version !== CURRENT_SCHEMA_VERSION) {
      const upgraded = migratePlanEvent(entry, version, this.steps ? { steps: this.steps } : {});
      if (!upgraded.ok) return { ok: false, issues: upgraded.issues };
      entry = upgraded.entry;
    }
    const parsed = PlanEventSchema.safeParse(entry);
    if (!parsed.success || payload['planId'] !== planId || parsed.data.seq !== Number(row.seq)) {
      return { ok: false, issues: [issue('invalid_value', ['events', Number(row.seq)], `Log entry ${row.seq} is not a log entry of plan ${JSON.stringify(planId)} at that position.`)] };
    }
    const effects = Array.isArray(payload['effects']) ? (payload['effects'] as unknown as LifecycleEffect[]) : [];
    return { ok: true, value: { entry: parsed.data as PlanEvent, effects, commandId: String(payload['commandId']), schemaVersion: version } };
  }

  /** The plan after its first `revision` log entries: the plan as created, replayed. */
  private async planAt(q: Queryable, row: PlanRow, revision: number): Promise<Read<Plan>> {
    const genesis = this.readGenesis(row);
    if (!genesis.ok) return genesis;
    const entries: PlanEvent[] = [];
    for (const logRow of await this.logRows(q, row.plan_id, revision)) {
      const read = this.readEntry(logRow, row.plan_id);
      if (!read.ok) return read;
      entries.push(read.value.entry);
    }
    const replayed = replay(genesis.value.plan, entries);
    if (!replayed.ok) return { ok: false, issues: [issue('invalid_value', ['events', replayed.seq], replayed.message)] };
    return { ok: true, value: replayed.plan };
  }

  // -------------------------------------------------------------------------------------------
  // create

  create(input: unknown, options: CreateOptions): Promise<StoreResult<Created>> {
    return this.run(async () => {
      const problems = contextIssues(options);
      if (problems.length > 0) return fail(invalidRequest(problems));
      let doc: unknown = input;
      if (typeof input === 'string') {
        const json = parseJson(input);
        if (!json.ok) return fail({ code: 'invalid_plan', message: `The plan is not valid JSON: ${json.message}`, issues: [issue('invalid_json', [], `plan is not valid JSON: ${json.message}.`)] });
        doc = json.value;
      }
      const parsed = this.readDocument(doc);
      if (!parsed.ok) return fail({ code: 'invalid_plan', message: parsed.issues[0]?.message ?? 'The plan is not valid.', issues: parsed.issues });
      const plan = parsed.value;
      const findings = lintPlan(plan, options.lintPolicy ?? {});
      const payload = canonicalJson({ kind: 'plan', planId: plan.id, schemaVersion: CURRENT_SCHEMA_VERSION, actor: { id: options.actor.id, role: options.actor.role }, asOf: options.asOf, document: plan });
      const salt = newSalt();
      const digest = payloadDigest(salt, payload);
      const hash = genesisHash(plan.id, digest);
      const text = JSON.stringify(plan);
      const inserted = await this.db.query(
        `INSERT INTO ${this.t}.plans (plan_id, schema_version, current, revision, head_hash, genesis, genesis_version, genesis_salt, genesis_digest, genesis_hash, employee_id, manager_id, hr_partner_id, status, evaluation_due_on)
         VALUES ($1, $2, $3, $4, $5, $6, $2, $7, $8, $5, $9, $10, $11, $12, $13)
         ON CONFLICT (plan_id) DO NOTHING RETURNING plan_id`,
        [plan.id, CURRENT_SCHEMA_VERSION, text, plan.events.length, hash, payload, salt, digest, plan.employee.id, plan.manager.id, plan.hrPartner?.id ?? null, plan.status, evaluationDueOn(plan)],
      );
      if (inserted.length === 1) {
        this.remember(plan.id, text, plan);
        return Object.freeze({ ok: true, plan, revision: plan.events.length, hash, findings, duplicate: false });
      }
      // The id is taken: the same plan again (a retried create) is answered as stored.
      const existing = await this.planRow(this.db, plan.id);
      const genesis = existing ? this.readGenesis(existing) : undefined;
      if (existing && genesis?.ok && canonicalJson(genesis.value.plan) === canonicalJson(plan)) {
        const current = this.readCurrent(existing);
        if (!current.ok) return fail(unreadable(plan.id, current.issues, 'current plan'));
        return Object.freeze({ ok: true, plan: current.value, revision: Number(existing.revision), hash: existing.head_hash, findings, duplicate: true });
      }
      return fail({ code: 'already_exists', message: `A different plan with the id ${JSON.stringify(plan.id)} is already stored.`, planId: plan.id });
    });
  }

  // -------------------------------------------------------------------------------------------
  // execute

  execute(planId: string, command: unknown, options: ExecuteOptions): Promise<StoreResult<Executed>> {
    return this.run(async () => {
      const problems = contextIssues(options);
      const commandId = options?.commandId;
      if (typeof commandId !== 'string' || commandId.length === 0 || commandId.length > MAX_COMMAND_ID) {
        problems.push(issue('invalid_value', ['commandId'], `commandId must be text of 1 to ${MAX_COMMAND_ID} characters.`));
      }
      const expected = options?.expectedRevision;
      if (expected !== undefined && (!Number.isSafeInteger(expected) || expected < 0)) problems.push(issue('invalid_value', ['expectedRevision'], 'expectedRevision must be a whole number, 0 or more.'));
      if (!isPlanId(planId)) problems.push(issue('invalid_value', ['planId'], 'planId must be text of 1 to 128 characters.'));
      if (problems.length > 0) return fail(invalidRequest(problems));

      return this.db.transaction(async (tx) => {
        // The plan's row, locked: concurrent commands on one plan take turns here. And whether this command id was seen.
        const rows = await tx.query(
          `SELECT ${HOT_COLUMNS.split(', ').map((c) => `p.${c}`).join(', ')}, l.seq AS seen_seq FROM ${this.t}.plans p
           LEFT JOIN ${this.t}.log l ON l.plan_id = p.plan_id AND l.command_id = $2 WHERE p.plan_id = $1 FOR UPDATE OF p`,
          [planId, commandId],
        );
        const row = rows[0] as (PlanRow & { seen_seq: number | null }) | undefined;
        if (!row) return fail(notFound(planId));
        // A command seen before: its first result, whatever happened since.
        if (row.seen_seq !== null) {
          const seen = await tx.query(`SELECT ${LOG_COLUMNS} FROM ${this.t}.log WHERE plan_id = $1 AND seq = $2`, [planId, row.seen_seq]);
          return this.repeated(tx, (await this.planRow(tx, planId))!, seen[0] as unknown as LogRow, command);
        }
        const revision = Number(row.revision);
        if (expected !== undefined && expected !== revision) {
          return fail({ code: 'conflict', message: `The plan is at revision ${revision}, not ${expected}: read it again and decide again.`, expectedRevision: expected, revision });
        }
        const current = this.readCurrent(row);
        if (!current.ok) return fail(unreadable(planId, current.issues, 'current plan'));
        const ctx: TransitionContext = {
          asOf: options.asOf,
          actor: options.actor,
          ...(options.policy ? { policy: options.policy } : {}),
          ...(options.goalsMet ? { goalsMet: options.goalsMet } : {}),
        };
        const result = transition(current.value, command as never, ctx);
        if (!result.ok) return fail({ code: 'rejected', message: result.rejection.message, rejection: result.rejection });
        if (result.entry === undefined) {
          return Object.freeze({ ok: true, plan: result.plan, revision, hash: row.head_hash, entry: undefined, events: result.events, effects: result.effects, duplicate: false });
        }
        const seq = result.entry.seq;
        const payload = canonicalJson({ kind: 'entry', planId, seq, commandId, schemaVersion: CURRENT_SCHEMA_VERSION, entry: result.entry, effects: result.effects });
        const salt = newSalt();
        const digest = payloadDigest(salt, payload);
        const hash = entryHash(planId, seq, row.head_hash, digest);
        const plan = result.plan;
        const text = JSON.stringify(plan);
        // The log entry and the current plan, in one statement of the transaction.
        await tx.query(
          `WITH appended AS (
             INSERT INTO ${this.t}.log (plan_id, seq, command_id, schema_version, payload, salt, digest, prev_hash, hash) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) RETURNING plan_id
           )
           UPDATE ${this.t}.plans SET current = $10, schema_version = $4, revision = $11, head_hash = $9, status = $12, evaluation_due_on = $13, employee_id = $14, manager_id = $15, hr_partner_id = $16, updated_at = now()
           WHERE plan_id = (SELECT plan_id FROM appended)`,
          [planId, seq, commandId, CURRENT_SCHEMA_VERSION, payload, salt, digest, row.head_hash, hash, text, plan.events.length, plan.status, evaluationDueOn(plan), plan.employee.id, plan.manager.id, plan.hrPartner?.id ?? null],
        );
        this.remember(planId, text, plan);
        return Object.freeze({ ok: true, plan, revision: plan.events.length, hash, entry: result.entry, events: result.events, effects: result.effects, duplicate: false });
      });
    });
  }

  /** The answer to a command id seen before: the first result, or `command_id_reused` for another command. */
  private async repeated(tx: Queryable, row: PlanRow, logRow: LogRow, command: unknown): Promise<StoreResult<Executed>> {
    const read = this.readEntry(logRow, row.plan_id);
    if (!read.ok) return fail(unreadable(row.plan_id, read.issues, `log entry ${logRow.seq}`));
    const { entry, effects, commandId } = read.value;
    const sent = PlanCommandSchema.safeParse(command);
    const same = sent.success && canonicalJson(JSON.parse(JSON.stringify(sent.data))) === canonicalJson(entry.command);
    if (!same && logRow.redaction === null) {
      return fail({
        code: 'command_id_reused',
        message: `The command id ${JSON.stringify(commandId)} was used for log entry ${entry.seq}, a different command.`,
        commandId,
        seq: entry.seq,
      });
    }
    const plan = await this.planAt(tx, row, entry.seq + 1);
    if (!plan.ok) return fail(unreadable(row.plan_id, plan.issues, 'log'));
    return Object.freeze({
      ok: true,
      plan: plan.value,
      revision: entry.seq + 1,
      hash: logRow.hash,
      entry,
      events: entry.produced as unknown as readonly LifecycleEvent[],
      effects,
      duplicate: true,
    });
  }

  // -------------------------------------------------------------------------------------------
  // reads

  get(planId: string, options: { readonly revision?: number } = {}): Promise<StoreResult<StoredPlan>> {
    return this.run(async () => {
      if (!isPlanId(planId)) return fail(invalidRequest([issue('invalid_value', ['planId'], 'planId must be text of 1 to 128 characters.')]));
      const wanted = options.revision;
      const read = async (q: Queryable): Promise<StoreResult<StoredPlan>> => {
        const row = wanted === undefined ? await this.hotRow(q, planId) : await this.planRow(q, planId);
        if (!row) return fail(notFound(planId));
        const revision = Number(row.revision);
        if (wanted === undefined || wanted === revision) {
          const current = this.readCurrent(row);
          return current.ok ? Object.freeze({ ok: true, plan: current.value, revision, hash: row.head_hash }) : fail(unreadable(planId, current.issues, 'current plan'));
        }
        if (!Number.isSafeInteger(wanted) || wanted < 0 || wanted > revision) {
          return fail(invalidRequest([issue('invalid_value', ['revision'], `revision must be a whole number from 0 to ${revision}.`)]));
        }
        const plan = await this.planAt(q, row, wanted);
        if (!plan.ok) return fail(unreadable(planId, plan.issues, 'log'));
        if (plan.value.events.length !== wanted) return fail(invalidRequest([issue('invalid_value', ['revision'], `The plan was stored at revision ${plan.value.events.length}; earlier revisions are not in the store.`)]));
        const link = wanted === 0 || plan.value.events.length === 0 ? row.genesis_hash : String((await q.query(`SELECT hash FROM ${this.t}.log WHERE plan_id = $1 AND seq = $2`, [planId, wanted - 1]))[0]?.['hash'] ?? row.genesis_hash);
        return Object.freeze({ ok: true, plan: plan.value, revision: wanted, hash: link });
      };
      // A past revision reads the plan row and the log: one transaction, one snapshot.
      return wanted === undefined ? read(this.db) : this.db.transaction(read);
    });
  }

  history(planId: string): Promise<StoreResult<History>> {
    return this.run(() =>
      this.db.transaction(async (tx) => {
        const row = await this.planRow(tx, planId);
        if (!row) return fail(notFound(planId));
        const genesis = this.readGenesis(row);
        if (!genesis.ok) return fail(unreadable(planId, genesis.issues, 'plan as created'));
        const entries: HistoryEntry[] = [];
        for (const logRow of await this.logRows(tx, planId)) {
          const read = this.readEntry(logRow, planId);
          if (!read.ok) return fail(unreadable(planId, read.issues, `log entry ${logRow.seq}`));
          entries.push({
            seq: Number(logRow.seq),
            commandId: logRow.command_id,
            entry: read.value.entry,
            effects: read.value.effects,
            schemaVersion: Number(logRow.schema_version),
            hash: logRow.hash,
            previousHash: logRow.prev_hash,
            redacted: logRow.redaction !== null,
          });
        }
        const created = { actor: genesis.value.actor, asOf: genesis.value.asOf, hash: row.genesis_hash, schemaVersion: genesis.value.schemaVersion, redacted: row.genesis_redaction !== null };
        return Object.freeze({ ok: true, planId, created, entries });
      }),
    );
  }

  list(filter: ListFilter = {}): Promise<StoreResult<{ readonly plans: readonly PlanSummary[] }>> {
    return this.run(async () => {
      const where: string[] = [];
      const params: unknown[] = [];
      const add = (sql: (n: string) => string, value: unknown) => {
        params.push(value);
        where.push(sql(`$${params.length}`));
      };
      const problems: PlanIssue[] = [];
      if (filter.employeeId !== undefined) add((n) => `employee_id = ${n}`, filter.employeeId);
      if (filter.managerId !== undefined) add((n) => `manager_id = ${n}`, filter.managerId);
      if (filter.hrPartnerId !== undefined) add((n) => `hr_partner_id = ${n}`, filter.hrPartnerId);
      if (filter.status !== undefined) add((n) => `status = ANY(${n}::text[])`, typeof filter.status === 'string' ? [filter.status] : [...filter.status]);
      const due = filter.evaluationDueOn;
      if (typeof due === 'string') {
        if (!isCalendarDate(due)) problems.push(issue('invalid_date', ['evaluationDueOn'], 'evaluationDueOn must be a real calendar day written YYYY-MM-DD.'));
        add((n) => `evaluation_due_on = ${n}`, due);
      } else if (due !== undefined) {
        for (const side of ['from', 'to'] as const) {
          const day = due[side];
          if (day === undefined) continue;
          if (!isCalendarDate(day)) problems.push(issue('invalid_date', ['evaluationDueOn', side], `evaluationDueOn.${side} must be a real calendar day written YYYY-MM-DD.`));
          add((n) => `evaluation_due_on ${side === 'from' ? '>=' : '<='} ${n}`, day);
        }
      }
      if (filter.after !== undefined) add((n) => `plan_id COLLATE "C" > ${n}`, filter.after);
      // PostgreSQL text cannot hold a NUL (the query would fail): a filter with one is refused
      for (const [field, value] of [['employeeId', filter.employeeId], ['managerId', filter.managerId], ['hrPartnerId', filter.hrPartnerId], ['after', filter.after], ['status', filter.status]] as const) {
        const texts = value === undefined ? [] : typeof value === 'string' ? [value] : [...value];
        if (texts.some((text) => typeof text === 'string' && text.includes('\u0000'))) problems.push(issue('invalid_value', [field], `${field} must not contain the NUL character (\\u0000).`));
      }
      const limit = filter.limit ?? 1_000;
      if (!Number.isSafeInteger(limit) || limit < 1 || limit > 10_000) problems.push(issue('invalid_value', ['limit'], 'limit must be a whole number from 1 to 10,000.'));
      if (problems.length > 0) return fail(invalidRequest(problems));
      params.push(limit);
      const rows = await this.db.query(
        `SELECT plan_id, employee_id, manager_id, hr_partner_id, status, evaluation_due_on, revision FROM ${this.t}.plans ${where.length > 0 ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY plan_id COLLATE "C" LIMIT $${params.length}`,
        params,
      );
      const plans = rows.map((row) =>
        Object.freeze({
          planId: String(row['plan_id']),
          employeeId: String(row['employee_id']),
          managerId: String(row['manager_id']),
          hrPartnerId: row['hr_partner_id'] === null ? undefined : String(row['hr_partner_id']),
          status: String(row['status']),
          evaluationDueOn: row['evaluation_due_on'] === null ? undefined : String(row['evaluation_due_on']),
          revision: Number(row['revision']),
        }),
      );
      return Object.freeze({ ok: true, plans: Object.freeze(plans) });
    });
  }

  head(planId: string): Promise<StoreResult<Head>> {
    return this.run(async () => {
      const rows = await this.db.query(`SELECT revision, head_hash FROM ${this.t}.plans WHERE plan_id = $1`, [planId]);
      const row = rows[0];
      if (!row) return fail(notFound(planId));
      const revision = Number(row['revision']);
      const last = await this.db.query(`SELECT max(seq) AS seq FROM ${this.t}.log WHERE plan_id = $1`, [planId]);
      const seq = last[0]?.['seq'] === null || last[0]?.['seq'] === undefined ? -1 : Number(last[0]['seq']);
      return Object.freeze({ ok: true, planId, revision, seq, hash: String(row['head_hash']) });
    });
  }

  // -------------------------------------------------------------------------------------------
  // observations

  recordObservations(planId: string, observations: unknown, options: StoreContext): Promise<StoreResult<ObservationsRecorded>> {
    return this.run(async () => {
      const problems = contextIssues(options);
      if (problems.length > 0) return fail(invalidRequest(problems));
      const parsed = parseObservations(observations);
      if (!parsed.ok) return fail(invalidRequest(parsed.issues));
      return this.db.transaction(async (tx) => {
        const row = await this.hotRow(tx, planId, 'FOR SHARE');
        if (!row) return fail(notFound(planId));
        const current = this.readCurrent(row);
        if (!current.ok) return fail(unreadable(planId, current.issues, 'current plan'));
        const metrics = new Set(current.value.metrics.map((metric) => metric.id));
        const unknown: PlanIssue[] = [];
        parsed.observations.forEach((observation, index) => {
          if (!metrics.has(observation.metricId) && unknown.length < 20) {
            unknown.push(issue('unknown_reference', [index, 'metricId'], `observations[${index}].metricId refers to ${JSON.stringify(observation.metricId)}, which is not a metric of plan ${JSON.stringify(planId)}.`));
          }
        });
        if (unknown.length > 0) return fail(invalidRequest(unknown));

        // One row per key: the observation's id, or a digest of its content when it has none.
        const batch = new Map<string, { index: number; payload: string; observation: Observation }>();
        let duplicates = 0;
        const conflicts: { index: number; key: string }[] = [];
        parsed.observations.forEach((observation, index) => {
          const payload = canonicalJson(observation);
          const key = observation.id ?? `sha256:${sha256(payload)}`;
          const first = batch.get(key);
          if (!first) batch.set(key, { index, payload, observation });
          else if (first.payload === payload) duplicates += 1;
          else conflicts.push({ index, key });
        });
        const rows = [...batch.entries()];
        let inserted = 0;
        for (let start = 0; start < rows.length; start += INSERT_BATCH) {
          const chunk = rows.slice(start, start + INSERT_BATCH);
          const done = await tx.query(
            `INSERT INTO ${this.t}.observations (plan_id, observation_key, metric_id, observed_on, payload, recorded_by, recorded_on)
             SELECT $1, k, m, d, p, $2, $3 FROM unnest($4::text[], $5::text[], $6::text[], $7::text[]) AS t(k, m, d, p)
             ON CONFLICT (plan_id, observation_key) DO NOTHING RETURNING observation_key`,
            [
              planId,
              options.actor.id,
              options.asOf,
              chunk.map(([key]) => key),
              chunk.map(([, value]) => value.observation.metricId),
              chunk.map(([, value]) => value.observation.date),
              chunk.map(([, value]) => value.payload),
            ],
          );
          inserted += done.length;
          const added = new Set(done.map((r) => String(r['observation_key'])));
          const rest = chunk.filter(([key]) => !added.has(key));
          if (rest.length === 0) continue;
          const stored = await tx.query(`SELECT observation_key, payload FROM ${this.t}.observations WHERE plan_id = $1 AND observation_key = ANY($2::text[])`, [planId, rest.map(([key]) => key)]);
          const byKey = new Map(stored.map((r) => [String(r['observation_key']), String(r['payload'])]));
          for (const [key, value] of rest) {
            if (byKey.get(key) === value.payload) duplicates += 1;
            else conflicts.push({ index: value.index, key });
          }
        }
        conflicts.sort((a, b) => a.index - b.index);
        return Object.freeze({ ok: true, received: parsed.observations.length, inserted, duplicates, conflicts });
      });
    });
  }

  evaluate(planId: string, options: { readonly asOf: string; readonly policy?: EvaluationPolicyOverrides }): Promise<StoreResult<Evaluated>> {
    return this.run(async () => {
      if (!isCalendarDate(options?.asOf)) return fail(invalidRequest([issue('invalid_date', ['asOf'], 'asOf must be a real calendar day written YYYY-MM-DD.')]));
      const { row, rows } = await this.db.transaction(async (tx) => ({
        row: await this.hotRow(tx, planId),
        rows: await tx.query(`SELECT payload FROM ${this.t}.observations WHERE plan_id = $1 ORDER BY observed_on, observation_key`, [planId]),
      }));
      if (!row) return fail(notFound(planId));
      const current = this.readCurrent(row);
      if (!current.ok) return fail(unreadable(planId, current.issues, 'current plan'));
      const feed: unknown[] = [];
      for (const r of rows) {
        const json = parseJson(r['payload']);
        if (json.ok) feed.push(json.value);
      }
      const observations = parseObservations(feed);
      if (!observations.ok) return fail(unreadable(planId, observations.issues, 'observations'));
      const evaluation = evaluatePlan(current.value, observations.observations, { asOf: options.asOf, ...(options.policy ? { policy: options.policy } : {}) });
      return Object.freeze({ ok: true, evaluation, observations: observations.observations.length });
    });
  }

  // -------------------------------------------------------------------------------------------
  // verify

  verify(planId: string, options: { readonly anchor?: { readonly seq: number; readonly hash: string } } = {}): Promise<StoreResult<Verification>> {
    return this.run(async () => {
      const { row, logRows } = await this.db.transaction(async (tx) => {
        const found = await this.planRow(tx, planId);
        return { row: found, logRows: found ? await this.logRows(tx, planId) : [] };
      });
      if (!row) return fail(notFound(planId));
      const problems: VerifyProblem[] = [];
      const add = (code: VerifyProblemCode, seq: number | null, message: string) => problems.push({ code, seq, message });

      // The plan as created: its digest, and the chain's first link.
      if (!this.payloadIntact(row.genesis, row.genesis_salt, row.genesis_digest, row.genesis_redaction)) {
        add('payload_mismatch', -1, 'The plan as created does not match its digest.');
      }
      if (genesisHash(planId, row.genesis_digest) !== row.genesis_hash) add('chain_broken', -1, "The chain's first link does not match the plan as created.");
      const genesis = this.readGenesis(row);
      if (!genesis.ok) add('unreadable', -1, `The plan as created cannot be read: ${genesis.issues[0]?.message ?? ''}`);
      const base = genesis.ok ? genesis.value.plan.events.length : 0;

      // The log, link by link.
      let prev = row.genesis_hash;
      let expected = base;
      const entries: PlanEvent[] = [];
      let readable = genesis.ok;
      for (const logRow of logRows) {
        const seq = Number(logRow.seq);
        if (seq !== expected) add('sequence_gap', Math.min(seq, expected), `Log entry ${expected} is missing: the next stored entry is ${seq}.`);
        if (!this.payloadIntact(logRow.payload, logRow.salt, logRow.digest, logRow.redaction)) add('payload_mismatch', seq, `Log entry ${seq} does not match its digest: it was changed.`);
        if (logRow.prev_hash !== prev || entryHash(planId, seq, prev, logRow.digest) !== logRow.hash) {
          add('chain_broken', seq, `Log entry ${seq} does not link to the entry before it.`);
        }
        const read = this.readEntry(logRow, planId);
        if (!read.ok) {
          const json = parseJson(logRow.payload);
          add(json.ok ? 'misplaced_entry' : 'corrupt_row', seq, read.issues[0]?.message ?? `Log entry ${seq} cannot be read.`);
          readable = false;
        } else {
          if (read.value.commandId !== logRow.command_id) add('misplaced_entry', seq, `Log entry ${seq} names another command id than its row.`);
          entries.push(read.value.entry);
        }
        prev = logRow.hash;
        expected = seq + 1;
      }
      const revision = Number(row.revision);
      if (revision !== expected || row.head_hash !== prev) {
        const seq = revision !== expected ? Math.min(revision, expected) : Math.max(expected - 1, -1);
        add('head_mismatch', seq, `The plan records ${revision} log entries ending in ${row.head_hash.slice(0, 12)}..., the log has ${expected} ending in ${prev.slice(0, 12)}...`);
      }

      // Replay: the log over the plan as created must give the current plan.
      const current = this.readCurrent(row, true);
      if (!current.ok) add('unreadable', null, `The current plan cannot be read: ${current.issues[0]?.message ?? ''}`);
      if (readable && genesis.ok) {
        const replayed = replay(genesis.value.plan, entries);
        if (!replayed.ok) add('replay_failed', replayed.seq, replayed.message);
        else if (current.ok && canonicalJson(replayed.plan) !== canonicalJson(current.value)) {
          add('replay_mismatch', null, 'Replaying the log over the plan as created does not give the stored current plan.');
        }
      }

      // An anchor kept elsewhere.
      const anchor = options.anchor;
      if (anchor !== undefined) {
        const link = anchor.seq === -1 ? row.genesis_hash : logRows.find((logRow) => Number(logRow.seq) === anchor.seq)?.hash;
        if (link !== anchor.hash) add('anchor_mismatch', anchor.seq, `The link of entry ${anchor.seq} is not the anchored hash.`);
      }

      const seqs = problems.map((p) => p.seq).filter((seq): seq is number => seq !== null);
      const firstBadSeq = seqs.length > 0 ? Math.min(...seqs) : null;
      const lastSeq = logRows.length > 0 ? Number(logRows.at(-1)!.seq) : -1;
      return Object.freeze({ ok: true, intact: problems.length === 0, firstBadSeq, problems, entries: logRows.length, head: { seq: lastSeq, hash: prev } });
    });
  }

  /** Does a stored payload match its digest (or, once redacted, the digest its redaction recorded)? */
  private payloadIntact(payload: unknown, salt: string | null, digest: unknown, redaction: string | null): boolean {
    if (typeof payload !== 'string') return false;
    if (salt !== null) return payloadDigest(salt, payload) === digest;
    const record = parseJson(redaction);
    return record.ok && isObject(record.value) && record.value['digest'] === sha256(payload);
  }

  // -------------------------------------------------------------------------------------------
  // erasure

  erasePersonalData(personId: string, options: StoreContext & { readonly reason: string }): Promise<StoreResult<Erased>> {
    return this.run(async () => {
      const problems = contextIssues(options);
      if (!isPlanId(personId)) problems.push(issue('invalid_value', ['personId'], 'personId must be text of 1 to 128 characters.'));
      if (typeof options?.reason !== 'string' || options.reason.trim() === '' || options.reason.length > 2_000) {
        problems.push(issue('invalid_value', ['reason'], 'reason must be text of 1 to 2,000 characters.'));
      }
      if (problems.length > 0) return fail(invalidRequest(problems));
      return this.db.transaction(async (tx) => {
        const quotedId = JSON.stringify(personId);
        // The plans the person takes part in: named as employee, manager or HR partner, or their id anywhere in the stored JSON.
        const involved = await tx.query(
          `SELECT plan_id FROM ${this.t}.plans p
           WHERE employee_id = $1 OR manager_id = $1 OR hr_partner_id = $1 OR strpos(current, $2) > 0 OR strpos(genesis, $2) > 0
              OR EXISTS (SELECT 1 FROM ${this.t}.log l WHERE l.plan_id = p.plan_id AND strpos(l.payload, $2) > 0)
           ORDER BY plan_id FOR UPDATE`,
          [personId, quotedId],
        );
        const takesPart = new Set(involved.map((r) => String(r['plan_id'])));
        const strings = personalStrings();
        const loaded = new Map<string, { row: PlanRow; log: LogRow[] }>();
        for (const id of takesPart) {
          const row = (await this.planRow(tx, id))!;
          const log = await this.logRows(tx, id);
          loaded.set(id, { row, log });
          const payloads: Json[] = [];
          for (const text of [row.genesis, row.current, ...log.map((l) => l.payload)]) {
            const json = parseJson(text);
            if (json.ok) payloads.push(json.value);
          }
          collectPersonalStrings(personId, payloads, strings);
        }
        // Other plans that mention one of their names (a note about them).
        for (const name of strings.names) {
          const fragment = JSON.stringify(name).slice(1, -1);
          const mentions = await tx.query(
            `SELECT plan_id FROM ${this.t}.plans p
             WHERE NOT (plan_id = ANY($1::text[])) AND (strpos(lower(current), lower($2)) > 0 OR strpos(lower(genesis), lower($2)) > 0
               OR EXISTS (SELECT 1 FROM ${this.t}.log l WHERE l.plan_id = p.plan_id AND strpos(lower(l.payload), lower($2)) > 0))
             ORDER BY plan_id FOR UPDATE`,
            [[...loaded.keys()], fragment],
          );
          for (const r of mentions) {
            const id = String(r['plan_id']);
            if (!loaded.has(id)) loaded.set(id, { row: (await this.planRow(tx, id))!, log: await this.logRows(tx, id) });
          }
        }

        const anywhere = eraser(strings, true);
        const reason = anywhere('reason', options.reason);
        const recorded = await tx.query(
          `INSERT INTO ${this.t}.erasures (person_id, actor_id, actor_role, as_of, reason, plans, rows_redacted) VALUES ($1, $2, $3, $4, $5, 0, 0) RETURNING erasure_id`,
          [personId, options.actor.id, options.actor.role, options.asOf, reason],
        );
        const erasureId = Number(recorded[0]?.['erasure_id']);
        const redaction = (previous: string | null, text: string) => {
          const before = parseJson(previous);
          const ids = before.ok && isObject(before.value) && Array.isArray(before.value['erasures']) ? before.value['erasures'] : [];
          return canonicalJson({ erasures: [...ids, erasureId], digest: sha256(text) });
        };
        const changedPlans: string[] = [];
        let rows = 0;
        for (const [id, { row, log }] of [...loaded.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
          const erase = eraser(strings, takesPart.has(id));
          let changed = false;
          const genesis = parseJson(row.genesis);
          if (genesis.ok) {
            const text = canonicalJson(mapPayload(genesis.value, erase));
            if (text !== row.genesis) {
              await tx.query(`UPDATE ${this.t}.plans SET genesis = $2, genesis_salt = NULL, genesis_redaction = $3 WHERE plan_id = $1`, [id, text, redaction(row.genesis_redaction, text)]);
              changed = true;
            }
          }
          const current = parseJson(row.current);
          if (current.ok) {
            const text = JSON.stringify(mapPlan(current.value, erase));
            if (text !== row.current) {
              await tx.query(`UPDATE ${this.t}.plans SET current = $2, updated_at = now() WHERE plan_id = $1`, [id, text]);
              changed = true;
            }
          }
          if (changed) rows += 1;
          for (const logRow of log) {
            const payload = parseJson(logRow.payload);
            if (!payload.ok) continue;
            const text = canonicalJson(mapPayload(payload.value, erase));
            if (text === logRow.payload) continue;
            await tx.query(`UPDATE ${this.t}.log SET payload = $3, salt = NULL, redaction = $4 WHERE plan_id = $1 AND seq = $2`, [id, logRow.seq, text, redaction(logRow.redaction, text)]);
            rows += 1;
            changed = true;
          }
          const observations = await tx.query(`SELECT observation_key, payload FROM ${this.t}.observations WHERE plan_id = $1`, [id]);
          for (const observation of observations) {
            const payload = parseJson(observation['payload']);
            if (!payload.ok) continue;
            const text = canonicalJson(mapStrings(payload.value, undefined, erase));
            if (text === observation['payload']) continue;
            await tx.query(`UPDATE ${this.t}.observations SET payload = $3 WHERE plan_id = $1 AND observation_key = $2`, [id, observation['observation_key'], text]);
            rows += 1;
            changed = true;
          }
          if (changed) changedPlans.push(id);
          this.cache.delete(id);
        }
        await tx.query(`UPDATE ${this.t}.erasures SET plans = $2, rows_redacted = $3 WHERE erasure_id = $1`, [erasureId, changedPlans.length, rows]);
        return Object.freeze({ ok: true, erasureId, plans: Object.freeze(changedPlans), rows });
      });
    });
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    await this.db.close();
  }
}
