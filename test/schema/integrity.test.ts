/**
 * Parse-time integrity: a stored or imported plan's state agrees with its records. Each rule is
 * shown on a document that is consistent (it parses) and on the same document with that one rule
 * broken (the rule's code at the offending path). The consistent documents are written by hand in
 * ./states.ts, dated as honest commands would date them.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { assertPlan, parsePlan, proposeExtension, shiftDate, type PlanIssue } from '../../src/index.js';
import { planArbitrary } from '../../src/testing/index.js';
import { PlanSchema } from '../../src/schema/index.js';
import { runs } from '../support/runs.js';
import { EMPLOYEE, MANAGER, planAt, STAGES, type Doc } from './states.js';

function issuesOf(input: unknown): readonly PlanIssue[] {
  const result = parsePlan(input);
  expect(result.ok, 'the broken document was accepted').toBe(false);
  return result.ok ? [] : result.issues;
}

function expectIssue(input: unknown, code: string, path: readonly (string | number)[]): PlanIssue {
  const issues = issuesOf(input);
  const found = issues.find((issue) => issue.code === code && issue.path.join('.') === path.join('.'));
  expect(found, `expected ${code} at ${path.join('.')}, got ${JSON.stringify(issues)}`).toBeDefined();
  return found!;
}

function expectValid(input: unknown): void {
  const result = parsePlan(input);
  expect(result.ok, result.ok ? '' : JSON.stringify(result.issues)).toBe(true);
}

describe('the hand-written stages of a life are consistent', () => {
  it.each(STAGES)('%s parses', (stage) => expectValid(planAt(stage)));
});

describe('status against the records', () => {
  it('an active plan needs HR approval and both acknowledgements (the brief: active with neither)', () => {
    const doc = { ...planAt('draft'), status: 'active', phase: 'diagnose_and_develop' };
    expect(expectIssue(doc, 'approval_missing', ['status']).message).toContain('active');
    expectIssue(doc, 'acknowledgement_missing', ['status']);
  });

  it("HR's latest review must be the approval: changes requested after it contradict an active plan", () => {
    const doc = planAt('active');
    doc['reviews'].push({ by: 'hr-priya', date: '2026-01-05', decision: 'changes_requested', notes: 'Again.' });
    expectIssue(doc, 'approval_missing', ['status']);
  });

  it('a draft or a plan in review whose latest review is an approval contradicts itself', () => {
    const doc = planAt('in_review');
    doc['reviews'] = [{ by: 'hr-priya', date: '2025-12-31', decision: 'approved' }];
    expectIssue(doc, 'approval_unexpected', ['reviews', 0]);
  });

  it('acknowledgements are of the current revision', () => {
    const doc = planAt('reacknowledged');
    doc['signatures'] = doc['signatures'].filter((s: Doc) => !(s['role'] === 'employee' && s['revision'] === 1));
    expect(expectIssue(doc, 'acknowledgement_missing', ['status']).message).toContain('employee');
    // the same document waiting for acknowledgement is fine
    expectValid({ ...doc, status: 'awaiting_acknowledgement', phase: undefined });
  });

  it('a closed plan has a closure, an open plan none (the brief: closed without a closure)', () => {
    expectIssue({ ...planAt('draft'), status: 'closed' }, 'closure_missing', ['status']);
    const open = { ...planAt('in_evaluation'), closure: { outcome: 'successful', date: '2026-04-15', by: 'hr-priya' } };
    expectIssue(open, 'closure_unexpected', ['closure']);
  });

  it('only an extended plan closes as extended_then_closed; a non-withdrawn close comes after the start', () => {
    const doc = planAt('closed');
    doc['extensions'] = [];
    expectIssue(doc, 'closure_mismatch', ['closure', 'outcome']);
    const early = planAt('closed');
    early['closure'] = { ...early['closure'], date: '2026-01-04' };
    expectIssue(early, 'closure_mismatch', ['closure', 'date']);
  });

  it('a paused plan has one open pause, the last; no other plan has one', () => {
    expectIssue({ ...planAt('resumed'), status: 'paused', phase: undefined }, 'pause_mismatch', ['status']);
    const open = planAt('resumed');
    delete open['pauses'][0]['end'];
    expectIssue(open, 'pause_mismatch', ['pauses', 0, 'end']);
    const twoOpen = planAt('paused');
    twoOpen['pauses'] = [{ start: '2026-01-20', reason: 'Leave.' }, { start: '2026-02-02', reason: 'Leave.' }];
    expectIssue(twoOpen, 'pause_mismatch', ['pauses', 0, 'end']);
  });

  it('the phase is present exactly while the plan is active', () => {
    expectIssue({ ...planAt('in_evaluation'), phase: 'measure_and_evaluate' }, 'phase_mismatch', ['phase']);
    const active = planAt('active');
    delete active['phase'];
    expectIssue(active, 'phase_mismatch', ['phase']);
  });

  it('monitoring follows a close in good standing, and its status says whether it ended', () => {
    expectIssue({ ...planAt('closed'), monitoring: { start: '2026-05-06' } }, 'monitoring_mismatch', ['monitoring']);
    expectIssue({ ...planAt('closed'), status: 'monitoring' }, 'monitoring_mismatch', ['status']);
    expectIssue({ ...planAt('monitoring'), monitoring: { start: '2026-05-06', end: '2026-06-01' } }, 'monitoring_mismatch', ['monitoring', 'end']);
    expectIssue({ ...planAt('completed'), monitoring: { start: '2026-05-06' } }, 'monitoring_mismatch', ['monitoring', 'end']);
    expectIssue({ ...planAt('monitoring'), monitoring: { start: '2026-05-01' } }, 'monitoring_mismatch', ['monitoring', 'start']);
    expectIssue({ ...planAt('completed'), monitoring: { start: '2026-05-06', end: '2026-05-05' } }, 'window_order', ['monitoring', 'end']);
    const withdrawn = { ...planAt('withdrawn_from_paused'), status: 'monitoring', monitoring: { start: '2026-03-01' } };
    expectIssue(withdrawn, 'monitoring_mismatch', ['monitoring']);
  });
});

describe('signatures, revisions and amendments', () => {
  it('a signer is the person of the role signed for (the brief: an employee signature by the manager)', () => {
    const doc = planAt('acknowledged');
    doc['signatures'][1]['signerId'] = MANAGER;
    expect(expectIssue(doc, 'signer_mismatch', ['signatures', 1, 'signerId']).message).toContain(EMPLOYEE);
    const hr = planAt('acknowledged');
    hr['signatures'].push({ role: 'hr', signerId: 'hr-someone', name: 'Someone', date: '2026-01-05', revision: 0 });
    expectIssue(hr, 'signer_mismatch', ['signatures', 2, 'signerId']);
    hr['signatures'][2]['signerId'] = 'hr-priya';
    expectValid(hr);
    delete hr['hrPartner'];
    expectIssue(hr, 'signer_mismatch', ['signatures', 2, 'signerId']);
  });

  it('no revision beyond the plan is referenced (the brief: a signature for revision 99)', () => {
    const doc = planAt('acknowledged');
    doc['signatures'][0]['revision'] = 99;
    expectIssue(doc, 'revision_ahead', ['signatures', 0, 'revision']);
    const amended = planAt('amended');
    amended['amendments'][0]['revision'] = 2;
    expectIssue(amended, 'revision_ahead', ['amendments', 0, 'revision']);
  });

  it('amendments raise the revision, in order', () => {
    const zero = planAt('amended');
    zero['amendments'][0]['revision'] = 0;
    expectIssue(zero, 'revision_order', ['amendments', 0, 'revision']);
    const twice = planAt('amended');
    twice['revision'] = 2;
    twice['amendments'] = [{ ...twice['amendments'][0], revision: 2 }, { ...twice['amendments'][0], revision: 1 }];
    expectIssue(twice, 'revision_order', ['amendments', 1, 'revision']);
  });

  it('one signature per role and revision', () => {
    const doc = planAt('acknowledged');
    doc['signatures'].push({ ...doc['signatures'][0], date: '2026-01-03' });
    expectIssue(doc, 'duplicate_signature', ['signatures', 2]);
  });

  it('signatures, amendments, pauses and extensions come after HR approval', () => {
    const early = planAt('acknowledged');
    early['signatures'][0]['date'] = '2025-12-30';
    expectIssue(early, 'record_before_approval', ['signatures', 0, 'date']);
    const never = { ...planAt('in_review'), signatures: [{ role: 'manager', signerId: MANAGER, name: 'Dana Whitfield', date: '2026-01-02', revision: 0 }] };
    expectIssue(never, 'record_before_approval', ['signatures', 0]);
    const amendedDraft = { ...planAt('draft'), revision: 1, amendments: [planAt('amended')['amendments'][0]] };
    expectIssue(amendedDraft, 'record_before_approval', ['amendments', 0]);
  });

  it('a revision is signed on or after the amendment that made it', () => {
    const doc = planAt('reacknowledged');
    doc['signatures'][2]['date'] = '2026-02-19';
    expectIssue(doc, 'signature_before_revision', ['signatures', 2, 'date']);
  });
});

describe('extensions and pauses', () => {
  it('an extension agrees with its length and starts at the end of the plan (the brief: 10 days from 2020-01-01 to 2030-01-01)', () => {
    const doc = planAt('extended');
    doc['extensions'][0] = { ...doc['extensions'][0], days: 10, previousEndDate: '2020-01-01', newEndDate: '2030-01-01' };
    const issues = issuesOf(doc).map((issue) => `${issue.code} ${issue.path.join('.')}`);
    expect(issues).toContain('extension_mismatch extensions.0.newEndDate');
    expect(issues).toContain('extension_outside_plan extensions.0.previousEndDate');
  });

  it('counts an extension in plan days: paused days before the grant move its start, paused days inside it its end', () => {
    // Active past its end (2026-04-04), paused 2026-04-06..04-10, extended by 10 plan days on 04-12.
    const doc = planAt('active');
    doc['pauses'] = [{ start: '2026-04-06', end: '2026-04-10', reason: 'Leave.' }];
    doc['extensions'] = [{ grantedOn: '2026-04-12', by: 'hr-priya', days: 10, previousEndDate: '2026-04-04', newEndDate: '2026-04-19', reason: 'Progress.' }];
    expectValid(doc);
    doc['extensions'][0]['newEndDate'] = '2026-04-14';
    expectIssue(doc, 'extension_mismatch', ['extensions', 0, 'newEndDate']);
    const shifted = planAt('extended');
    shifted['extensions'][0] = { ...shifted['extensions'][0], previousEndDate: '2026-04-04', newEndDate: '2026-04-24' };
    expectIssue(shifted, 'extension_outside_plan', ['extensions', 0, 'previousEndDate']);
  });

  it('agrees with the timeline: extensions proposeExtension grants, between and around any pauses, parse; a day off does not', () => {
    const pause = fc.record({ gap: fc.integer({ min: 1, max: 40 }), length: fc.integer({ min: 1, max: 12 }) });
    const script = fc.record({
      first: fc.integer({ min: 0, max: 20 }),
      before: fc.array(pause, { maxLength: 3 }),
      grants: fc.array(fc.record({ after: fc.integer({ min: 1, max: 60 }), days: fc.integer({ min: 1, max: 30 }), pausesAfter: fc.array(pause, { maxLength: 2 }) }), { minLength: 1, maxLength: 2 }),
    });
    fc.assert(
      fc.property(planArbitrary({ maxGoals: 2 }), script, (input, { first, before, grants }) => {
        const lived: Doc = {
          ...input,
          status: 'active',
          phase: 'practise_and_apply',
          reviews: [{ by: 'hr-1', date: input.createdOn, decision: 'approved' }],
          signatures: (['manager', 'employee'] as const).map((role) => ({ role, signerId: role === 'manager' ? input.manager.id : input.employee.id, name: 'Signer', date: input.createdOn, revision: 0 })),
          pauses: [],
          extensions: [],
        };
        let day = shiftDate(input.startDate, first - 1);
        const addPauses = (list: readonly { gap: number; length: number }[]) => {
          for (const { gap, length } of list) {
            const start = shiftDate(day, gap);
            day = shiftDate(start, length - 1);
            lived['pauses'].push({ start, end: day, reason: 'Leave.' });
          }
        };
        addPauses(before);
        for (const grant of grants) {
          const grantedOn = shiftDate(day, grant.after);
          const proposal = proposeExtension(assertPlan(lived), grant.days, { asOf: grantedOn, policy: { maxExtensions: 5, maxExtensionDays: 100 } });
          if (!proposal.ok) throw new Error(proposal.message);
          lived['extensions'].push({ grantedOn, by: 'hr-1', days: grant.days, previousEndDate: proposal.previousEndDate, newEndDate: proposal.newEndDate, reason: 'Progress.' });
          expectValid(lived);
          day = grantedOn;
          addPauses(grant.pausesAfter);
          expectValid(lived);
        }
        const last = lived['extensions'].length - 1;
        const extension = lived['extensions'][last];
        const late = { ...lived, extensions: [...lived['extensions'].slice(0, last), { ...extension, newEndDate: shiftDate(extension.newEndDate, 1) }] };
        expectIssue(late, 'extension_mismatch', ['extensions', last, 'newEndDate']);
        const early = { ...lived, extensions: [...lived['extensions'].slice(0, last), { ...extension, previousEndDate: shiftDate(extension.previousEndDate, -1) }] };
        expectIssue(early, 'extension_outside_plan', ['extensions', last, 'previousEndDate']);
      }),
      { numRuns: runs(100) },
    );
  }, 60_000);

  it('an extension is granted while the plan runs: not before its start, not while it is paused', () => {
    const paused = planAt('extended');
    paused['pauses'].push({ start: '2026-04-10', end: '2026-04-20', reason: 'Leave.' });
    expectIssue(paused, 'extension_outside_plan', ['extensions', 0, 'grantedOn']);
  });

  it('an extension is granted once the plan has started', () => {
    const doc = planAt('extended');
    doc['extensions'][0]['grantedOn'] = '2026-01-04';
    expectIssue(doc, 'extension_outside_plan', ['extensions', 0, 'grantedOn']);
  });

  it('a pause starts on or after the start, after the previous pause ended', () => {
    const before = planAt('resumed');
    before['pauses'][0]['start'] = '2026-01-04';
    expectIssue(before, 'pause_outside_plan', ['pauses', 0, 'start']);
    const overlapping = planAt('resumed');
    overlapping['pauses'].push({ start: '2026-02-11', end: '2026-02-12', reason: 'Leave again.' });
    expectIssue(overlapping, 'pause_order', ['pauses', 1, 'start']);
    const adjacent = planAt('resumed');
    adjacent['pauses'].push({ start: '2026-02-12', end: '2026-02-13', reason: 'Leave again.' });
    expectValid(adjacent);
  });

  it('nothing is signed, amended, granted or paused after the closure', () => {
    const pause = planAt('withdrawn_from_paused');
    pause['pauses'][0]['end'] = '2026-02-28';
    expectIssue(pause, 'after_closure', ['pauses', 0, 'end']);
    const extension = planAt('closed');
    extension['closure']['date'] = '2026-04-13';
    expectIssue(extension, 'after_closure', ['extensions', 0, 'grantedOn']);
    const review = planAt('closed');
    review['reviews'].push({ by: 'hr-priya', date: '2026-05-06', decision: 'approved' });
    expectIssue(review, 'after_closure', ['reviews', 2, 'date']);
  });
});

describe('the log and the people', () => {
  const entry = (seq: number, at: string) => ({ seq, at, actor: { id: 'nightly-job', role: 'system' }, command: { type: 'advance' }, patches: [], produced: [] });

  it('log entries are numbered by their place and never run backwards', () => {
    const doc = planAt('active');
    doc['events'] = [entry(0, '2026-01-05'), entry(1, '2026-01-06'), entry(2, '2026-01-06')];
    expectValid(doc);
    doc['events'][1]['seq'] = 5;
    expectIssue(doc, 'event_sequence', ['events', 1, 'seq']);
    doc['events'][1]['seq'] = 1;
    doc['events'][2]['at'] = '2026-01-04';
    expectIssue(doc, 'event_order', ['events', 2, 'at']);
  });

  it('the employee is not their own manager or HR partner', () => {
    const doc = planAt('draft');
    doc['manager']['id'] = EMPLOYEE;
    expectIssue(doc, 'same_person', ['manager', 'id']);
    const hr = planAt('draft');
    hr['hrPartner']['id'] = EMPLOYEE;
    expectIssue(hr, 'same_person', ['hrPartner', 'id']);
  });
});

describe('integrity runs on every part that parsed', () => {
  const badWeights = (doc: Doc): Doc => {
    doc['goals'][0]['weight'] = 1;
    return doc;
  };

  it('a field of the wrong type does not hide the weights', () => {
    const doc = badWeights(planAt('draft'));
    doc['title'] = 5;
    const codes = issuesOf(doc).map((issue) => `${issue.code} ${issue.path.join('.')}`);
    expect(codes).toEqual(['invalid_type title', 'weights_sum goals']);
  });

  it('an impossible start date does not hide the weights, and skips only the rules that need it', () => {
    const doc = badWeights(planAt('extended'));
    doc['startDate'] = '2026-02-30';
    const codes = issuesOf(doc).map((issue) => `${issue.code} ${issue.path.join('.')}`);
    expect(codes).toEqual(['invalid_date startDate', 'weights_sum goals']);
  });

  it('a broken signature list does not hide the status rules that do not need it', () => {
    const doc = planAt('active');
    doc['signatures'][0]['revision'] = -1;
    doc['closure'] = { outcome: 'successful', date: '2026-04-15', by: 'hr-priya' };
    const codes = issuesOf(doc).map((issue) => `${issue.code} ${issue.path.join('.')}`);
    expect(codes).toContain('too_small signatures.0.revision');
    expect(codes).toContain('closure_unexpected closure');
    // the acknowledgement rule needs the signatures: not guessed
    expect(codes.some((code) => code.startsWith('acknowledgement_missing'))).toBe(false);
  });
});

describe('PlanSchema on a value that is not an object', () => {
  // The cross-field rules run even when fields failed (`when`); with no object at all there is
  // nothing to judge: one invalid_type issue, never a throw (zod-to-openapi probes a schema with
  // safeParse(undefined) to learn whether it is optional).
  it('reports one invalid_type issue at the root, and throws nothing', () => {
    fc.assert(
      fc.property(fc.oneof(fc.constant(undefined), fc.constant(null), fc.string(), fc.double(), fc.boolean(), fc.array(fc.anything())), (value) => {
        const result = PlanSchema.safeParse(value);
        expect(result.success).toBe(false);
        expect(result.error?.issues.map((issue) => `${issue.code} ${issue.path.join('.')}`)).toEqual(['invalid_type ']);
      }),
      { numRuns: runs(50) },
    );
  });
});
