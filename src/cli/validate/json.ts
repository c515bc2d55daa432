/**
 * `validate --format json` (or `--json`): the run as one JSON document. Per file the parse
 * `issues` and lint `findings` as before, each with its `severity`, `line` and `column`; a file
 * that cannot be read has an `error` instead. Counts are of every problem found; `--quiet` leaves
 * warnings and notes out of the lists only.
 *
 * @module
 */
import { EXIT } from '../command.js';
import { countProblems, type Problem } from './check.js';
import type { Outcome } from './outcome.js';

function entry(problem: Problem) {
  const { source: _source, ...rest } = problem;
  return rest;
}

/** The JSON document of a run. */
export function jsonReport(outcome: Outcome): unknown {
  const files = outcome.reports.map((report) => {
    if (report.kind === 'failed') return { file: report.file, ok: false, error: report.failure };
    const counts = countProblems(report.problems);
    const shown = outcome.quiet ? report.problems.filter((p) => p.severity === 'error') : report.problems;
    return {
      file: report.file,
      ok: counts.errors === 0,
      parsed: report.parsed,
      ...counts,
      issues: shown.filter((p) => p.source === 'parse').map(entry),
      findings: shown.filter((p) => p.source === 'lint').map(entry),
    };
  });
  return {
    command: 'validate',
    ok: outcome.exit === EXIT.ok,
    ...outcome.counts,
    maxWarnings: outcome.maxWarnings ?? null,
    tooManyWarnings: outcome.tooManyWarnings,
    files,
  };
}
