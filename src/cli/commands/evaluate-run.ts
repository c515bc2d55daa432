/**
 * `evaluate`'s run, loaded when the command runs (the command's description is in ./evaluate.ts);
 * `render --evaluation` reads its input the same way.
 *
 * @module
 */
import { isCalendarDate } from '../../dates/calendar.js';
import type { EvaluationPolicyOverrides } from '../../evaluate/index.js';
import { formatPath } from '../../schema/messages.js';
import type { Observation, Plan } from '../../schema/types.js';
import { optionValue, type ParsedArgs } from '../args.js';
import { EXIT, fail, printJson, type CliFailure, type CommandContext, type ExitCode } from '../command.js';
import { inputLabel, readHolidays, readObservations, readPlan, readPolicy } from '../input.js';
import type { Holiday } from '../../timeline/policy.js';
import type { Locale } from '../../locales/locale.js';
import { CLI_MESSAGES } from '../messages.js';

/** What `evaluate` and `render --evaluation` need: the plan, the observations, the day and the policy. */
export interface EvaluationInput {
  readonly plan: Plan;
  readonly label: string;
  readonly observations: readonly Observation[];
  readonly observationsFile: string | null;
  readonly asOf: string;
  /** `--as-of` was not given: the day is today's, where the tool runs. */
  readonly asOfDefaulted: boolean;
  readonly policy: EvaluationPolicyOverrides | undefined;
  /** `--holidays`: the host's holidays, added to the plan's schedule holidays (empty without it). */
  readonly holidays: readonly Holiday[];
}

/** `evaluatePlan`'s options from the input: the day, the policy and the holidays given. */
export function evaluationOptions(input: EvaluationInput): { asOf: string; policy?: EvaluationPolicyOverrides; holidays?: readonly Holiday[] } {
  return { asOf: input.asOf, ...(input.policy ? { policy: input.policy } : {}), ...(input.holidays.length > 0 ? { holidays: input.holidays } : {}) };
}

/**
 * Read the plan (positional), `--observations`, `--policy`, `--holidays` and `--as-of` (default:
 * today, from the clock the io gives).
 */
export async function readEvaluationInput(ctx: CommandContext, args: ParsedArgs): Promise<{ ok: true; input: EvaluationInput } | { ok: false; failure: CliFailure }> {
  const file = args.positionals[0] as string;
  const label = inputLabel(file);
  const asOfOption = optionValue(args, 'as-of');
  const asOf = asOfOption ?? ctx.io.today();
  if (!isCalendarDate(asOf)) return { ok: false, failure: { code: 'usage', message: CLI_MESSAGES.invalidAsOf(asOf) } };
  const observationsFile = optionValue(args, 'observations');
  if (observationsFile === '-' && file === '-') return { ok: false, failure: { code: 'usage', message: CLI_MESSAGES.bothStdin } };
  const read = await readPlan(ctx.io, file);
  if (!read.ok) return read;
  if (!read.result.ok) {
    const first = read.result.issues[0];
    return {
      ok: false,
      failure: {
        code: 'invalid_plan',
        file: label,
        message: CLI_MESSAGES.notAPlan(label, read.result.issues.length, first?.message ?? ''),
        ...(first ? { path: formatPath(first.path) } : {}),
      },
    };
  }
  let observations: readonly Observation[] = [];
  if (observationsFile !== undefined) {
    const feed = await readObservations(ctx.io, observationsFile);
    if (!feed.ok) return feed;
    observations = feed.observations;
  }
  const policyFile = optionValue(args, 'policy');
  let policy: EvaluationPolicyOverrides | undefined;
  if (policyFile !== undefined) {
    const read = await readPolicy(ctx.io, policyFile);
    if (!read.ok) return read;
    // A bad field is the file's fault: refuse it with its problems rather than evaluate with a default in its place.
    const { EVALUATION_POLICY } = await import('../../evaluate/index.js');
    const { issues } = EVALUATION_POLICY.resolve(read.policy);
    const first = issues[0];
    if (first !== undefined) {
      const message = `is not a valid evaluation policy (${issues.length} problem${issues.length === 1 ? '' : 's'}): ${issues.map((issue) => issue.message.replace(/; (the default was used|it was ignored)\.$/, '.')).join(' ')}`;
      return { ok: false, failure: { code: 'invalid_input', file: inputLabel(policyFile), message, path: formatPath(first.path) } };
    }
    policy = read.policy;
  }
  const holidaysFile = optionValue(args, 'holidays');
  let holidays: readonly Holiday[] = [];
  if (holidaysFile !== undefined) {
    const read = await readHolidays(ctx.io, holidaysFile);
    if (!read.ok) return read;
    holidays = read.holidays;
  }
  return {
    ok: true,
    input: { plan: read.result.plan, label, observations, observationsFile: observationsFile === undefined ? null : inputLabel(observationsFile), asOf, asOfDefaulted: asOfOption === undefined, policy, holidays },
  };
}

/** Run `evaluate` (loaded when the command runs: issue 21, the tool's start-up). */
export async function runEvaluate(ctx: CommandContext): Promise<ExitCode> {
  // the library is loaded when the command runs, not when the tool starts
  const [{ evaluatePlan, summarizeEvaluation }, { evaluationText }] = await Promise.all([import('../../evaluate/index.js'), import('../evaluation-text.js')]);
  // --locale: as render's; the evaluation's sentences (reasons, notes, issues) and the text in its language
  const localeTag = optionValue(ctx.args, 'locale');
  const languages = localeTag === undefined ? undefined : await import('../language.js');
  const language = localeTag === undefined ? undefined : await languages?.findLanguage(localeTag);
  if (localeTag !== undefined && language === undefined) return fail(ctx, 'evaluate', { code: 'usage', message: CLI_MESSAGES.unknownLocale(localeTag) });
  // a date-fns locale alone carries no words: the sentences stay English
  const locale = language !== undefined && 'messages' in language ? { locale: language as Locale } : {};
  const read = await readEvaluationInput(ctx, ctx.args);
  if (!read.ok) return fail(ctx, 'evaluate', read.failure);
  const { input } = read;
  const evaluation = evaluatePlan(input.plan, input.observations, { ...evaluationOptions(input), ...locale });
  const summary = summarizeEvaluation(evaluation, { ...(input.policy ? { policy: input.policy } : {}), ...locale });
  if (ctx.json) {
    printJson(ctx, { command: 'evaluate', ok: true, file: input.label, observations: input.observationsFile, asOf: input.asOf, asOfDefaulted: input.asOfDefaulted, summary });
  } else {
    const words = languages === undefined ? undefined : (await languages.findCliWords(localeTag)).evaluate;
    ctx.io.stdout(`${evaluationText(summary, input.asOfDefaulted, input.plan, { ...(language === undefined ? {} : { locale: language }), ...(words === undefined ? {} : { words }) })}\n`);
  }
  return EXIT.ok;
}
