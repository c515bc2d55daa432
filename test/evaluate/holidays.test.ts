/**
 * Issue 19, item 2: one holiday calendar. The plan's schedule holidays plus the host's (`holidays`)
 * are used by every function that counts working days: the check-in schedule, the nightly job,
 * the evaluation, the rendered plan and the CLI.
 *
 * The example: the 90-day fixture (weekly Monday check-ins, business days only, from Monday
 * 2026-01-05) and a three-day shutdown Monday 2026-03-02 to Wednesday 2026-03-04. The check-in of
 * Monday 2 March moves to Thursday 5 March. The plan is running (active from its start, see
 * `activePlan`): before activation nothing is due in the evaluation (issue 16, `running: false`).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  assertPlan,
  checkInSlots,
  evaluatePlan,
  evaluatePlans,
  isoWeekday,
  renderPlan,
  shiftDate,
  transition,
  type Observation,
  type PlanInput,
} from '../../src/index.js';
import { runCli } from '../../src/cli/index.js';
import { memoryIo } from '../cli/memory-io.js';
import { activePlan, SYSTEM } from '../lifecycle/helpers.js';
import { evaluationCaseArbitrary } from '../support/evaluation-arbitrary.js';
import { readFixture } from '../support/fixtures.js';
import { plan90 } from '../support/plans.js';
import { runs } from '../support/runs.js';

const SHUTDOWN = ['2026-03-02', '2026-03-03', '2026-03-04'] as const;
const SLOT = '2026-03-02';

/** The 90-day fixture active from its start: the evaluation reads check-ins as due only on a running plan. */
const RUNNING = activePlan();
const slotOf = (asOf: string, holidays: readonly string[] = SHUTDOWN) =>
  checkInSlots(RUNNING, { asOf, policy: { holidays } }).find((slot) => slot.scheduledFor === SLOT)!;
const logEntryOf = (asOf: string, holidays: readonly string[] = SHUTDOWN) =>
  evaluatePlan(RUNNING, [], { asOf, holidays }).evidence.checkIns.log.find((entry) => entry.scheduledFor === SLOT)!;

describe('the three-day shutdown: the schedule and the evaluation agree', () => {
  it('on 5 March the check-in is due, in the schedule and in the evaluation', () => {
    expect(slotOf('2026-03-05')).toMatchObject({ date: '2026-03-05', status: 'due' });
    expect(logEntryOf('2026-03-05')).toMatchObject({ date: '2026-03-05', status: 'due' });
  });

  it('the evaluation does not count it missed while the schedule says due or overdue', () => {
    for (const asOf of ['2026-03-05', '2026-03-06', '2026-03-07']) {
      const evaluation = evaluatePlan(RUNNING, [], { asOf, holidays: SHUTDOWN });
      const slots = checkInSlots(RUNNING, { asOf, policy: { holidays: SHUTDOWN } });
      expect(evaluation.evidence.checkIns.missed).toBe(slots.filter((slot) => slot.status === 'missed').length);
      expect(logEntryOf(asOf).status).toBe(slotOf(asOf).status);
    }
  });

  it('past the grace days both count it missed', () => {
    expect(slotOf('2026-03-08').status).toBe('missed');
    expect(logEntryOf('2026-03-08')).toMatchObject({ date: '2026-03-05', status: 'missed' });
  });

  it('the timeline takes the host holidays as a `holidays` option too, the same calendar', () => {
    const viaOption = checkInSlots(plan90(), { asOf: '2026-03-05', holidays: SHUTDOWN });
    expect(viaOption).toEqual(checkInSlots(plan90(), { asOf: '2026-03-05', policy: { holidays: SHUTDOWN } }));
  });

  it('the nightly job (lifecycle advance, policy.timeline.holidays) marks it missed exactly when the evaluation does', () => {
    const active = activePlan();
    const missedOn = (asOf: string) => {
      const result = transition(active, { type: 'advance' }, { asOf, actor: SYSTEM, policy: { timeline: { holidays: [...SHUTDOWN] } } });
      if (!result.ok) throw new Error(result.rejection.message);
      return result.events.some((event) => event.type === 'check_in_missed' && event['scheduledFor'] === SLOT);
    };
    for (const asOf of ['2026-03-05', '2026-03-07', '2026-03-08']) {
      const evaluation = evaluatePlan(active, [], { asOf, holidays: SHUTDOWN });
      const entry = evaluation.evidence.checkIns.log.find((e) => e.scheduledFor === SLOT)!;
      expect(missedOn(asOf), asOf).toBe(entry.status === 'missed');
    }
  });

  it('the rendered plan lists the check-in on 5 March, due', () => {
    const md = renderPlan(plan90(), { format: 'markdown', asOf: '2026-03-05', holidays: SHUTDOWN });
    const rows = md.split('\n').filter((line) => line.includes('Mar 5, 2026') || line.includes('Mar 2, 2026'));
    expect(rows.some((row) => row.includes('Mar 5, 2026') && row.includes('Due'))).toBe(true);
    expect(rows.some((row) => row.includes('Mar 2, 2026') && row.includes('Missed'))).toBe(false);
  });
});

describe('working days: a holiday is not a working day in the evaluation either', () => {
  // 9 calls on every working day: not on the schedule's holidays (2026-01-19, 2026-02-16), nor in the shutdown.
  const off = new Set(['2026-01-19', '2026-02-16', ...SHUTDOWN]);
  const feed: Observation[] = [];
  for (let day = '2026-01-05'; day <= '2026-04-04'; day = shiftDate(day, 1)) {
    if (isoWeekday(day) <= 5 && !off.has(day)) feed.push({ metricId: 'm-calls', date: day, value: 9 });
  }

  it('a week with a holiday is read on its working days; the shutdown week (2 of 5 left) is left out', () => {
    const goal = evaluatePlan(plan90(), feed, { asOf: '2026-04-06', holidays: SHUTDOWN }).goals.find((g) => g.goalId === 'g-calls')!;
    // Martin Luther King Jr. Day: 36 calls in 4 working days, a pace of 45.
    expect(goal.periods.find((p) => p.key === '2026-W04')?.value).toBeCloseTo(45, 9);
    expect(goal.periods.map((p) => p.key)).not.toContain('2026-W10');
    expect(goal.periods.every((p) => p.atTarget === true)).toBe(true);
    expect(goal.metShare).toBe(1);
    expect(goal.status).toBe('met');
  });

  it('the evaluation lists the holidays it counted in its evidence (the schedule\'s and the host\'s)', () => {
    const evaluation = evaluatePlan(plan90(), feed, { asOf: '2026-04-06', holidays: SHUTDOWN });
    expect(evaluation.evidence.calendar.holidays).toEqual(['2026-01-19', '2026-02-16', ...SHUTDOWN]);
    expect(evaluatePlan(plan90(), feed, { asOf: '2026-04-06' }).evidence.calendar.holidays).toEqual(['2026-01-19', '2026-02-16']);
  });

  it('refuses a holiday that is not a calendar date (a programming error, like asOf)', () => {
    expect(() => evaluatePlan(plan90(), [], { asOf: '2026-03-05', holidays: ['2026-02-30'] })).toThrow(RangeError);
    expect(() => renderPlan(plan90(), { format: 'markdown', holidays: ['5 March'] })).toThrow(RangeError);
  });
});

describe('the CLI takes --holidays <file>', () => {
  const fixture = readFixture('plan-90-day-conversion.json');
  const files = {
    'plan.json': JSON.stringify(fixture),
    'active.json': JSON.stringify(RUNNING),
    'shutdown.json': JSON.stringify(SHUTDOWN),
    'bad-date.json': JSON.stringify(['2026-03-02', '2026-02-30']),
    'not-a-list.json': JSON.stringify({ holidays: SHUTDOWN }),
    'not-json.json': '2026-03-02',
  };
  const run = async (argv: string[]) => {
    const world = memoryIo(files);
    const code = await runCli(argv, world.io);
    return { code, stdout: world.stdout(), stderr: world.stderr() };
  };

  it('evaluate: the check-in of 2 March is due on 5 March, not missed', async () => {
    const r = await run(['evaluate', 'active.json', '--as-of', '2026-03-05', '--holidays', 'shutdown.json', '--json']);
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout) as { summary: { checkIns: { log: { scheduledFor: string; date: string; status: string }[] } } };
    expect(out.summary.checkIns.log.find((entry) => entry.scheduledFor === SLOT)).toMatchObject({ date: '2026-03-05', status: 'due' });
  });

  it('render (plan and evaluation): the same date', async () => {
    const plan = await run(['render', 'plan.json', '--format', 'md', '--as-of', '2026-03-05', '--holidays', 'shutdown.json']);
    expect(plan.code).toBe(0);
    expect(plan.stdout).toMatch(/Mar 5, 2026 \| Due/);
    // the evaluation report of the running plan (a draft's has nothing due, so nothing missed either)
    const report = await run(['render', 'active.json', '--format', 'md', '--evaluation', '--as-of', '2026-03-05', '--holidays', 'shutdown.json']);
    expect(report.code).toBe(0);
    expect(report.stdout).not.toMatch(/Mar 2, 2026[^\n]*Missed/);
  });

  for (const [file, pattern] of [
    ['bad-date.json', /2026-02-30/],
    ['not-a-list.json', /array/i],
    ['not-json.json', /JSON/],
  ] as const) {
    it(`${file}: an input error (exit 1), not a crash`, async () => {
      const r = await run(['evaluate', 'plan.json', '--as-of', '2026-03-05', '--holidays', file, '--json']);
      expect(r.code).toBe(1);
      const out = JSON.parse(r.stdout) as { ok: boolean; error: { code: string; file: string; message: string } };
      expect(out).toMatchObject({ ok: false, error: { code: 'invalid_input', file } });
      expect(out.error.message).toMatch(pattern);
      const rendered = await run(['render', 'plan.json', '--format', 'md', '--as-of', '2026-03-05', '--holidays', file]);
      expect(rendered.code).toBe(1);
    });
  }
});

describe('for any holiday set, the evaluation\'s due check-ins are the schedule\'s', () => {
  it('same slots, dates and statuses; due = held + missed', () => {
    fc.assert(
      fc.property(
        evaluationCaseArbitrary({ feed: false }),
        fc.array(fc.integer({ min: -3, max: 130 }), { maxLength: 20 }),
        fc.boolean(),
        ({ input, asOf }, offsets, businessDaysOnly) => {
          // Records dated after asOf have not happened yet: leave them out, as the evaluation does.
          const schedule = input.checkInSchedule ? { ...input.checkInSchedule, businessDaysOnly } : undefined;
          const plan = assertPlan({ ...input, ...(schedule ? { checkInSchedule: schedule } : {}), checkIns: (input.checkIns ?? []).filter((c) => c.date <= asOf) });
          const holidays = offsets.map((n) => shiftDate(plan.startDate, n));
          const slots = checkInSlots(plan, { asOf, policy: { holidays } });
          const evidence = evaluatePlan(plan, [], { asOf, holidays }).evidence.checkIns;
          expect(evidence.log.map((e) => [e.scheduledFor, e.date, e.status])).toEqual(slots.map((s) => [s.scheduledFor, s.date, s.status]));
          expect(evidence.due).toBe(slots.filter((s) => s.status === 'held' || s.status === 'missed').length);
        },
      ),
      { numRuns: runs(100) },
    );
  });
});

/**
 * The document as a plan with pauses has lived: active, approved by HR and acknowledged by both
 * people the day it was written (what parsing expects of a plan that records a pause).
 */
function lived(input: PlanInput): PlanInput {
  const on = input.createdOn;
  return {
    ...input,
    status: 'active',
    phase: 'diagnose_and_develop',
    reviews: [{ by: input.hrPartner?.id ?? 'hr-1', date: on, decision: 'approved' }],
    signatures: (['manager', 'employee'] as const).map((role) => ({ role, signerId: input[role].id, name: input[role].name, date: on, revision: 0 })),
  };
}

describe('a batch with the host\'s holidays: each result is the plan\'s own', () => {
  it('evaluatePlans (grids shared by plans with the same holidays) equals evaluatePlan one plan at a time', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(evaluationCaseArbitrary({ maxPerMetric: 8 }), fc.integer({ min: 0, max: 5 })), { minLength: 2, maxLength: 5 }),
        fc.array(fc.integer({ min: -3, max: 130 }), { maxLength: 8 }),
        (cases, offsets) => {
          // Plans alike in holidays (host's only), some with their own schedule holidays, some paused.
          const plans = cases.map(([{ input }, variant]) => {
            const start = input.startDate;
            const schedule = input.checkInSchedule;
            const withHolidays = variant === 2 && schedule ? { ...input, checkInSchedule: { ...schedule, holidays: [shiftDate(start, 9), shiftDate(start, 30)] } } : input;
            return assertPlan(variant === 1 ? lived({ ...withHolidays, pauses: [{ start: shiftDate(start, 20), end: shiftDate(start, 29), reason: 'Leave' }] }) : withHolidays);
          });
          const first = cases[0]![0];
          const holidays = offsets.map((n) => shiftDate(first.plan.startDate, n));
          const feeds = new Map(plans.map((plan, i) => [plan, cases[i]![0].feed]));
          const options = { asOf: first.asOf, holidays, observationsFor: (plan: (typeof plans)[number]) => feeds.get(plan) };
          const batch = [...evaluatePlans(plans, options)];
          expect(batch).toEqual(plans.map((plan) => evaluatePlan(plan, feeds.get(plan), { asOf: first.asOf, holidays })));
        },
      ),
      { numRuns: runs(40) },
    );
  });
});
