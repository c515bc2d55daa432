/**
 * Fuzz targets: the lifecycle's records, people and fairness guard, and documents that contradict
 * themselves (issue 13, findings 2, 3, 4 and 5). Plans at every step of a genuine life with records
 * (test/fuzz/shapes.ts `lifeSteps`) receive records dated far and inverted (after the day they are
 * recorded, before the plan starts or was created, at the ends of the calendar, a held and a missed
 * check-in on one day), approvals from the plan's own manager and employee acting as `hr` and from
 * unknown HR people, and commands on days before the plan was created. Support is delivered in the
 * ways the review used to bypass the fairness guard (every session "delivered" on one early day,
 * deliveries dated after the day they are recorded, one delivery recorded many times) before the
 * plan is closed `not_met`. Lived plans are given contradictions (an employee signature signed by the
 * manager, `active` without approval or signatures, `closed` without a closure, a signature for
 * revision 99, an extension whose dates disagree with its days) and parsed.
 */
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  assertPlan,
  parsePlan,
  planEndDate,
  shiftDate,
  supportSessions,
  transition,
  type Actor,
  type Plan,
  type PlanCommand,
} from '../../src/index.js';
import { planArbitrary } from '../../src/testing/index.js';
import { PLAN_FIXTURES, readFixture } from '../support/fixtures.js';
import { recordFuzz, SlowestInput } from '../support/fuzz-log.js';
import { fuzzRuns, isWellFormedIssue } from '../support/hostile.js';
import { actorOf } from '../support/plan-life.js';
import { copyOf, FAR_DATES, Invariants, lifeSteps, runSteps } from './shapes.js';

const FULL = process.env['FUZZ'] === '1';

/** A draft and the plan before every step of its life (the last: closed). */
interface Life {
  readonly draft: Plan;
  readonly steps: ReturnType<typeof lifeSteps>;
  readonly plans: readonly Plan[];
}

function lives(): Life[] {
  const documents = [...PLAN_FIXTURES.map((name) => readFixture(name)), ...fc.sample(planArbitrary({ maxGoals: 4 }), { numRuns: FULL ? 8 : 3, seed: 61 })];
  return documents.map((document) => {
    const draft = assertPlan(document);
    const steps = lifeSteps(draft);
    const before = new Map<number, Plan>();
    const lived = runSteps(draft, steps, () => true, before);
    if (lived.refused) throw new Error(`the life of ${draft.id} was refused: ${lived.refused}`);
    return { draft, steps, plans: [...[...before.entries()].sort((a, b) => a[0] - b[0]).map(([, plan]) => plan), lived.plan] };
  });
}

/** The day a plan's life had reached when it was in this state (its last entry's day, else its creation). */
const dayOf = (plan: Plan): string => plan.events.at(-1)?.at ?? plan.createdOn;

// ---------------------------------------------------------------------------
// Records, people, days
// ---------------------------------------------------------------------------

/** Days for a record: the day itself, after it, before the plan starts or was created, the ends of the calendar. */
function recordDates(plan: Plan, asOf: string): fc.Arbitrary<{ kind: string; date: string }> {
  const safe = (date: string, days: number) => {
    try {
      const shifted = shiftDate(date, days);
      return shifted.length === 10 ? shifted : date;
    } catch {
      return date;
    }
  };
  return fc.oneof(
    { arbitrary: fc.integer({ min: -6, max: 0 }).map((n) => ({ kind: 'on or before the day', date: safe(asOf, n) })), weight: 3 },
    { arbitrary: fc.integer({ min: 1, max: 600 }).map((n) => ({ kind: 'after the day it is recorded', date: safe(asOf, n) })), weight: 3 },
    { arbitrary: fc.integer({ min: 1, max: 60 }).map((n) => ({ kind: 'before the plan starts', date: safe(plan.startDate, -n) })), weight: 2 },
    { arbitrary: fc.integer({ min: 1, max: 60 }).map((n) => ({ kind: 'before the plan was created', date: safe(plan.createdOn, -n) })), weight: 1 },
    { arbitrary: fc.constantFrom(...FAR_DATES).map((date) => ({ kind: 'at an end of the calendar', date })), weight: 1 },
  );
}

interface Attempt {
  readonly label: string;
  readonly command: PlanCommand;
  readonly actor: Actor;
  readonly asOf: string;
}

/** A command to test the record, people and day rules with. */
function attempts(plan: Plan): fc.Arbitrary<Attempt> {
  const day = dayOf(plan);
  const asOf = fc.oneof({ arbitrary: fc.integer({ min: 0, max: 30 }).map((n) => shiftDate(day, n)), weight: 4 }, { arbitrary: fc.constant(day), weight: 2 });
  const manager = actorOf(plan, 'manager');
  const record = asOf.chain((on) =>
    fc.tuple(recordDates(plan, on), fc.constantFrom('held', 'missed'), fc.constantFrom('check-in', 'delivery', 'observation'), fc.nat()).map(([{ kind, date }, status, what, n]): Attempt => {
      const commitment = plan.support[n % Math.max(1, plan.support.length)];
      const metric = plan.metrics.find((m) => m.aggregation === 'sum') ?? plan.metrics[0];
      const command =
        what === 'check-in'
          ? { type: 'record_check_in', checkIn: { id: `ci-fuzz-${n}`, date, status, notes: 'Fuzzed.' } }
          : what === 'delivery'
            ? { type: 'record_support_delivery', delivery: { commitmentId: commitment?.id ?? 'none', date, status: status === 'held' ? 'delivered' : 'missed' } }
            : { type: 'record_observations', observations: [{ id: `obs-fuzz-${n}`, metricId: metric?.id ?? 'none', date, value: 3 }] };
      return { label: `${what} dated ${date} (${kind}) recorded on ${on}`, command: command as PlanCommand, actor: manager, asOf: on };
    }),
  );
  // a check-in on a day that already has one, with the other status
  const clash = plan.checkIns.length === 0
    ? record
    : fc.tuple(fc.constantFrom(...plan.checkIns), asOf).map(([existing, on]): Attempt => ({
        label: `a ${existing.status === 'held' ? 'missed' : 'held'} check-in on ${existing.date}, which has a ${existing.status} one`,
        command: { type: 'record_check_in', checkIn: { id: `ci-clash-${existing.id}`, date: existing.date, status: existing.status === 'held' ? 'missed' : 'held', notes: 'Fuzzed.' } } as PlanCommand,
        actor: manager,
        asOf: on > existing.date ? on : existing.date,
      }));
  const approvers = [
    { id: plan.manager.id, who: 'the manager' },
    { id: plan.employee.id, who: 'the employee' },
    { id: 'hr-somebody-else', who: 'an HR person not on the plan' },
    { id: plan.hrPartner?.id ?? 'hr-1', who: 'the HR partner' },
  ];
  const approve = fc.tuple(fc.constantFrom(...approvers), asOf).map(([{ id, who }, on]): Attempt => ({ label: `approve by ${who} (${id}) as hr`, command: { type: 'approve' } as PlanCommand, actor: { id, role: 'hr' }, asOf: on }));
  // any next step of the life, on a day before the plan was created
  const early = fc.tuple(fc.constantFrom('1990-01-01', '0001-01-01'), fc.integer({ min: 1, max: 30 })).map(([far, n]): Attempt => {
    const on = n % 2 === 0 ? far : shiftDate(plan.createdOn, -n);
    const command = (plan.status === 'draft' ? { type: 'submit_for_review' } : { type: 'pause', reason: 'Fuzzed.' }) as PlanCommand;
    return { label: `${command.type} on ${on}, before the plan was created (${plan.createdOn})`, command, actor: manager, asOf: on };
  });
  return fc.oneof({ arbitrary: record, weight: 6 }, { arbitrary: clash, weight: 1 }, { arbitrary: approve, weight: 2 }, { arbitrary: early, weight: 1 });
}

function checkAccepted(inv: Invariants, plan: Plan, attempt: Attempt, next: Plan): void {
  const label = () => `${attempt.label} (plan ${plan.status}, created ${plan.createdOn}, starts ${plan.startDate})`;
  const command = attempt.command as { type: string; checkIn?: { date: string }; delivery?: { date: string }; observations?: { date: string }[] };
  const dates = [command.checkIn?.date, command.delivery?.date, ...(command.observations ?? []).map((o) => o.date)].filter((d): d is string => d !== undefined);
  inv.check('no command is accepted on a day before the plan was created', attempt.asOf >= plan.createdOn, label);
  inv.check('no record is dated after the day it is recorded', dates.every((date) => date <= attempt.asOf), label);
  if (command.checkIn || command.delivery) {
    inv.check('no check-in or support delivery is dated before the plan starts', dates.every((date) => date >= plan.startDate), label);
  }
  const byDate = new Map<string, Set<string>>();
  for (const c of next.checkIns) byDate.set(c.date, (byDate.get(c.date) ?? new Set()).add(c.status));
  inv.check('no day has both a held and a missed check-in', [...byDate.values()].every((statuses) => statuses.size === 1), label);
  if (command.type === 'approve') {
    const people = [plan.manager.id, plan.employee.id];
    inv.check("the plan's manager and employee never approve it", !people.includes(attempt.actor.id), label);
    if (plan.hrPartner) inv.check("only the plan's HR partner approves it (default policy)", attempt.actor.id === plan.hrPartner.id, label);
  }
  const parsed = parsePlan(next);
  inv.check('an accepted result parses', parsed.ok, () => `${label()}: ${parsed.ok ? '' : parsed.issues.slice(0, 2).map((i) => `${i.code} at ${i.path.join('.')}`).join('; ')}`);
}

// ---------------------------------------------------------------------------
// The fairness guard
// ---------------------------------------------------------------------------

/**
 * The not-met rule asking for every support session, check-ins set aside: this target is about how
 * deliveries are matched to sessions (issue 13), not the shares of the one not-met rule (issue 19),
 * which test/lifecycle/not-met-rule.test.ts covers.
 */
const EVERY_SESSION = { minSupportDeliveredShare: 1, minCommitmentDeliveredShare: 1, minCheckInHeldShare: 0 } as const;

/** How support is "delivered" before the plan is closed `not_met`. */
const SCENARIOS = ['honest', 'one_early_day', 'dated_after_recording', 'recorded_many_times', 'some_skipped', 'some_missed', 'none'] as const;
type Scenario = (typeof SCENARIOS)[number];

/**
 * The steps of the life after activation, with support delivered as the scenario says; the
 * check-ins and observations as in the genuine life.
 */
function scenarioSteps(life: Life, scenario: Scenario, pick: number): ReturnType<typeof lifeSteps> {
  const activated = life.plans[5]!;
  const rest = life.steps.slice(5, -2).filter((s) => s.command.type !== 'record_support_delivery');
  const end = planEndDate(activated);
  const sessions = supportSessions(activated, { asOf: end }).filter((s) => s.dueDate >= activated.startDate && s.dueDate <= end);
  const deliver = (commitmentId: string, date: string, on: string, status: 'delivered' | 'missed' = 'delivered') => ({
    on,
    role: 'manager' as const,
    command: { type: 'record_support_delivery', delivery: { commitmentId, date, status } } as PlanCommand,
  });
  const deliveries = sessions.flatMap((s, i) => {
    switch (scenario) {
      case 'honest':
        return [deliver(s.commitmentId, s.dueDate, s.dueDate)];
      case 'one_early_day':
        return [deliver(s.commitmentId, activated.startDate, activated.startDate)];
      case 'dated_after_recording':
        return [deliver(s.commitmentId, s.dueDate, activated.startDate)];
      case 'recorded_many_times':
        return i === 0 ? sessions.filter((t) => t.commitmentId === s.commitmentId).map(() => deliver(s.commitmentId, s.dueDate, s.dueDate)) : [];
      case 'some_skipped':
        return i % 3 === pick % 3 ? [] : [deliver(s.commitmentId, s.dueDate, s.dueDate)];
      case 'some_missed':
        return [deliver(s.commitmentId, s.dueDate, s.dueDate, i % 3 === pick % 3 ? 'missed' : 'delivered')];
      case 'none':
        return [];
    }
  });
  const steps = [...rest, ...deliveries].sort((a, b) => (a.on < b.on ? -1 : a.on > b.on ? 1 : 0));
  return [...steps, ...life.steps.slice(-2, -1), { on: shiftDate(end, 1), role: 'hr', command: { type: 'close', outcome: 'not_met', basis: { asOf: shiftDate(end, 1), score: 40, recommendation: 'not_met', reasonCodes: [] } } as PlanCommand }];
}

/**
 * Whether every session due before `closeDate` was delivered on its day: a `delivered` record
 * dated within `tolerance` days of it, recorded no earlier than that date, each record for one
 * session only (matched in date order).
 */
function deliveredOnTheirDates(plan: Plan, closeDate: string, tolerance: number): { ok: boolean; detail: string } {
  const recordedOn = new Map<string, string>();
  for (const event of plan.events) {
    const delivery = (event.command as { delivery?: { commitmentId: string; date: string } }).delivery;
    if (event.command.type === 'record_support_delivery' && delivery) recordedOn.set(`${delivery.commitmentId}@${delivery.date}#${event.seq}`, event.at);
  }
  const sessions = supportSessions(plan, { asOf: closeDate }).filter((s) => s.dueDate < closeDate);
  const used = new Set<number>();
  for (const session of sessions) {
    const due = Date.parse(session.dueDate);
    const match = plan.supportDeliveries.findIndex((d, i) => {
      if (used.has(i) || d.commitmentId !== session.commitmentId || d.status !== 'delivered') return false;
      if (Math.abs(Date.parse(d.date) - due) > tolerance * 86_400_000) return false;
      // recorded on or after the day it is dated (a delivery cannot be recorded before it happened)
      return [...recordedOn].some(([key, on]) => key.startsWith(`${d.commitmentId}@${d.date}#`) && on >= d.date);
    });
    if (match < 0) return { ok: false, detail: `${session.commitmentId} due ${session.dueDate} has no delivery of its own on its date` };
    used.add(match);
  }
  return { ok: true, detail: `${sessions.length} sessions delivered` };
}

// ---------------------------------------------------------------------------
// Contradictions
// ---------------------------------------------------------------------------

const CONTRADICTIONS = ['employee_signature_by_manager', 'active_without_approval', 'closed_without_closure', 'signature_revision_99', 'extension_dates_disagree'] as const;

function contradict(plan: Plan, kind: (typeof CONTRADICTIONS)[number]): Record<string, unknown> | undefined {
  const doc = copyOf(plan) as unknown as Record<string, unknown> & { signatures: { role: string; signerId: string; revision: number }[] };
  switch (kind) {
    case 'employee_signature_by_manager': {
      const signature = doc.signatures.find((s) => s.role === 'employee');
      if (!signature) return undefined;
      signature.signerId = plan.manager.id;
      return doc;
    }
    case 'active_without_approval':
      if (plan.status === 'draft') return undefined;
      doc['status'] = 'active';
      doc['reviews'] = [];
      doc['signatures'] = [];
      return doc;
    case 'closed_without_closure':
      doc['status'] = 'closed';
      delete doc['closure'];
      return doc;
    case 'signature_revision_99':
      if (doc.signatures.length === 0) return undefined;
      doc.signatures[0]!.revision = 99;
      return doc;
    case 'extension_dates_disagree':
      if (plan.status === 'draft') return undefined;
      doc['extensions'] = [{ grantedOn: plan.startDate, by: plan.hrPartner?.id ?? 'hr-1', days: 10, previousEndDate: '2020-01-01', newEndDate: '2030-01-01', reason: 'Fuzzed.' }];
      return doc;
  }
}

describe('fuzz: records, people and the fairness guard', () => {
  let pool: Life[] = [];
  beforeAll(() => {
    pool = lives();
  }, 300_000);

  it('refuses records dated after the day, before the plan or its creation, held-and-missed clashes, and approvals by the wrong people', () => {
    const slowest = new SlowestInput();
    const inv = new Invariants();
    const outcomes = { accepted: 0, refused: 0 };
    const runs = fuzzRuns(4_000);
    const input = fc
      .tuple(fc.nat({ max: pool.length - 1 }), fc.nat())
      .map(([i, j]) => pool[i]!.plans[j % pool[i]!.plans.length]!)
      .chain((plan) => fc.tuple(fc.constant(plan), attempts(plan)));
    fc.assert(
      fc.property(input, ([plan, attempt]) => {
        const result = inv.call('transition', () => slowest.time(() => transition(plan, attempt.command, { asOf: attempt.asOf, actor: attempt.actor })), () => attempt.label);
        if (!result.ok) return;
        if (!result.value.ok) {
          outcomes.refused += 1;
          return;
        }
        outcomes.accepted += 1;
        checkAccepted(inv, plan, attempt, result.value.plan);
      }),
      { numRuns: runs },
    );
    recordFuzz('transition (records, people)', runs, slowest.ms);
    inv.assertNone();
    expect(outcomes.accepted).toBeGreaterThan(runs / 20);
    expect(outcomes.refused).toBeGreaterThan(runs / 20);
  });

  it('closes not_met only when every support session due was delivered on its date (and does when it was)', () => {
    const slowest = new SlowestInput();
    const inv = new Invariants();
    const runs = fuzzRuns(600);
    const closes = { accepted: 0, refused: 0 };
    fc.assert(
      fc.property(fc.nat({ max: pool.length - 1 }), fc.constantFrom(...SCENARIOS), fc.nat(), (i, scenario, pick) => {
        const life = pool[i]!;
        let plan = life.plans[5]!;
        if (plan.status !== 'active') throw new Error(`the sixth plan of a life is ${plan.status}`);
        const steps = scenarioSteps(life, scenario, pick);
        // every step but the close; a refused record (dated after its day) is left out
        for (const step of steps.slice(0, -1)) {
          const result = transition(plan, step.command, { asOf: step.on, actor: actorOf(plan, step.role) });
          if (result.ok) plan = result.plan;
        }
        const close = steps.at(-1)!;
        const label = () => `${scenario} on ${life.draft.id} (${plan.support.map((s) => s.id).join(', ')}), closed not_met on ${close.on}`;
        const result = inv.call('transition', () => slowest.time(() => transition(plan, close.command, { asOf: close.on, actor: actorOf(plan, 'hr'), policy: EVERY_SESSION })), label);
        if (!result.ok) return;
        // the basis guard comes first: no basis, a basis dated after the close, or one recommending
        // another outcome with no reason are refused whatever was delivered
        if (close.command.type === 'close' && close.command.basis) {
          const { basis: _basis, ...bare } = close.command;
          const ctx = { asOf: close.on, actor: actorOf(plan, 'hr'), policy: EVERY_SESSION };
          const codeOf = (command: PlanCommand) => {
            const r = transition(plan, command, ctx);
            return r.ok ? 'accepted' : r.rejection.code;
          };
          inv.check('close without a basis is refused evaluation_missing', codeOf(bare) === 'evaluation_missing', label);
          inv.check('a basis dated after the close is refused evaluation_out_of_date', codeOf({ ...close.command, basis: { ...close.command.basis, asOf: shiftDate(close.on, 1) } }) === 'evaluation_out_of_date', label);
          inv.check(
            'not_met against a successful recommendation without a reason is refused',
            codeOf({ ...close.command, reason: ' ', basis: { ...close.command.basis, recommendation: 'successful' } }) === 'reason_required_against_recommendation',
            label,
          );
        }
        const lenient = deliveredOnTheirDates(plan, close.on, 6);
        if (result.value.ok) {
          closes.accepted += 1;
          inv.check('close not_met is refused unless every session due was delivered on its date', lenient.ok, () => `${label()}: ${lenient.detail}`);
        } else {
          closes.refused += 1;
          if (scenario === 'honest') inv.check('close not_met is accepted when every session was delivered on its date', false, () => `${label()}: ${result.value.ok ? '' : `${result.value.rejection.code} ${result.value.rejection.message}`}`);
        }
      }),
      { numRuns: runs },
    );
    recordFuzz('transition (close not_met)', runs, slowest.ms);
    inv.assertNone();
    expect(closes.refused).toBeGreaterThan(0);
  });

  it('parsePlan refuses plans whose state contradicts their records', () => {
    const slowest = new SlowestInput();
    const inv = new Invariants();
    const runs = fuzzRuns(1_500);
    let tried = 0;
    fc.assert(
      fc.property(fc.nat({ max: pool.length - 1 }), fc.nat(), fc.constantFrom(...CONTRADICTIONS), (i, j, kind) => {
        const plans = pool[i]!.plans;
        const plan = plans[j % plans.length]!;
        const doc = contradict(plan, kind);
        if (!doc) return;
        tried += 1;
        const parsed = inv.call('parsePlan', () => slowest.time(() => parsePlan(doc)), () => `${kind} on a ${plan.status} plan`);
        if (!parsed.ok) return;
        inv.check('a plan that contradicts its records is refused', !parsed.value.ok, () => `${kind} on a ${plan.status} plan (${plan.events.length} entries) parsed ok`);
        if (!parsed.value.ok) for (const issue of parsed.value.issues) inv.check('issues are well formed', isWellFormedIssue(issue), () => JSON.stringify(issue));
      }),
      { numRuns: runs },
    );
    recordFuzz('parsePlan (contradictions)', tried, slowest.ms);
    inv.assertNone();
    expect(tried).toBeGreaterThan(runs / 3);
  });
});
