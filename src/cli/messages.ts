/**
 * Every sentence the command-line tool prints, in one place.
 *
 * @module
 */

/** The tool's name as typed. */
export const TOOL = 'improvement-plan';

export const CLI_MESSAGES = {
  unknownCommand: (name: string) => `unknown command ${JSON.stringify(name)}`,
  missingCommand: 'no command given',
  missingArgument: (name: string) => `missing argument ${name}`,
  extraArgument: (value: string) => `unexpected argument ${JSON.stringify(value)}`,
  seeHelp: (command: string | undefined) => `Run '${TOOL}${command ? ` ${command}` : ''} --help' for usage.`,
  cannotRead: (reason: string) => `cannot be read: ${reason}`,
  cannotWrite: (reason: string) => `cannot be written: ${reason}`,
  readReason: (code: string | undefined) =>
    ({ ENOENT: 'no such file', EISDIR: 'it is a folder', EACCES: 'permission denied', EPERM: 'permission denied', ENOTDIR: 'a part of the path is not a folder' })[code ?? ''] ??
    'the file could not be read',
  writeReason: (code: string | undefined) =>
    ({ ENOENT: 'the folder does not exist', EISDIR: 'it is a folder', EACCES: 'permission denied', EPERM: 'permission denied' })[code ?? ''] ?? 'the file could not be written',
  notAPlan: (file: string, count: number, first: string) =>
    `not a valid plan (${count} issue${count === 1 ? '' : 's'}, the first: ${first}); run '${TOOL} validate ${file}' for all of them`,
  invalidAsOf: (value: string) => `--as-of must be a calendar date YYYY-MM-DD, not ${JSON.stringify(value)}`,
  unknownLocale: (value: string) => `--locale ${JSON.stringify(value)} is neither a language the library ships (en, de, fr, es, ar) nor a date-fns locale (try en-GB, nl, pt-BR)`,
  invalidDateFormat: (value: string, detail: string) => `--date-format ${JSON.stringify(value)} is not a date-fns pattern: ${detail}`,
  notAPointer: (value: string, suggestion: string | undefined) =>
    `--private-metadata ${JSON.stringify(value)} is not a JSON Pointer: use a JSON Pointer, the keys from the root of metadata each after a "/", with ~1 for a "/" and ~0 for a "~" in a key (RFC 6901)${suggestion ? `, e.g. ${suggestion}` : ''}`,
  internal: (detail: string) => `internal error: ${detail} (this is a bug; set IMPROVEMENT_PLAN_DEBUG=1 to see the stack)`,
  valid: (file: string, warnings: number, infos: number) =>
    `${file}: valid plan, no errors${warnings + infos > 0 ? ` (${warnings} warning${warnings === 1 ? '' : 's'}, ${infos} note${infos === 1 ? '' : 's'})` : ''}`,
  invalid: (file: string, errors: number, warnings: number) =>
    `${file}: ${errors} error${errors === 1 ? '' : 's'}, ${warnings} warning${warnings === 1 ? '' : 's'}`,
  doesNotParse: (file: string, count: number) => `${file}: does not parse (${count} issue${count === 1 ? '' : 's'})`,
  wrote: (file: string, bytes: number) => `wrote ${file} (${bytes} bytes)`,
  notJson: (detail: string) => `is not JSON: ${detail}`,
  notObservations: (count: number, first: string) =>
    `not a valid observation feed (${count} issue${count === 1 ? '' : 's'}, the first: ${first}); give a JSON array of observations or an object with an "observations" array`,
  notAPolicy: 'is not an evaluation policy: give a JSON object of policy fields, e.g. {"successScore": 75}',
  notHolidays: 'is not a list of holidays: give a JSON array of dates written YYYY-MM-DD, e.g. ["2026-03-02", "2026-03-03"]',
  notAHoliday: (index: number, value: string) => `is not a list of holidays: entry ${index}, ${value}, is not a calendar date written YYYY-MM-DD (or { "date", "name" })`,
  observationsNeedEvaluation: '--observations and --policy go with --evaluation (the plan document itself has no use for them)',
  bothStdin: 'the plan and the observations cannot both come from standard input',
  stdinTwice: 'standard input (-) can be read only once',
  noMatch: 'no file matches this pattern',
  invalidMaxWarnings: (value: string) => `--max-warnings must be a whole number, 0 or more, not ${JSON.stringify(value)}`,
  jsonAndFormat: (format: string) => `--json asks for --format json, not --format ${format}`,
  formatFromOut: (out: string) => `cannot tell the format from --out ${JSON.stringify(out)}: give --format md or html, or end the file name in .md or .html`,
  formatMismatch: (format: string, out: string, implied: string) =>
    `--format ${format} does not match --out ${JSON.stringify(out)}, which names ${implied === 'html' ? 'an HTML' : 'a Markdown'} file`,
} as const;

/** The lines of `validate`'s default (stylish) report. */
export const VALIDATE_TEXT = {
  doesNotParse: '(does not parse)',
  fix: (fix: string) => `fix: ${fix}`,
  /** The last line for several files, or for one that could not be read beside others. */
  summary: (files: number, counts: { errors: number; warnings: number; infos: number }, notParsed: number, unreadable: number, unmatched: number) => {
    const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
    const problems =
      counts.errors === 0
        ? `no errors${counts.warnings + counts.infos > 0 ? ` (${plural(counts.warnings, 'warning')}, ${plural(counts.infos, 'note')})` : ''}`
        : `${plural(counts.errors, 'error')}, ${plural(counts.warnings, 'warning')}, ${plural(counts.infos, 'note')}`;
    const parts = [
      notParsed > 0 ? `${notParsed} ${notParsed === 1 ? 'does' : 'do'} not parse` : '',
      unreadable > 0 ? `${unreadable} cannot be read` : '',
      unmatched > 0 ? `${plural(unmatched, 'pattern')} ${unmatched === 1 ? 'names' : 'name'} no file` : '',
    ].filter(Boolean);
    return `${plural(files, 'file')}: ${problems}${parts.length > 0 ? `; ${parts.join(', ')}` : ''}`;
  },
  tooManyWarnings: (warnings: number, max: number) => `too many warnings: ${warnings}, more than --max-warnings ${max}`,
} as const;

/** The lines of `evaluate`'s text output. */
export const EVALUATE_TEXT = {
  heading: (id: string, term: string, employee: string, role: string) => `${id}: ${term}, ${employee} (${role})`,
  asOf: (asOf: string, defaulted: boolean) => `Evaluated as of ${asOf}${defaulted ? " (today; pass --as-of YYYY-MM-DD for another day)" : ''}.`,
  goals: 'Goals:',
  goal: (status: string, title: string) => `  [${status}] ${title}`,
  goalFigures: (observed: string, baseline: string, target: string, attainment: string, trend: string | undefined) =>
    `      observed ${observed}; baseline ${baseline}, target ${target}; attainment ${attainment}${trend ? `; trend ${trend.toLowerCase()}` : ''}`,
  noGoals: '  (no goals)',
  triad: (code: string, message: string) => `Skill, behavior, outcome: ${code}. ${message}`,
  score: (score: string, progress: string) => `Score: ${score}. ${progress}.`,
  commitments: (checkIns: string, documented: number, support: string) => `Check-ins: ${checkIns}, ${documented} documented. Support: ${support}.`,
  coverage: (coverage: string) => `Data coverage: ${coverage}.`,
  recommendation: (outcome: string, reading: string) => `Recommendation: ${outcome} (${reading}). Why:`,
  reason: (n: number, message: string) => `  ${n}. ${message}`,
  issues: (count: number) => `Data notes (${count}):`,
  issue: (code: string, at: string, message: string) => `  ${code} at ${at}: ${message}`,
  /** Observations counted once though given twice, goal windows cut to the plan. */
  warnings: (count: number) => `Warnings (${count}):`,
  none: '-',
} as const;

/** Lines of the general help. */
export const GENERAL_HELP = {
  usage: `Usage: ${TOOL} <command> [options]`,
  intro: 'Performance improvement plans for B2B sales reps: validate, evaluate and render plan documents.',
  commands: 'Commands:',
  globalOptions: 'Options for every command:',
  exitCodes: 'Exit codes: 0 no errors, 1 the document has errors, 2 bad usage or unreadable input, 3 internal error.',
  more: `Run '${TOOL} <command> --help' for a command's options.`,
} as const;
