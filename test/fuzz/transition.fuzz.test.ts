/**
 * Fuzz target: transition. Parsed plans in every state of their life (generated plans, some with
 * dates at the ends of the calendar, taken through the lifecycle) receive arbitrary commands:
 * well-formed ones built from the plan, the same with one field corrupted, hostile values, unknown
 * types and extra keys; from random actors (real, unknown, malformed) on random days (real, at the
 * ends of the calendar, impossible like 2026-02-29), under policies with extreme thresholds.
 */
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  LIFECYCLE_REJECTION_CODES,
  LINT_CODES,
  PLAN_STATE_CHART,
  PLAN_COMMAND_TYPES,
  commandsAccepted,
  parsePlan,
  replay,
  shiftDate,
  transition,
  type Actor,
  type Plan,
  type PlanCommand,
  type PlanCommandType,
  type TransitionContext,
  type TransitionResult,
} from '../../src/index.js';
import { planArbitrary } from '../../src/testing/index.js';
import { isDeepFrozen } from '../support/fixtures.js';
import { recordFuzz, SlowestInput } from '../support/fuzz-log.js';
import { corruptedDocument, fuzzRuns, hostileValue, isWellFormedIssue, prototypesClean } from '../support/hostile.js';
import { actorOf, livedTo, PLAN_LIFE } from '../support/plan-life.js';
import { variedPlanDocument } from '../support/plan-variations.js';
import { expectSameData } from '../support/same.js';

const REJECTIONS: ReadonlySet<string> = new Set(LIFECYCLE_REJECTION_CODES);
const FINDINGS: ReadonlySet<string> = new Set(LINT_CODES);

// ---------------------------------------------------------------------------
// Plans in every state
// ---------------------------------------------------------------------------

/** Parsed plans taken to every depth of their life: generated ones and ones with extreme dates or shapes. */
function planPool(size: number): readonly Plan[] {
  const documents = [
    ...fc.sample(planArbitrary({ withRecords: true }), { numRuns: size, seed: 8 }),
    ...fc.sample(variedPlanDocument(), { numRuns: size, seed: 9 }).map((v) => v.input),
  ];
  const pool: Plan[] = [];
  documents.forEach((document, i) => {
    const parsed = parsePlan(document);
    if (parsed.ok) pool.push(livedTo(parsed.plan, i % (PLAN_LIFE.length + 1)));
  });
  return pool;
}

// ---------------------------------------------------------------------------
// Commands, actors, days, policies
// ---------------------------------------------------------------------------

const text = fc.oneof(fc.constantFrom('Agreed in the weekly review.', '', '   ', 'x'.repeat(20_001)), fc.string({ maxLength: 40 }));
const days = fc.oneof(fc.integer({ min: -5, max: 4_000 }), fc.constantFrom(0, 1, 3_660, 3_661, Number.MAX_SAFE_INTEGER, 0.5, -0));

/** A command of the given type built from the plan's own ids, with random payload choices. */
function commandFor(plan: Plan, type: PlanCommandType): fc.Arbitrary<unknown> {
  const goalIds = plan.goals.map((g) => g.id);
  const metricIds = plan.metrics.map((m) => m.id);
  const supportIds = plan.support.map((s) => s.id);
  const someId = (ids: readonly string[]) => (ids.length > 0 ? fc.oneof(fc.constantFrom(...ids), fc.string({ minLength: 1, maxLength: 8 })) : fc.string({ minLength: 1, maxLength: 8 }));
  const date = fc.oneof(fc.constantFrom(plan.startDate, plan.createdOn, '9999-12-31', '0001-01-01'), fc.integer({ min: -30, max: 400 }).map((n) => shiftDate(plan.startDate, n)));
  switch (type) {
    case 'edit_draft':
      return fc.record(
        {
          type: fc.constant(type),
          changes: fc.record(
            { purpose: text, durationDays: days, startDate: date, goals: fc.constant(plan.goals.slice(0, 1)), metadata: fc.jsonValue({ maxDepth: 2 }) },
            { requiredKeys: [] },
          ),
          unset: fc.subarray(['title', 'purpose', 'hrPartner', 'endDate', 'durationDays', 'diagnostic', 'outcomes', 'metadata']),
        },
        { requiredKeys: ['type', 'changes'] },
      );
    case 'request_changes':
    case 'pause':
    case 'withdraw':
      return fc.record({ type: fc.constant(type), reason: text });
    case 'submit_for_review':
    case 'resume':
    case 'end_monitoring':
      return fc.record({ type: fc.constant(type), note: text }, { requiredKeys: ['type'] });
    case 'approve':
      return fc.record({ type: fc.constant(type), notes: text }, { requiredKeys: ['type'] });
    case 'acknowledge':
      return fc.record({ type: fc.constant(type), comment: text }, { requiredKeys: ['type'] });
    case 'activate':
    case 'begin_evaluation':
    case 'advance':
      return fc.constant({ type });
    case 'record_check_in':
      return fc.record({
        type: fc.constant(type),
        checkIn: fc.record(
          {
            id: fc.string({ minLength: 1, maxLength: 10 }),
            date,
            status: fc.constantFrom('held', 'missed'),
            notes: text,
            privateNotes: text,
            progress: fc.array(fc.record({ goalId: someId(goalIds), note: text, value: fc.double() }, { requiredKeys: ['goalId', 'note'] }), { maxLength: 3 }),
          },
          { requiredKeys: ['date', 'status'] },
        ),
      });
    case 'record_observations':
      return fc.record({
        type: fc.constant(type),
        observations: fc.array(fc.record({ metricId: someId(metricIds), date, value: fc.oneof(fc.integer({ min: 0, max: 100 }), fc.double()) }), { minLength: 0, maxLength: 5 }),
      });
    case 'record_support_delivery':
      return fc.record({ type: fc.constant(type), delivery: fc.record({ commitmentId: someId(supportIds), date, status: fc.constantFrom('delivered', 'missed') }) });
    case 'amend_goal':
      return fc.record({
        type: fc.constant(type),
        reason: text,
        goal: plan.goals.length > 0 ? fc.tuple(fc.constantFrom(...plan.goals), text).map(([goal, title]) => ({ ...goal, title })) : fc.constant({}),
      });
    case 'amend_support':
      return fc.record({
        type: fc.constant(type),
        reason: text,
        commitment:
          plan.support.length > 0 ? fc.tuple(fc.constantFrom(...plan.support), text).map(([c, description]) => ({ ...c, description })) : fc.constant({}),
      });
    case 'amend_plan':
      // goals re-weighted (sums that add up to 100 and sums that do not), duplicates, commitments
      return fc.record(
        {
          type: fc.constant(type),
          reason: text,
          goals: fc.subarray([...plan.goals]).chain((goals) =>
            fc.tuple(...goals.map((goal) => fc.oneof(fc.constant(goal.weight), fc.integer({ min: 0, max: 100 })).map((weight) => (weight === undefined ? goal : { ...goal, weight }))), fc.boolean()),
          ).map((items) => {
            const duplicate = items.at(-1) === true;
            const goals = items.slice(0, -1) as unknown[];
            return duplicate && goals.length > 0 ? [...goals, goals[0]] : goals;
          }),
          support: fc.subarray([...plan.support]).chain((list) => fc.tuple(...list.map((c) => text.map((description) => ({ ...c, description }))))),
        },
        { requiredKeys: ['type', 'reason'] },
      );
    case 'extend':
      return fc.record({ type: fc.constant(type), days, reason: text });
    case 'close':
      return fc.record({ type: fc.constant(type), outcome: fc.constantFrom('successful', 'not_met', 'extended_then_closed', 'withdrawn', 'unknown') }, { requiredKeys: ['type', 'outcome'] });
    case 'start_monitoring':
      return fc.record({ type: fc.constant(type), metricIds: fc.array(someId(metricIds), { maxLength: 3 }) }, { requiredKeys: ['type'] });
  }
}

/** Mostly commands the plan's state accepts; any command otherwise; then malformed ones. */
function commands(plan: Plan): fc.Arbitrary<unknown> {
  const accepted = commandsAccepted(plan.status);
  const typed = (types: readonly PlanCommandType[]) => fc.constantFrom(...types).chain((type) => commandFor(plan, type));
  const wellFormed = fc.oneof(
    { arbitrary: typed(accepted.length > 0 ? accepted : PLAN_COMMAND_TYPES), weight: 4 },
    { arbitrary: typed(PLAN_COMMAND_TYPES), weight: 2 },
  );
  return fc.oneof(
    { arbitrary: wellFormed, weight: 12 },
    { arbitrary: corruptedDocument(wellFormed), weight: 3 },
    { arbitrary: fc.tuple(wellFormed, fc.dictionary(fc.constantFrom('__proto__', 'constructor', 'prototype', 'extra'), fc.jsonValue({ maxDepth: 2 }))).map(([c, extra]) => ({ ...(c as object), ...extra })), weight: 1 },
    { arbitrary: fc.record({ type: fc.oneof(fc.string(), fc.constantFrom('toString', '__proto__', 'constructor', 'ADVANCE')) }), weight: 1 },
    { arbitrary: hostileValue(), weight: 1 },
  );
}

/** Mostly the plan's own people in a role the chart allows for the command here; anyone, and anything, otherwise. */
function actors(plan: Plan, command: unknown): fc.Arbitrary<unknown> {
  const type = (command as { type?: unknown } | null)?.type;
  const allowed = PLAN_STATE_CHART.transitions.filter((t) => t.command === type && t.from === plan.status).flatMap((t) => t.roles);
  const role = fc.constantFrom('manager', 'employee', 'hr', 'system');
  return fc.oneof(
    { arbitrary: allowed.length > 0 ? fc.constantFrom(...allowed).map((r) => actorOf(plan, r)) : role.map((r) => actorOf(plan, r as Actor['role'])), weight: 12 },
    { arbitrary: role.map((r) => actorOf(plan, r as Actor['role'])), weight: 4 },
    { arbitrary: fc.record({ id: fc.string({ maxLength: 140 }), role }), weight: 2 },
    { arbitrary: fc.record({ id: fc.oneof(fc.string(), hostileValue()), role: fc.oneof(fc.string(), hostileValue()) }, { requiredKeys: [] }), weight: 1 },
    { arbitrary: hostileValue(), weight: 1 },
  );
}

function asOfDays(plan: Plan): fc.Arbitrary<unknown> {
  const last = plan.events.at(-1)?.at ?? plan.createdOn;
  return fc.oneof(
    { arbitrary: fc.integer({ min: -3, max: 200 }).map((n) => shiftDate(last, n)), weight: 20 },
    { arbitrary: fc.constantFrom('0001-01-01', '9999-12-31', '2026-02-29', '0000-01-01', '2026-13-01', '2026-1-5', '2028-02-29', ''), weight: 1 },
    { arbitrary: hostileValue(), weight: 1 },
  );
}

const EXTREME = fc.constantFrom(0, -1, 1, 1e9, Number.MAX_SAFE_INTEGER, Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY, 0.5);
const policies = fc.option(
  fc.record(
    {
      checkInReminderDays: EXTREME,
      acknowledgementReminderDays: EXTREME,
      monitoringDays: EXTREME,
      autoBeginEvaluation: fc.boolean(),
      requireDeliveredSupportForNotMet: fc.boolean(),
      timeline: fc.record({ graceDays: EXTREME, maxExtensions: EXTREME, maxExtensionDays: EXTREME }, { requiredKeys: [] }),
      lint: fc.record({ minPlanDays: EXTREME, maxCheckInIntervalDays: EXTREME }, { requiredKeys: [] }),
    },
    { requiredKeys: [] },
  ),
  { nil: undefined, freq: 3 },
);

// ---------------------------------------------------------------------------
// The target
// ---------------------------------------------------------------------------

function checkResult(plan: Plan, command: unknown, result: TransitionResult, made: Pick<TransitionContext, 'policy' | 'goalsMet'> = {}): void {
  expect(isDeepFrozen(result)).toBe(true);
  if (!result.ok) {
    const { rejection } = result;
    expect(REJECTIONS.has(rejection.code), rejection.code).toBe(true);
    expect(rejection.message.length).toBeGreaterThan(10);
    expect(typeof rejection.command).toBe('string');
    expect(rejection.status).toBe(plan.status);
    for (const issue of rejection.issues ?? []) expect(isWellFormedIssue(issue), JSON.stringify(issue)).toBe(true);
    for (const finding of rejection.findings ?? []) {
      expect(FINDINGS.has(finding.code) && finding.severity === 'error' && finding.message.length > 10).toBe(true);
    }
    return;
  }
  const type = (command as { type: string }).type;
  const parsed = parsePlan(result.plan);
  expect(parsed.ok, parsed.ok ? '' : JSON.stringify(parsed.issues.slice(0, 3))).toBe(true);
  if (result.entry === undefined) {
    expect(type).toBe('advance');
    expectSameData(result.plan, plan);
    return;
  }
  expect(result.entry.command.type).toBe(type);
  expect(result.plan.events).toHaveLength(plan.events.length + 1);
  // replay re-decides the entry under the policy and goals-met verdict it was made under
  const rebuilt = replay(plan, [result.entry], made);
  expectSameData(rebuilt.ok && rebuilt.plan, result.plan);
}

/** A faithful text of a JSON-like value: NaN, Infinity, -0 and undefined kept apart (JSON would blur them). */
function snapshot(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) => (typeof v === 'number' ? `#${Object.is(v, -0) ? '-0' : String(v)}` : v === undefined ? '#undefined' : v));
}

describe('fuzz: transition', () => {
  let pool: readonly Plan[] = [];
  beforeAll(() => {
    pool = planPool(process.env['FUZZ'] === '1' ? 120 : 24);
  }, 300_000);

  it('takes arbitrary commands from arbitrary actors on arbitrary days: never throws, rejections well formed, inputs unchanged', () => {
    expect(new Set(pool.map((p) => p.status)).size).toBeGreaterThanOrEqual(6);
    const runs = fuzzRuns(30_000);
    const outcomes = { accepted: 0, rejected: 0 };
    const slowest = new SlowestInput();
    const input = fc
      .nat({ max: pool.length - 1 })
      .chain((i) => {
        const plan = pool[i]!;
        return fc.record({
          plan: fc.constant(plan),
          thawed: fc.boolean(),
          commandAndActor: commands(plan).chain((command) => fc.tuple(fc.constant(command), actors(plan, command))),
          asOf: asOfDays(plan),
          policy: policies,
          goalsMet: fc.option(fc.boolean(), { nil: undefined, freq: 3 }),
          // one context in 30 is not a context at all
          hostileContext: fc.oneof({ arbitrary: fc.constant(undefined), weight: 29 }, { arbitrary: hostileValue(), weight: 1 }),
        });
      });
    fc.assert(
      fc.property(input, ({ plan: parsed, thawed, commandAndActor: [command, actor], asOf, policy, goalsMet, hostileContext }) => {
        // a parsed (frozen) plan, or the same plan as plain objects: transition copies that one
        const plan = thawed ? (JSON.parse(JSON.stringify(parsed)) as Plan) : parsed;
        const planBefore = thawed ? JSON.stringify(plan) : '';
        const commandBefore = snapshot(command);
        // `null` is hostile too: test `undefined` alone, never `??`, which would treat null as absent
        const hostile = hostileContext !== undefined;
        const ctx = (hostile
          ? hostileContext
          : {
          asOf,
          actor,
          ...(policy === undefined ? {} : { policy }),
          ...(goalsMet === undefined ? {} : { goalsMet: () => goalsMet }),
        }) as TransitionContext;
        const result = slowest.time(() => transition(plan, command as PlanCommand, ctx));
        checkResult(parsed, command, result, hostile ? {} : ctx);
        if (result.ok) outcomes.accepted += 1;
        else outcomes.rejected += 1;
        // inputs unchanged, and the caller's objects never frozen
        expect(snapshot(command)).toBe(commandBefore);
        if (command !== null && typeof command === 'object') expect(Object.isFrozen(command)).toBe(false);
        if (thawed) {
          expect(JSON.stringify(plan)).toBe(planBefore);
          expect(Object.isFrozen(plan)).toBe(false);
        }
        expect(prototypesClean()).toBe(true);
      }),
      { numRuns: runs },
    );
    // both sides of the machine were exercised
    expect(outcomes.accepted).toBeGreaterThan(runs / 50);
    expect(outcomes.rejected).toBeGreaterThan(runs / 5);
    recordFuzz('transition', runs, slowest.ms);
  });
});
