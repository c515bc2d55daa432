/**
 * Fuzz target: evaluatePlan. Parsed plans in every state of their life (generated ones, with
 * observations and records, and structurally varied ones, some at the ends of the calendar) are
 * evaluated with hostile observation feeds (NaN, ±Infinity, -0, 1e308, impossible dates,
 * duplicates, unknown metrics, `__proto__` keys, entries that are not observations, huge feeds,
 * empty ones, feeds that are iterables but not arrays), on days anywhere from 0001-01-01 to
 * 9999-12-31, under policies with extreme or wrong values. Then the result is summarised
 * (`summarizeEvaluation`, what the CLI and the renderers print).
 */
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  DEFAULT_EVALUATION_POLICY,
  EVALUATION_ISSUE_CODES,
  evaluatePlan,
  isCalendarDate,
  parsePlan,
  planEndDate,
  fromDayNumber,
  toDayNumber,
  summarizeEvaluation,
  type EvaluationPolicyOverrides,
  type Observation,
  type Plan,
  type PlanEvaluation,
} from '../../src/index.js';
import { observationsArbitrary, planArbitrary } from '../../src/testing/index.js';
import { isDeepFrozen } from '../support/fixtures.js';
import { recordFuzz, SlowestInput } from '../support/fuzz-log.js';
import { fuzzRuns, hostileValue, prototypesClean } from '../support/hostile.js';
import { livedTo, PLAN_LIFE } from '../support/plan-life.js';
import { variedPlanDocument } from '../support/plan-variations.js';
import { expectSameData } from '../support/same.js';

const CODES: ReadonlySet<string> = new Set(EVALUATION_ISSUE_CODES);

// ---------------------------------------------------------------------------
// Plans in every state
// ---------------------------------------------------------------------------

/** Parsed plans taken to every depth of their life: generated ones and ones with extreme dates or shapes. */
function planPool(size: number): readonly Plan[] {
  const documents = [
    ...fc.sample(planArbitrary({ withRecords: true, withObservations: true, maxGoals: 5 }), { numRuns: size, seed: 18 }),
    ...fc.sample(variedPlanDocument(), { numRuns: size, seed: 19 }).map((v) => v.input),
  ];
  const pool: Plan[] = [];
  documents.forEach((document, i) => {
    const parsed = parsePlan(document);
    if (parsed.ok) pool.push(livedTo(parsed.plan, i % (PLAN_LIFE.length + 1)));
  });
  return pool;
}

// ---------------------------------------------------------------------------
// Feeds, days, policies
// ---------------------------------------------------------------------------

const FIRST_DAY = toDayNumber('0001-01-01');
const LAST_DAY = toDayNumber('9999-12-31');

/** `date` moved by `days`, held within the calendar (plans at its ends have no day beyond). */
function shiftWithin(date: string, days: number): string {
  const day = isCalendarDate(date) ? toDayNumber(date) : LAST_DAY;
  return fromDayNumber(Math.min(LAST_DAY, Math.max(FIRST_DAY, day + days)));
}

const HOSTILE_NUMBERS = [Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY, -0, 1e308, -1e308, Number.MAX_VALUE, Number.MIN_VALUE, 2 ** 53, -(2 ** 53), -1, 0] as const;
const HOSTILE_DATES = ['2026-02-29', '0000-01-01', '0001-01-01', '9999-12-31', '2028-02-29', '2026-13-01', '2026-1-5', '', '2026-04-31', '10000-01-01'] as const;
const PROTOTYPE_KEYS = ['__proto__', 'constructor', 'prototype', 'toString', 'hasOwnProperty'] as const;

/** An observation for the plan: mostly of its own metrics and days, with hostile fields mixed in. */
function hostileObservation(plan: Plan): fc.Arbitrary<unknown> {
  const metricIds = plan.metrics.map((m) => m.id);
  const end = planEndDate(plan);
  const metricId = fc.oneof(
    { arbitrary: metricIds.length > 0 ? fc.constantFrom(...metricIds) : fc.constant('m-none'), weight: 8 },
    { arbitrary: fc.constantFrom(...PROTOTYPE_KEYS, 'm-unknown', ''), weight: 1 },
    { arbitrary: fc.string({ maxLength: 12 }), weight: 1 },
    { arbitrary: hostileValue(), weight: 1 },
  );
  const date = fc.oneof(
    { arbitrary: fc.integer({ min: -10, max: 200 }).map((n) => shiftWithin(plan.startDate, n)), weight: 8 },
    { arbitrary: fc.constantFrom(end, shiftWithin(end, 0), shiftWithin(end, 1), ...HOSTILE_DATES), weight: 2 },
    { arbitrary: hostileValue(), weight: 1 },
  );
  const number = fc.oneof(
    { arbitrary: fc.integer({ min: 0, max: 500 }), weight: 6 },
    { arbitrary: fc.double(), weight: 2 },
    { arbitrary: fc.constantFrom(...HOSTILE_NUMBERS), weight: 2 },
    { arbitrary: hostileValue(), weight: 1 },
  );
  const record = fc.record(
    { metricId, date, value: number, numerator: number, denominator: number, source: fc.string({ maxLength: 8 }) },
    { requiredKeys: ['metricId', 'date'] },
  );
  return fc.oneof(
    { arbitrary: record, weight: 20 },
    // an own `__proto__` key (as JSON.parse makes), and other prototype keys, beside the fields
    {
      arbitrary: fc.tuple(record, fc.constantFrom(...PROTOTYPE_KEYS)).map(([o, key]) => {
        const withKey = JSON.parse(`{${JSON.stringify(key)}:{"polluted":true}}`) as Record<string, unknown>;
        return Object.assign(withKey, o);
      }),
      weight: 2,
    },
    { arbitrary: fc.constantFrom(null, undefined, 0, 'obs', [], true), weight: 1 },
  );
}

/** A feed: valid observations, hostile ones and duplicates; empty, huge, absent, or not an array. */
function feeds(plan: Plan): fc.Arbitrary<{ readonly kind: string; readonly items: readonly unknown[] | null | undefined }> {
  const end = planEndDate(plan);
  const valid = observationsArbitrary(plan.metrics, { from: shiftWithin(plan.startDate, -7), to: shiftWithin(end, 7), maxPerMetric: 20 });
  const mixed = fc
    .tuple(valid, fc.array(hostileObservation(plan), { maxLength: 25 }), fc.array(fc.nat(), { maxLength: 10 }))
    .map(([good, bad, dups]) => {
      const items: unknown[] = [...good, ...bad];
      // duplicates of entries already in the feed (the same object twice, and equal copies)
      for (const n of dups) if (items.length > 0) items.push(n % 2 === 0 ? items[n % items.length] : structuredCloneSafe(items[n % items.length]));
      return items;
    });
  const huge = fc.constantFrom(2_000, 20_000).map((n) => {
    const ids = plan.metrics.map((m) => m.id);
    // one metric's same day over and over, and values at the ends of the doubles
    return Array.from({ length: n }, (_, i) => ({ metricId: ids[i % Math.max(1, ids.length)] ?? 'm', date: shiftWithin(plan.startDate, i % 97), value: i % 3 === 0 ? 1e308 : i }));
  });
  return fc.oneof(
    { arbitrary: mixed.map((items) => ({ kind: 'array', items })), weight: 12 },
    { arbitrary: mixed.map((items) => ({ kind: 'iterable', items })), weight: 3 },
    { arbitrary: fc.array(hostileObservation(plan), { maxLength: 40 }).map((items) => ({ kind: 'array', items })), weight: 3 },
    { arbitrary: fc.constantFrom<readonly unknown[] | null | undefined>([], null, undefined).map((items) => ({ kind: 'array', items })), weight: 2 },
    { arbitrary: huge.map((items) => ({ kind: 'array', items })), weight: 1 },
  );
}

/** A deep copy of a JSON-ish value, keeping what structuredClone cannot take as it is. */
function structuredCloneSafe(value: unknown): unknown {
  try {
    return structuredClone(value);
  } catch {
    return value;
  }
}

/** The feed as `evaluatePlan` receives it: the array itself, or a fresh one-shot iterable over it. */
function feedOf(feed: { readonly kind: string; readonly items: readonly unknown[] | null | undefined }): Iterable<Observation> | null | undefined {
  const { items } = feed;
  if (feed.kind !== 'iterable' || !items) return items as Iterable<Observation> | null | undefined;
  return (function* () {
    yield* items as Observation[];
  })();
}

function asOfDays(plan: Plan): fc.Arbitrary<string> {
  const end = planEndDate(plan);
  return fc.oneof(
    { arbitrary: fc.integer({ min: -20, max: 240 }).map((n) => shiftWithin(plan.startDate, n)), weight: 12 },
    // (a plan paused near 9999-12-31 ends past the calendar: its end is no day to evaluate on)
    { arbitrary: fc.constantFrom(plan.startDate, shiftWithin(end, 0), shiftWithin(end, 1), shiftWithin(plan.startDate, -1)), weight: 3 },
    { arbitrary: fc.constantFrom('0001-01-01', '9999-12-31', '2028-02-29', '1970-01-01'), weight: 2 },
  );
}

const EXTREME = fc.constantFrom<unknown>(0, -1, 1, 0.5, 1e9, 1e308, -0, Number.MAX_SAFE_INTEGER, Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY, '0.5', null, true);
const NUMERIC_FIELDS = (Object.keys(DEFAULT_EVALUATION_POLICY) as (keyof typeof DEFAULT_EVALUATION_POLICY)[]).filter((k) => typeof DEFAULT_EVALUATION_POLICY[k] === 'number');
const UNIT = fc.constantFrom<unknown>('day', 'week', 'month', 'year', '', null, 7);

/** Overrides: extreme numbers, wrong types, odd working weeks and units, prototype keys; or none. */
const policies: fc.Arbitrary<EvaluationPolicyOverrides | undefined> = fc.option(
  fc
    .tuple(
      fc.dictionary(fc.constantFrom(...NUMERIC_FIELDS), EXTREME, { maxKeys: 6 }),
      fc.record(
        {
          seriesUnit: UNIT,
          screenUnit: UNIT,
          workingDays: fc.oneof(
            fc.constantFrom<unknown>([], [7], [6, 7], [1, 1, 1], [0], [8], [1.5], null, 'weekdays'),
            fc.uniqueArray(fc.integer({ min: 1, max: 7 }), { minLength: 1, maxLength: 7 }),
          ),
          coverageUnitByKind: fc.record({ skill: UNIT, behavior: UNIT, activity: UNIT, outcome: UNIT }, { requiredKeys: [] }),
          sustainPeriods: fc.record({ day: EXTREME, week: EXTREME, month: EXTREME }, { requiredKeys: [] }),
          extendWhenLeadingImproves: fc.constantFrom<unknown>(true, false, 'yes'),
          shortfallOutcome: fc.constantFrom<unknown>('extend', 'insufficient_evidence', 'fire'),
          maxIssues: fc.constantFrom<unknown>(1, 2, 5, 0, -1),
        },
        { requiredKeys: [] },
      ),
      fc.option(fc.constantFrom('{"__proto__":{"polluted":true}}', '{"constructor":{"prototype":{"polluted":true}}}'), { nil: undefined, freq: 4 }),
    )
    .map(([numbers, others, hostile]) => {
      const base = hostile === undefined ? {} : (JSON.parse(hostile) as Record<string, unknown>);
      return Object.assign(base, numbers, others) as EvaluationPolicyOverrides;
    }),
  { nil: undefined, freq: 3 },
);

// ---------------------------------------------------------------------------
// The target
// ---------------------------------------------------------------------------

/** Where `value` is not plain JSON (strings, finite numbers, -0 only if allowed, booleans, null; no undefined), or undefined. */
function plainJsonProblem(value: unknown, allowNegativeZero: boolean, path = '$'): string | undefined {
  if (value === null || typeof value === 'string' || typeof value === 'boolean') return undefined;
  if (typeof value === 'number') {
    const ok = Number.isFinite(value) && (allowNegativeZero || !Object.is(value, -0));
    return ok ? undefined : `${path} = ${Object.is(value, -0) ? '-0' : String(value)}`;
  }
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i += 1) {
      const problem = plainJsonProblem(value[i], allowNegativeZero, `${path}[${i}]`);
      if (problem) return problem;
    }
    return undefined;
  }
  if (typeof value === 'object') {
    for (const [key, child] of Object.entries(value as object)) {
      if (child === undefined) return `${path}.${key} = undefined`;
      const problem = plainJsonProblem(child, allowNegativeZero, `${path}.${key}`);
      if (problem) return problem;
    }
    return undefined;
  }
  return `${path} is a ${typeof value}`;
}

/** A faithful text of a JSON-like value: NaN, Infinity, -0 and undefined kept apart (JSON would blur them). */
function snapshot(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) => (typeof v === 'number' ? `#${Object.is(v, -0) ? '-0' : String(v)}` : v === undefined ? '#undefined' : v));
}

function checkEvaluation(plan: Plan, evaluation: PlanEvaluation, asOf: string, feedLength: number, policy: unknown): void {
  expect(isDeepFrozen(evaluation)).toBe(true);
  // -0 only where the caller's policy holds one (its thresholds are echoed, and JSON writes -0 as 0)
  const policyHasNegativeZero = snapshot(policy).includes('"#-0"');
  expect(plainJsonProblem(evaluation, policyHasNegativeZero)).toBeUndefined();
  expect(evaluation.planId).toBe(plan.id);
  expect(evaluation.asOf).toBe(asOf);
  expect(evaluation.score.value).toBeGreaterThanOrEqual(0);
  expect(evaluation.score.value).toBeLessThanOrEqual(100);
  expect(evaluation.issues.length).toBeLessThanOrEqual(evaluation.policy.maxIssues + 1);
  for (const issue of evaluation.issues) {
    expect(CODES.has(issue.code), issue.code).toBe(true);
    expect(issue.path.every((key) => typeof key === 'string' || typeof key === 'number'), JSON.stringify(issue)).toBe(true);
    expect(issue.message.length, issue.code).toBeGreaterThan(10);
    if (issue.code.startsWith('observation_')) {
      // an observation left out says where it is: the plan's own list or the feed, by index
      const [source, index] = issue.path;
      expect(['observations', 'feed']).toContain(source);
      expect(Number.isInteger(index) && (index as number) >= 0 && (index as number) < (source === 'feed' ? feedLength : plan.observations.length)).toBe(true);
    }
    if (issue.code === 'policy_invalid') expect(issue.path[0]).toBe('policy');
  }
  const summary = summarizeEvaluation(evaluation, { policy: evaluation.policy });
  expect(isDeepFrozen(summary)).toBe(true);
  expect(plainJsonProblem(summary, policyHasNegativeZero)).toBeUndefined();
  expect(summary.recommendation.reasons.length).toBeGreaterThan(0);
}

describe('fuzz: evaluatePlan', () => {
  let pool: readonly Plan[] = [];
  beforeAll(() => {
    pool = planPool(process.env['FUZZ'] === '1' ? 120 : 24);
  }, 300_000);

  it('evaluates plans in every state with hostile feeds, days and policies: never throws, issues well formed, frozen, deterministic, inputs unchanged', () => {
    expect(new Set(pool.map((p) => p.status)).size).toBeGreaterThanOrEqual(6);
    const runs = fuzzRuns(10_000);
    const slowest = new SlowestInput();
    let withIssues = 0;
    const input = fc.nat({ max: pool.length - 1 }).chain((i) => {
      const plan = pool[i]!;
      return fc.record({ plan: fc.constant(plan), thawed: fc.boolean(), feed: feeds(plan), asOf: asOfDays(plan), policy: policies });
    });
    fc.assert(
      fc.property(input, ({ plan: parsed, thawed, feed, asOf, policy }) => {
        // a parsed (frozen) plan, or the same plan as plain objects: evaluatePlan must change neither
        const plan = thawed ? (JSON.parse(JSON.stringify(parsed)) as Plan) : parsed;
        const planBefore = thawed ? JSON.stringify(plan) : '';
        const feedBefore = snapshot(feed.items);
        const policyBefore = snapshot(policy);
        const options = { asOf, ...(policy === undefined ? {} : { policy }) };
        const evaluation = slowest.time(() => evaluatePlan(plan, feedOf(feed), options));
        checkEvaluation(parsed, evaluation, asOf, feed.items?.length ?? 0, policy);
        if (evaluation.issues.length > 0) withIssues += 1;
        // deterministic: the same input again gives the same result
        expectSameData(evaluatePlan(plan, feedOf(feed), options), evaluation);
        // inputs unchanged, and the caller's objects never frozen
        expect(snapshot(feed.items)).toBe(feedBefore);
        expect(snapshot(policy)).toBe(policyBefore);
        if (Array.isArray(feed.items)) expect(Object.isFrozen(feed.items)).toBe(false);
        if (policy !== undefined) expect(Object.isFrozen(policy)).toBe(false);
        if (thawed) {
          expect(JSON.stringify(plan)).toBe(planBefore);
          expect(Object.isFrozen(plan)).toBe(false);
        }
        expect(prototypesClean()).toBe(true);
      }),
      { numRuns: runs },
    );
    // hostile feeds and policies were really rejected, piece by piece
    expect(withIssues).toBeGreaterThan(runs / 4);
    recordFuzz('evaluatePlan', runs, slowest.ms);
  });

  it('refuses a day that is not a calendar date with a RangeError (a programming error, as documented)', () => {
    const plan = pool[0]!;
    const runs = fuzzRuns(1_000);
    const slowest = new SlowestInput();
    fc.assert(
      fc.property(fc.oneof(fc.constantFrom('2026-02-29', '0000-01-01', '2026-13-01', '2026-1-5', '', '10000-01-01', '2026-04-31'), hostileValue(), fc.string()), (asOf) => {
        fc.pre(!isCalendarDate(asOf));
        expect(() => slowest.time(() => evaluatePlan(plan, [], { asOf: asOf as string }))).toThrow(RangeError);
        expect(prototypesClean()).toBe(true);
      }),
      { numRuns: runs },
    );
    recordFuzz('evaluatePlan (bad asOf)', runs, slowest.ms);
  });
});
