/**
 * Who may see and do what: the one table the service enforces, the package README shows (generated
 * from it by `npm run readme -w @improvement-plan/server`, checked by a test) and the authorization
 * matrix test derives its expectations from.
 *
 * @module
 */

/** The role a token's `role` claim names. */
export type Role = 'employee' | 'manager' | 'hr' | 'system';

/** Every role, in the README's column order. */
export const ROLES: readonly Role[] = Object.freeze(['employee', 'manager', 'hr', 'system']);

/**
 * How a role may use a route:
 * - `any`: on every plan;
 * - `own`: only on plans where the caller takes part in that role (the plan's employee for
 *   `employee`, its manager for `manager`); on another plan the answer is the route's
 *   `otherPlan` status (404, as if the plan did not exist, for a plan route; 403 for creating a
 *   plan that names another manager);
 * - `never`: 403 on every plan.
 */
export type Access = 'any' | 'own' | 'never';

/** The routes, by id. */
export type RouteId =
  | 'createPlan'
  | 'listPlans'
  | 'getPlan'
  | 'executeCommand'
  | 'getLog'
  | 'verifyPlan'
  | 'recordObservations'
  | 'getEvaluation'
  | 'documentEmployee'
  | 'documentManager'
  | 'documentHr'
  | 'healthz'
  | 'readyz'
  | 'openapi';

/** One row of the table. */
export interface RouteAccess {
  readonly id: RouteId;
  readonly method: 'GET' | 'POST';
  /** The path, with `{id}` for the plan id (and the query that selects the row, for documents). */
  readonly path: string;
  /** The status of an allowed request that succeeds. */
  readonly ok: number;
  /** The status on another person's plan, for an `own` role. */
  readonly otherPlan: 403 | 404;
  /** No token needed: every caller gets `ok`. */
  readonly public: boolean;
  readonly roles: { readonly [R in Role]: Access };
  /** What the row does not say by itself (shown in the README). */
  readonly note?: string;
}

const row = (
  id: RouteId,
  method: 'GET' | 'POST',
  path: string,
  ok: number,
  roles: readonly [Access, Access, Access, Access],
  note?: string,
  otherPlan: 403 | 404 = 404,
): RouteAccess =>
  Object.freeze({
    id,
    method,
    path,
    ok,
    otherPlan,
    public: false,
    roles: Object.freeze({ employee: roles[0], manager: roles[1], hr: roles[2], system: roles[3] }),
    ...(note === undefined ? {} : { note }),
  });

const open = (id: RouteId, path: string): RouteAccess =>
  Object.freeze({ id, method: 'GET' as const, path, ok: 200, otherPlan: 404 as const, public: true, roles: Object.freeze({ employee: 'any', manager: 'any', hr: 'any', system: 'any' } as const) });

/** The authorization table. */
export const ROUTE_ACCESS: readonly RouteAccess[] = Object.freeze([
  row('createPlan', 'POST', '/plans', 201, ['never', 'own', 'any', 'never'], 'a manager only creates plans that name them as the manager (else 403)', 403),
  row('listPlans', 'GET', '/plans', 200, ['own', 'own', 'any', 'any'], 'the list is scoped: an employee or a manager sees only their own plans (filters narrow it further)'),
  row('getPlan', 'GET', '/plans/{id}', 200, ['own', 'own', 'any', 'never'], "the employee's copy has no private check-in notes and no HR review notes"),
  row('executeCommand', 'POST', '/plans/{id}/commands', 200, ['own', 'own', 'any', 'any'], 'command types per role: see below (another type is 403); the lifecycle then decides (422 `rejected`)'),
  row('getLog', 'GET', '/plans/{id}/log', 200, ['own', 'own', 'any', 'never'], "the employee's copy has the private notes taken out of every entry"),
  row('verifyPlan', 'GET', '/plans/{id}/verify', 200, ['own', 'own', 'any', 'any']),
  row('recordObservations', 'POST', '/plans/{id}/observations', 200, ['never', 'own', 'any', 'any']),
  row('getEvaluation', 'GET', '/plans/{id}/evaluation', 200, ['own', 'own', 'any', 'never']),
  row('documentEmployee', 'GET', '/plans/{id}/document?audience=employee', 200, ['own', 'own', 'any', 'never'], "an employee's request without `audience` is this row"),
  row('documentManager', 'GET', '/plans/{id}/document?audience=manager', 200, ['never', 'own', 'any', 'never']),
  row('documentHr', 'GET', '/plans/{id}/document?audience=hr', 200, ['never', 'never', 'any', 'never']),
  open('healthz', '/healthz'),
  open('readyz', '/readyz'),
  open('openapi', '/openapi.json'),
]);

/** The commands each role may send (`all`: every command; the lifecycle decides which it accepts). */
export const COMMANDS_BY_ROLE: { readonly [R in Role]: 'all' | readonly string[] } = Object.freeze({
  employee: Object.freeze(['acknowledge']),
  manager: 'all',
  hr: 'all',
  system: Object.freeze(['record_observations', 'advance']),
});

/** The row of a route. */
export function routeAccess(id: RouteId): RouteAccess {
  const found = ROUTE_ACCESS.find((r) => r.id === id);
  if (!found) throw new RangeError(`unknown route ${id}`);
  return found;
}

/** May `role` send a command of this type? */
export function commandAllowed(role: Role, type: string): boolean {
  const allowed = COMMANDS_BY_ROLE[role];
  return allowed === 'all' || allowed.includes(type);
}

/** The people of a plan, as far as access goes. */
export interface PlanParties {
  readonly employeeId: string;
  readonly managerId: string;
}

/** Does the caller take part in the plan in their role (for an `own` row)? */
export function ownsPlan(role: Role, sub: string, parties: PlanParties): boolean {
  if (role === 'employee') return parties.employeeId === sub;
  if (role === 'manager') return parties.managerId === sub;
  return true;
}

/**
 * What the caller may do with a route on a plan: `'allowed'`, `'forbidden'` (403) or `'hidden'`
 * (the route's `otherPlan` status).
 */
export function decide(id: RouteId, role: Role, sub: string, parties: PlanParties | undefined): 'allowed' | 'forbidden' | 'hidden' {
  const access = routeAccess(id).roles[role];
  if (access === 'never') return 'forbidden';
  if (access === 'any' || parties === undefined) return 'allowed';
  return ownsPlan(role, sub, parties) ? 'allowed' : routeAccess(id).otherPlan === 403 ? 'forbidden' : 'hidden';
}

const ACCESS_TEXT: { readonly [A in Access]: string } = { any: 'every plan', own: 'own plans', never: '403' };

/** The table as Markdown, for the README (between its `authorization-table` markers). */
export function authorizationMarkdown(): string {
  const lines = [
    `| Route | ${ROLES.join(' | ')} | Notes |`,
    `| --- | ${ROLES.map(() => '---').join(' | ')} | --- |`,
  ];
  for (const r of ROUTE_ACCESS) {
    const cells = r.public ? ROLES.map(() => 'yes, no token needed') : ROLES.map((role) => ACCESS_TEXT[r.roles[role]]);
    const success = r.public ? '' : `${r.ok} when allowed; another person's plan: ${r.id === 'listPlans' ? 'not listed' : r.otherPlan}`;
    const note = [success, r.note ?? ''].filter((x) => x !== '').join('; ');
    lines.push(`| \`${r.method} ${r.path}\` | ${cells.join(' | ')} | ${note} |`);
  }
  lines.push('');
  lines.push(`| Commands (\`POST /plans/{id}/commands\`) | ${ROLES.join(' | ')} |`);
  lines.push(`| --- | ${ROLES.map(() => '---').join(' | ')} |`);
  lines.push(`| command types | ${ROLES.map((role) => {
    const allowed = COMMANDS_BY_ROLE[role];
    return allowed === 'all' ? 'all (the lifecycle checks the role)' : allowed.map((t) => `\`${t}\``).join(', ');
  }).join(' | ')} |`);
  return lines.join('\n');
}
