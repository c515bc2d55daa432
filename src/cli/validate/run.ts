/**
 * `validate`'s run, loaded when the command runs: read the options, expand the arguments into
 * files, check each, and write the report in the format asked for.
 *
 * @module
 */
import packageJson from '../../../package.json' with { type: 'json' };
import { optionValue } from '../args.js';
import { fail, type CommandContext, type ExitCode } from '../command.js';
import { writeText } from '../input.js';
import { CLI_MESSAGES } from '../messages.js';
import { terminalLines } from '../terminal.js';
import { CLI_WORDS_EN } from '../words/en.js';
import { lintWordsOf, type LintLocale } from '../../lint/locale.js';
import type { ParseLocale } from '../../schema/locale.js';
import { checkFile, type FileReport } from './check.js';
import { expandTargets } from './files.js';
import { jsonReport } from './json.js';
import { outcomeOf } from './outcome.js';
import { sarifReport } from './sarif.js';
import { stylishReport } from './stylish.js';

/** The report formats. */
export const VALIDATE_FORMATS = ['stylish', 'json', 'sarif'] as const;

/** Run `validate`. */
export async function runValidate(ctx: CommandContext): Promise<ExitCode> {
  const usage = (message: string) => fail(ctx, 'validate', { code: 'usage', message: `${message}. ${CLI_MESSAGES.seeHelp('validate')}` });
  const formatOption = optionValue(ctx.args, 'format');
  if (ctx.args.flags.has('json') && formatOption !== undefined && formatOption !== 'json') return usage(CLI_MESSAGES.jsonAndFormat(formatOption));
  const format = ctx.args.flags.has('json') ? 'json' : (formatOption ?? 'stylish');
  const maxOption = optionValue(ctx.args, 'max-warnings');
  if (maxOption !== undefined && !/^\d{1,9}$/.test(maxOption)) return usage(CLI_MESSAGES.invalidMaxWarnings(maxOption));
  const localeTag = optionValue(ctx.args, 'locale');
  const languages = localeTag === undefined ? undefined : await import('../language.js');
  const language = localeTag === undefined ? undefined : await languages?.findLanguage(localeTag);
  if (localeTag !== undefined && language === undefined) return fail(ctx, 'validate', { code: 'usage', message: CLI_MESSAGES.unknownLocale(localeTag) });
  // the report's own lines (verdicts, the summary, `wrote`) in the language; English without --locale
  const cliWords = languages === undefined ? CLI_WORDS_EN : await languages.findCliWords(localeTag);
  // a date-fns locale alone carries no words: the findings and parse issues stay English
  const words = language !== undefined && 'messages' in language ? lintWordsOf(language as LintLocale) : undefined;
  const parseWords = language !== undefined && 'messages' in language ? (language as ParseLocale) : undefined;
  const expanded = await expandTargets(ctx.io, ctx.args.positionals);
  if (!expanded.ok) return usage(expanded.failure.message);
  const reports: FileReport[] = [];
  for (const target of expanded.targets) {
    reports.push('unmatched' in target ? { kind: 'failed', file: target.unmatched.file ?? '', failure: target.unmatched, unmatched: true } : await checkFile(ctx.io, target.file, words, parseWords));
  }
  const outcome = outcomeOf(reports, { quiet: ctx.args.flags.has('quiet'), maxWarnings: maxOption === undefined ? undefined : Number(maxOption) });
  let stdout: string;
  let stderr = '';
  if (format === 'stylish') ({ stdout, stderr } = stylishReport(outcome, cliWords.validate));
  else if (format === 'json') stdout = `${JSON.stringify(jsonReport(outcome), null, 2)}\n`;
  else stdout = `${JSON.stringify(sarifReport(outcome, packageJson.version, (packageJson as { homepage?: string }).homepage), null, 2)}\n`;
  if (stderr !== '') ctx.io.stderr(stderr);
  const out = optionValue(ctx.args, 'out');
  if (out === undefined) {
    if (stdout !== '') ctx.io.stdout(stdout);
    return outcome.exit;
  }
  const written = await writeText(ctx.io, out, stdout);
  if (!written.ok) return fail(ctx, 'validate', written.failure);
  // JSON output says nothing on standard error
  if (format !== 'json') ctx.io.stderr(`${terminalLines([cliWords.wrote(out, Buffer.byteLength(stdout, 'utf8'))])}\n`);
  return outcome.exit;
}
