import { describe, expectTypeOf, it } from 'vitest';
import {
  assertPlan,
  parseObservations,
  parsePlan,
  type Goal,
  type HostSentence,
  type Observation,
  type Plan,
  type PlanInput,
  type PlanIssue,
  type PlanIssueCode,
  type PlanIssueFacts,
  type PlanIssueFactsByCode,
  type PlanParseResult,
  type PlanStatus,
} from '../../src/index.js';
import { makeIssue } from '../../src/schema/issues.js';
import type { BrokenPlan } from '../../src/testing/index.js';

describe('public types', () => {
  it('parsePlan takes unknown and returns a discriminated result', () => {
    expectTypeOf(parsePlan).parameter(0).toEqualTypeOf<unknown>();
    expectTypeOf(parsePlan).returns.toEqualTypeOf<PlanParseResult>();
    const result = parsePlan({});
    if (result.ok) expectTypeOf(result.plan).toEqualTypeOf<Plan>();
    else expectTypeOf(result.issues).toEqualTypeOf<readonly PlanIssue[]>();
    expectTypeOf(assertPlan).returns.toEqualTypeOf<Plan>();
  });

  it('issues carry a code from a closed union, a path and a message', () => {
    expectTypeOf<PlanIssue['code']>().toEqualTypeOf<PlanIssueCode>();
    expectTypeOf<PlanIssue['path']>().toEqualTypeOf<readonly (string | number)[]>();
    expectTypeOf<'weights_sum'>().toExtend<PlanIssueCode>();
    expectTypeOf<'whatever'>().not.toExtend<PlanIssueCode>();
  });

  it('checking an issue code narrows its facts to that code\'s', () => {
    const narrowed = (issue: PlanIssue): void => {
      if (issue.code === 'too_big') {
        expectTypeOf(issue.facts).toEqualTypeOf<PlanIssueFactsByCode['too_big']>();
        // present, not optional
        expectTypeOf(issue.facts.limit).toEqualTypeOf<number | string>();
        expectTypeOf(issue.facts.unit).toEqualTypeOf<'characters' | 'items' | 'values' | undefined>();
      }
      if (issue.code === 'pause_order') expectTypeOf(issue.facts.problem.kind).toEqualTypeOf<'previous_pause_open' | 'pause_overlap'>();
    };
    const result = parsePlan({});
    if (!result.ok) result.issues.forEach(narrowed);
    // a code that never carries a problem has no `problem` in its facts
    expectTypeOf<'problem'>().not.toExtend<keyof PlanIssueFactsByCode['too_big']>();
    expectTypeOf<'problem'>().not.toExtend<keyof PlanIssueFactsByCode['weights_sum']>();
    expectTypeOf<PlanIssueFactsByCode['weights_sum']>().toEqualTypeOf<{ readonly where: string } & { readonly received: string }>();
    // every code's facts are the wide shape too, which helpers shared by all codes read
    expectTypeOf<PlanIssueFactsByCode[PlanIssueCode]>().toExtend<PlanIssueFacts>();
    expectTypeOf<PlanIssue['facts']>().toExtend<PlanIssueFacts>();
  });

  it('an issue is built with its code\'s facts', () => {
    const build = () => makeIssue('too_big', ['title'], { limit: 200, unit: 'characters' }, 'plan');
    expectTypeOf(build).returns.toEqualTypeOf<Extract<PlanIssue, { code: 'too_big' }>>();
    expectTypeOf(build().facts.limit).toEqualTypeOf<number | string>();
    // @ts-expect-error too_big has a limit
    const missing = () => makeIssue('too_big', [], {}, 'plan');
    // @ts-expect-error too_big has no problem
    const extra = () => makeIssue('too_big', [], { limit: 1, problem: { kind: 'no_value' } }, 'plan');
    // @ts-expect-error pause_order's problems are the pauses'
    const otherKind = () => makeIssue('pause_order', [], { problem: { kind: 'no_value' } }, 'plan');
    expectTypeOf(missing).toBeFunction();
    expectTypeOf(extra).toBeFunction();
    expectTypeOf(otherKind).toBeFunction();
  });

  it('five codes take a host\'s own sentence (`text`) instead of their facts, no other code does', () => {
    // the store's own sentences (packages/store): where, and the sentence as `text`
    const store = (code: 'required' | 'invalid_value' | 'invalid_date' | 'invalid_json' | 'unknown_reference', message: string): PlanIssue => ({
      code,
      path: ['asOf'],
      facts: Object.freeze({ where: 'asOf', text: message }),
      message,
    });
    const sentence: HostSentence = { where: 'asOf', text: 'asOf must be a real calendar day written YYYY-MM-DD.' };
    const required: PlanIssue = { code: 'required', path: [], facts: sentence, message: sentence.text };
    const date: PlanIssue = { code: 'invalid_date', path: ['asOf'], facts: { where: 'asOf', text: 'No date.' }, message: 'No date.' };
    // @ts-expect-error too_big has its limit, never a host's sentence
    const tooBig: PlanIssue = { code: 'too_big', path: [], facts: { where: 'title', text: 'Too long.' }, message: 'Too long.' };
    // @ts-expect-error a host's sentence holds no facts of the code beside it
    const mixed: PlanIssue = { code: 'required', path: [], facts: { where: 'asOf', text: 'Needed.', expected: 'string' }, message: 'Needed.' };
    // @ts-expect-error without a host's sentence, required says what it expected
    const bare: PlanIssue = { code: 'required', path: [], facts: { where: 'asOf' }, message: 'Needed.' };
    // @ts-expect-error invalid_date's own facts are the text given
    const noDate = () => makeIssue('invalid_date', ['startDate'], {}, 'plan');
    expectTypeOf(store).returns.toEqualTypeOf<PlanIssue>();
    expectTypeOf([required, date, tooBig, mixed, bare]).items.toEqualTypeOf<PlanIssue>();
    expectTypeOf(noDate).toBeFunction();
    // `text` is a fact of exactly those five codes
    type WithText = { [C in PlanIssueCode]: 'text' extends keyof PlanIssueFactsByCode[C] ? C : never }[PlanIssueCode];
    expectTypeOf<WithText>().toEqualTypeOf<'required' | 'invalid_value' | 'invalid_date' | 'invalid_json' | 'unknown_reference'>();
    // checking `text` tells the host's sentence from the code's own facts
    const words = (issue: PlanIssue): void => {
      if (issue.code !== 'required') return;
      if (issue.facts.text === undefined) {
        expectTypeOf(issue.facts.expected).toEqualTypeOf<string>();
        expectTypeOf(issue.facts.value).toEqualTypeOf<string | undefined>();
      } else {
        expectTypeOf(issue.facts.text).toEqualTypeOf<string>();
        expectTypeOf(issue.facts.expected).toEqualTypeOf<undefined>();
      }
    };
    expectTypeOf(words).toBeFunction();
  });

  it('parsed plans have their defaults filled; inputs may omit them', () => {
    expectTypeOf<Plan['goals']>().toEqualTypeOf<Goal[]>();
    expectTypeOf<Plan['status']>().toEqualTypeOf<PlanStatus>();
    expectTypeOf<PlanInput['goals']>().toEqualTypeOf<PlanInput['goals'] & ({} | undefined)>();
    expectTypeOf<undefined>().toExtend<PlanInput['goals']>();
    expectTypeOf<undefined>().not.toExtend<Plan['goals']>();
  });

  it('goals and observations have the domain fields', () => {
    expectTypeOf<Goal['basis']>().toEqualTypeOf<'per_day' | 'per_week' | 'per_month' | 'window'>();
    expectTypeOf<Goal['category']>().toEqualTypeOf<'revenue' | 'activity' | 'skill' | 'customer' | 'conduct'>();
    expectTypeOf<Observation['numerator']>().toEqualTypeOf<number | undefined>();
    expectTypeOf<Plan['metadata']>().toEqualTypeOf<{ [key: string]: import('../../src/index.js').JsonValue } | undefined>();
    expectTypeOf(parseObservations).returns.toHaveProperty('ok');
  });

  it('the testing helpers name the expected issue', () => {
    expectTypeOf<BrokenPlan['code']>().toEqualTypeOf<PlanIssueCode>();
  });
});
