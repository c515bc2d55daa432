import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  assertObservations,
  assertPlan,
  parseObservations,
  parsePlan,
  parsePlanJson,
  PlanValidationError,
  serializePlan,
  type PlanIssue,
} from '../../src/index.js';
import { brokenPlanArbitrary } from '../../src/testing/index.js';
import { isDeepFrozen, PLAN_FIXTURES, readFixture } from '../support/fixtures.js';
import { runs } from '../support/runs.js';
import { planAt } from './states.js';

type Doc = Record<string, any>;

function conversionPlan(): Doc {
  return readFixture('plan-90-day-conversion.json') as Doc;
}

function issuesOf(input: unknown): readonly PlanIssue[] {
  const result = parsePlan(input);
  expect(result.ok).toBe(false);
  return result.ok ? [] : result.issues;
}

function expectIssue(input: unknown, code: string, path: readonly (string | number)[]): PlanIssue {
  const issues = issuesOf(input);
  const found = issues.find((issue) => issue.code === code && issue.path.join('.') === path.join('.'));
  expect(found, `expected ${code} at ${path.join('.')}, got ${JSON.stringify(issues)}`).toBeDefined();
  return found!;
}

describe('parsePlan on the example fixtures', () => {
  it.each(PLAN_FIXTURES)('%s parses, keeps its metadata and round-trips', (name) => {
    const input = readFixture(name);
    const result = parsePlan(input);
    if (!result.ok) throw new Error(JSON.stringify(result.issues, null, 2));
    expect(result.plan.schemaVersion).toBe(1);
    expect(result.plan.goals.length).toBeGreaterThanOrEqual(2);
    expect(isDeepFrozen(result.plan)).toBe(true);
    const again = parsePlanJson(serializePlan(result.plan));
    expect(again.ok && again.plan).toEqual(result.plan);
  });

  it('reads the 90-day plan as the domain describes it: 5% conversion against a 15% team average', () => {
    const plan = assertPlan(conversionPlan());
    const gap = plan.gaps.find((g) => g.id === 'gap-conversion')!;
    expect(gap).toMatchObject({ current: 0.05, standard: 0.15, standardSource: 'team_average' });
    expect(plan.metrics.find((m) => m.id === gap.metricId)?.aggregation).toBe('ratio');
    expect(plan.metadata).toEqual({ hrisCaseId: 'CASE-20931', costCenter: 'MM-West', tags: ['q1-2026', 'mid-market'] });
    expect(plan.employee.metadata).toEqual({ hrisId: 'W-88213' });
    expect(plan.status).toBe('draft');
    expect(plan.checkIns).toEqual([]);
  });

  it('does not mutate or freeze its input', () => {
    const input = conversionPlan();
    const snapshot = JSON.stringify(input);
    const result = parsePlan(input);
    expect(result.ok).toBe(true);
    expect(JSON.stringify(input)).toBe(snapshot);
    expect(Object.isFrozen(input)).toBe(false);
    expect(Object.isFrozen(input['metadata'])).toBe(false);
    expect(result.ok && result.plan.metadata).not.toBe(input['metadata']);
  });
});

describe('parsePlan rules, one code each', () => {
  it('rejects a day that does not exist', () => {
    const doc = conversionPlan();
    doc['startDate'] = '2026-02-30';
    const issue = expectIssue(doc, 'invalid_date', ['startDate']);
    expect(issue.message).toContain('2026-02-30');
  });

  it('needs the end after the start', () => {
    const doc = conversionPlan();
    delete doc['durationDays'];
    doc['endDate'] = '2026-01-01';
    expectIssue(doc, 'end_before_start', ['endDate']);
  });

  it('needs an end date or a duration, and both to agree when both are given', () => {
    const none = conversionPlan();
    delete none['durationDays'];
    expectIssue(none, 'missing_end_date', ['endDate']);
    const both = conversionPlan();
    both['endDate'] = '2026-04-05';
    const issue = expectIssue(both, 'duration_mismatch', ['durationDays']);
    expect(issue.message).toContain('2026-04-04');
    both['endDate'] = '2026-04-04';
    expect(parsePlan(both).ok).toBe(true);
  });

  it('keeps the plan clock inside the calendar: written length, extensions and ended pauses', () => {
    const atEnd = conversionPlan();
    atEnd['startDate'] = '9999-10-03';
    atEnd['createdOn'] = '9999-10-01';
    // 90 days from 9999-10-03 end on 9999-12-31: the last calendar day is fine.
    const fits = parsePlan(atEnd);
    expect(fits.ok, JSON.stringify(fits.ok ? [] : fits.issues)).toBe(true);
    const long = { ...atEnd, durationDays: 91 };
    expect(expectIssue(long, 'past_calendar_end', ['durationDays']).message).toBe(
      'durationDays takes the plan past the last calendar day, 9999-12-31 (it would end 1 day after it).',
    );
    // An active plan (approved, acknowledged), paused twice: its pauses move the end.
    const early = { ...planAt('active'), startDate: '9999-09-01', createdOn: '9999-08-30' };
    const paused = { ...early, pauses: [{ start: '9999-09-05', end: '9999-09-06', reason: 'Leave.' }, { start: '9999-09-10', end: '9999-10-20', reason: 'Leave.' }] };
    // 90 days from 9999-09-01 end on 9999-11-29; 2 + 41 paused days take it 11 days past 9999-12-31.
    expect(issuesOf(paused).map((issue) => [issue.code, issue.path.join('.')])).toEqual([['past_calendar_end', 'pauses.1.end']]);
    // Overlapping pauses contradict each other (pause_order); the clock still counts each paused day once.
    const overlapping = { ...early, pauses: [{ start: '9999-09-10', end: '9999-10-20', reason: 'Leave.' }, { start: '9999-09-15', end: '9999-09-20', reason: 'Leave.' }] };
    expect(expectIssue(overlapping, 'past_calendar_end', ['pauses', 0, 'end']).message).toContain('(it would end 9 days after it)');
    expectIssue(overlapping, 'pause_order', ['pauses', 1, 'start']);
    // A pause before the start is outside the plan, and does not move it.
    const before = { ...atEnd, ...planAt('active'), startDate: atEnd['startDate'], createdOn: atEnd['createdOn'], pauses: [{ start: '9999-09-01', end: '9999-09-30', reason: 'Leave.' }] };
    expect(issuesOf(before).map((issue) => [issue.code, issue.path.join('.')])).toEqual([['pause_outside_plan', 'pauses.0.start']]);
  });

  it('adds weights exactly: 0.75-style weights summing to 100 pass, 97.5 fails', () => {
    const doc = conversionPlan();
    const weights = [34.25, 0.75, 40, 25];
    doc['goals'].forEach((goal: Doc, i: number) => (goal['weight'] = weights[i]));
    expect(parsePlan(doc).ok).toBe(true);
    const third = conversionPlan();
    [0.1, 64.1, 35.8, 0].forEach((w, i) => (third['goals'][i]['weight'] = w));
    expect(parsePlan(third).ok).toBe(true);
    const short = conversionPlan();
    short['goals'][0]['weight'] = 32.5;
    const issue = expectIssue(short, 'weights_sum', ['goals']);
    expect(issue.message).toContain('97.5');
  });

  it('wants a weight on every goal once one has a weight', () => {
    const doc = conversionPlan();
    delete doc['goals'][2]['weight'];
    expectIssue(doc, 'weights_incomplete', ['goals', 2, 'weight']);
  });

  it('resolves every reference', () => {
    const doc = conversionPlan();
    doc['goals'][1]['gapIds'] = ['gap-nope'];
    doc['support'][0]['goalIds'].push('g-nope');
    doc['supportDeliveries'] = [{ commitmentId: 'sup-nope', date: '2026-01-12', status: 'delivered' }];
    doc['observations'] = [{ metricId: 'm-nope', date: '2026-01-12', value: 3 }];
    doc['support'][2]['systemFactorIds'] = ['sf-nope'];
    const issues = issuesOf(doc).filter((i) => i.code === 'unknown_reference');
    expect(issues.map((i) => i.path.join('.')).sort()).toEqual(
      ['goals.1.gapIds.0', 'observations.0.metricId', 'support.0.goalIds.2', 'support.2.systemFactorIds.0', 'supportDeliveries.0.commitmentId'].sort(),
    );
    expect(issues[0]!.message).toMatch(/does not exist/);
  });

  it('rejects duplicate ids', () => {
    const doc = conversionPlan();
    doc['metrics'][1]['id'] = 'm-call-meeting';
    expectIssue(doc, 'duplicate_id', ['metrics', 1, 'id']);
  });

  it('keeps money in whole minor units', () => {
    const doc = conversionPlan();
    doc['goals'][3]['target'] = 4500000.5;
    expectIssue(doc, 'money_not_integral', ['goals', 3, 'target']);
    const gap = conversionPlan();
    gap['gaps'][2]['current'] = 28000.01;
    expectIssue(gap, 'money_not_integral', ['gaps', 2, 'current']);
  });

  it('wants a currency code on money metrics and none elsewhere', () => {
    const doc = conversionPlan();
    delete doc['metrics'][3]['currency'];
    doc['metrics'][1]['currency'] = 'USD';
    expectIssue(doc, 'currency_required', ['metrics', 3, 'currency']);
    expectIssue(doc, 'currency_not_allowed', ['metrics', 1, 'currency']);
  });

  it('wants ratio observations as numerator and denominator', () => {
    const doc = conversionPlan();
    doc['observations'] = [
      { metricId: 'm-call-meeting', date: '2026-01-09', value: 0.07 },
      { metricId: 'm-call-meeting', date: '2026-01-16', numerator: 4, denominator: 50 },
    ];
    expectIssue(doc, 'ratio_requires_parts', ['observations', 0, 'value']);
    const shape = conversionPlan();
    shape['observations'] = [{ metricId: 'm-calls', date: '2026-01-09', value: 30, numerator: 1 }];
    expectIssue(shape, 'observation_value_shape', ['observations', 0, 'value']);
  });

  it('checks rubric targets and comparators against the metric', () => {
    const doc = conversionPlan();
    doc['goals'][2]['target'] = 3.5;
    doc['goals'][0]['comparator'] = 'at_most';
    expectIssue(doc, 'rubric_level_unknown', ['goals', 2, 'target']);
    expectIssue(doc, 'comparator_mismatch', ['goals', 0, 'comparator']);
  });

  it('names unknown fields and points to metadata', () => {
    const doc = conversionPlan();
    doc['employee']['favouriteColour'] = 'teal';
    const issue = expectIssue(doc, 'unknown_field', ['employee', 'favouriteColour']);
    expect(issue.message).toContain('metadata');
  });

  it('reports missing and mistyped fields with their paths', () => {
    const doc = conversionPlan();
    delete doc['employee']['name'];
    doc['goals'][0]['baseline'] = '5%';
    doc['goals'][1]['basis'] = 'per_quarter';
    expectIssue(doc, 'required', ['employee', 'name']);
    expect(expectIssue(doc, 'invalid_type', ['goals', 0, 'baseline']).message).toMatch(/finite number/);
    expect(expectIssue(doc, 'invalid_value', ['goals', 1, 'basis']).message).toContain('per_week');
  });

  it('bounds sizes, so hostile documents are rejected quickly', () => {
    const doc = conversionPlan();
    doc['purpose'] = 'x'.repeat(20_001);
    doc['goals'] = Array.from({ length: 201 }, () => doc['goals'][0]);
    expectIssue(doc, 'too_big', ['purpose']);
    expectIssue(doc, 'too_big', ['goals']);
  });

  it('rejects numbers JSON cannot carry or money cannot be', () => {
    const doc = conversionPlan();
    doc['goals'][0]['target'] = Number.NaN;
    doc['goals'][1]['target'] = Number.POSITIVE_INFINITY;
    doc['goals'][2]['baseline'] = 1e308;
    expectIssue(doc, 'invalid_type', ['goals', 0, 'target']);
    expectIssue(doc, 'invalid_type', ['goals', 1, 'target']);
    expectIssue(doc, 'too_big', ['goals', 2, 'baseline']);
  });

  it('reads -0 as 0', () => {
    const doc = conversionPlan();
    doc['goals'][1]['baseline'] = -0;
    const plan = assertPlan(doc);
    expect(Object.is(plan.goals[1]!.baseline, 0)).toBe(true);
  });

  it('keeps prototype keys out of metadata and the plan', () => {
    const doc = JSON.parse(JSON.stringify(conversionPlan()).replace('"costCenter"', '"__proto__"')) as Doc;
    expectIssue(doc, 'forbidden_key', ['metadata', '__proto__']);
    const top = JSON.parse('{"__proto__": {"polluted": true}, "schemaVersion": 1}') as unknown;
    expectIssue(top, 'forbidden_key', ['__proto__']);
    expect(({} as Doc)['polluted']).toBeUndefined();
  });

  it('bounds metadata depth', () => {
    const doc = conversionPlan();
    let deep: Doc = {};
    doc['metadata'] = deep;
    for (let i = 0; i < 40; i += 1) {
      deep['next'] = {};
      deep = deep['next'];
    }
    expect(issuesOf(doc).some((issue) => issue.code === 'too_deep')).toBe(true);
  });
});

describe('parsePlan reports every part in one pass', () => {
  const codesAt = (issues: readonly PlanIssue[]) => issues.map((issue) => `${issue.code} ${issue.path.join('.')}`).sort();

  it('a bad date does not hide wrong weights, unknown references or money in fractions', () => {
    const doc = conversionPlan();
    doc['startDate'] = '2026-02-30';
    doc['goals'][0]['weight'] = 32.5;
    doc['goals'][1]['gapIds'] = ['gap-nope'];
    doc['goals'][3]['target'] = 4500000.5;
    expect(codesAt(issuesOf(doc))).toEqual(
      ['invalid_date startDate', 'weights_sum goals', 'unknown_reference goals.1.gapIds.0', 'money_not_integral goals.3.target'].sort(),
    );
  });

  it('a bad observation does not hide a wrong currency, a duplicate id or a date rule', () => {
    const doc = conversionPlan();
    doc['observations'] = [{ metricId: 'm-call-meeting', date: '2026-13-01', numerator: 4, denominator: 50 }];
    delete doc['metrics'][3]['currency'];
    doc['goals'][1]['id'] = doc['goals'][0]['id'];
    delete doc['durationDays'];
    doc['endDate'] = '2026-01-01';
    expect(codesAt(issuesOf(doc))).toEqual(
      ['invalid_date observations.0.date', 'currency_required metrics.3.currency', 'duplicate_id goals.1.id', 'end_before_start endDate'].sort(),
    );
  });

  it('a rule whose part did not parse waits: no reference is reported missing from a list that failed', () => {
    const doc = conversionPlan();
    doc['metrics'][0]['unit'] = 'furlongs'; // the metrics do not parse: references to them are not judged
    doc['goals'][0]['weight'] = 32.5;
    const issues = issuesOf(doc);
    expect(issues.some((issue) => issue.code === 'unknown_reference')).toBe(false);
    expect(codesAt(issues)).toContain('weights_sum goals');
    expect(issues.some((issue) => issue.path[0] === 'metrics')).toBe(true);
  });

  it('the same issues whatever else is broken: the integrity issues of a part do not depend on another part failing', () => {
    const broken = conversionPlan();
    broken['goals'][0]['weight'] = 32.5;
    broken['supportDeliveries'] = [{ commitmentId: 'sup-nope', date: '2026-01-12', status: 'delivered' }];
    const alone = codesAt(issuesOf(broken));
    broken['employee']['name'] = 42;
    broken['createdOn'] = 'yesterday';
    const withMore = codesAt(issuesOf(broken));
    expect(withMore.filter((line) => !/ (employee|createdOn)/.test(line))).toEqual(alone);
  });

  it('property: a broken rule is reported the same with a field no rule reads broken as well', () => {
    fc.assert(
      fc.property(brokenPlanArbitrary(), fc.constantFrom<[string, unknown]>(['title', 7], ['purpose', ['a']], ['salesCycleDays', 'long']), ({ input, code, path }, [field, bad]) => {
        fc.pre(path[0] !== field);
        const alone = parsePlan(input);
        const both = parsePlan({ ...(input as object), [field]: bad });
        expect(alone.ok || both.ok).toBe(false);
        const lines = (result: ReturnType<typeof parsePlan>) => (result.ok ? [] : codesAt(result.issues));
        expect(lines(both).filter((line) => line.split(' ')[1]!.split('.')[0] !== field)).toEqual(lines(alone));
        expect(lines(both)).toContain(`${code} ${path.join('.')}`);
      }),
      { numRuns: runs(60) },
    );
  }, 120_000);

  it('does not judge parts of a document that is not an object', () => {
    for (const input of [null, 3, 'plan', [], [1, 2]]) {
      const issues = issuesOf(input);
      expect(issues.map((issue) => issue.path.length)).toEqual(issues.map(() => 0));
    }
  });
});

describe('the throwing twins and other inputs', () => {
  it('assertPlan throws one error class carrying the same issues', () => {
    const doc = conversionPlan();
    doc['startDate'] = 'next monday';
    const result = parsePlan(doc);
    expect(() => assertPlan(doc)).toThrow(PlanValidationError);
    try {
      assertPlan(doc);
    } catch (error) {
      expect(error).toBeInstanceOf(PlanValidationError);
      expect((error as PlanValidationError).issues).toEqual(!result.ok && result.issues);
      expect((error as Error).message).toContain('startDate');
    }
  });

  it('parsePlanJson reports malformed JSON as an issue', () => {
    const result = parsePlanJson('{"schemaVersion": 1,');
    expect(result.ok).toBe(false);
    expect(!result.ok && result.issues[0]?.code).toBe('invalid_json');
  });

  it('parses observation feeds', () => {
    const feed = [
      { metricId: 'm-calls', date: '2026-01-09', value: 41, source: 'dialer' },
      { metricId: 'm-call-meeting', date: '2026-01-09', numerator: 3, denominator: 41 },
    ];
    const result = parseObservations(feed);
    expect(result.ok && result.observations).toEqual(feed);
    expect(() => assertObservations([{ metricId: 'x', date: '2026-02-29', value: 1 }])).toThrow(/real calendar day/);
    const bad = parseObservations([{ metricId: 'x', date: '2026-02-28' }]);
    expect(!bad.ok && bad.issues[0]).toMatchObject({ code: 'observation_value_shape', path: [0, 'value'] });
  });

  it('never throws on values that are not documents', () => {
    const hostile = new Proxy({}, { ownKeys: () => { throw new Error('boom'); }, get: () => { throw new Error('boom'); } });
    for (const input of [undefined, null, 0, 'plan', [], () => 1, Symbol('x'), 10n, hostile]) {
      const result = parsePlan(input);
      expect(result.ok).toBe(false);
      expect(!result.ok && result.issues.length).toBeGreaterThan(0);
    }
  });
});
