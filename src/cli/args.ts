/**
 * Command-line arguments, read by Node's own `util.parseArgs` from a declarative table of options
 * per command ({@link OptionSpec}: a new option is one line in its command's `options`).
 *
 * `parseArgs` reads the grammar (`--name value`, `--name=value`, `-n value`, `-nvalue`, grouped
 * short flags `-hV`, `--` to end options, `-` as a positional for standard input); this module then
 * holds the tokens to the table, strictly: an unknown option, a missing value (a value that starts
 * with `--` is taken for a forgotten one), a value given to a flag, a value outside the choices and
 * an option given twice that is not repeatable are usage problems, reported as data.
 *
 * @module
 */
import { parseArgs, type ParseArgsConfig } from 'node:util';

/** One option a command accepts. */
export interface OptionSpec {
  readonly name: string;
  /** Single-letter alias (`-h`). */
  readonly short?: string;
  /** The value's placeholder (`<file>`); absent for a flag. */
  readonly value?: string;
  /** The allowed values, when the value is one of a set. */
  readonly choices?: readonly string[];
  /** May be given more than once (values collect into a list). */
  readonly repeatable?: boolean;
  readonly description: string;
}

/** Parsed arguments. */
export interface ParsedArgs {
  readonly positionals: readonly string[];
  readonly flags: ReadonlySet<string>;
  readonly values: ReadonlyMap<string, readonly string[]>;
}

/** A usage problem: what went wrong, in one line. */
export interface UsageProblem {
  readonly message: string;
}

/** The `parseArgs` configuration of a table: every option collects (`multiple`), so that a repeat can be told apart from a single use. */
function parseArgsOptions(options: readonly OptionSpec[]): NonNullable<ParseArgsConfig['options']> {
  const config: NonNullable<ParseArgsConfig['options']> = Object.create(null) as NonNullable<ParseArgsConfig['options']>;
  for (const option of options) {
    config[option.name] = { type: option.value === undefined ? 'boolean' : 'string', multiple: true, ...(option.short ? { short: option.short } : {}) };
  }
  return config;
}

/** Parse `argv` against the options. */
export function parseArguments(argv: readonly string[], options: readonly OptionSpec[]): { ok: true; args: ParsedArgs } | { ok: false; problem: UsageProblem } {
  const byName = new Map(options.map((o) => [o.name, o]));
  // Not strict: parseArgs only splits the arguments into tokens; the checks below are the table's.
  const { tokens } = parseArgs({ args: [...argv], options: parseArgsOptions(options), strict: false, allowPositionals: true, tokens: true });
  const positionals: string[] = [];
  const flags = new Set<string>();
  const values = new Map<string, string[]>();
  for (const token of tokens) {
    if (token.kind === 'positional') {
      positionals.push(token.value);
      continue;
    }
    if (token.kind === 'option-terminator') continue;
    const spec = byName.get(token.name);
    // parseArgs names an unknown short option by its letter (`-x`): that is not a long option `x`
    const short = !token.rawName.startsWith('--');
    // named up to its "=", as the hand-written parser did: parseArgs keeps `--=x` and `-=` whole (an empty name)
    if (!spec || (short && token.rawName !== `-${spec.short}`)) return { ok: false, problem: { message: `unknown option ${token.rawName.split('=')[0]}` } };
    if (spec.value === undefined) {
      if (token.value !== undefined) return { ok: false, problem: { message: `option --${spec.name} takes no value` } };
      flags.add(spec.name);
      continue;
    }
    const value = token.value;
    if (value === undefined || (!token.inlineValue && value.startsWith('--'))) {
      return { ok: false, problem: { message: `option --${spec.name} needs a value ${spec.value}` } };
    }
    if (spec.choices && !spec.choices.includes(value)) {
      return { ok: false, problem: { message: `option --${spec.name} must be one of ${spec.choices.join(', ')}, not ${JSON.stringify(value)}` } };
    }
    const list = values.get(spec.name) ?? [];
    if (list.length > 0 && !spec.repeatable) return { ok: false, problem: { message: `option --${spec.name} is given more than once` } };
    list.push(value);
    values.set(spec.name, list);
  }
  return { ok: true, args: { positionals, flags, values } };
}

/** The single value of an option, when given. */
export function optionValue(args: ParsedArgs, name: string): string | undefined {
  return args.values.get(name)?.[0];
}
