/**
 * Hostile input: prototype keys anywhere in a document, and how much of the input an issue may
 * echo (quoted text, key length, the number of issues).
 */
import { describe, expect, it } from 'vitest';
import { LIMITS, parseObservations, parsePlan, parsePlanJson, PlanValidationError, assertPlan, type PlanIssue } from '../../src/index.js';
import { planAt, type Doc } from './states.js';

type Result = ReturnType<typeof parsePlan> | ReturnType<typeof parseObservations>;

function issuesOf(result: Result): readonly PlanIssue[] {
  expect(result.ok, 'the document was accepted').toBe(false);
  return result.ok ? [] : result.issues;
}

function expectIssue(result: Result, code: string, path: readonly (string | number)[]): PlanIssue {
  const issues = issuesOf(result);
  const found = issues.find((issue) => issue.code === code && issue.path.join('.') === path.join('.'));
  expect(found, `expected ${code} at ${path.join('.')}, got ${JSON.stringify(issues).slice(0, 2_000)}`).toBeDefined();
  return found!;
}

/** A log entry, as JSON text so `__proto__` is an own key (as JSON.parse makes it). */
function entryWith(commandExtra: string, producedExtra: string): Doc {
  return JSON.parse(
    `{"seq":0,"at":"2026-01-05","actor":{"id":"nightly-job","role":"system"},"command":{"type":"advance"${commandExtra}},"patches":[],"produced":[{"type":"phase_entered"${producedExtra}}]}`,
  ) as Doc;
}

describe('__proto__ is refused everywhere, with forbidden_key at its path', () => {
  it('in a log entry command (it was dropped silently, with everything under it)', () => {
    const doc = { ...planAt('active'), events: [entryWith(',"__proto__":{"isAdmin":true}', '')] };
    expectIssue(parsePlan(doc), 'forbidden_key', ['events', 0, 'command', '__proto__']);
  });

  it('in a domain event the log entry produced', () => {
    const doc = { ...planAt('active'), events: [entryWith('', ',"__proto__":{"isAdmin":true}')] };
    expectIssue(parsePlan(doc), 'forbidden_key', ['events', 0, 'produced', 0, '__proto__']);
  });

  it('nested in a command value, in metadata, on the plan, an entity and an observation alike', () => {
    const nested = { ...planAt('active'), events: [entryWith(',"changes":{"__proto__":{"x":1}}', '')] };
    expectIssue(parsePlan(nested), 'forbidden_key', ['events', 0, 'command', 'changes', '__proto__']);
    const top = JSON.parse('{"__proto__": {"polluted": true}, "schemaVersion": 1}') as unknown;
    expectIssue(parsePlan(top), 'forbidden_key', ['__proto__']);
    const entity = JSON.parse(JSON.stringify(planAt('draft')).replace('"hrisId"', '"__proto__"')) as Doc;
    expectIssue(parsePlan(entity), 'forbidden_key', ['employee', 'metadata', '__proto__']);
    const employee = JSON.parse(JSON.stringify(planAt('draft')).replace('"territory"', '"__proto__"')) as Doc;
    expectIssue(parsePlan(employee), 'forbidden_key', ['employee', '__proto__']);
    const feed = JSON.parse('[{"metricId":"m-calls","date":"2026-01-09","value":3,"__proto__":{"x":1}}]') as unknown;
    expectIssue(parseObservations(feed), 'forbidden_key', [0, '__proto__']);
  });

  it('as a key in a patch path', () => {
    const entry = entryWith('', '');
    entry['patches'] = [{ op: 'add', path: ['metadata', '__proto__'], value: 1 }];
    expectIssue(parsePlan({ ...planAt('active'), events: [entry] }), 'forbidden_key', ['events', 0, 'patches', 0, 'path', 1]);
  });

  it('pollutes nothing and never throws', () => {
    const doc = { ...planAt('active'), events: [entryWith(',"__proto__":{"polluted":true}', ',"__proto__":{"polluted":true}')] };
    parsePlan(doc);
    expect(({} as Doc)['polluted']).toBeUndefined();
  });
});

describe('issues quote a bounded amount of the input', () => {
  it('a 10 MB unknown key is an over-long key, quoted in 64 characters and an ellipsis (it was echoed whole)', () => {
    const key = 'k'.repeat(10_000_000);
    const result = parsePlan({ ...planAt('draft'), [key]: 1 });
    const issue = expectIssue(result, 'key_too_long', []);
    expect(issue.message.length).toBeLessThan(400);
    expect(issue.message).toContain(`"${'k'.repeat(LIMITS.quoteLength)}…"`);
    expect(JSON.stringify(result).length).toBeLessThan(2_000);
  });

  it('bounds metadata key length at LIMITS.keyLength', () => {
    expect(LIMITS.keyLength).toBeGreaterThanOrEqual(64);
    const fits = { ...planAt('draft'), metadata: { ['m'.repeat(LIMITS.keyLength)]: 1 } };
    expect(parsePlan(fits).ok).toBe(true);
    const long = { ...planAt('draft'), metadata: { nested: { ['m'.repeat(LIMITS.keyLength + 1)]: 1 } } };
    const issue = expectIssue(parsePlan(long), 'key_too_long', ['metadata', 'nested']);
    expect(issue.message).toContain(String(LIMITS.keyLength));
    const command = { ...planAt('active'), events: [entryWith(`,"${'c'.repeat(LIMITS.keyLength + 1)}":1`, '')] };
    expectIssue(parsePlan(command), 'key_too_long', ['events', 0, 'command']);
  });

  it('quotes long values, ids and JSON errors in bounded messages', () => {
    const long = 'v'.repeat(100_000);
    const basis = planAt('draft');
    basis['goals'][0]['basis'] = long;
    basis['startDate'] = long;
    basis['metrics'][1]['id'] = basis['metrics'][0]['id'];
    for (const issue of issuesOf(parsePlan(basis))) expect(issue.message.length, issue.code).toBeLessThan(400);
    const text = `{"schemaVersion": 1, "id": "${'x'.repeat(1_000_000)}`;
    for (const issue of issuesOf(parsePlanJson(text))) expect(issue.message.length).toBeLessThan(400);
    const getter = { get schemaVersion(): number { throw new Error('e'.repeat(1_000_000)); } };
    for (const issue of issuesOf(parsePlan(getter))) expect(issue.message.length).toBeLessThan(400);
  });
});

describe('the number of issues is capped', () => {
  const badObservations = (n: number) => Array.from({ length: n }, () => ({ metricId: 'm-calls', date: '2026-13-01', value: 1 }));

  it(`100,000 bad observations give LIMITS.issues issues and a final too_many_issues that counts the rest (it gave 100,000)`, () => {
    const check = (result: Result, more: number) => {
      const issues = issuesOf(result);
      expect(issues).toHaveLength(LIMITS.issues + 1);
      const last = issues.at(-1)!;
      expect(last.code).toBe('too_many_issues');
      expect(last.path).toEqual([]);
      expect(last.message).toContain(more.toLocaleString('en-US'));
      expect(issues.slice(0, -1).every((issue) => issue.code === 'invalid_date')).toBe(true);
      expect(JSON.stringify(result).length).toBeLessThan(50_000);
    };
    check(parseObservations(badObservations(100_000)), 100_000 - LIMITS.issues);
    check(parsePlan({ ...planAt('draft'), observations: badObservations(100_000) }), 100_000 - LIMITS.issues);
    check(parsePlanJson(JSON.stringify({ ...planAt('draft'), observations: badObservations(100_000) })), 100_000 - LIMITS.issues);
  }, 120_000);

  it('lists every issue up to the limit, with no marker', () => {
    const issues = issuesOf(parseObservations(badObservations(LIMITS.issues)));
    expect(issues).toHaveLength(LIMITS.issues);
    expect(issues.some((issue) => issue.code === 'too_many_issues')).toBe(false);
  });

  it('PlanValidationError counts what was not listed', () => {
    try {
      assertPlan({ ...planAt('draft'), observations: badObservations(1_000) });
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(PlanValidationError);
      expect((error as Error).message).toContain('900');
    }
  });
});
