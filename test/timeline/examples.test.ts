import { describe, expect, it } from 'vitest';
import {
  checkInSlots,
  extensionAllowance,
  phaseAt,
  planDateOf,
  planEndDate,
  planMilestones,
  planPhases,
  planProgress,
  planTimeline,
  proposeExtension,
  supportSessions,
  type Holiday,
} from '../../src/index.js';
import { plan30, plan90 } from '../support/plans.js';

/** US federal holidays used in these examples (2026). */
const US_HOLIDAYS_2026: readonly Holiday[] = [
  { date: '2026-01-19', name: 'Martin Luther King Jr. Day' },
  { date: '2026-02-16', name: "Presidents' Day" },
  { date: '2026-05-25', name: 'Memorial Day' },
  { date: '2026-07-03', name: 'Independence Day (observed)' },
];

const spans = (plan: Parameters<typeof planPhases>[0], options: Parameters<typeof planPhases>[1] = {}) =>
  planPhases(plan, options).map((p) => `${p.phase} ${p.start}..${p.end} (${p.days})`);

describe('a 90-day plan starting Monday 2026-01-05, weekly Monday check-ins across US holidays', () => {
  const plan = plan90({ checkInSchedule: { cadence: 'weekly', weekday: 'monday', businessDaysOnly: true } });
  const policy = { holidays: US_HOLIDAYS_2026 };

  it('ends on 2026-04-04 (the start day counts) and splits into three 30-day phases', () => {
    expect(planEndDate(plan)).toBe('2026-04-04');
    expect(spans(plan)).toEqual([
      'diagnose_and_develop 2026-01-05..2026-02-03 (30)',
      'practise_and_apply 2026-02-04..2026-03-05 (30)',
      'measure_and_evaluate 2026-03-06..2026-04-04 (30)',
    ]);
  });

  it('knows the phase of any day, and none outside the plan', () => {
    expect(phaseAt(plan, '2026-01-04')).toBeUndefined();
    expect(phaseAt(plan, '2026-01-05')).toBe('diagnose_and_develop');
    expect(phaseAt(plan, '2026-02-03')).toBe('diagnose_and_develop'); // day 30
    expect(phaseAt(plan, '2026-02-04')).toBe('practise_and_apply'); // day 31
    expect(phaseAt(plan, '2026-03-06')).toBe('measure_and_evaluate'); // day 61
    expect(phaseAt(plan, '2026-04-04')).toBe('measure_and_evaluate');
    expect(phaseAt(plan, '2026-04-05')).toBeUndefined();
  });

  it('counts days elapsed and remaining on the plan clock', () => {
    const at = (asOf: string) => {
      const p = planProgress(plan, { asOf });
      return [p.dayOfPlan, p.daysElapsed, p.daysRemaining];
    };
    expect(at('2026-01-01')).toEqual([undefined, 0, 90]);
    expect(at('2026-01-05')).toEqual([1, 1, 89]);
    expect(at('2026-02-10')).toEqual([37, 37, 53]);
    expect(at('2026-04-04')).toEqual([90, 90, 0]);
    expect(at('2026-05-01')).toEqual([undefined, 90, 0]);
  });

  it('schedules 13 Monday check-ins; the two on holidays move to Tuesday and say why', () => {
    const slots = checkInSlots(plan, { asOf: '2026-01-05', policy });
    expect(slots.map((s) => s.date)).toEqual([
      '2026-01-05',
      '2026-01-12',
      '2026-01-20',
      '2026-01-26',
      '2026-02-02',
      '2026-02-09',
      '2026-02-17',
      '2026-02-23',
      '2026-03-02',
      '2026-03-09',
      '2026-03-16',
      '2026-03-23',
      '2026-03-30',
    ]);
    const moved = slots.filter((s) => s.moves.length > 0);
    expect(moved.map((s) => [s.scheduledFor, s.date, s.moves[0]?.reason, s.moves[0]?.holiday])).toEqual([
      ['2026-01-19', '2026-01-20', 'holiday', 'Martin Luther King Jr. Day'],
      ['2026-02-16', '2026-02-17', 'holiday', "Presidents' Day"],
    ]);
    expect(moved[0]?.moves[0]?.message).toBe(
      'Moved from Monday 19 January 2026 to Tuesday 20 January 2026: 2026-01-19 is a holiday (Martin Luther King Jr. Day).',
    );
    expect(slots.map((s) => s.phase).filter((p) => p === 'diagnose_and_develop')).toHaveLength(5);
  });

  it('uses the schedule’s own holidays too (the fixture lists both dates)', () => {
    const slots = checkInSlots(plan90(), { asOf: '2026-01-05' });
    expect(slots.filter((s) => s.moves.some((m) => m.reason === 'holiday')).map((s) => s.date)).toEqual(['2026-01-20', '2026-02-17']);
  });

  it('matches records and gives each slot its status at asOf', () => {
    const withRecords = plan90({
      checkInSchedule: { cadence: 'weekly', weekday: 'monday', businessDaysOnly: true },
      checkIns: [
        { id: 'ci-1', date: '2026-01-05', status: 'held', notes: 'Agreed the plan and first steps.' },
        { id: 'ci-2', date: '2026-01-12', status: 'held' },
        { id: 'ci-3', date: '2026-01-20', status: 'held', progress: [{ goalId: 'g-calls', note: '34 calls', value: 34 }] },
        { id: 'ci-5', date: '2026-02-03', scheduledFor: '2026-02-02', status: 'missed', notes: 'Jordan was at a customer site.' },
      ],
    });
    const statuses = (asOf: string) => checkInSlots(withRecords, { asOf, policy }).slice(0, 7).map((s) => s.status);
    expect(statuses('2026-02-09')).toEqual(['held', 'held', 'held', 'missed', 'missed', 'due', 'upcoming']);
    expect(statuses('2026-02-10')).toEqual(['held', 'held', 'held', 'missed', 'missed', 'overdue', 'upcoming']);
    expect(statuses('2026-02-12')).toEqual(['held', 'held', 'held', 'missed', 'missed', 'missed', 'upcoming']);
    const slots = checkInSlots(withRecords, { asOf: '2026-02-10', policy });
    expect(slots.slice(0, 3).map((s) => [s.checkIn?.id, s.documented])).toEqual([
      ['ci-1', true],
      ['ci-2', false],
      ['ci-3', true],
    ]);
    expect(slots[4]?.checkIn?.id).toBe('ci-5');
    // a longer grace keeps the 9 February check-in overdue
    expect(checkInSlots(withRecords, { asOf: '2026-02-12', graceDays: 5, policy })[5]?.status).toBe('overdue');
  });

  it('puts the goal milestones on the timeline', () => {
    expect(planMilestones(plan, { asOf: '2026-02-10' }).map((m) => [m.goalId, m.label, m.date, m.status, m.phase])).toEqual([
      ['g-conversion', 'Day 30', '2026-02-03', 'passed', 'diagnose_and_develop'],
      ['g-conversion', 'Day 60', '2026-03-05', 'upcoming', 'practise_and_apply'],
    ]);
  });
});

describe('business days and the end of the plan', () => {
  it('moves a Friday holiday over the weekend to Monday when check-ins are on business days only', () => {
    const plan = plan90({ startDate: '2026-06-01', checkInSchedule: { cadence: 'weekly', weekday: 'friday', businessDaysOnly: true } });
    const slot = checkInSlots(plan, { asOf: '2026-06-01', policy: { holidays: US_HOLIDAYS_2026 } }).find((s) => s.scheduledFor === '2026-07-03');
    expect(slot?.date).toBe('2026-07-06');
    expect(slot?.moves.map((m) => m.reason)).toEqual(['holiday']);
  });

  it('moves a Saturday check-in to Monday on business days only, with the reason "weekend"', () => {
    const plan = plan90({ checkInSchedule: { cadence: 'biweekly', weekday: 'saturday', businessDaysOnly: true } });
    const slots = checkInSlots(plan, { asOf: '2026-01-05' });
    expect(slots[0]?.scheduledFor).toBe('2026-01-10');
    expect(slots[0]?.date).toBe('2026-01-12');
    expect(slots[0]?.moves[0]?.reason).toBe('weekend');
    expect(slots.length).toBe(7); // every other Saturday from 10 January to 4 April
    // the last, Saturday 4 April, is the end date: Monday would be past it, so Friday 3 April
    expect(slots[6]?.moves[0]).toMatchObject({ reason: 'weekend', from: '2026-04-04', to: '2026-04-03' });
  });

  it('moves a holiday on the last day back to the previous working day instead of past the end', () => {
    // 30 days from Sunday 2026-04-26 end on Memorial Day, Monday 2026-05-25.
    const plan = plan90({ startDate: '2026-04-26', durationDays: 30, checkInSchedule: { cadence: 'weekly', weekday: 'monday', businessDaysOnly: true } });
    expect(planEndDate(plan)).toBe('2026-05-25');
    const slots = checkInSlots(plan, { asOf: '2026-04-26', policy: { holidays: US_HOLIDAYS_2026 } });
    expect(slots.map((s) => s.date)).toEqual(['2026-04-27', '2026-05-04', '2026-05-11', '2026-05-18', '2026-05-22']);
    expect(slots[4]?.moves[0]).toMatchObject({ reason: 'holiday', from: '2026-05-25', to: '2026-05-22', holiday: 'Memorial Day' });
  });
});

describe('a 30-day plan (2026-03-02 .. 2026-03-31, weekly Friday check-ins)', () => {
  const plan = plan30();

  it('has three 10-day phases and four Friday check-ins', () => {
    expect(planEndDate(plan)).toBe('2026-03-31');
    expect(spans(plan)).toEqual([
      'diagnose_and_develop 2026-03-02..2026-03-11 (10)',
      'practise_and_apply 2026-03-12..2026-03-21 (10)',
      'measure_and_evaluate 2026-03-22..2026-03-31 (10)',
    ]);
    expect(checkInSlots(plan, { asOf: '2026-03-02' }).map((s) => s.date)).toEqual(['2026-03-06', '2026-03-13', '2026-03-20', '2026-03-27']);
  });

  it('lists the weekly support sessions and the dated one, overdue once their day has passed', () => {
    const sessions = supportSessions(plan, { asOf: '2026-03-10' });
    expect(sessions.map((s) => `${s.commitmentId} ${s.dueDate} ${s.status}`)).toEqual([
      'sup-blocks 2026-03-02 overdue',
      'sup-blocks 2026-03-09 overdue',
      'sup-blocks 2026-03-16 upcoming',
      'sup-blocks 2026-03-23 upcoming',
      'sup-blocks 2026-03-30 upcoming',
      'sup-dialer 2026-03-03 overdue',
    ]);
  });

  it('scales the phases by the policy weights', () => {
    expect(spans(plan, { policy: { phaseWeights: [1, 2, 3] } })).toEqual([
      'diagnose_and_develop 2026-03-02..2026-03-06 (5)',
      'practise_and_apply 2026-03-07..2026-03-16 (10)',
      'measure_and_evaluate 2026-03-17..2026-03-31 (15)',
    ]);
  });
});

describe('a 10-day pause', () => {
  const paused = plan90({ pauses: [{ start: '2026-02-02', end: '2026-02-11', reason: 'Parental leave' }] });

  it('moves the end date, the phases, the check-ins, the sessions and the milestones by 10 days', () => {
    expect(planEndDate(paused)).toBe('2026-04-14');
    expect(spans(paused)).toEqual([
      'diagnose_and_develop 2026-01-05..2026-02-13 (30)',
      'practise_and_apply 2026-02-14..2026-03-15 (30)',
      'measure_and_evaluate 2026-03-16..2026-04-14 (30)',
    ]);
    const slots = checkInSlots(paused, { asOf: '2026-02-20' });
    expect(slots).toHaveLength(13);
    expect(slots.slice(3, 6).map((s) => [s.writtenDate, s.date])).toEqual([
      ['2026-01-26', '2026-01-26'],
      ['2026-02-02', '2026-02-12'],
      ['2026-02-09', '2026-02-19'],
    ]);
    expect(slots[4]?.moves[0]?.message).toBe(
      'Moved from Monday 2 February 2026 to Thursday 12 February 2026: the plan was paused for 10 days before it.',
    );
    expect(slots.every((s) => s.date < '2026-02-02' || s.date > '2026-02-11')).toBe(true);
    expect(planMilestones(paused, { asOf: '2026-02-20' }).map((m) => [m.writtenDate, m.date])).toEqual([
      ['2026-02-03', '2026-02-13'],
      ['2026-03-05', '2026-03-15'],
    ]);
    expect(planDateOf(paused, '2026-01-14')).toBe('2026-01-14');
    expect(planDateOf(paused, '2026-02-05')).toBe('2026-02-15');
    expect(supportSessions(paused, { asOf: '2026-02-20' }).find((s) => s.writtenDueDate === '2026-02-02')?.dueDate).toBe('2026-02-12');
  });

  it('does not count paused days as elapsed', () => {
    const p = planProgress(paused, { asOf: '2026-02-20' });
    expect([p.dayOfPlan, p.daysElapsed, p.daysRemaining, p.pausedDays, p.paused]).toEqual([37, 37, 53, 10, false]);
    const during = planProgress(paused, { asOf: '2026-02-05' });
    expect([during.dayOfPlan, during.daysElapsed, during.paused, during.phase]).toEqual([undefined, 28, true, 'diagnose_and_develop']);
  });

  it('treats an open pause as running through asOf: the end date is provisional', () => {
    const open = plan90({ pauses: [{ start: '2026-02-02', reason: 'Medical leave' }] });
    expect(planEndDate(open, { asOf: '2026-02-06' })).toBe('2026-04-09');
    expect(planEndDate(open, { asOf: '2026-02-11' })).toBe('2026-04-14');
    const timeline = planTimeline(open, { asOf: '2026-02-06' });
    expect(timeline.endDateProvisional).toBe(true);
    expect(timeline.pauses).toEqual([{ start: '2026-02-02', end: '2026-02-06', days: 5, open: true }]);
    expect(timeline.progress.paused).toBe(true);
    expect(planTimeline(paused, { asOf: '2026-02-20' }).endDateProvisional).toBe(false);
  });
});

describe('an extension capped by policy', () => {
  const plan = plan90();

  it('gives a new end date within the default cap (one extension, 30 days) and refuses more', () => {
    const granted = proposeExtension(plan, 30, { asOf: '2026-04-01' });
    expect(granted).toMatchObject({ ok: true, days: 30, previousEndDate: '2026-04-04', newEndDate: '2026-05-04' });
    const tooLong = proposeExtension(plan, 45, { asOf: '2026-04-01' });
    expect(tooLong).toMatchObject({ ok: false, code: 'extension_days_exceeded' });
    if (!tooLong.ok) expect(tooLong.message).toBe('An extension of 45 days is more than the 30 days left of the policy\'s 30-day total.');
  });

  it('continues the check-ins to the new end and refuses a second extension', () => {
    const extended = plan90({
      extensions: [
        { grantedOn: '2026-04-01', by: 'hr-priya', days: 30, previousEndDate: '2026-04-04', newEndDate: '2026-05-04', reason: 'Real progress; the workshop came late.' },
      ],
    });
    expect(planEndDate(extended)).toBe('2026-05-04');
    const slots = checkInSlots(extended, { asOf: '2026-04-01' });
    expect(slots.slice(13).map((s) => s.date)).toEqual(['2026-04-06', '2026-04-13', '2026-04-20', '2026-04-27', '2026-05-04']);
    // extension days belong to the last phase
    expect(planPhases(extended).at(-1)).toMatchObject({ phase: 'measure_and_evaluate', start: '2026-03-06', end: '2026-05-04', days: 60 });
    expect(extensionAllowance(extended)).toEqual({ extensionsUsed: 1, extensionsLeft: 0, daysUsed: 30, daysLeft: 0, maxExtensions: 1, maxExtensionDays: 30 });
    expect(proposeExtension(extended, 10, { asOf: '2026-05-01' })).toMatchObject({ ok: false, code: 'extension_count_exceeded' });
    // a looser policy: two extensions, 45 days in all
    const policy = { maxExtensions: 2, maxExtensionDays: 45 };
    expect(proposeExtension(extended, 20, { asOf: '2026-05-01', policy })).toMatchObject({ ok: false, code: 'extension_days_exceeded' });
    expect(proposeExtension(extended, 15, { asOf: '2026-05-01', policy })).toMatchObject({ ok: true, newEndDate: '2026-05-19' });
  });
});
