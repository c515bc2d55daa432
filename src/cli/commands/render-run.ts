/**
 * `render`'s run, loaded when the command runs (the command's description is in ./render.ts).
 *
 * @module
 */
import { isCalendarDate } from '../../dates/calendar.js';
import { formatPath } from '../../schema/messages.js';
import type { Audience } from '../../render/audience.js';
import { optionValue } from '../args.js';
import { EXIT, fail, printJson, type CommandContext, type ExitCode } from '../command.js';
import { inputLabel, readHolidays, readPlan, writeText } from '../input.js';
import { parseJsonPointer, pointerToken } from '../json-pointer.js';
import { terminalLines } from '../terminal.js';
import { evaluationOptions, readEvaluationInput } from './evaluate-run.js';
import { CLI_MESSAGES } from '../messages.js';
import { findCliWords, findLanguage } from '../language.js';

export { findLanguage, findLocale } from '../language.js';

/** The format a file name implies by its extension (`.md`, `.markdown`, `.html`, `.htm`), if any. */
export function formatOfFile(file: string): 'markdown' | 'html' | undefined {
  const extension = /\.([^./\\]+)$/.exec(file)?.[1]?.toLowerCase();
  return extension === 'md' || extension === 'markdown' ? 'markdown' : extension === 'html' || extension === 'htm' ? 'html' : undefined;
}

/** Run `render` (loaded when the command runs: issue 21, the tool's start-up). */
export async function runRender(ctx: CommandContext): Promise<ExitCode> {
  const file = ctx.args.positionals[0] as string;
  const label = inputLabel(file);
  // the format: --format, else --out's extension; both given, they must agree
  const formatOption = optionValue(ctx.args, 'format');
  const out = optionValue(ctx.args, 'out');
  const implied = out === undefined ? undefined : formatOfFile(out);
  if (formatOption === undefined && out === undefined) {
    return fail(ctx, 'render', { code: 'usage', message: `${CLI_MESSAGES.missingArgument('--format <md|html>')} (or --out <file> ending in .md or .html). ${CLI_MESSAGES.seeHelp('render')}` });
  }
  if (formatOption === undefined && implied === undefined) return fail(ctx, 'render', { code: 'usage', message: `${CLI_MESSAGES.formatFromOut(out as string)}. ${CLI_MESSAGES.seeHelp('render')}` });
  const format = formatOption === undefined ? (implied as 'markdown' | 'html') : formatOption === 'html' ? 'html' : 'markdown';
  if (implied !== undefined && implied !== format) {
    return fail(ctx, 'render', { code: 'usage', message: `${CLI_MESSAGES.formatMismatch(formatOption as string, out as string, implied)}. ${CLI_MESSAGES.seeHelp('render')}` });
  }
  // the library is loaded when the command runs, not when the tool starts
  const [{ evaluatePlan, summarizeEvaluation }, { renderEvaluation }, { renderPlan }, { dateFormatProblem }] = await Promise.all([
    import('../../evaluate/index.js'),
    import('../../render/render-evaluation.js'),
    import('../../render/render-plan.js'),
    import('../../render/date-pattern.js'),
  ]);
  const asOf = optionValue(ctx.args, 'as-of') ?? ctx.io.today();
  if (!isCalendarDate(asOf)) return fail(ctx, 'render', { code: 'usage', message: CLI_MESSAGES.invalidAsOf(asOf) });
  const localeTag = optionValue(ctx.args, 'locale');
  const locale = localeTag === undefined ? undefined : await findLanguage(localeTag);
  if (localeTag !== undefined && locale === undefined) return fail(ctx, 'render', { code: 'usage', message: CLI_MESSAGES.unknownLocale(localeTag) });
  const dateFormat = optionValue(ctx.args, 'date-format');
  const dateProblem = dateFormat === undefined ? undefined : dateFormatProblem(dateFormat, locale === undefined || 'localize' in locale ? locale : locale.dateLocale);
  if (dateFormat !== undefined && dateProblem !== undefined) {
    return fail(ctx, 'render', { code: 'usage', message: CLI_MESSAGES.invalidDateFormat(dateFormat, dateProblem) });
  }
  const privateMetadata: (readonly string[])[] = [];
  for (const pointer of ctx.args.values.get('private-metadata') ?? []) {
    const keys = parseJsonPointer(pointer);
    if (keys === undefined) {
      const suggestion = pointer.startsWith('/') ? undefined : `/${pointerToken(pointer)}`;
      return fail(ctx, 'render', { code: 'usage', message: `${CLI_MESSAGES.notAPointer(pointer, suggestion)}. ${CLI_MESSAGES.seeHelp('render')}` });
    }
    privateMetadata.push(keys);
  }
  const audience = (optionValue(ctx.args, 'audience') ?? 'employee') as Audience;
  const terminology = optionValue(ctx.args, 'terminology');
  const options = {
    format,
    audience,
    ...(terminology !== undefined ? { terminology } : {}),
    ...(locale !== undefined ? { locale } : {}),
    ...(dateFormat !== undefined ? { dateFormat } : {}),
    includeMetadata: ctx.args.flags.has('include-metadata'),
    privateMetadata,
  } as const;
  let content: string;
  let report: 'plan' | 'evaluation' = 'plan';
  let extra: Readonly<Record<string, unknown>> = {};
  if (ctx.args.flags.has('evaluation')) {
    const read = await readEvaluationInput(ctx, ctx.args);
    if (!read.ok) return fail(ctx, 'render', read.failure);
    const { input } = read;
    const policy = input.policy ? { policy: input.policy } : {};
    const evaluation = evaluatePlan(input.plan, input.observations, evaluationOptions(input));
    const summary = summarizeEvaluation(evaluation, policy);
    content = renderEvaluation(summary, { ...options, plan: input.plan, evaluation });
    report = 'evaluation';
    extra = { observations: input.observationsFile, asOfDefaulted: input.asOfDefaulted, recommendation: summary.recommendation.outcome };
  } else {
    if (ctx.args.values.has('observations') || ctx.args.values.has('policy')) {
      return fail(ctx, 'render', { code: 'usage', message: `${CLI_MESSAGES.observationsNeedEvaluation}. ${CLI_MESSAGES.seeHelp('render')}` });
    }
    const read = await readPlan(ctx.io, file);
    if (!read.ok) return fail(ctx, 'render', read.failure);
    if (!read.result.ok) {
      const first = read.result.issues[0];
      return fail(ctx, 'render', {
        code: 'invalid_plan',
        file: label,
        message: CLI_MESSAGES.notAPlan(label, read.result.issues.length, first?.message ?? ''),
        ...(first ? { path: formatPath(first.path) } : {}),
      });
    }
    const holidaysFile = optionValue(ctx.args, 'holidays');
    let holidays: Awaited<ReturnType<typeof readHolidays>> | undefined;
    if (holidaysFile !== undefined) {
      holidays = await readHolidays(ctx.io, holidaysFile);
      if (!holidays.ok) return fail(ctx, 'render', holidays.failure);
    }
    content = renderPlan(read.result.plan, { ...options, asOf, ...(holidays?.ok && holidays.holidays.length > 0 ? { holidays: holidays.holidays } : {}) });
  }
  const summary = { command: 'render', ok: true, file: label, report, format, audience, asOf, ...extra };
  if (out !== undefined) {
    const written = await writeText(ctx.io, out, content);
    if (!written.ok) return fail(ctx, 'render', written.failure);
    const bytes = Buffer.byteLength(content, 'utf8');
    if (ctx.json) printJson(ctx, { ...summary, out, bytes });
    else ctx.io.stderr(`${terminalLines([(await findCliWords(localeTag)).wrote(out, bytes)])}\n`);
    return EXIT.ok;
  }
  if (ctx.json) printJson(ctx, { ...summary, content });
  else ctx.io.stdout(content);
  return EXIT.ok;
}
