/**
 * `validate --format stylish` (the default), after ESLint's: the problems of each file under its
 * name, one row each (`line:column  severity  message  code`, in the order of the file; the
 * position and severity columns aligned, the code after the message, which is a sentence) with the
 * fix below it, then one line for the run. Every cell is made safe for a terminal before the
 * columns are measured, and the whole text goes through {@link terminalLines}.
 *
 * @module
 */
import { terminalLines, terminalText } from '../terminal.js';
import type { Problem } from './check.js';
import type { Outcome } from './outcome.js';
import { CLI_WORDS_EN, type ValidateWords } from '../words/en.js';

/** The rows of one file's problems, columns aligned. */
function rows(problems: readonly Problem[], words: ValidateWords): string[] {
  const sorted = [...problems].sort((a, b) => a.line - b.line || a.column - b.column);
  const cells = sorted.map((p) => ({ at: `${p.line}:${p.column}`, severity: p.severity, message: terminalText(p.message), code: terminalText(p.code), fix: p.fix === undefined ? undefined : terminalText(p.fix) }));
  const atWidth = Math.max(...cells.map((c) => c.at.length));
  const severityWidth = Math.max(...cells.map((c) => c.severity.length));
  const indent = ' '.repeat(2 + atWidth + 2 + severityWidth + 2);
  return cells.flatMap((c) => [
    // messages are sentences: the code follows each, not a column padded to the longest
    `  ${c.at.padEnd(atWidth)}  ${c.severity.padEnd(severityWidth)}  ${c.message}  ${c.code}`,
    ...(c.fix === undefined ? [] : [`${indent}${words.fix(c.fix)}`]),
  ]);
}

/** The last line: the verdict on the one file as before, or the run's totals. */
function summary(outcome: Outcome, words: ValidateWords): string | undefined {
  const { reports, counts } = outcome;
  const [only] = reports;
  if (reports.length === 1 && only?.kind === 'checked') {
    if (!only.parsed) return words.doesNotParse(only.file, only.problems.length);
    return counts.errors > 0 ? words.invalid(only.file, counts.errors, counts.warnings) : words.valid(only.file, counts.warnings, counts.infos);
  }
  if (outcome.failed === reports.length) return undefined;
  return words.summary(reports.length - outcome.unmatched, counts, outcome.notParsed, outcome.failed - outcome.unmatched, outcome.unmatched);
}

/** The stylish report: the text for standard output and the one-line failures for standard error; its own lines in `words` (English by default). */
export function stylishReport(outcome: Outcome, words: ValidateWords = CLI_WORDS_EN.validate): { readonly stdout: string; readonly stderr: string } {
  const out: string[] = [];
  const err: string[] = [];
  for (const report of outcome.reports) {
    if (report.kind === 'failed') {
      err.push(`improvement-plan: ${report.file}: ${report.failure.message}`);
      continue;
    }
    const shown = outcome.quiet ? report.problems.filter((p) => p.severity === 'error') : report.problems;
    if (shown.length === 0) continue;
    out.push(`${terminalText(report.file)}${report.parsed ? '' : ` ${words.notParsed}`}`, ...rows(shown, words), '');
  }
  // --quiet: nothing at all when there is no error to show
  const quietAndClean = outcome.quiet && outcome.counts.errors === 0;
  const last = quietAndClean ? undefined : summary(outcome, words);
  if (last !== undefined) out.push(last);
  else if (out.at(-1) === '') out.pop();
  if (outcome.tooManyWarnings && outcome.maxWarnings !== undefined) out.push(words.tooManyWarnings(outcome.counts.warnings, outcome.maxWarnings));
  return { stdout: out.length === 0 ? '' : `${terminalLines(out)}\n`, stderr: err.length === 0 ? '' : `${terminalLines(err)}\n` };
}
