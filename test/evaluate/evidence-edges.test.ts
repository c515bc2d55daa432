/**
 * The evidence behind the fairness rules, read at its edges: check-ins held against due (with
 * and without a schedule), what counts as documented, the support ledger's statuses, and every
 * shortfall threshold ("below" is a shortfall, "at" is not). Expectations follow from the records
 * each test writes and the rules in docs/evaluation.md.
 * (Written for mutation testing of src/evaluate/evidence.ts.)
 */
import { describe, expect, it } from 'vitest';
import { evaluatePlan, shiftDate, type EvaluationPolicyOverrides, type PlanInput } from '../../src/index.js';
import { fixtureInput, planOf, withRecords } from '../support/scenario.js';

const START = '2026-01-05';
const GRACE = 14;

/** The evidence of the plan, activated: a draft runs no clock, so nothing would be due (issue 16). */
function evidenceOf(input: PlanInput, asOf: string, policy?: EvaluationPolicyOverrides) {
  const running = input.status === undefined || input.status === 'draft' ? { ...input, status: 'active' as const } : input;
  return evaluatePlan(planOf(running), [], { asOf, ...(policy ? { policy } : {}) }).evidence;
}

/** The fixture without a check-in schedule, with these check-in records. */
function unscheduled(checkIns: PlanInput['checkIns']): PlanInput {
  const { checkInSchedule: _dropped, ...rest } = fixtureInput();
  return { ...rest, checkIns };
}

describe('check-ins without a schedule: the records are the log', () => {
  const records: PlanInput['checkIns'] = [
    { id: 'c3', date: '2026-01-26', status: 'held', notes: '   ', progress: [{ goalId: 'g-conversion', note: 'Up to 9%.' }] },
    { id: 'c1', date: '2026-01-12', status: 'held', notes: 'Reviewed the calls.', actions: [{ description: 'Shadow two demos' }] },
    { id: 'c2', date: '2026-01-19', scheduledFor: '2026-01-16', status: 'missed' },
    { id: 'c4', date: '2026-02-02', status: 'held', notes: ' \t ' },
    { id: 'c5', date: '2026-02-09', status: 'held', notes: 'After asOf: not yet held.' },
  ];
  // Worked out inside each test (not when the file is collected), so mutation testing sees it.
  const run = () => evidenceOf(unscheduled(records), '2026-02-05').checkIns;

  it('counts the records up to asOf, in date order, scheduledFor kept', () => {
    const evidence = run();
    expect(evidence.scheduled).toBe(0);
    expect(evidence.log.map((entry) => [entry.date, entry.scheduledFor, entry.status])).toEqual([
      ['2026-01-12', '2026-01-12', 'held'],
      ['2026-01-19', '2026-01-16', 'missed'],
      ['2026-01-26', '2026-01-26', 'held'],
      ['2026-02-02', '2026-02-02', 'held'],
    ]);
    expect([evidence.held, evidence.missed, evidence.due, evidence.pending]).toEqual([3, 1, 4, 0]);
    expect(evidence.heldShare).toBe(3 / 4);
  });

  it('documented means held with notes that are not blank, or with progress notes', () => {
    const evidence = run();
    expect(evidence.log.map((entry) => entry.documented)).toEqual([true, false, true, false]);
    expect(evidence.documented).toBe(2);
    expect(evidence.documentedShare).toBeCloseTo(2 / 3, 4);
  });

  it('shows notes, progress and actions as written, blank notes as none', () => {
    const evidence = run();
    const [first, missed, third, fourth] = evidence.log;
    expect(first).toMatchObject({ notes: 'Reviewed the calls.', heldOn: '2026-01-12', progress: [], actions: ['Shadow two demos'] });
    expect(missed).toMatchObject({ notes: null, heldOn: null, progress: [], actions: [] });
    expect(third).toMatchObject({ notes: null, progress: [{ goalId: 'g-conversion', note: 'Up to 9%.', value: null }], actions: [] });
    expect(fourth?.notes).toBeNull();
  });

  it('a record on asOf counts; a missed one is never documented; progress alone documents a held one', () => {
    const evidence = evidenceOf(
      unscheduled([
        { id: 'a', date: '2026-01-12', status: 'missed', notes: 'Rep on a customer visit.' },
        { id: 'b', date: '2026-01-19', status: 'held', progress: [{ goalId: 'g-calls', note: '38 calls.', value: 38 }] },
        { id: 'c', date: '2026-01-26', status: 'held', notes: 'On asOf.' },
      ]),
      '2026-01-26',
    ).checkIns;
    expect(evidence.log.map((entry) => [entry.date, entry.status, entry.documented])).toEqual([
      ['2026-01-12', 'missed', false],
      ['2026-01-19', 'held', true],
      ['2026-01-26', 'held', true],
    ]);
    expect(evidence.log[1]?.progress).toEqual([{ goalId: 'g-calls', note: '38 calls.', value: 38 }]);
  });

  it('records all held past the grace days: no shortfall', () => {
    const held = unscheduled([
      { id: 'a', date: '2026-01-12', status: 'held', notes: 'Week 2.' },
      { id: 'b', date: '2026-01-19', status: 'held', notes: 'Week 3.' },
    ]);
    const evidence = evidenceOf(held, shiftDate(START, GRACE + 10)).checkIns;
    expect([evidence.held, evidence.heldShare, evidence.shortfall]).toEqual([2, 1, false]);
  });

  it('none held past the grace days is a shortfall; on the last grace day it is not yet', () => {
    const none = unscheduled([]);
    // Day 1 is the start: asOf = start + GRACE - 1 is the GRACE-th day.
    expect(evidenceOf(none, shiftDate(START, GRACE - 1)).checkIns.shortfall).toBe(false);
    expect(evidenceOf(none, shiftDate(START, GRACE)).checkIns.shortfall).toBe(true);
    expect(evidenceOf(none, shiftDate(START, GRACE), { commitmentGraceDays: GRACE + 1 }).checkIns.shortfall).toBe(false);
  });
});

describe('check-ins on a schedule', () => {
  it('none held yet is no shortfall while none is due (all still within their grace days)', () => {
    const asOf = shiftDate(START, 20);
    const evidence = evidenceOf(fixtureInput(), asOf, { checkInGraceDays: 30 }).checkIns;
    expect(evidence.held).toBe(0);
    expect(evidence.due).toBe(0);
    expect(evidence.pending).toBeGreaterThan(0);
    expect(evidence.shortfall).toBe(false);
  });

  it('shows the notes, progress and actions of a held check-in; blank notes as none', () => {
    const input = withRecords(fixtureInput());
    const checkIns = input.checkIns!.map((record, i) =>
      i === 0
        ? { ...record, notes: 'Good week.', progress: [{ goalId: 'g-conversion', note: 'Nine percent.', value: 0.09 }], actions: [{ description: 'Book the workshop' }] }
        : i === 1
          ? { ...record, notes: '  ' }
          : record,
    );
    const log = evidenceOf({ ...input, checkIns }, '2026-04-06').checkIns.log;
    expect(log[0]).toMatchObject({ notes: 'Good week.', progress: [{ goalId: 'g-conversion', note: 'Nine percent.', value: 0.09 }], actions: ['Book the workshop'] });
    expect(log[1]).toMatchObject({ notes: null, progress: [], actions: [] });
  });

  it('held share exactly at the policy is enough; just below is a shortfall', () => {
    const input = withRecords(fixtureInput(), { missedCheckIns: new Set([1]) });
    const asOf = '2026-04-06';
    const { held, due, heldShare } = evidenceOf(input, asOf).checkIns;
    // Shares are reported to four decimals, and the policy is held against the reported share.
    expect(heldShare).toBeCloseTo(held / due, 4);
    expect(evidenceOf(input, asOf, { minCheckInHeldShare: heldShare! }).checkIns.shortfall).toBe(false);
    expect(evidenceOf(input, asOf, { minCheckInHeldShare: heldShare! + 1e-9 }).checkIns.shortfall).toBe(true);
  });
});

describe('support', () => {
  it('nothing committed past the grace days is a shortfall; on the last grace day it is not yet', () => {
    const none = { ...fixtureInput(), support: [] };
    expect(evidenceOf(none, shiftDate(START, GRACE - 1)).support.shortfall).toBe(false);
    expect(evidenceOf(none, shiftDate(START, GRACE)).support.shortfall).toBe(true);
  });

  it('support committed and all delivered is no shortfall, however long the plan has run', () => {
    const support = evidenceOf(withRecords(fixtureInput()), '2026-04-06').support;
    expect(support.deliveredShare).toBe(1);
    expect(support.shortfall).toBe(false);
  });

  it('delivered share exactly at the policy is enough; just below is a shortfall (overall and per commitment)', () => {
    const input = withRecords(fixtureInput(), { supportMissed: (id, n) => id === 'sup-call-review' && n === 0 });
    const asOf = '2026-04-06';
    const support = evidenceOf(input, asOf).support;
    const weekly = support.commitments.find((c) => c.commitmentId === 'sup-call-review')!;
    expect(weekly.share).toBeCloseTo((weekly.due - 1) / weekly.due, 4);
    const relaxed = { minCommitmentDeliveredShare: 0 };
    expect(evidenceOf(input, asOf, { ...relaxed, minSupportDeliveredShare: support.deliveredShare! }).support.shortfall).toBe(false);
    expect(evidenceOf(input, asOf, { ...relaxed, minSupportDeliveredShare: support.deliveredShare! + 1e-9 }).support.shortfall).toBe(true);
    const overall = { minSupportDeliveredShare: 0 };
    expect(evidenceOf(input, asOf, { ...overall, minCommitmentDeliveredShare: weekly.share! }).support.shortfall).toBe(false);
    expect(evidenceOf(input, asOf, { ...overall, minCommitmentDeliveredShare: weekly.share! + 1e-9 }).support.shortfall).toBe(true);
  });

  it('the ledger names each commitment, and reads a delivery dated after asOf as not yet done', () => {
    const input = fixtureInput();
    const supportDeliveries: PlanInput['supportDeliveries'] = [
      // the lead-routing change (due 2026-01-09), recorded late on 2026-01-20
      { commitmentId: 'sup-lead-routing', date: '2026-01-20', status: 'delivered', note: 'Done.' },
      // the workshop (due 2026-01-14) with a blank note
      { commitmentId: 'sup-workshop', date: '2026-01-14', status: 'delivered', note: '   ' },
    ];
    const plan = { ...input, supportDeliveries };
    const routing = (asOf: string) => evidenceOf(plan, asOf).support.ledger.find((entry) => entry.commitmentId === 'sup-lead-routing')!;
    expect(routing('2026-01-12')).toMatchObject({ status: 'overdue', deliveredOn: null, note: null, kind: 'other', owner: 'mops-sam' });
    expect(routing('2026-01-12').description).toContain('Route low-fit webinar leads');
    expect(routing('2026-01-20')).toMatchObject({ status: 'delivered', deliveredOn: '2026-01-20', note: 'Done.' });
    const workshop = evidenceOf(plan, '2026-01-13').support.ledger.find((entry) => entry.commitmentId === 'sup-workshop')!;
    expect(workshop.status).toBe('upcoming');
    const done = evidenceOf(plan, '2026-01-15').support.ledger.find((entry) => entry.commitmentId === 'sup-workshop')!;
    expect(done).toMatchObject({ status: 'delivered', deliveredOn: '2026-01-14', note: null, kind: 'training', owner: 'enablement-lee' });
  });
});
