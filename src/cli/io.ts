import type { CalendarDate } from '../dates/calendar.js';

/**
 * Everything the command-line tool touches outside itself. The real one (`nodeIo`) reads files,
 * the clock and the environment; tests pass an in-memory one to `runCli`.
 */
export interface CliIo {
  /** Write to standard output. */
  readonly stdout: (text: string) => void;
  /** Write to standard error. */
  readonly stderr: (text: string) => void;
  /** Read a file as UTF-8 text; rejects with a Node-style error (`code` ENOENT, EISDIR, EACCES ...). */
  readonly readFile: (path: string) => Promise<string>;
  /**
   * The files a glob pattern names (`plans/*.json`, `plan-{a,b}.json`, `**` for any depth of
   * folders), sorted; a file whose name is the pattern itself is that file; none is `[]`. Only
   * called for an argument with a glob character in it.
   */
  readonly glob: (pattern: string) => Promise<readonly string[]>;
  /** Read all of standard input as UTF-8 text. */
  readonly readStdin: () => Promise<string>;
  /** Write a file as UTF-8 text. */
  readonly writeFile: (path: string, text: string) => Promise<void>;
  /** Today's calendar date where the tool runs (the default `--as-of`). */
  readonly today: () => CalendarDate;
  /** Environment variables. */
  readonly env: Readonly<Record<string, string | undefined>>;
}
