/**
 * TEST ORACLE ONLY: the hand-written argument parser the CLI used before `util.parseArgs`
 * (src/cli/args.ts as of commit 0a8b840^), kept verbatim so that test/cli/args.test.ts can check
 * that the new parser gives the same result (the parsed options or the same usage problem) on
 * generated argv arrays. Nothing in src/ imports it; do not use it anywhere else.
 */
import type { OptionSpec, ParsedArgs, UsageProblem } from '../../src/cli/args.js';

/** Parse `argv` against the options (the pre-parseArgs grammar: no grouped short flags, no attached short values). */
export function handWrittenParseArguments(argv: readonly string[], options: readonly OptionSpec[]): { ok: true; args: ParsedArgs } | { ok: false; problem: UsageProblem } {
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
