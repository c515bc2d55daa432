/**
 * `@improvement-plan/store`: performance improvement plans and their logs in PostgreSQL, or in
 * PGlite (PostgreSQL compiled to WebAssembly, in this process) as the embedded default. Same
 * tables, same SQL, same migrations on both. Commands go through the library's `transition` and
 * are appended in one transaction with the current plan; concurrent writers are serialised per
 * plan, a stale `expectedRevision` is a `conflict`, a repeated `commandId` returns the first
 * result, the log is a SHA-256 hash chain that `verify` checks (with `replay`), and personal data
 * can be erased without breaking the chain.
 *
 * @packageDocumentation
 */
export { createPlanStore } from './store.js';
export type {
  PlanStore,
  PlanStoreOptions,
  StoreContext,
  CreateOptions,
  ExecuteOptions,
  StoredPlan,
  Created,
  Executed,
  History,
  HistoryEntry,
  ListFilter,
  PlanSummary,
  ObservationsRecorded,
  Evaluated,
  Head,
  Verification,
  VerifyProblem,
  VerifyProblemCode,
  Erased,
} from './store.js';
export { PlanStoreError, type StoreError, type StoreErrorCode, type StoreResult, type PlanStoreErrorCode } from './errors.js';
export type { DatabaseOption, PGliteDatabase, PgPool, PgPoolClient } from './engine.js';
export { canonicalJson, sha256, payloadDigest, genesisHash, entryHash } from './canonical.js';
export { TOMBSTONE } from './erasure.js';
export { STORE_MIGRATIONS, LATEST_STORE_MIGRATION, type StoreMigration, type MigrationReport } from './migrations.js';
