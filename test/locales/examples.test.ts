/**
 * Per locale, the demo plan and its final evaluation rendered to Markdown and HTML, with a few
 * sentences per locale pinned by hand (written from the language, not copied from output).
 */
import { describe, expect, it } from 'vitest';
import { evaluatePlan, recommendOutcome, renderEvaluation, renderPlan, summarizeEvaluation, type Locale, type PlanEvaluation } from '../../src/index.js';
import { demoStory, type DemoStory } from '../../examples/demo.js';
import { SHIPPED_LOCALES } from './shipped.js';

interface Pinned {
  /** In the plan document (Markdown and HTML). */
  readonly plan: readonly string[];
  /** In the evaluation report (Markdown and HTML). */
  readonly evaluation: readonly string[];
  /** The HTML root element's opening. */
  readonly html: string;
}

/** Hand-written sentences and words each locale's documents must hold. */
const PINNED: Readonly<Record<string, Pinned>> = {
  en: {
    plan: ['Performance Improvement Plan: Jordan Reyes', '90 days'],
    evaluation: ['Recommendation', 'A recommendation read from the data, not a decision'],
    html: '<html lang="en-US">',
  },
  fr: {
    plan: ["Plan d'amélioration de la performance\u00a0: Jordan Reyes", 'Informations générales et objet du plan', '90 jours'],
    evaluation: ["Vue d'ensemble", 'Recommandation', 'Journal des points de suivi'],
    html: '<html lang="fr">',
  },
  de: {
    plan: ['Leistungsverbesserungsplan', '90 Tage'],
    evaluation: ['Empfehlung'],
    html: '<html lang="de">',
  },
  es: {
    plan: ['Plan de mejora del desempeño', '90 días'],
    evaluation: ['Recomendación'],
    html: '<html lang="es">',
  },
  ar: {
    plan: ['خطة تحسين الأداء'],
    evaluation: ['التوصية'],
    html: '<html lang="ar" dir="rtl">',
  },
};

let story: DemoStory | undefined;
const demo = (): DemoStory => (story ??= demoStory());
/** The demo's plan without its title: the documents then name the plan in the locale's own words. */
const untitled = (): DemoStory['plan'] => {
  const { title: _title, ...plan } = demo().plan;
  return plan;
};

function documents(locale: Locale): { plan: Record<'markdown' | 'html', string>; evaluation: Record<'markdown' | 'html', string>; evaluated: PlanEvaluation } {
  const { final } = demo();
  const plan = untitled();
  const evaluated = evaluatePlan(plan, null, { asOf: final.plan.asOf, locale });
  const summary = summarizeEvaluation(evaluated, { locale });
  const both = <T>(f: (format: 'markdown' | 'html') => T) => ({ markdown: f('markdown'), html: f('html') });
  return {
    plan: both((format) => renderPlan(plan, { format, locale, audience: 'employee', asOf: '2026-04-07' })),
    evaluation: both((format) => renderEvaluation(summary, { format, locale, audience: 'hr', plan, evaluation: evaluated })),
    evaluated,
  };
}

describe.each(SHIPPED_LOCALES)('the demo in $name', ({ name, locale }) => {
  it('renders the plan and its final evaluation with the pinned words, in Markdown and HTML', () => {
    const pinned = PINNED[name];
    expect(pinned, `add hand-written sentences for locale ${name} to PINNED`).toBeDefined();
    const docs = documents(locale);
    for (const format of ['markdown', 'html'] as const) {
      const plan = format === 'html' ? docs.plan.html.replaceAll('&#39;', "'") : docs.plan.markdown;
      const evaluation = format === 'html' ? docs.evaluation.html.replaceAll('&#39;', "'") : docs.evaluation.markdown;
      for (const text of pinned!.plan) expect(plan, `${format} plan`).toContain(text);
      for (const text of pinned!.evaluation) expect(evaluation, `${format} evaluation`).toContain(text);
    }
    expect(docs.plan.html).toContain(pinned!.html);
    expect(docs.evaluation.html).toContain(pinned!.html);
  });

  it('words the evaluation, the recommendation and the summary in the locale, from the same codes and facts', () => {
    const { evaluated } = documents(locale);
    const english = evaluatePlan(untitled(), null, { asOf: demo().final.plan.asOf });
    // only the words differ
    const strip = (e: PlanEvaluation) => JSON.stringify(e, (key, value) => (key === 'message' || key === 'statusNote' ? undefined : value));
    expect(strip(evaluated)).toBe(strip(english));
    const reasons = recommendOutcome(evaluated, undefined, { locale }).reasons;
    const englishReasons = recommendOutcome(english).reasons;
    expect(reasons.map((r) => r.code)).toEqual(englishReasons.map((r) => r.code));
    if (name !== 'en') {
      expect(evaluated.triad.message).not.toBe(english.triad.message);
      for (const [i, r] of reasons.entries()) expect(r.message).not.toBe(englishReasons[i]!.message);
      for (const [i, g] of evaluated.goals.entries()) expect(g.statusNote).not.toBe(english.goals[i]!.statusNote);
    } else {
      expect(evaluated).toEqual(english);
    }
  });
});
