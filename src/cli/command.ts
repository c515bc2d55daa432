import type { OptionSpec, ParsedArgs } from './args.js';
import type { CliIo } from './io.js';
import { terminalLines } from './terminal.js';

/** Exit codes: no errors, errors in the document, bad usage or unreadable input, a bug. */
export const EXIT = { ok: 0, problems: 1, usage: 2, internal: 3 } as const;

/** An exit code. */
export type ExitCode = (typeof EXIT)[keyof typeof EXIT];

/** What went wrong, as data: printed as one line, or as JSON with `--json`. */
export interface CliFailure {
  readonly code: 'usage' | 'unreadable' | 'unwritable' | 'invalid_plan' | 'invalid_input' | 'internal';
  readonly message: string;
  readonly file?: string;
  readonly path?: string;
}

/** What a command runs with. */
export interface CommandContext {
  readonly io: CliIo;
  readonly args: ParsedArgs;
  /** `--json`: machine-readable output on stdout. */
  readonly json: boolean;
}

/**
 * A command of the tool. New commands (`evaluate`) are added to the list in
 * `commands/index.ts`; nothing else changes.
 */
export interface Command {
  readonly name: string;
  readonly summary: string;
  /** Positionals as shown in usage: `<file|->`. */
  readonly usage: string;
  readonly details: readonly string[];
  readonly options: readonly OptionSpec[];
  /** Positionals: required names, in order. */
  readonly positionals: readonly string[];
  /** The last positional may be given more than once (`validate a.json b.json 'plans/*.json'`). */
  readonly variadic?: boolean;
  readonly run: (ctx: CommandContext) => Promise<ExitCode>;
}

/** Write a JSON value as one document on stdout. */
export function printJson(ctx: CommandContext, value: unknown): void {
  ctx.io.stdout(`${JSON.stringify(value, null, 2)}\n`);
}

/** Report a failure (one line on stderr, made safe for a terminal, or JSON on stdout) and return its exit code. */
export function fail(ctx: { readonly io: CliIo; readonly json: boolean }, command: string | undefined, failure: CliFailure): ExitCode {
  const exit = failure.code === 'invalid_plan' || failure.code === 'invalid_input' ? EXIT.problems : failure.code === 'internal' ? EXIT.internal : EXIT.usage;
  if (ctx.json) {
    ctx.io.stdout(`${JSON.stringify({ command: command ?? null, ok: false, error: failure }, null, 2)}\n`);
  } else {
    const where = [failure.file, failure.path].filter((part) => part !== undefined).join(':');
    ctx.io.stderr(`${terminalLines([`improvement-plan: ${where ? `${where}: ` : ''}${failure.message}`])}\n`);
  }
  return exit;
}
