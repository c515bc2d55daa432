/**
 * A host's locale can be partial or broken: missing catalogs, junk where a catalog or a sentence
 * belongs, functions that throw or return no string, getters that throw, `null` or a number as the
 * locale itself. Whatever it is, evaluating, recommending, summarizing and rendering never throw;
 * every sentence the locale cannot give is English, key by key (docs/localization.md).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { evaluatePlan, recommendOutcome, renderEvaluation, renderPlan, summarizeEvaluation, type Locale } from '../../src/index.js';
import { demoStory } from '../../examples/demo.js';
import { de } from '../../src/locales/de/index.js';
import { runs } from '../support/runs.js';

const story = demoStory();
const asOf = story.final.plan.asOf;
const english = evaluatePlan(story.plan, null, { asOf });

const thrower = (): never => {
  throw new Error('broken message');
};
/** Junk for a sentence, a catalog or a locale. */
const junk = fc.oneof(
  fc.constant(null),
  fc.constant(undefined),
  fc.integer(),
  fc.string(),
  fc.boolean(),
  fc.constant(thrower),
  fc.constant(() => undefined),
  fc.constant(() => 42),
  fc.constant(() => 'Ersatztext'),
  fc.dictionary(fc.string(), fc.constant(thrower)),
  fc.array(fc.string()),
  fc.constant(
    Object.defineProperty({}, 'messages', {
      get() {
        throw new Error('getter');
      },
      enumerable: true,
    }),
  ),
);

/** A locale from the German one with junk at some paths. */
const brokenLocale = fc
  .array(
    fc.tuple(
      fc.constantFrom(
        ['messages'],
        ['messages', 'evaluate'],
        ['messages', 'render'],
        ['messages', 'evaluate', 'reasons'],
        ['messages', 'evaluate', 'reasons', 'required_goal_held_recently'],
        ['messages', 'evaluate', 'goalStatus', 'met'],
        ['messages', 'evaluate', 'triad'],
        ['messages', 'render', 'labels'],
        ['messages', 'render', 'documentTitle'],
        ['messages', 'render', 'evaluation', 'labels', 'score'],
        ['dateLocale'],
        ['code'],
        ['dir'],
        ['numberLocale'],
      ),
      junk,
    ),
    { maxLength: 6 },
  )
  .map((edits) => {
    const copy = structuredCloneWithFunctions(de) as Record<string, unknown>;
    for (const [path, value] of edits) {
      let at = copy;
      for (const key of path.slice(0, -1)) {
        const next = at[key];
        if (typeof next !== 'object' || next === null) break;
        at = next as Record<string, unknown>;
      }
      at[path[path.length - 1]!] = value;
    }
    return copy;
  });

/** A deep copy of plain objects that keeps functions and shares what is not a plain object. */
function structuredCloneWithFunctions(value: unknown): unknown {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return value;
  if (Object.getPrototypeOf(value) !== Object.prototype) return value;
  return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, structuredCloneWithFunctions(v)]));
}

describe('a partial or broken locale', () => {
  it('never makes evaluating, recommending, summarizing or rendering throw; codes and figures stay the same', () => {
    fc.assert(
      fc.property(fc.oneof(brokenLocale, junk), (locale) => {
        const l = locale as Locale;
        const evaluation = evaluatePlan(story.plan, null, { asOf, locale: l });
        expect(evaluation.score).toEqual(english.score);
        expect(evaluation.goals.map((g) => g.status)).toEqual(english.goals.map((g) => g.status));
        for (const goal of evaluation.goals) expect(typeof goal.statusNote).toBe('string');
        const reasons = recommendOutcome(evaluation, undefined, { locale: l }).reasons;
        for (const reason of reasons) expect(typeof reason.message).toBe('string');
        const summary = summarizeEvaluation(evaluation, { locale: l });
        for (const format of ['markdown', 'html'] as const) {
          expect(renderPlan(story.plan, { format, locale: l }).length).toBeGreaterThan(1000);
          expect(renderEvaluation(summary, { format, locale: l, plan: story.plan, evaluation }).length).toBeGreaterThan(1000);
        }
      }),
      { numRuns: runs(150) },
    );
  });

  it('falls back to English for exactly the sentences it cannot give', () => {
    const half = { ...de, messages: { ...de.messages, evaluate: { ...de.messages.evaluate, triad: { improving: thrower } } } } as unknown as Locale;
    const evaluation = evaluatePlan(story.plan, null, { asOf, locale: half });
    expect(evaluation.triad.code).toBe('improving');
    expect(evaluation.triad.message).toBe(english.triad.message);
    // the rest stays German
    expect(evaluation.goals[0]!.statusNote).toBe(evaluatePlan(story.plan, null, { asOf, locale: de }).goals[0]!.statusNote);
    expect(evaluation.goals[0]!.statusNote).not.toBe(english.goals[0]!.statusNote);
  });
});
