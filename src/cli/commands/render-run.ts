/**
 * `render`'s run, loaded when the command runs (the command's description is in ./render.ts).
 *
 * @module
 */
import type { DateLocale } from '../../render/date-locale.js';
import type { RenderLocale } from '../../render/options.js';
import type { Locale } from '../../locales/locale.js';
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

/**
 * A date-fns locale by BCP 47 tag (`en-GB`, `de`, `pt-BR`), as named in date-fns' table of
 * locales (`enGB`, `de`, `ptBR`; the tag itself is tried too). Only the one module asked for is
 * loaded, by path (`date-fns/locale/en-GB`): loading the whole table took most of the tool's
 * start-up (issue 21).
 */
export async function findLocale(tag: string): Promise<DateLocale | undefined> {
  const key = tag.replace(/[-_](\w+)/, (_m, region: string) => region.toUpperCase());
  return (await localeNamed(key)) ?? (key === tag ? undefined : await localeNamed(tag));
}

/** The locale date-fns exports as `name` (`enGB`), from its own module (`date-fns/locale/en-GB`). */
async function localeNamed(name: string): Promise<DateLocale | undefined> {
  // an export name only: never a path
  if (!/^[a-z]+(?:[A-Z][A-Za-z]*)?$/.test(name)) return undefined;
  const file = name === 'beTarask' ? 'be-tarask' : name.replace(/^([a-z]+)([A-Z])/, '$1-$2');
  let module: object;
  try {
    module = (await import(`date-fns/locale/${file}`)) as object;
  } catch {
    return undefined;
  }
  const table = module as Readonly<Record<string, DateLocale>>;
  return Object.hasOwn(table, name) ? table[name] : undefined;
}

/** The languages the library ships (`improvement-plan/locales/*`), each loaded on demand, a file of the executable's own. */
const SHIPPED: Readonly<Record<string, () => Promise<Locale>>> = {
  en: async () => (await import('../../locales/en/index.js')).en,
  de: async () => (await import('../../locales/de/index.js')).de,
  fr: async () => (await import('../../locales/fr/index.js')).fr,
  es: async () => (await import('../../locales/es/index.js')).es,
  ar: async () => (await import('../../locales/ar/index.js')).ar,
};

/**
 * The language of `--locale <tag>`: a shipped locale for its language (`de`, `fr-CA`: the words,
 * with the tag's own dates and numbers when it names a region date-fns knows), else a date-fns
 * locale for dates and numbers only, the words staying English (`nl`, `pt-BR`).
 */
export async function findLanguage(tag: string): Promise<RenderLocale | DateLocale | undefined> {
  const language = /^([A-Za-z]{2,3})(?:[-_]|$)/.exec(tag)?.[1]?.toLowerCase();
  const load = language !== undefined && Object.hasOwn(SHIPPED, language) ? SHIPPED[language] : undefined;
  if (load === undefined) return findLocale(tag);
  const locale = await load();
  if (tag === language || tag === locale.code) return locale;
  const dates = await findLocale(tag);
  return { ...locale, code: tag, numberLocale: tag, ...(dates === undefined ? {} : { dateLocale: dates }) };
}

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
    else ctx.io.stderr(`${terminalLines([CLI_MESSAGES.wrote(out, bytes)])}\n`);
    return EXIT.ok;
  }
  if (ctx.json) printJson(ctx, { ...summary, content });
  else ctx.io.stdout(content);
  return EXIT.ok;
}
