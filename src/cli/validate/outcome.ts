/**
 * What one `validate` run found over all its files, and its exit code: the worst of every file
 * (2 when a file cannot be read or a pattern names none, 1 when a file has errors or the warnings
 * are more than `--max-warnings`, else 0).
 *
 * @module
 */
import { EXIT, type ExitCode } from '../command.js';
import { countProblems, type Counts, type FileReport } from './check.js';

/** The run's options that shape the report. */
export interface ReportOptions {
  /** `--quiet`: errors only (warnings still count for `--max-warnings`). */
  readonly quiet: boolean;
  /** `--max-warnings`: more warnings than this (over all files) fail the run. */
  readonly maxWarnings: number | undefined;
}

/** Every file's report, the totals and the exit code. */
export interface Outcome extends ReportOptions {
  readonly reports: readonly FileReport[];
  readonly counts: Counts;
  readonly notParsed: number;
  /** Files that could not be read, and patterns that named no file. */
  readonly failed: number;
  /** Patterns that named no file. */
  readonly unmatched: number;
  readonly tooManyWarnings: boolean;
  readonly exit: ExitCode;
}

/** Add up the reports. */
export function outcomeOf(reports: readonly FileReport[], options: ReportOptions): Outcome {
  const checked = reports.flatMap((r) => (r.kind === 'checked' ? [r] : []));
  const counts = countProblems(checked.flatMap((r) => r.problems));
  const failed = reports.length - checked.length;
  const tooManyWarnings = options.maxWarnings !== undefined && counts.warnings > options.maxWarnings;
  const exit = failed > 0 ? EXIT.usage : counts.errors > 0 || tooManyWarnings ? EXIT.problems : EXIT.ok;
  const unmatched = reports.filter((r) => r.kind === 'failed' && r.unmatched === true).length;
  return { ...options, reports, counts, notParsed: checked.filter((r) => !r.parsed).length, failed, unmatched, tooManyWarnings, exit };
}
