import { rewordSummary } from '../evaluate/catalogs.js';
import type { EvaluateLocale } from '../evaluate/locale-catalog.js';
import type { EvaluationSummary, PlanEvaluation } from '../evaluate/index.js';
import type { Plan } from '../schema/types.js';
import { evaluationDocument } from './evaluation-document.js';
import { resolveRenderOptions, type RenderOptions } from './options.js';
import { writeDocument } from './write.js';

/**
 * Options of {@link renderEvaluation}: those of `renderPlan` (the report's date is the
 * summary's `asOf`, so there is no `asOf` here; its holidays are the evaluation's, passed to
 * `evaluatePlan`, so there is no `holidays` either), and what the summary alone does not hold.
 */
export interface EvaluationRenderOptions extends Omit<RenderOptions, 'asOf' | 'holidays'> {
  /**
   * The evaluation the summary was compiled from (`evaluatePlan`'s result). Its period series
   * draw each goal's chart (HTML) and period table (Markdown); without it the report has the
   * overview chart only.
   */
  readonly evaluation?: PlanEvaluation;
  /**
   * The plan evaluated. Adds the milestones to the charts, rubric level names, people's names
   * in the support ledger, the team, `metadata` (with `includeMetadata`), and, in the manager's
   * and HR's copies only, the manager's private check-in notes.
   */
  readonly plan?: Plan;
}

function requireSame(what: string, expected: string, actual: string): void {
  if (expected !== actual) throw new RangeError(`renderEvaluation: the ${what} is for ${JSON.stringify(actual)}, the summary for ${JSON.stringify(expected)}`);
}

/**
 * Render an evaluation summary as a report people read: Markdown or a self-contained HTML page
 * with the overview (recommendation, score, progress, attainment of every goal as bars), the
 * goal table (baseline, target, observed, attainment, status, trend) and, per goal, its status
 * in words and a chart of its period series with the baseline, the target, milestones and the
 * as-of date (Markdown gets a text sparkline and the period table instead), the skill / behavior
 * / outcome reading with the score by category, the check-in log, the support ledger, and the
 * recommendation with each reason and its evidence. Pure: same input, same text, in every time
 * zone.
 *
 * The copy is for `options.audience` (default `employee`): the employee's copy never contains
 * the manager's private check-in notes or metadata the host marks private.
 *
 * With a `Locale` as `options.locale`, the report is in its language: the labels, and the
 * summary's sentences written again from their codes and facts (the goals' status notes need
 * `options.evaluation`).
 *
 * @throws RangeError for invalid options: a `dateFormat` that is empty, that date-fns rejects or
 * that holds a `Y…`/`D…` token, a `numberLocale` Intl rejects, or an `evaluation` / `plan` that
 * is not the one the summary was made from.
 *
 * @example
 * ```ts
 * const evaluation = evaluatePlan(plan, observations, { asOf: '2026-04-06' });
 * const summary = summarizeEvaluation(evaluation);
 * const html = renderEvaluation(summary, { format: 'html', audience: 'hr', plan, evaluation });
 * html.includes('data-chart="goal-g-conversion"'); // => true
 * renderEvaluation(summary, { format: 'markdown' }).split('\n')[0];
 * // => "# Performance Improvement Plan evaluation: Jordan Reyes"
 * ```
 */
export function renderEvaluation(summary: EvaluationSummary, options: EvaluationRenderOptions): string {
  const { evaluation, plan } = options;
  if (evaluation) {
    requireSame('evaluation', summary.plan.id, evaluation.planId);
    requireSame('evaluation date', summary.plan.asOf, evaluation.asOf);
  }
  if (plan) requireSame('plan', summary.plan.id, plan.id);
  const resolved = resolveRenderOptions(options, summary.plan.title ?? undefined);
  // A locale's evaluation words re-word the summary's sentences from their codes and facts.
  const worded = options.locale === undefined ? summary : rewordSummary(summary, options.locale as EvaluateLocale, evaluation);
  const doc = evaluationDocument(worded, resolved, plan, evaluation);
  return writeDocument(doc, resolved);
}
