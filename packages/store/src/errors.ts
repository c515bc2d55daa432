import type { LifecycleRejection, PlanIssue } from 'improvement-plan';

/**
 * Why a store operation did not happen. Every method answers `{ ok: false, error }` with one of
 * these instead of throwing; only {@link createPlanStore} throws (a {@link PlanStoreError}),
 * because without an open store there is nothing to answer with.
 */
export type StoreError =
  | { readonly code: 'invalid_plan'; readonly message: string; readonly issues: readonly PlanIssue[] }
  | { readonly code: 'invalid_request'; readonly message: string; readonly issues: readonly PlanIssue[] }
  | { readonly code: 'not_found'; readonly message: string; readonly planId: string }
  | { readonly code: 'already_exists'; readonly message: string; readonly planId: string }
  | { readonly code: 'rejected'; readonly message: string; readonly rejection: LifecycleRejection }
  | { readonly code: 'conflict'; readonly message: string; readonly expectedRevision: number; readonly revision: number }
  | { readonly code: 'command_id_reused'; readonly message: string; readonly commandId: string; readonly seq: number }
  | { readonly code: 'unreadable'; readonly message: string; readonly planId: string; readonly issues: readonly PlanIssue[] }
  | { readonly code: 'database_error'; readonly message: string; readonly retryable: boolean; readonly cause?: unknown }
  | { readonly code: 'closed'; readonly message: string };

/** The code of a {@link StoreError}. */
export type StoreErrorCode = StoreError['code'];

/** A store answer: what was asked for, or the error. */
export type StoreResult<T extends object> = ({ readonly ok: true } & T) | { readonly ok: false; readonly error: StoreError };

/** Why {@link createPlanStore} could not open the store. */
export type PlanStoreErrorCode = 'invalid_options' | 'database_too_new' | 'migration_mismatch' | 'database_error';

/**
 * Thrown by {@link createPlanStore} when the store cannot be opened: bad options, tables migrated by
 * a newer version of the package (`database_too_new`), migrations changed by other means, or a
 * database that cannot be reached.
 *
 * @example
 * ```ts
 * try {
 *   await createPlanStore({ database: url });
 * } catch (error) {
 *   if (error instanceof PlanStoreError && error.code === 'database_too_new') console.error(error.message);
 * }
 * ```
 */
export class PlanStoreError extends Error {
  /** What went wrong. */
  readonly code: PlanStoreErrorCode;

  constructor(code: PlanStoreErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'PlanStoreError';
    this.code = code;
  }
}

/** PostgreSQL error codes worth a retry: serialization failure, deadlock, and lost connections. */
const RETRYABLE_SQLSTATE = new Set(['40001', '40P01', '57P01', '57P02', '57P03', '08000', '08003', '08006', '08001', '08004']);

/** Turn a thrown driver error into a `database_error`. */
export function databaseError(error: unknown): StoreError {
  const sqlstate = typeof error === 'object' && error !== null ? (error as { code?: unknown }).code : undefined;
  const message = error instanceof Error ? error.message : String(error);
  const connection = /terminat|connection|closed|ECONNRESET|ECONNREFUSED|EPIPE|not open|unexpected(ly)? end/i.test(message);
  return {
    code: 'database_error',
    message: `The database failed: ${message}`,
    retryable: (typeof sqlstate === 'string' && RETRYABLE_SQLSTATE.has(sqlstate)) || connection,
    cause: error,
  };
}
