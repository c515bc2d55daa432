/**
 * An evaluation's sentences written again in a locale's words.
 *
 * @module
 */
import { deepFreeze as freeze } from '../frozen/deep-freeze.js';
import { localeCatalog, write, type EvaluateLocale } from './locale-catalog.js';
import { EVALUATION_ISSUE_MESSAGES, EVALUATION_WARNING_MESSAGES, GOAL_STATUS_MESSAGES, TRIAD_MESSAGES } from './messages.js';
import type { PlanEvaluation } from './types.js';

/**
 * An evaluation with every sentence written in a locale's words: goal status notes, the triad's
 * sentence, warnings and issues. Codes, facts and figures stay as they are. A locale without
 * evaluation words (English, or none) gives the evaluation back as it is.
 *
 * @example
 * ```ts
 * import { rewordEvaluation } from 'improvement-plan';
 * import { de } from 'improvement-plan/locales/de';
 * rewordEvaluation(evaluation, de).triad.message; // the triad's sentence in German
 * ```
 */
export function rewordEvaluation(evaluation: PlanEvaluation, locale: EvaluateLocale | undefined): PlanEvaluation {
  const goalStatus = localeCatalog(locale, 'goalStatus', GOAL_STATUS_MESSAGES);
  const triad = localeCatalog(locale, 'triad', TRIAD_MESSAGES);
  const issues = localeCatalog(locale, 'issues', EVALUATION_ISSUE_MESSAGES);
  const warnings = localeCatalog(locale, 'warnings', EVALUATION_WARNING_MESSAGES);
  if (goalStatus === undefined && triad === undefined && issues === undefined && warnings === undefined) return evaluation;
  return freeze(
    {
      ...evaluation,
      goals: goalStatus === undefined ? evaluation.goals : evaluation.goals.map((goal) => (goal.statusNote === '' ? goal : { ...goal, statusNote: write(goalStatus, goal.status, goal) })),
      triad: triad === undefined ? evaluation.triad : { ...evaluation.triad, message: write(triad, evaluation.triad.code, {}) },
      issues: issues === undefined ? evaluation.issues : evaluation.issues.map((issue) => ({ ...issue, message: write(issues, issue.code, issue.facts) })),
      warnings: warnings === undefined ? evaluation.warnings : evaluation.warnings.map((warning) => ({ ...warning, message: write(warnings, warning.code, warning.facts) })),
    } as PlanEvaluation,
    true,
  );
}
