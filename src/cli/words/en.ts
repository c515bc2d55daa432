/**
 * The command line's own lines a person reads after a run (`validate`'s verdicts and summary,
 * `evaluate`'s text, `wrote <file>`), as a catalog per language: {@link CliWords}. English is the
 * tool's own wording (./messages.ts), byte for byte; de, fr, es and ar are files of their own
 * (./de.ts ...), loaded only when `--locale` asks for that language (`findCliWords` in
 * ../language.ts). Usage errors, `--help` and internal errors stay English: they are for the
 * developer running the tool.
 *
 * @module
 */
import { CLI_MESSAGES, EVALUATE_TEXT, VALIDATE_TEXT } from '../messages.js';

/** Problems counted by severity (a `validate` run's totals). */
export interface CliCounts {
  readonly errors: number;
  readonly warnings: number;
  readonly infos: number;
}

/** The lines of `validate`'s default (stylish) report. */
export interface ValidateWords {
  /** One file, no errors: `plan.json: valid plan, no errors (1 warning, 0 notes)`. */
  readonly valid: (file: string, warnings: number, infos: number) => string;
  /** One file with errors: `plan.json: 2 errors, 1 warning`. */
  readonly invalid: (file: string, errors: number, warnings: number) => string;
  /** One file that is not a plan: `plan.json: does not parse (3 issues)`. */
  readonly doesNotParse: (file: string, count: number) => string;
  /** After a file's name above its problems: `(does not parse)`. */
  readonly notParsed: string;
  /** Below a finding: `fix: <the finding's fix>`. */
  readonly fix: (fix: string) => string;
  /** The last line for several files, or for one that could not be read beside others. */
  readonly summary: (files: number, counts: CliCounts, notParsed: number, unreadable: number, unmatched: number) => string;
  /** More warnings than `--max-warnings` (the option's name as it is). */
  readonly tooManyWarnings: (warnings: number, max: number) => string;
}

/** The lines of `evaluate`'s text output; the labels and sentences inside them are the locale's own. */
export interface EvaluateWords {
  /** `pip-1: Performance Improvement Plan, Jordan Reyes (Account Executive)`. */
  readonly heading: (id: string, term: string, employee: string, role: string) => string;
  /** The day read, and whether it is today's by default (`--as-of` named as it is). */
  readonly asOf: (asOf: string, defaulted: boolean) => string;
  readonly goals: string;
  readonly goal: (status: string, title: string) => string;
  /** A goal's figures, each written by the report's formatter; the trend as the report words it. */
  readonly goalFigures: (observed: string, baseline: string, target: string, attainment: string, trend: string | undefined) => string;
  readonly noGoals: string;
  /** The triad's reading (the report's name for it) and its sentence. */
  readonly triad: (code: string, message: string) => string;
  /** The score (with its weighting) and the progress sentence, both the report's. */
  readonly score: (score: string, progress: string) => string;
  /** Check-ins held of due, how many documented, support delivered of due. */
  readonly commitments: (checkIns: string, documented: number, support: string) => string;
  readonly coverage: (coverage: string) => string;
  /** The outcome and the kind of reading (final, provisional, not running), before the reasons. */
  readonly recommendation: (outcome: string, reading: string) => string;
  /** A numbered reason. */
  readonly reason: (n: number, message: string) => string;
  /** The heading of the data notes (the evaluation's issues). */
  readonly issues: (count: number) => string;
  /** A data note or a warning: its code (data), where it is, its sentence. */
  readonly issue: (code: string, at: string, message: string) => string;
  /** The heading of the warnings. */
  readonly warnings: (count: number) => string;
  /** No figure. */
  readonly none: string;
}

/** The command line's lines a person reads after a run, in one language. */
export interface CliWords {
  readonly validate: ValidateWords;
  readonly evaluate: EvaluateWords;
  /** After `--out`: `wrote plan.html (2048 bytes)` (`render`, `validate`). */
  readonly wrote: (file: string, bytes: number) => string;
}

/** The tool's own English lines: no `--locale`, `--locale en`, or a locale without words (`nl`). */
export const CLI_WORDS_EN: CliWords = {
  validate: {
    valid: CLI_MESSAGES.valid,
    invalid: CLI_MESSAGES.invalid,
    doesNotParse: CLI_MESSAGES.doesNotParse,
    notParsed: VALIDATE_TEXT.doesNotParse,
    fix: VALIDATE_TEXT.fix,
    summary: VALIDATE_TEXT.summary,
    tooManyWarnings: VALIDATE_TEXT.tooManyWarnings,
  },
  evaluate: EVALUATE_TEXT,
  wrote: CLI_MESSAGES.wrote,
};
