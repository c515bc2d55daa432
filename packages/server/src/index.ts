/**
 * `@improvement-plan/server`: performance improvement plans as an HTTP service for HR systems in
 * any language. Hono routes declared from the library's zod schemas (the OpenAPI 3.1 document at
 * `/openapi.json` and the validation are the same schemas), bearer JWTs verified with `jose`
 * (JWKS, or an HS256 secret for development), the authorization table of the README, RFC 9457
 * problems for every error, on `@improvement-plan/store` (PostgreSQL, or PGlite in a folder).
 *
 * @packageDocumentation
 */
export { createApp, routeOf, storeProblem, OPENAPI_INFO, type AppOptions, type AppEnv, type ServerApp } from './app.js';
export { startServer, handleSignals, type RunningServer, type StartOptions } from './server.js';
export { loadConfig, todayIn, ConfigError, MIN_SECRET_BYTES, type ServerConfig, type AuthConfig } from './config.js';
export { createTokenVerifier, bearerToken, type Principal, type AuthFailure, type TokenVerifier } from './auth.js';
export {
  ROUTE_ACCESS,
  ROLES,
  COMMANDS_BY_ROLE,
  routeAccess,
  commandAllowed,
  ownsPlan,
  decide,
  authorizationMarkdown,
  type Role,
  type Access,
  type RouteId,
  type RouteAccess,
  type PlanParties,
} from './authorization.js';
export { problem, problemResponse, PROBLEMS, PROBLEM_TYPE_BASE, type Problem, type ProblemCode, type IssueJson } from './problems.js';
export { employeePlan, employeeEntry, employeeCommand, PRIVATE_PATHS } from './redact.js';
