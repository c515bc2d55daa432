/**
 * A small, strict argument parser: `--name value`, `--name=value`, boolean flags, `-h`/`-V`,
 * `--` to end options, and `-` as a positional (standard input). Unknown options and missing
 * values are usage errors, reported as data.
 *
 * @module
 */

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

/** Parse `argv` against the options. */
export function parseArguments(argv: readonly string[], options: readonly OptionSpec[]): { ok: true; args: ParsedArgs } | { ok: false; problem: UsageProblem } {
  const byName = new Map(options.map((o) => [o.name, o]));
  const byShort = new Map(options.filter((o) => o.short).map((o) => [o.short as string, o]));
  const positionals: string[] = [];
  const flags = new Set<string>();
  const values = new Map<string, string[]>();
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i] as string;
    if (arg === '--') {
      positionals.push(...argv.slice(i + 1));
      break;
    }
    if (arg === '-' || !arg.startsWith('-')) {
      positionals.push(arg);
      continue;
    }
    let spec: OptionSpec | undefined;
    let inline: string | undefined;
    if (arg.startsWith('--')) {
      const eq = arg.indexOf('=');
      const name = eq === -1 ? arg.slice(2) : arg.slice(2, eq);
      inline = eq === -1 ? undefined : arg.slice(eq + 1);
      spec = byName.get(name);
    } else if (arg.length === 2) spec = byShort.get(arg.slice(1));
    if (!spec) return { ok: false, problem: { message: `unknown option ${arg.split('=')[0]}` } };
    if (spec.value === undefined) {
      if (inline !== undefined) return { ok: false, problem: { message: `option --${spec.name} takes no value` } };
      flags.add(spec.name);
      continue;
    }
    const value = inline ?? argv[i + 1];
    if (inline === undefined) i += 1;
    if (value === undefined || (inline === undefined && value.startsWith('--'))) {
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
