/**
 * What callers of the timeline rely on, case by case: which record fulfils which check-in, when a
 * slot is due, overdue or missed, which holidays move a slot and how, how support sessions are
 * counted and matched to deliveries, how pauses combine, how a policy is read. Written against the
 * mutation-testing survivors of src/timeline (docs/quality.md). The 90-day fixture starts Monday
 * 2026-01-05, check-ins weekly on Monday, business days only, holidays 2026-01-19 and 2026-02-16.
 */
import { describe, expect, it } from 'vitest';
import {
  checkInSlots,
  DEFAULT_TIMELINE_POLICY,
  extensionAllowance,
  phaseAt,
  planEndDate,
  planMilestones,
  planPhases,
  planProgress,
  planTimeline,
  PolicyError,
  proposeExtension,
  supportSessions,
  type CheckIn,
  type Plan,
} from '../../src/index.js';
import { plan90, unchecked } from '../support/plans.js';

const held = (date: string, extra: Partial<CheckIn> = {}): CheckIn => ({ id: `ci-${date}-${extra.scheduledFor ?? ''}`, date, status: 'held', notes: 'Reviewed every goal.', ...extra });

describe('check-in slots: the schedule', () => {
  it('a plan without a schedule has no slots', () => {
    expect(checkInSlots(plan90({ checkInSchedule: null }), { asOf: '2026-01-05' })).toEqual([]);
  });

  it('policy holidays move slots too, named or not; the schedule and the policy combine', () => {
    const plain = checkInSlots(plan90(), { asOf: '2026-01-05', policy: { holidays: ['2026-01-12'] } });
    expect(plain[1]).toMatchObject({ index: 2, scheduledFor: '2026-01-12', date: '2026-01-13' });
    expect(plain[1]?.moves).toEqual([expect.objectContaining({ reason: 'holiday', from: '2026-01-12', to: '2026-01-13' })]);
    expect(plain[1]?.moves[0]).not.toHaveProperty('holiday');
    // the schedule's own holidays still apply
    expect(plain[2]?.date).toBe('2026-01-20');
    // a named policy holiday gives its name, also on a date the schedule lists
    const named = checkInSlots(plan90(), { asOf: '2026-01-05', policy: { holidays: [{ date: '2026-01-19', name: 'Martin Luther King Jr. Day' }, '2026-02-16'] } });
    expect(named[2]?.moves[0]).toMatchObject({ holiday: 'Martin Luther King Jr. Day' });
    expect(named[2]?.moves[0]?.message).toContain('Martin Luther King Jr. Day');
    expect(named[6]?.moves[0]).not.toHaveProperty('holiday');
  });

  it('weekends count only with businessDaysOnly', () => {
    const saturday = { cadence: 'weekly', weekday: 'saturday' };
    expect(checkInSlots(plan90({ checkInSchedule: saturday }), { asOf: '2026-01-05' })[0]).toMatchObject({ date: '2026-01-10', moves: [] });
    const business = checkInSlots(plan90({ checkInSchedule: { ...saturday, businessDaysOnly: true } }), { asOf: '2026-01-05' });
    expect(business[0]).toMatchObject({ scheduledFor: '2026-01-10', date: '2026-01-12' });
    expect(business[0]?.moves.map((m) => m.reason)).toEqual(['weekend']);
  });

  it('a slot that cannot move forward inside the plan moves back, never onto or before the previous slot', () => {
    // the 90-day plan ends Saturday 2026-04-04; a weekly Friday slot on a holiday that day's week
    const friday = { cadence: 'weekly', weekday: 'friday', businessDaysOnly: true, holidays: ['2026-04-03'] };
    const slots = checkInSlots(plan90({ checkInSchedule: friday }), { asOf: '2026-01-05' });
    expect(slots.at(-1)).toMatchObject({ scheduledFor: '2026-04-03', date: '2026-04-02' });
    expect(slots.at(-2)?.date).toBe('2026-03-27');
    // when every earlier day up to the previous slot is blocked, the slot moves past the end instead
    const blocked = { ...friday, holidays: ['2026-03-30', '2026-03-31', '2026-04-01', '2026-04-02', '2026-04-03'] };
    const late = checkInSlots(plan90({ checkInSchedule: blocked }), { asOf: '2026-01-05' });
    expect(late.at(-1)).toMatchObject({ scheduledFor: '2026-04-03', date: '2026-04-06' });
    // a plan of one week whose only slot falls on a holiday at the end: moved back inside the plan, not before its start
    const short = plan90({ durationDays: 5, checkInSchedule: { cadence: 'weekly', weekday: 'friday', holidays: ['2026-01-09'] } });
    expect(checkInSlots(short, { asOf: '2026-01-05' }).map((s) => s.date)).toEqual(['2026-01-08']);
    const first = plan90({ durationDays: 5, checkInSchedule: { cadence: 'weekly', weekday: 'monday', holidays: ['2026-01-05', '2026-01-06', '2026-01-07', '2026-01-08', '2026-01-09'] } });
    expect(checkInSlots(first, { asOf: '2026-01-05' }).map((s) => s.date)).toEqual(['2026-01-10']);
  });

  it('moving forward onto the last plan day is allowed; moving back may land on the day after the previous slot', () => {
    // no businessDaysOnly: Saturday 2026-04-04, the last day, is a working day
    const lastDay = plan90({ checkInSchedule: { cadence: 'weekly', weekday: 'friday', holidays: ['2026-04-03'] } });
    expect(checkInSlots(lastDay, { asOf: '2026-01-05' }).at(-1)?.date).toBe('2026-04-04');
    // ends Friday 2026-04-03; every day back to Sunday 03-29 is a holiday: the slot moves to Saturday 03-28, the day after the previous slot
    const holidays = ['2026-03-29', '2026-03-30', '2026-03-31', '2026-04-01', '2026-04-02', '2026-04-03'];
    const back = plan90({ durationDays: 89, checkInSchedule: { cadence: 'weekly', weekday: 'friday', holidays } });
    expect(checkInSlots(back, { asOf: '2026-01-05' }).slice(-2).map((s) => s.date)).toEqual(['2026-03-27', '2026-03-28']);
  });

  it('slots are numbered from 1', () => {
    expect(checkInSlots(plan90(), { asOf: '2026-01-05' }).map((s) => s.index).slice(0, 3)).toEqual([1, 2, 3]);
  });
});

describe('check-in slots: records and status', () => {
  it('a record names its slot with scheduledFor (scheduled, written or moved date), else matches by date', () => {
    const records = [
      held('2026-01-21', { scheduledFor: '2026-01-19' }), // the holiday slot, by its scheduled date
      held('2026-01-14', { scheduledFor: '2026-01-12' }), // a late check-in for the second slot
      held('2026-01-05'), // the first slot, by date
    ];
    const slots = checkInSlots(plan90({ checkIns: records }), { asOf: '2026-01-22' });
    expect(slots.slice(0, 3).map((s) => s.checkIn?.date)).toEqual(['2026-01-05', '2026-01-14', '2026-01-21']);
    expect(slots.slice(0, 3).map((s) => s.status)).toEqual(['held', 'held', 'held']);
    // by the moved date too
    const moved = checkInSlots(plan90({ checkIns: [held('2026-01-22', { scheduledFor: '2026-01-20' })] }), { asOf: '2026-01-22' });
    expect(moved[2]?.checkIn?.date).toBe('2026-01-22');
  });

  it('a make-up check-in held weeks later fulfils the slot it names, not the slot of its date', () => {
    const makeUp = held('2026-01-28', { id: 'make-up', scheduledFor: '2026-01-12' });
    const slots = checkInSlots(plan90({ checkIns: [makeUp] }), { asOf: '2026-01-29' });
    expect(slots[1]).toMatchObject({ status: 'held', checkIn: { id: 'make-up' } });
    expect(slots[3]?.checkIn).toBeUndefined();
    // named by its written date when a pause moved the slot
    const paused = plan90({ pauses: [{ start: '2026-01-06', end: '2026-01-08', reason: 'Leave' }], checkIns: [held('2026-01-30', { id: 'late', scheduledFor: '2026-01-12' })] });
    const moved = checkInSlots(paused, { asOf: '2026-01-31' });
    expect(moved[1]).toMatchObject({ writtenDate: '2026-01-12', scheduledFor: '2026-01-15', checkIn: { id: 'late' } });
  });

  it('two records for one slot: the first fulfils it, the second is left for the slot it fits by date', () => {
    const records = [held('2026-01-12', { scheduledFor: '2026-01-12', id: 'a' }), held('2026-01-26', { scheduledFor: '2026-01-12', id: 'b' })];
    const slots = checkInSlots(plan90({ checkIns: records }), { asOf: '2026-01-27' });
    expect(slots[1]?.checkIn?.id).toBe('a');
    expect(slots[3]?.checkIn?.id).toBe('b');
  });

  it('by date: from earlyCheckInDays before a slot until the next slot window; one record per slot, in date order', () => {
    const early = DEFAULT_TIMELINE_POLICY.earlyCheckInDays;
    const records = [held('2026-01-13', { id: 'late-2' }), held('2026-01-12', { id: 'on-2' }), held('2025-12-30', { id: 'too-early' })];
    const slots = checkInSlots(plan90({ checkIns: records }), { asOf: '2026-01-20' });
    expect(slots[0]?.checkIn).toBeUndefined();
    expect(slots[1]?.checkIn?.id).toBe('on-2');
    expect(slots.some((s) => s.checkIn?.id === 'too-early')).toBe(false);
    // a record within the early window of a slot belongs to it, not to the slot before
    const window = checkInSlots(plan90({ checkIns: [held(`2026-01-${String(12 - early).padStart(2, '0')}`, { id: 'early' })] }), { asOf: '2026-01-12' });
    expect(window[1]?.checkIn?.id).toBe('early');
    expect(window[0]?.checkIn).toBeUndefined();
    // one day earlier still belongs to the slot before
    const before = checkInSlots(plan90({ checkIns: [held(`2026-01-${String(11 - early).padStart(2, '0')}`, { id: 'prior' })] }), { asOf: '2026-01-12' });
    expect(before[0]?.checkIn?.id).toBe('prior');
  });

  it('status: upcoming, due, overdue within the grace days, then missed; documented means held with notes or progress', () => {
    const grace = DEFAULT_TIMELINE_POLICY.graceDays;
    const status = (asOf: string, options = {}) => checkInSlots(plan90(), { asOf, ...options })[1]?.status;
    expect(status('2026-01-11')).toBe('upcoming');
    expect(status('2026-01-12')).toBe('due');
    expect(status(`2026-01-${12 + grace}`)).toBe('overdue');
    expect(status(`2026-01-${13 + grace}`)).toBe('missed');
    expect(status('2026-01-13', { graceDays: 0 })).toBe('missed');
    const documented = (record: CheckIn) => checkInSlots(plan90({ checkIns: [record] }), { asOf: '2026-01-06' })[0]?.documented;
    expect(documented(held('2026-01-05'))).toBe(true);
    expect(documented(held('2026-01-05', { notes: '   ' }))).toBe(false);
    expect(documented(held('2026-01-05', { notes: '   ', progress: [{ goalId: 'g-conversion', note: 'On track' }] }))).toBe(true);
    expect(documented({ ...held('2026-01-05'), status: 'missed' })).toBe(false);
  });
});

describe('support sessions', () => {
  const only = (plan: Plan, id: string, asOf = '2026-01-05') => supportSessions(plan, { asOf }).filter((s) => s.commitmentId === id);

  it('a weekly cadence runs through the last plan day; a count caps it; a start date moves it', () => {
    const weekly = only(plan90(), 'sup-call-review');
    expect(weekly).toHaveLength(13); // 2026-01-05 .. 2026-03-30, all inside the 90 days
    expect(weekly.at(-1)?.dueDate).toBe('2026-03-30');
    // a plan whose last day is a cadence day includes it
    expect(only(plan90({ durationDays: 85 }), 'sup-call-review').at(-1)?.dueDate).toBe('2026-03-30');
    expect(only(plan90({ durationDays: 84 }), 'sup-call-review').at(-1)?.dueDate).toBe('2026-03-23');
    const counted = plan90({ support: [{ id: 's', kind: 'coaching', description: 'Coaching', owner: 'mgr-dana', cadence: { every: 'two_weeks', count: 3, starting: '2026-01-07' }, goalIds: [] }] });
    expect(only(counted, 's').map((s) => s.dueDate)).toEqual(['2026-01-07', '2026-01-21', '2026-02-04']);
    const monthly = plan90({ support: [{ id: 's', kind: 'mentorship', description: 'Mentor', cadence: { every: 'month' }, goalIds: [] }] });
    expect(only(monthly, 's').map((s) => s.dueDate)).toEqual(['2026-01-05', '2026-02-04', '2026-03-06']);
    expect(only(monthly, 's')[0]).not.toHaveProperty('owner');
    expect(only(plan90(), 'sup-workshop')[0]).toMatchObject({ owner: 'enablement-lee' });
  });

  it('sessions come in due order; deliveries of that commitment only are matched in date order', () => {
    const support = [{ id: 's', kind: 'training', description: 'Workshops', owner: 'enablement-lee', dueDates: ['2026-02-10', '2026-01-20'], goalIds: [] }];
    const deliveries = [
      { commitmentId: 's', date: '2026-02-11', status: 'missed' },
      { commitmentId: 'other', date: '2026-01-01', status: 'delivered' },
      { commitmentId: 's', date: '2026-01-20', status: 'delivered' },
    ];
    const plan = plan90({ support: [...plan90().support, { ...support[0], id: 'other', dueDates: ['2026-01-06'] }, ...support], supportDeliveries: deliveries });
    const sessions = only(plan, 's', '2026-02-12');
    expect(sessions.map((s) => [s.dueDate, s.status, s.delivery?.date])).toEqual([
      ['2026-01-20', 'delivered', '2026-01-20'],
      ['2026-02-10', 'missed', '2026-02-11'],
    ]);
    // due today is not yet overdue
    expect(only(plan90({ support }), 's', '2026-01-20')[0]?.status).toBe('upcoming');
    expect(only(plan90({ support }), 's', '2026-01-21')[0]?.status).toBe('overdue');
  });

  it('a pause moves later sessions, which keep their written date', () => {
    const paused = plan90({ pauses: [{ start: '2026-01-12', end: '2026-01-18', reason: 'Leave' }] });
    const sessions = only(paused, 'sup-workshop', '2026-01-20');
    expect(sessions[0]).toMatchObject({ dueDate: '2026-01-21', writtenDueDate: '2026-01-14' });
    expect(only(paused, 'sup-lead-routing', '2026-01-20')[0]).not.toHaveProperty('writtenDueDate');
  });
});

describe('the plan clock: pauses', () => {
  it('overlapping, adjacent and unordered pauses count each paused day once', () => {
    const pauses = [
      { start: '2026-02-09', end: '2026-02-12', reason: 'b' },
      { start: '2026-02-02', end: '2026-02-08', reason: 'a' }, // adjacent to b
      { start: '2026-02-03', end: '2026-02-04', reason: 'inside a' },
      { start: '2026-03-02', end: '2026-03-02', reason: 'c' },
    ];
    // documents parsePlan refuses (pause_order, pause_outside_plan): the clock still copes
    const timeline = planTimeline(unchecked(plan90(), { pauses }), { asOf: '2026-03-10' });
    expect(timeline.pauses).toEqual([
      { start: '2026-02-02', end: '2026-02-12', days: 11, open: false },
      { start: '2026-03-02', end: '2026-03-02', days: 1, open: false },
    ]);
    expect(timeline.endDate).toBe('2026-04-16');
    expect(timeline.writtenEndDate).toBe('2026-04-04');
    // a pause before the start counts from the start only
    expect(planEndDate(unchecked(plan90(), { pauses: [{ start: '2026-01-01', end: '2026-01-06', reason: 'x' }] }))).toBe('2026-04-06');
    // two pauses starting the same day: the longer one wins
    expect(planEndDate(unchecked(plan90(), { pauses: [{ start: '2026-02-02', end: '2026-02-08', reason: 'x' }, { start: '2026-02-02', end: '2026-02-03', reason: 'y' }] }))).toBe('2026-04-11');
  });

  it('an open pause makes the end provisional, and only while it is open', () => {
    const open = plan90({ pauses: [{ start: '2026-02-02', reason: 'Leave' }] });
    expect(planTimeline(open, { asOf: '2026-02-05' })).toMatchObject({ endDateProvisional: true, endDate: '2026-04-08' });
    expect(planTimeline(plan90({ pauses: [{ start: '2026-02-02', end: '2026-02-05', reason: 'Leave' }] }), { asOf: '2026-02-05' }).endDateProvisional).toBe(false);
    // adjacent to a closed pause, the merged span is still open
    const both = plan90({ pauses: [{ start: '2026-02-02', end: '2026-02-03', reason: 'a' }, { start: '2026-02-04', reason: 'b' }] });
    expect(planTimeline(both, { asOf: '2026-02-05' }).pauses).toEqual([{ start: '2026-02-02', end: '2026-02-05', days: 4, open: true }]);
  });

  it('progress on paused days, at the start and after the end; phases keep the last plan day\'s phase', () => {
    const plan = plan90({ pauses: [{ start: '2026-02-03', end: '2026-02-09', reason: 'Leave' }] });
    const phases = planPhases(plan);
    const firstEnd = phases[0]!.end;
    expect(phaseAt(plan, '2026-02-05')).toBe(phaseAt(plan, '2026-02-02'));
    expect(firstEnd).toBe('2026-02-10');
    expect(phaseAt(plan, firstEnd)).toBe('diagnose_and_develop');
    expect(planProgress(plan, { asOf: '2026-01-05' })).toMatchObject({ dayOfPlan: 1, daysElapsed: 1 });
    expect(planProgress(plan, { asOf: '2026-01-04' })).toMatchObject({ dayOfPlan: undefined, daysElapsed: 0, daysRemaining: 90 });
    const after = planProgress(plan, { asOf: '2026-05-01' });
    expect(after).toMatchObject({ calendarDaysRemaining: 0, daysRemaining: 0, phase: undefined });
    expect(planProgress(plan, { asOf: '2026-04-01' }).calendarDaysRemaining).toBe(10);
  });

  it('an end date counts the start day', () => {
    expect(planTimeline(plan90({ durationDays: null, endDate: '2026-04-04' }), { asOf: '2026-01-05' }).writtenEndDate).toBe('2026-04-04');
    expect(planTimeline(plan90({ durationDays: null, endDate: '2026-01-06' }), { asOf: '2026-01-05' }).progress.totalDays).toBe(2);
  });
});

describe('milestones', () => {
  it('in date order across goals, with label when written, passed, due or upcoming at asOf', () => {
    const plan = plan90();
    const at = (asOf: string) => planMilestones(plan, { asOf });
    expect(at('2026-02-03').map((m) => [m.writtenDate, m.status, m.label])).toEqual([
      ['2026-02-03', 'due', 'Day 30'],
      ['2026-03-05', 'upcoming', 'Day 60'],
    ]);
    expect(at('2026-02-04')[0]?.status).toBe('passed');
    const goals = plan.goals.map((g, i) => (i === 1 ? { ...g, milestones: [{ date: '2026-01-20', target: 45 }] } : g));
    const mixed = planMilestones({ ...plan, goals } as Plan, { asOf: '2026-01-05' });
    expect(mixed.map((m) => m.date)).toEqual(['2026-01-20', '2026-02-03', '2026-03-05']);
    expect(mixed[0]).not.toHaveProperty('label');
  });
});

describe('the timeline policy', () => {
  // Issue 13: bad values used to be clamped (12.9 -> 12, -2 -> 0) or dropped in silence; now
  // planTimeline reports them as policy_invalid issues (the default used), and the single views,
  // which have no room for issues, throw a PolicyError.
  it('a bad number is reported, never clamped: planTimeline lists it, the views throw', () => {
    for (const bad of [{ maxExtensionDays: 12.9 }, { maxExtensions: -2 }, { maxExtensionDays: Number.NaN }, { maxExtensions: Number.POSITIVE_INFINITY }]) {
      const timeline = planTimeline(plan90(), { asOf: '2026-02-10', policy: bad });
      const [field] = Object.keys(bad);
      expect(timeline.issues.map((i) => [i.code, i.path]), JSON.stringify(bad)).toEqual([['policy_invalid', ['policy', field]]]);
      expect(timeline.extensions).toEqual(extensionAllowance(plan90()));
      expect(() => extensionAllowance(plan90(), { policy: bad }), JSON.stringify(bad)).toThrow(PolicyError);
    }
    expect(extensionAllowance(plan90(), { policy: { maxExtensionDays: 12, maxExtensions: 0 } })).toMatchObject({ maxExtensionDays: 12, maxExtensions: 0 });
    expect(planTimeline(plan90(), { asOf: '2026-02-10' }).issues).toEqual([]);
  });

  it('phase weights: three positive finite numbers; anything else reported, the defaults used', () => {
    const bounds = (phaseWeights: readonly number[]) => planPhases(plan90(), { policy: { phaseWeights: phaseWeights as [number, number, number] } }).map((p) => p.days);
    expect(bounds([1, 1, 2])).toEqual([23, 22, 45]);
    const defaults = bounds([30, 30, 30]);
    expect(defaults).toEqual([30, 30, 30]);
    for (const bad of [[1, 1], [1, 0, 2], [1, -1, 2], [1, Number.NaN, 2], [1, 1, Number.POSITIVE_INFINITY]]) {
      expect(() => bounds(bad), JSON.stringify(bad)).toThrow(PolicyError);
      const timeline = planTimeline(plan90(), { asOf: '2026-02-10', policy: { phaseWeights: bad as [number, number, number] } });
      expect(timeline.phases.map((p) => p.days), JSON.stringify(bad)).toEqual(defaults);
      expect(timeline.issues[0]?.message).toBe(`Policy field phaseWeights must be three positive numbers, not ${JSON.stringify(bad)}; the default was used.`);
    }
  });

  it('proposeExtension returns a bad policy as data (ok: false, code policy_invalid, the issues), never throws', () => {
    const proposal = proposeExtension(plan90(), 10, { asOf: '2026-04-01', policy: { maxExtensionDays: -5 } });
    expect(proposal.ok).toBe(false);
    if (proposal.ok) return;
    expect(proposal.code).toBe('policy_invalid');
    expect('issues' in proposal && proposal.issues.map((i) => [i.code, i.path])).toEqual([['policy_invalid', ['policy', 'maxExtensionDays']]]);
    expect(proposal.message).toContain('maxExtensionDays');
    // the allowance under the policy that would be used (the default for the bad field)
    expect(proposal.allowance.maxExtensionDays).toBe(30);
  });

  it('a policy passed to proposeExtension and planTimeline is used there', () => {
    expect(proposeExtension(plan90(), 40, { asOf: '2026-04-01', policy: { maxExtensionDays: 45 } }).ok).toBe(true);
    expect(proposeExtension(plan90(), 40, { asOf: '2026-04-01' }).ok).toBe(false);
    expect(planTimeline(plan90(), { asOf: '2026-01-05', policy: { maxExtensions: 3 } }).extensions.maxExtensions).toBe(3);
    const timeline = planTimeline(plan90(), { asOf: '2026-01-05' });
    expect(timeline.phases.map((p) => p.phase)).toEqual(['diagnose_and_develop', 'practise_and_apply', 'measure_and_evaluate']);
    expect(Object.isFrozen(timeline.phases[0])).toBe(true);
  });
});
