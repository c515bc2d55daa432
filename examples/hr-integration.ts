/**
 * An HR system that receives plans as JSON from other systems (an HRIS, a CRM plug-in, a form):
 * it validates each document with `parsePlanJson` and rejects bad ones with the issue paths; it
 * applies the commands people send (`submit_for_review`, `approve`, `acknowledge`, ...) with
 * `transition`, refusing those that do not fit; it stores the plan as it was received and every
 * log entry as JSON; and, on any other day, it rebuilds the current plan from storage with
 * `replay` and checks that it equals the one it stored.
 *
 * The store is an in-memory map of JSON strings: a database table with two text columns does
 * the same job.
 *
 * Run with `npx tsx examples/hr-integration.ts`.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  parsePlanJson,
  PlanCommandSchema,
  replay,
  serializePlan,
  transition,
  type Actor,
  type PlanEvent,
  type PlanIssue,
} from '../src/index.js';

/** What the HR system keeps per plan: the document as first accepted, and the log since, as JSON. */
export interface StoredPlan {
  /** The plan as received and validated (`serializePlan`). */
  readonly initial: string;
  /** One JSON document per accepted command: the log entry `transition` appended. */
  readonly events: string[];
  /** The current plan, stored too so reads need no replay. */
  current: string;
}

/** An answer the HR system gives to the system that sent a request. */
export type Answer =
  | { readonly ok: true; readonly planId: string; readonly status: string; readonly detail: string }
  | { readonly ok: false; readonly error: string; readonly issues: readonly { readonly path: string; readonly code: string; readonly message: string }[] };

/** A command as other systems send it: who, on which day, what. */
export interface IncomingCommand {
  readonly planId: string;
  readonly actor: Actor;
  readonly asOf: string;
  /** The command as JSON; `transition` validates it. */
  readonly command: unknown;
}

/** A path as people read it: `goals[2].window.end`. */
function formatPath(path: readonly PropertyKey[], root = 'plan'): string {
  const text = path.map((key, i) => (typeof key === 'number' ? `[${key}]` : `${i === 0 ? '' : '.'}${String(key)}`)).join('');
  return text === '' ? root : text;
}

function issueList(issues: readonly PlanIssue[]): Answer {
  return { ok: false, error: 'invalid_plan', issues: issues.map((i) => ({ path: formatPath(i.path), code: i.code, message: i.message })) };
}

/** The HR system's plan service: receive documents, apply commands, rebuild from the log. */
export class PlanService {
  readonly store = new Map<string, StoredPlan>();

  /** Receive a plan document as JSON text: validate it, store it, or say what is wrong where. */
  receive(json: string): Answer {
    const result = parsePlanJson(json);
    if (!result.ok) return issueList(result.issues);
    if (this.store.has(result.plan.id)) return { ok: false, error: 'duplicate_plan', issues: [{ path: 'id', code: 'duplicate', message: `Plan ${result.plan.id} exists.` }] };
    const stored = serializePlan(result.plan);
    this.store.set(result.plan.id, { initial: stored, events: [], current: stored });
    return { ok: true, planId: result.plan.id, status: result.plan.status, detail: 'stored' };
  }

  /** Apply a command to a stored plan; a refusal is an answer, not an exception. */
  apply(incoming: IncomingCommand): Answer {
    const stored = this.store.get(incoming.planId);
    if (!stored) return { ok: false, error: 'unknown_plan', issues: [{ path: 'planId', code: 'unknown', message: `No plan ${incoming.planId}.` }] };
    const current = parsePlanJson(stored.current);
    if (!current.ok) return issueList(current.issues);
    // The command schema is exported too: a host can check the shape before it gets this far.
    const shape = PlanCommandSchema.safeParse(incoming.command);
    if (!shape.success) return { ok: false, error: 'invalid_command', issues: shape.error.issues.map((i) => ({ path: formatPath(i.path, 'command'), code: i.code, message: i.message })) };
    const result = transition(current.plan, shape.data, { asOf: incoming.asOf, actor: incoming.actor });
    if (!result.ok) {
      const { code, message, allowedRoles, allowedCommands } = result.rejection;
      const hint = allowedRoles ? ` (roles allowed: ${allowedRoles.join(', ')})` : allowedCommands ? ` (commands accepted now: ${allowedCommands.join(', ')})` : '';
      return { ok: false, error: code, issues: [{ path: 'command', code, message: `${message}${hint}` }] };
    }
    if (result.entry) stored.events.push(JSON.stringify(result.entry));
    stored.current = serializePlan(result.plan);
    return { ok: true, planId: incoming.planId, status: result.plan.status, detail: result.events.map((e) => e.type).join(', ') || 'no change' };
  }

  /** Rebuild a plan from what is stored: the initial document and the log, replayed. */
  rebuild(planId: string): { readonly ok: true; readonly json: string; readonly events: number } | { readonly ok: false; readonly message: string } {
    const stored = this.store.get(planId);
    if (!stored) return { ok: false, message: `No plan ${planId}.` };
    const initial = parsePlanJson(stored.initial);
    if (!initial.ok) return { ok: false, message: initial.issues[0]?.message ?? 'the stored plan does not parse' };
    const events = stored.events.map((line) => JSON.parse(line) as PlanEvent);
    const replayed = replay(initial.plan, events);
    if (!replayed.ok) return { ok: false, message: replayed.message };
    return { ok: true, json: serializePlan(replayed.plan), events: events.length };
  }
}


const MANAGER: Actor = { id: 'mgr-dana', role: 'manager' };
const HR: Actor = { id: 'hr-priya', role: 'hr' };
const EMPLOYEE: Actor = { id: 'emp-1042', role: 'employee' };

/** The walk-through: what the HR system receives and answers, line by line. */
export function hrIntegration(): { readonly lines: readonly string[]; readonly service: PlanService; readonly answers: readonly Answer[] } {
  const service = new PlanService();
  const lines: string[] = [];
  const answers: Answer[] = [];
  const show = (label: string, answer: Answer) => {
    answers.push(answer);
    if (answer.ok) lines.push(`${label}: ok, ${answer.planId} is ${answer.status} (${answer.detail})`);
    else {
      lines.push(`${label}: rejected, ${answer.error}`);
      for (const issue of answer.issues) lines.push(`    ${issue.path}: ${issue.code}: ${issue.message}`);
    }
  };

  // 1. Two documents arrive; one has a baseline written as text and a date that does not exist.
  const fixture = readFileSync(join(import.meta.dirname, '..', 'test', 'fixtures', 'plan-90-day-conversion.json'), 'utf8');
  const broken = JSON.parse(fixture) as { id: string; goals: { baseline: unknown; window?: { end: string } }[]; support: { owner?: string }[] };
  broken.id = 'pip-2026-0008';
  broken.goals[1]!.baseline = '25 calls';
  broken.goals[2]!.window!.end = '2026-02-30';
  show('POST /plans (pip-2026-0008)', service.receive(JSON.stringify(broken)));
  show('POST /plans (pip-2026-0007)', service.receive(fixture));

  // 2. Commands arrive from people, in order; two do not fit and are refused with the reason.
  const commands: [string, IncomingCommand][] = [
    ['manager submits', { planId: 'pip-2026-0007', actor: MANAGER, asOf: '2025-12-29', command: { type: 'submit_for_review' } }],
    ['employee approves', { planId: 'pip-2026-0007', actor: EMPLOYEE, asOf: '2025-12-30', command: { type: 'approve' } }],
    ['HR approves', { planId: 'pip-2026-0007', actor: HR, asOf: '2025-12-31', command: { type: 'approve', notes: 'Consistent with the team standard.' } }],
    ['manager signs', { planId: 'pip-2026-0007', actor: MANAGER, asOf: '2026-01-02', command: { type: 'acknowledge' } }],
    ['employee signs', { planId: 'pip-2026-0007', actor: EMPLOYEE, asOf: '2026-01-05', command: { type: 'acknowledge', comment: 'I understand the plan.' } }],
    ['malformed command', { planId: 'pip-2026-0007', actor: HR, asOf: '2026-01-05', command: { type: 'activate', now: true } }],
    ['HR activates', { planId: 'pip-2026-0007', actor: HR, asOf: '2026-01-05', command: { type: 'activate' } }],
    ['CRM feed', { planId: 'pip-2026-0007', actor: { id: 'crm-sync', role: 'system' }, asOf: '2026-01-09', command: { type: 'record_observations', observations: [{ metricId: 'm-calls', date: '2026-01-09', value: 31 }] } }],
  ];
  for (const [label, incoming] of commands) show(`POST /plans/${incoming.planId}/commands ${label}`, service.apply(incoming));

  // 3. Another day, another process: rebuild from storage and compare.
  const stored = service.store.get('pip-2026-0007')!;
  const rebuilt = service.rebuild('pip-2026-0007');
  if (!rebuilt.ok) lines.push(`rebuild failed: ${rebuilt.message}`);
  else {
    const same = rebuilt.json === stored.current;
    lines.push(`stored: the plan as received (${stored.initial.length} bytes of JSON) and ${stored.events.length} log entries`);
    lines.push(`replay of ${rebuilt.events} log entries over the plan as received ${same ? 'equals' : 'DIFFERS FROM'} the stored current plan (${rebuilt.json.length} bytes, byte for byte)`);
  }
  return { lines, service, answers };
}

function main(): number {
  const { lines } = hrIntegration();
  for (const line of lines) console.log(line);
  return lines.some((line) => line.includes('DIFFERS') || line.startsWith('rebuild failed')) ? 1 : 0;
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) process.exitCode = main();
