/**
 * The evaluation catalogs of every shipped locale against the English ones, over generated
 * evaluations: each reason, status note, triad sentence, warning and issue the runs produce is
 * worded by the locale from its stored facts; the sentence is a non-empty string without
 * `undefined` or `NaN`, differs from the English one, and shows every title, id and date the
 * English sentence shows (the placeholders that are the data).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { EVALUATION_CATALOGS_EN, evaluatePlan, recommendOutcome, rewordEvaluation, rewordRecommendation, type Locale, type PlanEvaluation } from '../../src/index.js';
import { evaluationCaseArbitrary } from '../support/evaluation-arbitrary.js';
import { runs } from '../support/runs.js';
import { SHIPPED_LOCALES } from './shipped.js';
import { sentenceProblems } from './data-shown.js';

type Checked = { code: string; english: string; translated: string; facts: unknown };

function sentences(evaluation: PlanEvaluation, locale: Locale): Checked[] {
  const worded = rewordEvaluation(evaluation, locale);
  const out: Checked[] = [];
  evaluation.goals.forEach((goal, i) => out.push({ code: `goalStatus.${goal.status}`, english: goal.statusNote, translated: worded.goals[i]!.statusNote, facts: { title: goal.title, start: goal.window.start, end: goal.window.end } }));
  out.push({ code: `triad.${evaluation.triad.code}`, english: evaluation.triad.message, translated: worded.triad.message, facts: {} });
  evaluation.warnings.forEach((warning, i) => out.push({ code: `warnings.${warning.code}`, english: warning.message, translated: worded.warnings[i]!.message, facts: warning.facts }));
  evaluation.issues.forEach((issue, i) => out.push({ code: `issues.${issue.code}`, english: issue.message, translated: worded.issues[i]!.message, facts: issue.facts }));
  const recommendation = recommendOutcome(evaluation);
  const translated = rewordRecommendation(recommendation, locale);
  recommendation.reasons.forEach((reason, i) => out.push({ code: `reasons.${reason.code}`, english: reason.message, translated: translated.reasons[i]!.message, facts: reason.facts }));
  return out;
}

describe.each(SHIPPED_LOCALES.filter((l) => l.name !== 'en'))('the evaluation in locale $name', ({ locale }: { locale: Locale }) => {
  it('has every code of every English evaluation catalog', () => {
    for (const [name, catalog] of Object.entries(EVALUATION_CATALOGS_EN)) {
      const own = (locale.messages.evaluate as unknown as Record<string, Record<string, unknown>>)[name]!;
      expect(Object.keys(own).sort(), name).toEqual(Object.keys(catalog).sort());
      for (const write of Object.values(own)) expect(typeof write).toBe('function');
    }
  });

  it('words every sentence of generated evaluations from its facts, showing the same data, never the English sentence', () => {
    const codes = new Set<string>();
    const problems: string[] = [];
    fc.assert(
      fc.property(evaluationCaseArbitrary({ maxPerMetric: 10 }), ({ plan, feed, asOf }) => {
        for (const s of sentences(evaluatePlan(plan, feed, { asOf }), locale)) {
          codes.add(s.code);
          if (s.english === '') continue;
          problems.push(...sentenceProblems(s.code, s.english, s.translated, s.facts));
        }
      }),
      { numRuns: runs(60) },
    );
    expect([...new Set(problems)].slice(0, 10)).toEqual([]);
    // the runs reached statuses, triads and reasons of several kinds
    expect([...codes].filter((c) => c.startsWith('reasons.')).length).toBeGreaterThan(4);
    expect([...codes].filter((c) => c.startsWith('goalStatus.')).length).toBeGreaterThan(2);
  });
});
