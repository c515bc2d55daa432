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
  unknownLocale: (value: string) => `--locale ${JSON.stringify(value)} is not a date-fns locale (try en-US, en-GB, de, fr, es, nl)`,
  invalidDateFormat: (value: string, detail: string) => `--date-format ${JSON.stringify(value)} is not a date-fns pattern: ${detail}`,
  internal: (detail: string) => `internal error: ${detail} (this is a bug; set IMPROVEMENT_PLAN_DEBUG=1 to see the stack)`,
  valid: (file: string, warnings: number, infos: number) =>
    `${file}: valid plan, no errors${warnings + infos > 0 ? ` (${warnings} warning${warnings === 1 ? '' : 's'}, ${infos} note${infos === 1 ? '' : 's'})` : ''}`,
  invalid: (file: string, errors: number, warnings: number) =>
    `${file}: ${errors} error${errors === 1 ? '' : 's'}, ${warnings} warning${warnings === 1 ? '' : 's'}`,
  doesNotParse: (file: string, count: number) => `${file}: does not parse (${count} issue${count === 1 ? '' : 's'})`,
  finding: (file: string, path: string, severity: string, code: string, message: string) => `${file}:${path}: ${severity} ${code}: ${message}`,
  fix: (fix: string) => `  fix: ${fix}`,
  wrote: (file: string, bytes: number) => `wrote ${file} (${bytes} bytes)`,
} as const;

/** Lines of the general help. */
export const GENERAL_HELP = {
  usage: `Usage: ${TOOL} <command> [options]`,
  intro: 'Performance improvement plans for B2B sales reps: validate, render and inspect plan documents.',
  commands: 'Commands:',
  globalOptions: 'Options for every command:',
  exitCodes: 'Exit codes: 0 no errors, 1 the document has errors, 2 bad usage or unreadable input, 3 internal error.',
  more: `Run '${TOOL} <command> --help' for a command's options.`,
} as const;
