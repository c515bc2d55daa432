/**
 * `evaluate`'s text output: the summary of an evaluation in a few dozen terminal lines, worded
 * with the evaluation report's own labels (statuses, outcomes, triad names) and figures written
 * by the report's value formatter.
 *
 * @module
 */
import type { EvaluationSummary, GoalSummaryRow } from '../evaluate/index.js';
import { makeFormatter, type UnitFacts } from '../render/format.js';
import type { DateLocale } from '../render/date-locale.js';
import { resolveRenderOptions, type RenderLocale } from '../render/options.js';
import { formatPath } from '../schema/messages.js';
import type { Plan } from '../schema/types.js';
import { terminalLines } from './terminal.js';
import { CLI_WORDS_EN, type EvaluateWords } from './words/en.js';

function unitFacts(row: GoalSummaryRow, plan: Plan | undefined): UnitFacts {
  const metricId = plan?.goals.find((g) => g.id === row.goalId)?.metricId;
  const rubric = plan?.metrics.find((m) => m.id === metricId)?.rubric;
  return { unit: row.unit, currency: row.currency ?? undefined, durationUnit: row.durationUnit ?? undefined, direction: row.direction, ...(rubric ? { rubric } : {}) };
}

/** The language of the text: `locale` (`--locale`) for the report's labels, sentences and figures, `words` for the lines around them. */
export interface EvaluationTextLanguage {
  readonly locale?: RenderLocale | DateLocale;
  readonly words?: EvaluateWords;
}

/**
 * The evaluation as text lines, made safe for a terminal (no trailing newline on the last); the
 * plan adds rubric level names. English by default; `language` words it in a `--locale`.
 */
export function evaluationText(summary: EvaluationSummary, asOfDefaulted: boolean, plan?: Plan, language: EvaluationTextLanguage = {}): string {
  const T = language.words ?? CLI_WORDS_EN.evaluate;
  const options = resolveRenderOptions({ format: 'markdown', dateFormat: 'yyyy-MM-dd', ...(language.locale === undefined ? {} : { locale: language.locale }) }, summary.plan.title ?? undefined);
  const f = makeFormatter(options);
  const m = options.messages;
  const e = m.evaluation;
  const s = summary;
  const lines: string[] = [
    T.heading(s.plan.id, options.terminology, s.plan.employee.name, s.plan.employee.role),
    `${T.asOf(s.plan.asOf, asOfDefaulted)} ${!s.plan.running ? e.notRunning : s.plan.final ? e.final(s.plan.endDate) : e.provisional(s.plan.endDate)}`,
    '',
    T.goals,
  ];
  if (s.goals.length === 0) lines.push(T.noGoals);
  for (const row of s.goals) {
    const units = unitFacts(row, plan);
    const comparator = row.direction === 'lower_is_better' ? m.atMost : m.atLeast;
    const observed = row.observed === null ? T.none : `${f.value(units, row.observed)}${row.basis === 'window' ? '' : ` ${m.basis(row.basis)}`}`;
    lines.push(
      T.goal(e.goalStatus[row.status], row.title),
      T.goalFigures(
        observed,
        f.value(units, row.baseline),
        `${comparator(f.value(units, row.target))} ${m.basis(row.basis)}`,
        row.attainment === null ? T.none : f.percent(row.attainment),
        row.trend === null ? undefined : e.trend[row.trend],
      ),
    );
  }
  lines.push(
    '',
    T.triad(e.triadCode[s.triad.code], s.triad.message),
    T.score(e.score(f.number(s.score.value), e.weighting[s.score.weighting]), e.progress(f.percent(s.progress))),
    T.commitments(
      e.ofDue(s.checkIns.held, s.checkIns.due, e.labels.held.toLowerCase()),
      s.checkIns.documented,
      e.ofDue(s.support.delivered, s.support.due, e.labels.delivered.toLowerCase()),
    ),
    T.coverage(s.coverage.share === null ? T.none : e.coverage(f.percent(s.coverage.share), s.coverage.withData, s.coverage.elapsed)),
    '',
    T.recommendation(e.outcome[s.recommendation.outcome], !s.plan.running ? e.readingKind.notRunning : s.recommendation.final ? e.readingKind.final : e.readingKind.provisional),
    ...s.recommendation.reasons.map((reason, i) => T.reason(i + 1, reason.message)),
  );
  if (s.issues.length > 0) {
    lines.push('', T.issues(s.issues.length), ...s.issues.map((issue) => T.issue(issue.code, formatPath(issue.path, '(input)'), issue.message)));
  }
  if (s.warnings.length > 0) {
    lines.push('', T.warnings(s.warnings.length), ...s.warnings.map((warning) => T.issue(warning.code, formatPath(warning.path, '(input)'), warning.message)));
  }
  return terminalLines(lines);
}
