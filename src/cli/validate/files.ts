/**
 * The files `validate` reads: its arguments, a glob pattern expanded by the tool itself (a shell
 * expands `plans/*.json` before the tool sees it, but Windows' shells do not, and a quoted pattern
 * or `**` reaches the tool as it was written).
 *
 * @module
 */
import type { CliFailure } from '../command.js';
import type { CliIo } from '../io.js';
import { CLI_MESSAGES } from '../messages.js';

/** A character that makes an argument a glob pattern. */
const GLOB_CHARACTER = /[*?[\]{}]/;

/** One file to read, or a pattern that named none. */
export type Target = { readonly file: string } | { readonly unmatched: CliFailure };

/**
 * The arguments as files, in order, each once: `-` (standard input, at most once), a file, or the
 * files a pattern names (sorted; a file whose name is the pattern itself is that file).
 */
export async function expandTargets(io: CliIo, args: readonly string[]): Promise<{ ok: true; targets: readonly Target[] } | { ok: false; failure: CliFailure }> {
  if (args.filter((arg) => arg === '-').length > 1) return { ok: false, failure: { code: 'usage', message: CLI_MESSAGES.stdinTwice } };
  const targets: Target[] = [];
  const seen = new Set<string>();
  const add = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    targets.push({ file });
  };
  for (const arg of args) {
    if (arg === '-' || !GLOB_CHARACTER.test(arg)) {
      add(arg);
      continue;
    }
    const files = await io.glob(arg);
    if (files.length === 0) targets.push({ unmatched: { code: 'unreadable', file: arg, message: CLI_MESSAGES.noMatch } });
    for (const file of files) add(file);
  }
  return { ok: true, targets };
}
