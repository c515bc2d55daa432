/**
 * The service's configuration, from environment variables only (see the package README).
 *
 * @module
 */

/** How tokens are verified. */
export interface AuthConfig {
  /** A JWKS URL: tokens signed by one of its keys (with one of `algorithms`) are accepted. */
  readonly jwksUrl?: string;
  /** Development: an HS256 shared secret (at least 32 bytes). */
  readonly secret?: string;
  /** The asymmetric algorithms accepted with the JWKS (default RS256, ES256). HS256 is only ever accepted with `secret`. */
  readonly algorithms: readonly string[];
  /** Required `iss`, when set. */
  readonly issuer?: string;
  /** Required `aud`, when set. */
  readonly audience?: string;
  /** Seconds of clock skew allowed on `exp` and `nbf` (default 5). */
  readonly clockToleranceSeconds: number;
}

/** Everything the service reads from its environment. */
export interface ServerConfig {
  /** `postgres://...` (`DATABASE_URL`), or a PGlite data folder (`IMPROVEMENT_PLAN_DATA_DIR`, default `./improvement-plan-data`; `memory://` for memory). */
  readonly database: string;
  /** The PostgreSQL schema of the store's tables (`IMPROVEMENT_PLAN_DB_SCHEMA`, default the store's `improvement_plan`). */
  readonly schema?: string;
  readonly port: number;
  readonly host: string;
  /** Largest request body in bytes (`IMPROVEMENT_PLAN_BODY_LIMIT`, default 1 MiB). */
  readonly bodyLimit: number;
  readonly auth: AuthConfig;
  /** The zone whose calendar gives "today" for commands and evaluations (`IMPROVEMENT_PLAN_TIME_ZONE`, default UTC). */
  readonly timeZone: string;
  /**
   * Whether a request may give the day it happens (`asOf` on commands, plans and observations:
   * `IMPROVEMENT_PLAN_CLIENT_DATES=1`). For demos, tests and back-filling; off by default, when
   * the server's calendar decides. Reads (`evaluation`, `document`) always take `asOf`.
   */
  readonly clientDates: boolean;
  /** How long shutdown waits for requests in flight before closing their connections (`IMPROVEMENT_PLAN_SHUTDOWN_TIMEOUT_MS`, default 10,000). */
  readonly shutdownTimeoutMs: number;
}

/** A setting that cannot be used: the service refuses to start, saying which and why. */
export class ConfigError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ConfigError';
  }
}

type Env = Readonly<Record<string, string | undefined>>;

function integer(env: Env, name: string, fallback: number, min: number, max: number): number {
  const text = env[name];
  if (text === undefined || text.trim() === '') return fallback;
  if (!/^\d+$/.test(text.trim())) throw new ConfigError(`${name} must be a whole number, not ${JSON.stringify(text)}.`);
  const value = Number(text.trim());
  if (value < min || value > max) throw new ConfigError(`${name} must be between ${min} and ${max}, not ${value}.`);
  return value;
}

function text(env: Env, name: string): string | undefined {
  const value = env[name];
  return value === undefined || value.trim() === '' ? undefined : value.trim();
}

/** The smallest HS256 secret accepted, in bytes (RFC 7518 section 3.2: at least the hash size). */
export const MIN_SECRET_BYTES = 32;

/**
 * Read the configuration from `env` (default `process.env`). Throws a {@link ConfigError} for a
 * setting that cannot be used, and when no way to verify tokens is configured.
 *
 * @example
 * ```ts
 * const config = loadConfig({ IMPROVEMENT_PLAN_JWT_SECRET: 'a development secret of 32 bytes or more', PORT: '8080' });
 * config.port; // => 8080
 * ```
 */
export function loadConfig(env: Env = process.env): ServerConfig {
  const jwksUrl = text(env, 'IMPROVEMENT_PLAN_JWKS_URL');
  const secret = env['IMPROVEMENT_PLAN_JWT_SECRET'] === undefined || env['IMPROVEMENT_PLAN_JWT_SECRET'] === '' ? undefined : env['IMPROVEMENT_PLAN_JWT_SECRET'];
  if (jwksUrl === undefined && secret === undefined) {
    throw new ConfigError('No way to verify tokens: set IMPROVEMENT_PLAN_JWKS_URL (production) or IMPROVEMENT_PLAN_JWT_SECRET (development, HS256).');
  }
  if (jwksUrl !== undefined) {
    let url: URL;
    try {
      url = new URL(jwksUrl);
    } catch {
      throw new ConfigError(`IMPROVEMENT_PLAN_JWKS_URL is not a URL: ${JSON.stringify(jwksUrl)}.`);
    }
    if (url.protocol !== 'https:' && url.protocol !== 'http:') throw new ConfigError('IMPROVEMENT_PLAN_JWKS_URL must be an http(s) URL.');
  }
  if (secret !== undefined && Buffer.byteLength(secret, 'utf8') < MIN_SECRET_BYTES) {
    throw new ConfigError(`IMPROVEMENT_PLAN_JWT_SECRET must be at least ${MIN_SECRET_BYTES} bytes.`);
  }
  const algorithms = (text(env, 'IMPROVEMENT_PLAN_JWT_ALGORITHMS') ?? 'RS256,ES256').split(',').map((a) => a.trim()).filter((a) => a !== '');
  const asymmetric = /^(RS|PS|ES)(256|384|512)$|^EdDSA$|^Ed25519$/;
  for (const algorithm of algorithms) {
    if (!asymmetric.test(algorithm)) throw new ConfigError(`IMPROVEMENT_PLAN_JWT_ALGORITHMS: ${JSON.stringify(algorithm)} is not an asymmetric JWS algorithm (none and HS* are never accepted from a JWKS).`);
  }
  const timeZone = text(env, 'IMPROVEMENT_PLAN_TIME_ZONE') ?? 'UTC';
  try {
    new Intl.DateTimeFormat('en-CA', { timeZone });
  } catch {
    throw new ConfigError(`IMPROVEMENT_PLAN_TIME_ZONE is not a time zone: ${JSON.stringify(timeZone)}.`);
  }
  const issuer = text(env, 'IMPROVEMENT_PLAN_JWT_ISSUER');
  const audience = text(env, 'IMPROVEMENT_PLAN_JWT_AUDIENCE');
  const schema = text(env, 'IMPROVEMENT_PLAN_DB_SCHEMA');
  return Object.freeze({
    database: text(env, 'DATABASE_URL') ?? text(env, 'IMPROVEMENT_PLAN_DATA_DIR') ?? './improvement-plan-data',
    ...(schema === undefined ? {} : { schema }),
    port: integer(env, 'PORT', 3000, 0, 65_535),
    host: text(env, 'HOST') ?? '0.0.0.0',
    bodyLimit: integer(env, 'IMPROVEMENT_PLAN_BODY_LIMIT', 1_048_576, 1_024, 100 * 1_048_576),
    auth: Object.freeze({
      ...(jwksUrl === undefined ? {} : { jwksUrl }),
      ...(secret === undefined ? {} : { secret }),
      algorithms: Object.freeze(algorithms),
      ...(issuer === undefined ? {} : { issuer }),
      ...(audience === undefined ? {} : { audience }),
      clockToleranceSeconds: integer(env, 'IMPROVEMENT_PLAN_JWT_CLOCK_TOLERANCE', 5, 0, 300),
    }),
    timeZone,
    clientDates: env['IMPROVEMENT_PLAN_CLIENT_DATES'] === '1' || env['IMPROVEMENT_PLAN_CLIENT_DATES'] === 'true',
    shutdownTimeoutMs: integer(env, 'IMPROVEMENT_PLAN_SHUTDOWN_TIMEOUT_MS', 10_000, 0, 600_000),
  });
}

/** Today in `timeZone`, `YYYY-MM-DD` (the only clock the service reads). */
export function todayIn(timeZone: string, now: Date = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);
}
