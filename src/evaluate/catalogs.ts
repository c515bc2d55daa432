/**
 * The evaluation's words as one set of catalogs, and the re-wording of evaluations, summaries and
 * recommendations in a language: every sentence is written again from the code and facts the
 * result already carries, so a stored result can be read in another language later.
 *
 * @module
 */
import { deepFreeze as freeze } from '../frozen/deep-freeze.js';
import type { Catalog } from '../issues/issue.js';
import { localeCatalog, write, type EvaluateLocale } from './locale-catalog.js';
import { rewordEvaluation } from './reword-evaluation.js';
import type { TriadCode } from './codes.js';
import {
  EVALUATION_ISSUE_MESSAGES,
  EVALUATION_WARNING_MESSAGES,
  GOAL_STATUS_MESSAGES,
  RELAPSE_FINDING_MESSAGES,
  SCREEN_FINDING_MESSAGES,
  TRIAD_MESSAGES,
  type RelapseFactsByCode,
  type ScreenFactsByCode,
  type EvaluationIssueFactsByCode,
  type EvaluationWarningFactsByCode,
  type GoalStatusFactsByStatus,
} from './messages.js';
import { RECOMMENDATION_MESSAGES, type ReasonFactsByCode } from './reason-messages.js';
import type { EvaluationSummary } from './summary.js';
import type { PlanEvaluation, Recommendation, RecommendationReason } from './types.js';

/** Every catalog of the evaluation: recommendation reasons, goal status notes, the triad's sentence, warnings and issues. */
export interface EvaluationCatalogs {
  /** A recommendation reason's sentence, by code, from its facts. */
  readonly reasons: Catalog<ReasonFactsByCode>;
  /** A goal's status note, by status, from the goal's evaluation. */
  readonly goalStatus: Catalog<GoalStatusFactsByStatus>;
  /** The triad's sentence, by combination. */
  readonly triad: Catalog<{ readonly [C in TriadCode]: Readonly<Record<string, never>> }>;
  /** An evaluation warning's sentence, by code. */
  readonly warnings: Catalog<EvaluationWarningFactsByCode>;
  /** An evaluation issue's sentence, by code. */
  readonly issues: Catalog<EvaluationIssueFactsByCode>;
  /** A relapse finding's sentence after the plan (`detectRelapse`), by code. */
  readonly relapse: Catalog<RelapseFactsByCode>;
  /** A team-screen finding's sentence (`screenTeam`), by code. */
  readonly screen: Catalog<ScreenFactsByCode>;
}

/**
 * Some of the evaluation's words (a locale's, a host's): any catalog, any code of it; every word
 * left out, or given broken, is English.
 */
export type EvaluationCatalogsOverride = { readonly [K in keyof EvaluationCatalogs]?: Partial<EvaluationCatalogs[K]> };

/**
 * The English evaluation catalogs, the default.
 *
 * @example
 * ```ts
 * import { EVALUATION_CATALOGS_EN } from 'improvement-plan';
 * EVALUATION_CATALOGS_EN.triad.no_data({}); // => "There is no data yet for any component of the measurement system."
 * ```
 */
export const EVALUATION_CATALOGS_EN: EvaluationCatalogs = Object.freeze({
  reasons: RECOMMENDATION_MESSAGES,
  goalStatus: GOAL_STATUS_MESSAGES,
  triad: TRIAD_MESSAGES,
  warnings: EVALUATION_WARNING_MESSAGES,
  issues: EVALUATION_ISSUE_MESSAGES,
  relapse: RELAPSE_FINDING_MESSAGES,
  screen: SCREEN_FINDING_MESSAGES,
});

const rewordReasons = (reasons: readonly RecommendationReason[], catalog: object): RecommendationReason[] =>
  reasons.map((reason) => ({ ...reason, message: write(catalog, reason.code, reason.facts) }) as RecommendationReason);

/**
 * A recommendation with its reasons written in a locale's words (codes, facts and evidence as they are).
 *
 * @example
 * ```ts
 * import { recommendOutcome, rewordRecommendation } from 'improvement-plan';
 * import { fr } from 'improvement-plan/locales/fr';
 * rewordRecommendation(recommendOutcome(evaluation), fr).reasons[0].message; // the first reason, in French
 * ```
 */
export function rewordRecommendation(recommendation: Recommendation, locale: EvaluateLocale | undefined): Recommendation {
  const reasons = localeCatalog(locale, 'reasons', RECOMMENDATION_MESSAGES);
  return reasons === undefined ? recommendation : freeze({ ...recommendation, reasons: rewordReasons(recommendation.reasons, reasons) }, true);
}

/**
 * A summary with its sentences written in a locale's words: the recommendation's reasons, the
 * triad's sentence and the issues, from their codes and facts; the goals' status notes from
 * `evaluation` when it is given (a summary row does not carry the facts a note is written from),
 * else as they are.
 *
 * @example
 * ```ts
 * import { rewordSummary } from 'improvement-plan';
 * import { es } from 'improvement-plan/locales/es';
 * rewordSummary(summary, es, evaluation).recommendation.reasons[0].message; // in Spanish
 * ```
 */
export function rewordSummary(summary: EvaluationSummary, locale: EvaluateLocale | undefined, evaluation?: PlanEvaluation): EvaluationSummary {
  const reasons = localeCatalog(locale, 'reasons', RECOMMENDATION_MESSAGES);
  const worded = evaluation === undefined ? undefined : rewordEvaluation(evaluation, locale);
  const triad = localeCatalog(locale, 'triad', TRIAD_MESSAGES);
  const issues = localeCatalog(locale, 'issues', EVALUATION_ISSUE_MESSAGES);
  const warnings = localeCatalog(locale, 'warnings', EVALUATION_WARNING_MESSAGES);
  if (reasons === undefined && triad === undefined && issues === undefined && warnings === undefined && (worded === undefined || worded === evaluation)) return summary;
  const notes = worded === undefined ? undefined : new Map(worded.goals.map((goal) => [goal.goalId, goal.statusNote]));
  return freeze(
    {
      ...summary,
      triad: triad === undefined ? summary.triad : { ...summary.triad, message: write(triad, summary.triad.code, {}) },
      goals: notes === undefined ? summary.goals : summary.goals.map((row) => ({ ...row, statusNote: notes.get(row.goalId) ?? row.statusNote })),
      recommendation: reasons === undefined ? summary.recommendation : { ...summary.recommendation, reasons: rewordReasons(summary.recommendation.reasons, reasons) },
      issues: issues === undefined ? summary.issues : summary.issues.map((issue) => ({ ...issue, message: write(issues, issue.code, issue.facts) })),
      warnings: warnings === undefined ? summary.warnings : summary.warnings.map((warning) => ({ ...warning, message: write(warnings, warning.code, warning.facts) })),
    } as EvaluationSummary,
    true,
  );
}
