/**
 * The authorization table: the README shows the table the service enforces (generated from
 * src/authorization.ts), and the table says what the issue asks, checked here independently of
 * the table's own data: an employee only on their own plans, in the employee audience, only
 * acknowledging; a manager only on their own plans; HR on all plans; `system` only recording
 * observations and advancing.
 */
import { PLAN_COMMAND_TYPES } from 'improvement-plan';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { COMMANDS_BY_ROLE, commandAllowed, ROUTE_ACCESS } from '../src/authorization.js';
import { README, withTable } from '../scripts/readme-table.js';

describe('the authorization table', () => {
  it('the README holds the table the service enforces (run `npm run readme -w @improvement-plan/server` after changing it)', () => {
    const readme = readFileSync(README, 'utf8');
    expect(readme).toBe(withTable(readme));
  });

  it('says what the issue asks', () => {
    const plansRoutes = ROUTE_ACCESS.filter((r) => !r.public);
    expect(plansRoutes.map((r) => r.id).sort()).toEqual(
      ['createPlan', 'listPlans', 'getPlan', 'executeCommand', 'getLog', 'verifyPlan', 'recordObservations', 'getEvaluation', 'documentEmployee', 'documentManager', 'documentHr'].sort(),
    );
    for (const route of plansRoutes) {
      // an employee and a manager: never beyond their own plans; HR: every plan
      expect(route.roles.employee, route.id).not.toBe('any');
      expect(route.roles.manager, route.id).not.toBe('any');
      expect(route.roles.hr, route.id).toBe('any');
    }
    const byId = Object.fromEntries(ROUTE_ACCESS.map((r) => [r.id, r]));
    // an employee reads their plan only in the employee audience; creates nothing, records nothing
    expect(byId['documentEmployee']!.roles.employee).toBe('own');
    expect(byId['documentManager']!.roles.employee).toBe('never');
    expect(byId['documentHr']!.roles.employee).toBe('never');
    expect(byId['createPlan']!.roles.employee).toBe('never');
    expect(byId['recordObservations']!.roles.employee).toBe('never');
    // system: commands (two types) and observations; it reads no plan content
    for (const id of ['getPlan', 'getLog', 'getEvaluation', 'documentEmployee', 'documentManager', 'documentHr', 'createPlan']) expect(byId[id]!.roles.system, id).toBe('never');
    expect(PLAN_COMMAND_TYPES.filter((t) => commandAllowed('employee', t))).toEqual(['acknowledge']);
    expect(PLAN_COMMAND_TYPES.filter((t) => commandAllowed('system', t)).sort()).toEqual(['advance', 'record_observations']);
    expect(COMMANDS_BY_ROLE.manager).toBe('all');
    expect(COMMANDS_BY_ROLE.hr).toBe('all');
    // the public routes carry no plan data
    expect(ROUTE_ACCESS.filter((r) => r.public).map((r) => r.path)).toEqual(['/healthz', '/readyz', '/openapi.json']);
  });
});
