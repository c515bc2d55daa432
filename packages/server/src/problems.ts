/**
 * Every error the service answers is an RFC 9457 problem (`application/problem+json`): `type`,
 * `title`, `status`, `detail`, a machine-readable `code`, and for bad documents the library's
 * issues with their paths. Never a stack trace, never an exception's own message.
 *
 * @module
 */
import { z } from '@hono/zod-openapi';

/** The base of every problem `type` URI. */
export const PROBLEM_TYPE_BASE = 'https://improvement-plan.dev/problems/';

/** The problem codes, with their status and title. */
export const PROBLEMS = Object.freeze({
  missing_token: { status: 401, title: 'Authentication required' },
  invalid_token: { status: 401, title: 'Invalid token' },
  token_expired: { status: 401, title: 'Token expired' },
  forbidden: { status: 403, title: 'Not allowed' },
  command_not_allowed: { status: 403, title: 'Command not allowed for this role' },
  not_found: { status: 404, title: 'Not found' },
  method_not_allowed: { status: 405, title: 'Method not allowed' },
  not_acceptable: { status: 406, title: 'Not acceptable' },
  already_exists: { status: 409, title: 'Plan already exists' },
  precondition_failed: { status: 412, title: 'The plan has changed' },
  payload_too_large: { status: 413, title: 'Request body too large' },
  unsupported_media_type: { status: 415, title: 'Unsupported media type' },
  malformed_json: { status: 400, title: 'Malformed JSON' },
  invalid_header: { status: 400, title: 'Invalid header' },
  as_of_not_allowed: { status: 400, title: 'The day is set by the server' },
  invalid_request: { status: 422, title: 'Invalid request' },
  invalid_plan: { status: 422, title: 'Invalid plan' },
  invalid_observations: { status: 422, title: 'Invalid observations' },
  rejected: { status: 422, title: 'Command rejected by the lifecycle' },
  idempotency_key_reused: { status: 422, title: 'Idempotency key reused for another command' },
  plan_unreadable: { status: 500, title: 'Stored plan unreadable' },
  internal_error: { status: 500, title: 'Internal error' },
  unavailable: { status: 503, title: 'Service unavailable' },
} as const);

/** A problem code. */
export type ProblemCode = keyof typeof PROBLEMS;

/** One issue as the library reports it. */
export interface IssueJson {
  readonly code: string;
  readonly path: readonly (string | number)[];
  readonly message: string;
}

/** A problem document. */
export interface Problem {
  readonly type: string;
  readonly title: string;
  readonly status: number;
  readonly detail: string;
  readonly code: ProblemCode;
  readonly issues?: readonly IssueJson[];
  readonly [extension: string]: unknown;
}

/** Build a problem document. */
export function problem(code: ProblemCode, detail: string, extensions: Record<string, unknown> = {}): Problem {
  const { status, title } = PROBLEMS[code];
  return { type: `${PROBLEM_TYPE_BASE}${code}`, title, status, detail, code, ...extensions };
}

/** Seconds a 503 asks the client to wait before retrying (`Retry-After`), unless the caller gives its own. */
export const RETRY_AFTER_SECONDS = 1;

/** A problem as a Response. Every 503 carries `Retry-After`. */
export function problemResponse(p: Problem, headers: Record<string, string> = {}): Response {
  const retry = p.status === 503 && !Object.keys(headers).some((k) => k.toLowerCase() === 'retry-after') ? { 'retry-after': String(RETRY_AFTER_SECONDS) } : {};
  return new Response(JSON.stringify(p), { status: p.status, headers: { 'content-type': 'application/problem+json', ...retry, ...headers } });
}

/** The issues of a zod error, as `{ code, path, message }` (for bodies the library has no parser for). */
export function zodIssues(issues: readonly { code: string; path: readonly PropertyKey[]; message: string }[]): IssueJson[] {
  return issues.slice(0, 100).map((i) => ({
    code: i.code,
    path: i.path.map((p) => (typeof p === 'number' ? p : String(p))),
    message: i.message,
  }));
}

const IssueSchema = z
  .object({ code: z.string(), path: z.array(z.union([z.string(), z.number()])), message: z.string() })
  .openapi('Issue', { description: "One problem with a document, as the library reports it: a code, the path to the field, a sentence." });

/** The problem document in the OpenAPI description. */
export const ProblemSchema = z
  .object({
    type: z.string().openapi({ example: `${PROBLEM_TYPE_BASE}invalid_plan` }),
    title: z.string(),
    status: z.number().int(),
    detail: z.string(),
    code: z.enum(Object.keys(PROBLEMS) as [ProblemCode, ...ProblemCode[]]),
    issues: z.array(IssueSchema).optional(),
  })
  .catchall(z.unknown())
  .openapi('Problem', { description: 'An RFC 9457 problem: every error the service answers.' });
