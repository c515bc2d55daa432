/**
 * An HR system on `@improvement-plan/store`: it receives plans as JSON from other systems (an
 * HRIS, a CRM plug-in, a form) and rejects bad ones with the issue paths; it applies the commands
 * people send (`submit_for_review`, `approve`, `acknowledge`, ...), refusing those that do not fit;
 * a retried request (same request id) gets its first answer, a request made on a stale read gets a
 * conflict; the nightly CRM feed goes in as thousands of rows at once; and, on any other day, in
 * another process, it opens the same database, checks the plan's hash chain and that replaying
 * the log gives the stored plan, against a head it anchored the day before.
 *
 * The database is PGlite (PostgreSQL compiled to WebAssembly, in this process) in a folder; a
 * PostgreSQL server is the same code with a `postgres://` URL.
 *
 * Run with `npx tsx examples/hr-integration.ts` (the folder is a new temporary one, removed after).
 */
import { createPlanStore, type Head, type PlanStore, type StoreError } from '@improvement-plan/store';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { shiftDate, type Actor, type PlanIssue } from '../src/index.js';

/** An answer the HR system gives to the system that sent a request. */
export type Answer =
  | { readonly ok: true; readonly planId: string; readonly status: string; readonly revision: number; readonly detail: string }
  | { readonly ok: false; readonly error: string; readonly issues: readonly { readonly path: string; readonly code: string; readonly message: string }[] };

/** A command as other systems send it: which request, who, on which day, what. */
export interface IncomingCommand {
  /** The sender's request id: a retry after a timeout sends the same one. */
  readonly requestId: string;
  readonly planId: string;
  readonly actor: Actor;
  readonly asOf: string;
  /** The revision the sender last read, when it decided on what it saw. */
  readonly expectedRevision?: number;
  /** The command as JSON; the store validates it through `transition`. */
  readonly command: unknown;
}

/** A path as people read it: `goals[2].window.end`. */
function formatPath(path: readonly PropertyKey[], root = 'plan'): string {
  const text = path.map((key, i) => (typeof key === 'number' ? `[${key}]` : `${i === 0 ? '' : '.'}${String(key)}`)).join('');
  return text === '' ? root : text;
}

function refusal(error: StoreError): Answer {
  switch (error.code) {
    case 'invalid_plan':
    case 'invalid_request':
      return { ok: false, error: error.code, issues: error.issues.map((i: PlanIssue) => ({ path: formatPath(i.path), code: i.code, message: i.message })) };
    case 'rejected': {
      const { code, message, allowedRoles, allowedCommands, issues } = error.rejection;
      if (issues && issues.length > 0) return { ok: false, error: code, issues: issues.map((i) => ({ path: formatPath(['command', ...i.path]), code: i.code, message: i.message })) };
      const hint = allowedRoles ? ` (roles allowed: ${allowedRoles.join(', ')})` : allowedCommands ? ` (commands accepted now: ${allowedCommands.join(', ')})` : '';
      return { ok: false, error: code, issues: [{ path: 'command', code, message: `${message}${hint}` }] };
    }
    default:
      return { ok: false, error: error.code, issues: [{ path: 'request', code: error.code, message: error.message }] };
  }
}

/** The HR system's plan service: receive documents, apply commands, ingest the CRM feed, audit. */
export class PlanService {
  private constructor(readonly store: PlanStore) {}

  /** Open the service on a PGlite data folder (or a `postgres://` URL). */
  static async open(database: string): Promise<PlanService> {
    return new PlanService(await createPlanStore({ database }));
  }

  /** Receive a plan document as JSON text: validate it, store it, or say what is wrong where. */
  async receive(json: string, actor: Actor, asOf: string): Promise<Answer> {
    const created = await this.store.create(json, { actor, asOf });
    if (!created.ok) return refusal(created.error);
    const errors = created.findings.filter((finding) => finding.severity === 'error').length;
    return { ok: true, planId: created.plan.id, status: created.plan.status, revision: created.revision, detail: `stored${errors > 0 ? `, ${errors} lint errors to fix before submitting` : ''}` };
  }

  /** Apply a command: one transaction appends the log entry and updates the plan; a refusal is an answer. */
  async apply(incoming: IncomingCommand): Promise<Answer> {
    const result = await this.store.execute(incoming.planId, incoming.command, {
      actor: incoming.actor,
      asOf: incoming.asOf,
      commandId: incoming.requestId,
      ...(incoming.expectedRevision === undefined ? {} : { expectedRevision: incoming.expectedRevision }),
    });
    if (!result.ok) return refusal(result.error);
    const detail = result.duplicate ? 'a retry: the first answer, nothing appended' : result.events.map((e) => e.type).join(', ') || 'no change';
    return { ok: true, planId: incoming.planId, status: result.plan.status, revision: result.revision, detail };
  }
}

const MANAGER: Actor = { id: 'mgr-dana', role: 'manager' };
const HR: Actor = { id: 'hr-priya', role: 'hr' };
const EMPLOYEE: Actor = { id: 'emp-1042', role: 'employee' };
const CRM: Actor = { id: 'crm-sync', role: 'system' };

/** What the walk-through did: its lines, the answers it gave, the head it anchored and the folder it used. */
export interface Walkthrough {
  readonly lines: readonly string[];
  readonly answers: readonly Answer[];
  readonly anchored: Head | undefined;
  readonly folder: string;
}

/** The walk-through: what the HR system receives and answers, line by line, then an audit in another session. */
export async function hrIntegration(folder: string): Promise<Walkthrough> {
  const lines: string[] = [];
  const answers: Answer[] = [];
  const show = (label: string, answer: Answer) => {
    answers.push(answer);
    if (answer.ok) lines.push(`${label}: ok, ${answer.planId} is ${answer.status} at revision ${answer.revision} (${answer.detail})`);
    else {
      lines.push(`${label}: rejected, ${answer.error}`);
      for (const issue of answer.issues) lines.push(`    ${issue.path}: ${issue.code}: ${issue.message}`);
    }
  };

  const service = await PlanService.open(folder);
  let anchored: Head | undefined;
  try {
    // 1. Two documents arrive; one has a baseline written as text and a date that does not exist.
    const fixture = readFileSync(join(import.meta.dirname, '..', 'test', 'fixtures', 'plan-90-day-conversion.json'), 'utf8');
    const broken = JSON.parse(fixture) as { id: string; goals: { baseline: unknown; window?: { end: string } }[] };
    broken.id = 'pip-2026-0008';
    broken.goals[1]!.baseline = '25 calls';
    broken.goals[2]!.window!.end = '2026-02-30';
    show('POST /plans (pip-2026-0008)', await service.receive(JSON.stringify(broken), HR, '2025-12-29'));
    show('POST /plans (pip-2026-0007)', await service.receive(fixture, HR, '2025-12-29'));

    // 2. Commands arrive from people, in order; some do not fit and are refused with the reason.
    const id = 'pip-2026-0007';
    const commands: [string, IncomingCommand][] = [
      ['manager submits', { requestId: 'req-1', planId: id, actor: MANAGER, asOf: '2025-12-29', expectedRevision: 0, command: { type: 'submit_for_review' } }],
      ['employee approves', { requestId: 'req-2', planId: id, actor: EMPLOYEE, asOf: '2025-12-30', command: { type: 'approve' } }],
      ['HR approves', { requestId: 'req-3', planId: id, actor: HR, asOf: '2025-12-31', expectedRevision: 1, command: { type: 'approve', notes: 'Consistent with the team standard.' } }],
      ['HR approves (retried after a timeout)', { requestId: 'req-3', planId: id, actor: HR, asOf: '2025-12-31', expectedRevision: 1, command: { type: 'approve', notes: 'Consistent with the team standard.' } }],
      ['manager signs', { requestId: 'req-4', planId: id, actor: MANAGER, asOf: '2026-01-02', command: { type: 'acknowledge' } }],
      ['manager withdraws on a stale read', { requestId: 'req-5', planId: id, actor: MANAGER, asOf: '2026-01-02', expectedRevision: 2, command: { type: 'withdraw', reason: 'Read before the signature.' } }],
      ['employee signs', { requestId: 'req-6', planId: id, actor: EMPLOYEE, asOf: '2026-01-05', command: { type: 'acknowledge', comment: 'I understand the plan.' } }],
      ['malformed command', { requestId: 'req-7', planId: id, actor: HR, asOf: '2026-01-05', command: { type: 'activate', now: true } }],
      ['HR activates', { requestId: 'req-8', planId: id, actor: HR, asOf: '2026-01-05', command: { type: 'activate' } }],
      ['manager records a check-in', { requestId: 'req-9', planId: id, actor: MANAGER, asOf: '2026-01-12', command: { type: 'record_check_in', checkIn: { date: '2026-01-12', status: 'held', notes: 'Reviewed five calls together.' } } }],
    ];
    for (const [label, incoming] of commands) show(`POST /plans/${incoming.planId}/commands ${label}`, await service.apply(incoming));

    // 3. The nightly CRM feed: a row per rep, metric and day, sent again the next night (idempotent by id).
    const feed = Array.from({ length: 28 }, (_, day) => [
      { id: `dialer-${day}`, metricId: 'm-calls', date: shiftDate('2026-01-05', day), value: day % 7 < 5 ? 6 + (day % 3) : 0, source: 'Dialer' },
      { id: `meetings-${day}`, metricId: 'm-call-meeting', date: shiftDate('2026-01-05', day), numerator: day % 7 < 5 ? day % 2 : 0, denominator: day % 7 < 5 ? 6 + (day % 3) : 0, source: 'CRM' },
    ]).flat().filter((row) => row.metricId === 'm-calls' || (row.denominator ?? 0) > 0);
    for (const night of ['2026-02-02', '2026-02-03']) {
      const recorded = await service.store.recordObservations(id, feed, { actor: CRM, asOf: night });
      lines.push(recorded.ok ? `CRM feed ${night}: ${recorded.received} rows, ${recorded.inserted} new, ${recorded.duplicates} already stored` : `CRM feed ${night}: ${recorded.error.message}`);
    }
    const evaluated = await service.store.evaluate(id, { asOf: '2026-02-02' });
    if (evaluated.ok) {
      const calls = evaluated.evaluation.goals.find((goal) => goal.goalId === 'g-calls');
      lines.push(`evaluation as of 2026-02-02 from ${evaluated.observations} stored observations: calls goal ${calls?.status ?? 'not found'}`);
    }

    // 4. The head of the plan's hash chain, anchored elsewhere (a ticket, an e-mail, another system).
    const head = await service.store.head(id);
    if (head.ok) {
      anchored = head;
      lines.push(`anchored head: entry ${head.seq}, ${head.hash.slice(0, 16)}...`);
    }
  } finally {
    await service.store.close();
  }

  // 5. Another day, another process: open the same folder and audit the plan.
  const audit = await PlanService.open(folder);
  try {
    const history = await audit.store.history('pip-2026-0007');
    const verified = await audit.store.verify('pip-2026-0007', anchored ? { anchor: { seq: anchored.seq, hash: anchored.hash } } : {});
    if (history.ok) lines.push(`stored: the plan as received and ${history.entries.length} log entries (${history.entries.map((e) => e.entry.command['type']).join(', ')})`);
    if (!verified.ok) lines.push(`audit failed: ${verified.error.message}`);
    else if (verified.intact) lines.push(`audit: the hash chain of ${verified.entries} entries holds, it ends at the anchored head, and replaying the log over the plan as received equals the stored current plan`);
    else lines.push(`audit: TAMPERED from entry ${verified.firstBadSeq}: ${verified.problems.map((p) => `${p.code} at ${p.seq}`).join('; ')}`);
  } finally {
    await audit.store.close();
  }
  return { lines, answers, anchored, folder };
}

async function main(): Promise<number> {
  const folder = mkdtempSync(join(tmpdir(), 'improvement-plan-hr-'));
  try {
    const { lines } = await hrIntegration(join(folder, 'plans'));
    for (const line of lines) console.log(line);
    return lines.some((line) => line.includes('TAMPERED') || line.startsWith('audit failed')) ? 1 : 0;
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) process.exitCode = await main();
