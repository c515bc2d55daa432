/**
 * Bearer tokens: verified with `jose` against a JWKS URL (asymmetric algorithms only) or, for
 * development, an HS256 secret. `alg: none`, an algorithm not configured, a bad signature, an
 * expired or not-yet-valid token, a wrong issuer or audience, and a token without `sub`, `role`
 * or `exp` are all refused (401). The caller's identity comes from the token and nowhere else.
 *
 * @module
 */
import { createRemoteJWKSet, errors, jwtVerify, type JWTVerifyGetKey } from 'jose';
import type { Role } from './authorization.js';
import type { AuthConfig } from './config.js';

/** The caller, from a verified token. */
export interface Principal {
  /** `sub`: the person's id in the plans (or the job's id, for `system`). */
  readonly id: string;
  readonly role: Role;
}

/** Why a token was refused. */
export interface AuthFailure {
  readonly code: 'missing_token' | 'invalid_token' | 'token_expired';
  readonly detail: string;
}

/** Verifies a bearer token. */
export type TokenVerifier = (token: string) => Promise<{ ok: true; principal: Principal } | { ok: false; failure: AuthFailure }>;

const ROLE_SET = new Set<string>(['employee', 'manager', 'hr', 'system']);
const ID = /^[\s\S]{1,128}$/;

/**
 * A verifier for the configured keys.
 *
 * @example
 * ```ts
 * const verify = createTokenVerifier({ secret: 'a development secret of 32 bytes or more', algorithms: [], clockToleranceSeconds: 5 });
 * const result = await verify(token); // { ok: true, principal: { id: 'mgr-dana', role: 'manager' } }
 * ```
 */
export function createTokenVerifier(config: AuthConfig): TokenVerifier {
  const secret = config.secret === undefined ? undefined : new TextEncoder().encode(config.secret);
  const jwks = config.jwksUrl === undefined ? undefined : createRemoteJWKSet(new URL(config.jwksUrl), { timeoutDuration: 5_000, cooldownDuration: 30_000, cacheMaxAge: 600_000 });
  const algorithms = [...(jwks ? config.algorithms : []), ...(secret ? ['HS256'] : [])];
  const key: JWTVerifyGetKey = async (header, token) => {
    if (header.alg === 'HS256') {
      if (!secret) throw new errors.JOSEAlgNotAllowed('HS256 is not configured');
      return secret;
    }
    if (!jwks) throw new errors.JOSEAlgNotAllowed(`${String(header.alg)} is not configured`);
    return jwks(header, token);
  };
  return async (token) => {
    try {
      const { payload } = await jwtVerify(token, key, {
        algorithms,
        requiredClaims: ['sub', 'exp'],
        clockTolerance: config.clockToleranceSeconds,
        ...(config.issuer === undefined ? {} : { issuer: config.issuer }),
        ...(config.audience === undefined ? {} : { audience: config.audience }),
      });
      const role = payload['role'];
      if (typeof role !== 'string' || !ROLE_SET.has(role)) {
        return { ok: false, failure: { code: 'invalid_token', detail: 'The token has no role claim of employee, manager, hr or system.' } };
      }
      if (typeof payload.sub !== 'string' || !ID.test(payload.sub)) {
        return { ok: false, failure: { code: 'invalid_token', detail: 'The token has no sub claim of 1 to 128 characters.' } };
      }
      return { ok: true, principal: { id: payload.sub, role: role as Role } };
    } catch (error) {
      if (error instanceof errors.JWTExpired) return { ok: false, failure: { code: 'token_expired', detail: 'The token has expired.' } };
      return { ok: false, failure: { code: 'invalid_token', detail: describe(error) } };
    }
  };
}

/** A short reason for a refused token that reveals nothing about the keys. */
function describe(error: unknown): string {
  if (error instanceof errors.JOSEAlgNotAllowed) return 'The token is signed with an algorithm this service does not accept.';
  if (error instanceof errors.JWSSignatureVerificationFailed) return 'The token signature does not verify.';
  if (error instanceof errors.JWKSNoMatchingKey) return 'No key of the configured key set matches the token.';
  if (error instanceof errors.JWTClaimValidationFailed) return `The token's ${error.claim} claim is not accepted.`;
  if (error instanceof errors.JWKSTimeout || error instanceof errors.JOSEError && error.code === 'ERR_JOSE_GENERIC') return 'The key set could not be fetched.';
  if (error instanceof errors.JWTInvalid || error instanceof errors.JWSInvalid || error instanceof errors.JOSENotSupported) return 'The token is not a valid signed JWT.';
  return 'The token cannot be verified.';
}

/** The token of an `Authorization: Bearer <token>` header, or undefined. */
export function bearerToken(header: string | undefined): string | undefined {
  if (header === undefined) return undefined;
  const match = /^Bearer[ ]+([A-Za-z0-9._~+/-]+=*)\s*$/i.exec(header);
  return match?.[1];
}
