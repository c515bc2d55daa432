/**
 * Issue 13, finding 6: `replay` re-decides every entry. Each entry's command runs through
 * `transition` with the entry's actor and date, and the entry must hold exactly the patches and
 * events that gives; the rebuilt plan is then checked like any parsed plan. Every forgery below is
 * made by editing a genuine log, produced by a real plan's life, and each is reported with a code
 * and the entry's sequence number.
 */
import { describe, expect, it } from 'vitest';
import { planEndDate, replay, shiftDate, type Plan, type PlanCommand, type PlanEvent } from '../../src/index.js';
import { isDeepFrozen } from '../support/fixtures.js';
import { plan90 } from '../support/plans.js';
import { accept, EMPLOYEE, HR, MANAGER, SYSTEM } from './helpers.js';

type Entry = PlanEvent & Record<string, unknown>;

/** A genuine life of the 90-day plan, every step logged: review, signatures, records, a pause, evaluation, close. */
function genuineLife(): { readonly initial: Plan; readonly plan: Plan; readonly at: (type: string, nth?: number) => number } {
  const initial = plan90();
  let plan = initial;
  const step = (command: PlanCommand, actor: typeof MANAGER, asOf: string) => {
    const result = accept(plan, command, actor, asOf);
    if (!result.entry) throw new Error(`${command.type} on ${asOf} was not logged`);
    plan = result.plan;
  };
  step({ type: 'submit_for_review' }, MANAGER, '2025-12-29');
  step({ type: 'request_changes', reason: 'Say who runs the workshop.' }, HR, '2025-12-29');
  step({ type: 'edit_draft', changes: { purpose: `${initial.purpose ?? ''} Sales enablement runs the workshop.` } }, MANAGER, '2025-12-30');
  step({ type: 'submit_for_review' }, MANAGER, '2025-12-30');
  step({ type: 'approve', notes: 'Fair and consistent.' }, HR, '2025-12-30');
  step({ type: 'acknowledge' }, MANAGER, '2025-12-31');
  step({ type: 'acknowledge', comment: 'I understand the plan.' }, EMPLOYEE, '2026-01-02');
  step({ type: 'activate' }, HR, '2026-01-05');
  step({ type: 'record_check_in', checkIn: { date: '2026-01-05', status: 'held', notes: 'Kick-off.' } }, MANAGER, '2026-01-05');
  step({ type: 'record_support_delivery', delivery: { commitmentId: 'sup-call-review', date: '2026-01-05', status: 'delivered' } }, MANAGER, '2026-01-05');
  step({ type: 'record_observations', observations: [{ metricId: 'm-calls', date: '2026-01-09', value: 31 }, { metricId: 'm-call-meeting', date: '2026-01-09', numerator: 6, denominator: 98 }] }, SYSTEM, '2026-01-09');
  step({ type: 'record_support_delivery', delivery: { commitmentId: 'sup-lead-routing', date: '2026-01-09', status: 'delivered' } }, HR, '2026-01-09');
  step({ type: 'record_check_in', checkIn: { date: '2026-01-12', status: 'held', notes: 'Week 2.' } }, MANAGER, '2026-01-12');
  step({ type: 'record_support_delivery', delivery: { commitmentId: 'sup-workshop', date: '2026-01-14', status: 'delivered' } }, HR, '2026-01-14');
  step({ type: 'advance' }, SYSTEM, '2026-01-23');
  step({ type: 'pause', reason: 'Medical leave.' }, MANAGER, '2026-02-02');
  step({ type: 'resume' }, MANAGER, '2026-02-09');
  const end = planEndDate(plan);
  step({ type: 'begin_evaluation' }, MANAGER, end);
  step({ type: 'close', outcome: 'successful', reason: 'Every goal met.' }, HR, shiftDate(end, 1));
  const at = (type: string, nth = 0) => {
    const found = plan.events.map((e, i) => [e.command.type, i] as const).filter(([t]) => t === type)[nth];
    if (!found) throw new Error(`no ${type} entry`);
    return found[1];
  };
  return { initial, plan, at };
}

/** The log as editable plain data. */
const editable = (plan: Plan): Entry[] => JSON.parse(JSON.stringify(plan.events)) as Entry[];
/** Number the entries by their position again (a forger keeping the log consistent). */
const renumbered = (entries: Entry[]): Entry[] => entries.map((entry, seq) => ({ ...entry, seq }));

function expectFailure(result: ReturnType<typeof replay>, code: string, seq: number): Extract<ReturnType<typeof replay>, { ok: false }> {
  expect(result.ok, 'the forged log was accepted').toBe(false);
  if (result.ok) throw new Error('unreachable');
  expect(result.code).toBe(code);
  expect(result.seq).toBe(seq);
  expect(result.path.slice(0, 2)).toEqual(['events', seq]);
  expect(result.message.length).toBeGreaterThan(20);
  expect(isDeepFrozen(result)).toBe(true);
  return result;
}

describe('finding 6: replay re-decides every entry', () => {
  it('the genuine log replays to the plan, from the start and from any point', () => {
    const { initial, plan } = genuineLife();
    expect(replay(initial, plan.events)).toStrictEqual({ ok: true, plan });
    for (const cut of [1, 5, 8, 14, plan.events.length - 1]) {
      const middle = replay(initial, plan.events.slice(0, cut));
      expect(middle.ok).toBe(true);
      if (middle.ok) expect(replay(middle.plan, plan.events.slice(cut))).toStrictEqual({ ok: true, plan });
    }
  });

  it('swapped entries, renumbered: the employee acknowledgement after activation', () => {
    const { initial, plan, at } = genuineLife();
    const log = editable(plan);
    const i = at('activate');
    [log[i - 1], log[i]] = [log[i]!, log[i - 1]!];
    const failure = expectFailure(replay(initial, renumbered(log)), 'replay_refused', i - 1);
    expect(failure.rejection?.code).toBe('not_acknowledged');
  });

  it('swapped entries, not renumbered: the sequence numbers give it away', () => {
    const { initial, plan, at } = genuineLife();
    const log = editable(plan);
    const i = at('activate');
    [log[i - 1], log[i]] = [log[i]!, log[i - 1]!];
    expectFailure(replay(initial, log), 'replay_sequence', i - 1);
  });

  it('renumbered entries: a sequence number that is not the entry\'s place in the log', () => {
    const { initial, plan } = genuineLife();
    const log = editable(plan).map((entry, seq) => (seq >= 6 ? { ...entry, seq: seq + 1 } : entry));
    const failure = expectFailure(replay(initial, log), 'replay_sequence', 6);
    expect(failure.path).toEqual(['events', 6, 'seq']);
  });

  it('a duplicated entry (observations recorded twice), renumbered', () => {
    const { initial, plan, at } = genuineLife();
    const log = editable(plan);
    const i = at('record_observations');
    log.splice(i + 1, 0, { ...log[i]! });
    const failure = expectFailure(replay(initial, renumbered(log)), 'replay_entry_mismatch', i + 1);
    expect(failure.path.slice(0, 3)).toEqual(['events', i + 1, 'patches']);
  });

  it('a duplicated acknowledgement, renumbered', () => {
    const { initial, plan, at } = genuineLife();
    const log = editable(plan);
    const i = at('acknowledge', 1);
    log.splice(i + 1, 0, { ...log[i]! });
    expect(expectFailure(replay(initial, renumbered(log)), 'replay_refused', i + 1).rejection?.code).toBe('already_acknowledged');
  });

  it('a dropped entry (the approval removed), renumbered', () => {
    const { initial, plan, at } = genuineLife();
    const log = editable(plan);
    const i = at('approve');
    log.splice(i, 1);
    expect(expectFailure(replay(initial, renumbered(log)), 'replay_refused', i).rejection?.code).toBe('wrong_state');
  });

  it("an edited actor: the approval credited to the plan's manager", () => {
    const { initial, plan, at } = genuineLife();
    const log = editable(plan);
    const i = at('approve');
    log[i] = { ...log[i]!, actor: { id: 'mgr-dana', role: 'hr' } };
    expect(expectFailure(replay(initial, log), 'replay_refused', i).rejection?.code).toBe('conflict_of_interest');
  });

  it('an edited actor: the close credited to another HR person (the closure names who closed)', () => {
    const { initial, plan, at } = genuineLife();
    const log = editable(plan);
    const i = at('close');
    log[i] = { ...log[i]!, actor: { id: 'hr-someone', role: 'hr' } };
    const failure = expectFailure(replay(initial, log), 'replay_entry_mismatch', i);
    expect(failure.path.slice(0, 3)).toEqual(['events', i, 'patches']);
  });

  it("an edited date: the approval moved a day later (the review's date says otherwise)", () => {
    const { initial, plan, at } = genuineLife();
    const log = editable(plan);
    const i = at('approve');
    log[i] = { ...log[i]!, at: '2025-12-31' };
    expectFailure(replay(initial, log), 'replay_entry_mismatch', i);
  });

  it('an edited date: a check-in recorded before it was held', () => {
    const { initial, plan, at } = genuineLife();
    const log = editable(plan);
    const i = at('record_check_in', 1);
    log[i] = { ...log[i]!, at: '2026-01-10' };
    expect(expectFailure(replay(initial, log), 'replay_refused', i).rejection?.code).toBe('record_in_future');
  });

  it('a close whose command says not_met while its patches say successful', () => {
    const { initial, plan, at } = genuineLife();
    const log = editable(plan);
    const i = at('close');
    log[i] = { ...log[i]!, command: { ...log[i]!.command, outcome: 'not_met' } };
    const failure = replay(initial, log);
    expect(failure.ok).toBe(false);
    if (!failure.ok) {
      expect(['replay_refused', 'replay_entry_mismatch']).toContain(failure.code);
      expect(failure.seq).toBe(i);
    }
  });

  it('a forged patch: an observed value changed', () => {
    const { initial, plan, at } = genuineLife();
    const log = editable(plan);
    const i = at('record_observations');
    const patches = log[i]!.patches.map((p) => (p.path[0] === 'observations' && p.path[1] === 0 ? { ...p, value: { ...(p.value as object), value: 45 } } : p));
    log[i] = { ...log[i]!, patches };
    const failure = expectFailure(replay(initial, log), 'replay_entry_mismatch', i);
    expect(failure.path).toEqual(['events', i, 'patches', 0, 'value', 'value']);
  });

  it('a forged patch: an extra change slipped into an entry (a goal target lowered)', () => {
    const { initial, plan, at } = genuineLife();
    const log = editable(plan);
    const i = at('record_check_in');
    log[i] = { ...log[i]!, patches: [...log[i]!.patches, { op: 'replace', path: ['goals', 0, 'target'], value: 1 }] };
    expectFailure(replay(initial, log), 'replay_entry_mismatch', i);
  });

  it('an appended entry that reopens the closed plan', () => {
    const { initial, plan } = genuineLife();
    const log = editable(plan);
    const seq = log.length;
    const last = log.at(-1)!;
    log.push({ seq, at: shiftDate(last.at, 1), actor: { id: 'hr-priya', role: 'hr' }, command: { type: 'activate' }, patches: [{ op: 'replace', path: ['status'], value: 'active' }], produced: [] });
    expect(expectFailure(replay(initial, log), 'replay_refused', seq).rejection?.code).toBe('plan_closed');
  });

  it("an entry that sets status 'hacked'", () => {
    const { initial, plan, at } = genuineLife();
    const log = editable(plan);
    const i = at('pause');
    log[i] = { ...log[i]!, patches: log[i]!.patches.map((p) => (p.path[0] === 'status' ? { ...p, value: 'hacked' } : p)) };
    expectFailure(replay(initial, log), 'replay_entry_mismatch', i);
  });

  it("an entry that sets startDate '2026-02-30'", () => {
    const { initial, plan, at } = genuineLife();
    const log = editable(plan);
    const i = at('edit_draft');
    log[i] = { ...log[i]!, patches: [...log[i]!.patches, { op: 'replace', path: ['startDate'], value: '2026-02-30' }] };
    expectFailure(replay(initial, log), 'replay_entry_mismatch', i);
  });

  it('the rebuilt plan is checked like any parsed plan: an initial plan that is not valid is reported', () => {
    const broken = { ...(JSON.parse(JSON.stringify(plan90())) as Record<string, unknown>), status: 'hacked' } as unknown as Plan;
    const result = replay(broken, []);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.code).toBe('replay_invalid_plan');
      expect(result.issues?.[0]?.path).toEqual(['status']);
    }
  });

  it('replay takes the policy the log was made under (a not-met close allowed by policy)', () => {
    const { initial, plan, at } = genuineLife();
    const policy = { requireDeliveredSupportForNotMet: false };
    const evaluating = plan.events.slice(0, at('close'));
    const rebuilt = replay(initial, evaluating);
    if (!rebuilt.ok) throw new Error(rebuilt.message);
    const closed = accept(rebuilt.plan, { type: 'close', outcome: 'not_met' }, HR, plan.events.at(-1)!.at, { policy }).plan;
    expect(replay(initial, closed.events, { policy })).toStrictEqual({ ok: true, plan: closed });
    expect(expectFailure(replay(initial, closed.events), 'replay_refused', at('close')).rejection?.code).toBe('support_not_delivered');
  });
});
