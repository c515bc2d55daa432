import packageJson from '../../package.json' with { type: 'json' };
import { optionValue, parseArguments, type OptionSpec, type ParsedArgs } from './args.js';
import { EXIT, fail, printJson, type Command, type ExitCode } from './command.js';
import { COMMANDS } from './commands/index.js';
import type { CliIo } from './io.js';
import { CLI_MESSAGES, GENERAL_HELP, TOOL } from './messages.js';
import { terminalLines } from './terminal.js';

/** The tool's version (from package.json). */
export const CLI_VERSION: string = packageJson.version;

/** `help [command]`, in the general help after the commands. */
const HELP_COMMAND = { name: 'help', usage: 'help [command]', summary: "Show the help of a command (the same as '<command> --help')." } as const;

/** Options every command accepts. */
const GLOBAL_OPTIONS: readonly OptionSpec[] = [
  { name: 'json', description: 'machine-readable output (JSON on standard output)' },
  { name: 'help', short: 'h', description: 'show help' },
  { name: 'version', short: 'V', description: 'show the version' },
];

function optionLine(option: OptionSpec): string {
  const names = `${option.short ? `-${option.short}, ` : '    '}--${option.name}${option.value ? ` ${option.value}` : ''}`;
  return `  ${names.padEnd(34)} ${option.description}`;
}

function generalHelp(): string {
  const rows = [...COMMANDS.map((c) => [`${c.name} ${c.usage}`.trimEnd(), c.summary] as const), [HELP_COMMAND.usage, HELP_COMMAND.summary] as const];
  const width = Math.max(...rows.map(([usage]) => usage.length)) + 2;
  return terminalLines([
    GENERAL_HELP.usage,
    '',
    GENERAL_HELP.intro,
    '',
    GENERAL_HELP.commands,
    ...rows.map(([usage, summary]) => `  ${usage.padEnd(width)} ${summary}`),
    '',
    GENERAL_HELP.globalOptions,
    ...GLOBAL_OPTIONS.map(optionLine),
    '',
    GENERAL_HELP.exitCodes,
    GENERAL_HELP.more,
    '',
  ]);
}

function commandHelp(command: Command): string {
  return terminalLines([
    `Usage: ${TOOL} ${command.name}${command.usage ? ` ${command.usage}` : ''} [options]`,
    '',
    command.summary,
    ...command.details,
    '',
    'Options:',
    ...[...command.options, ...GLOBAL_OPTIONS].map(optionLine),
    '',
    GENERAL_HELP.exitCodes,
    '',
  ]);
}

function helpJson(command?: Command) {
  const describe = (c: Command) => ({
    name: c.name,
    usage: `${TOOL} ${c.name}${c.usage ? ` ${c.usage}` : ''}`,
    summary: c.summary,
    options: [...c.options, ...GLOBAL_OPTIONS].map((o) => ({ name: `--${o.name}`, ...(o.short ? { short: `-${o.short}` } : {}), ...(o.value ? { value: o.value } : {}), ...(o.choices ? { choices: o.choices } : {}), description: o.description })),
  });
  return command ? describe(command) : { name: TOOL, version: CLI_VERSION, commands: COMMANDS.map(describe), exitCodes: { ok: 0, problems: 1, usage: 2, internal: 3 } };
}

/** `help [command]`: the general help, or a command's; the same as `--help`. */
function help(rest: readonly string[], io: CliIo, jsonRequested: boolean): ExitCode {
  const parsed = parseArguments(rest, GLOBAL_OPTIONS);
  if (!parsed.ok) return fail({ io, json: jsonRequested }, 'help', { code: 'usage', message: `${parsed.problem.message}. ${CLI_MESSAGES.seeHelp(undefined)}` });
  const { args } = parsed;
  const json = args.flags.has('json');
  const [name, extra] = args.positionals;
  const command = name === undefined ? undefined : COMMANDS.find((c) => c.name === name);
  if (name !== undefined && command === undefined) {
    return fail({ io, json }, 'help', { code: 'usage', message: `${CLI_MESSAGES.unknownCommand(name)}. ${CLI_MESSAGES.seeHelp(undefined)}` });
  }
  if (extra !== undefined) return fail({ io, json }, 'help', { code: 'usage', message: `${CLI_MESSAGES.extraArgument(extra)}. ${CLI_MESSAGES.seeHelp(undefined)}` });
  if (json) printJson({ io, args, json }, helpJson(command));
  else io.stdout(command ? commandHelp(command) : generalHelp());
  return EXIT.ok;
}

/** `--json`, or a report format of JSON (`validate --format json`): failures are JSON on stdout too. */
function wantsJson(args: ParsedArgs): boolean {
  return args.flags.has('json') || optionValue(args, 'format') === 'json';
}

/** `--json` among the options, before the arguments are parsed (a failure to parse them is JSON too); after `--` it is a file. */
function jsonBeforeParsing(argv: readonly string[]): boolean {
  const end = argv.indexOf('--');
  return (end === -1 ? argv : argv.slice(0, end)).includes('--json');
}

async function dispatch(argv: readonly string[], io: CliIo): Promise<ExitCode> {
  const jsonRequested = jsonBeforeParsing(argv);
  const name = argv.find((arg) => !arg.startsWith('-'));
  const rest = name === undefined ? argv : argv.filter((_arg, i) => i !== argv.indexOf(name));
  if (name === HELP_COMMAND.name) return help(rest, io, jsonRequested);
  const command = COMMANDS.find((c) => c.name === name);
  if (name !== undefined && command === undefined) {
    return fail({ io, json: jsonRequested }, undefined, { code: 'usage', message: `${CLI_MESSAGES.unknownCommand(name)}. ${CLI_MESSAGES.seeHelp(undefined)}` });
  }
  const parsed = parseArguments(rest, [...(command?.options ?? []), ...GLOBAL_OPTIONS]);
  if (!parsed.ok) return fail({ io, json: jsonRequested }, command?.name, { code: 'usage', message: `${parsed.problem.message}. ${CLI_MESSAGES.seeHelp(command?.name)}` });
  const { args } = parsed;
  const json = wantsJson(args);
  if (args.flags.has('version')) {
    if (json) printJson({ io, args, json }, { name: TOOL, version: CLI_VERSION });
    else io.stdout(`${terminalLines([`${TOOL} ${CLI_VERSION}`])}\n`);
    return EXIT.ok;
  }
  if (args.flags.has('help') || command === undefined) {
    if (command === undefined && !args.flags.has('help')) {
      if (json) return fail({ io, json }, undefined, { code: 'usage', message: CLI_MESSAGES.missingCommand });
      io.stderr(generalHelp());
      return EXIT.usage;
    }
    if (json) printJson({ io, args, json }, helpJson(command));
    else io.stdout(command ? commandHelp(command) : generalHelp());
    return EXIT.ok;
  }
  const missing = command.positionals[args.positionals.length];
  if (missing !== undefined) {
    return fail({ io, json }, command.name, { code: 'usage', message: `${CLI_MESSAGES.missingArgument(`<${missing}>`)}. ${CLI_MESSAGES.seeHelp(command.name)}` });
  }
  const extra = command.variadic ? undefined : args.positionals[command.positionals.length];
  if (extra !== undefined) {
    return fail({ io, json }, command.name, { code: 'usage', message: `${CLI_MESSAGES.extraArgument(extra)}. ${CLI_MESSAGES.seeHelp(command.name)}` });
  }
  return command.run({ io, args, json });
}

/**
 * Run the command-line tool in-process: `argv` without the node and script paths, every
 * outside effect through `io`. Resolves to the exit code; never rejects (a bug is exit 3 with a
 * one-line message, the stack only when `IMPROVEMENT_PLAN_DEBUG` is set).
 *
 * @example
 * ```ts
 * const code = await runCli(['validate', 'plan.json', '--json'], nodeIo()); // => 0, 1 or 2
 * ```
 */
export async function runCli(argv: readonly string[], io: CliIo): Promise<ExitCode> {
  try {
    return await dispatch(argv, io);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    if (io.env['IMPROVEMENT_PLAN_DEBUG'] && error instanceof Error && error.stack) io.stderr(`${error.stack}\n`);
    return fail({ io, json: jsonBeforeParsing(argv) }, undefined, { code: 'internal', message: CLI_MESSAGES.internal(detail) });
  }
}
