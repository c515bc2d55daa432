/**
 * `validate`'s work on one file: read it, parse it, lint it when it parses, and place every
 * problem at its line and column.
 *
 * Severities: a lint finding keeps its rule's (`error`, `warning`, `info`). A parse issue is
 * always an `error`: a document that does not parse is not a plan (nothing can be linted,
 * evaluated or rendered from it), and the parse reports only what stops that; `too_many_issues`
 * stands for the issues left unlisted, errors too.
 *
 * @module
 */
import type { LintSeverity } from '../../lint/index.js';
import { lintWith, summarizeFindings } from '../../lint/lint.js';
import { LINT_DEFAULTS } from '../../lint/policy-defaults.js';
import type { LintWords } from '../../lint/locale.js';
import type { ParseLocale } from '../../schema/locale.js';
import { fastPlanJson } from '../../schema/fast-plan.js';
import { formatPath } from '../../schema/messages.js';
import type { CliFailure } from '../command.js';
import type { CliIo } from '../io.js';
import { inputLabel, readText } from '../input.js';
import { locateInJson } from './locate.js';

/** How serious a problem is: a lint finding's severity; every parse issue is an error. */
export type Severity = LintSeverity;

/** One problem in a file, where it is and what to do. */
export interface Problem {
  /** `parse`: the document is not a plan; `lint`: a plan with a finding. */
  readonly source: 'parse' | 'lint';
  readonly severity: Severity;
  readonly code: string;
  readonly path: readonly (string | number)[];
  /** The path as text: `goals[1].window.end`. */
  readonly at: string;
  readonly message: string;
  /** How to fix it (lint findings). */
  readonly fix?: string;
  /** Line in the file, from 1. */
  readonly line: number;
  /** Column in the line, from 1, in UTF-16 code units. */
  readonly column: number;
}

/** What `validate` found in one file. */
export type FileReport =
  | { readonly kind: 'checked'; readonly file: string; readonly parsed: boolean; readonly problems: readonly Problem[] }
  | { readonly kind: 'failed'; readonly file: string; readonly failure: CliFailure; /** A pattern that named no file. */ readonly unmatched?: boolean };

/** Counts of problems by severity. */
export interface Counts {
  readonly errors: number;
  readonly warnings: number;
  readonly infos: number;
}

/** Count problems by severity (the lint's own count: a parse issue is an error). */
export function countProblems(problems: readonly Problem[]): Counts {
  const { errors, warnings, infos } = summarizeFindings(problems);
  return { errors, warnings, infos };
}

/** Check one file (`-` for standard input). */
export async function checkFile(io: CliIo, file: string, words?: LintWords, language?: ParseLocale): Promise<FileReport> {
  const label = inputLabel(file);
  const read = await readText(io, file);
  if (!read.ok) return { kind: 'failed', file: label, failure: read.failure };
  const text = read.text.replace(/^\uFEFF/, '');
  // a valid plan is read and linted without zod (the zod-free fast path, the lint's default
  // policy as plain data); zod is loaded only to report what is wrong (issue 21: the start-up)
  const fast = fastPlanJson(text);
  const result = fast !== undefined ? ({ ok: true, plan: fast } as const) : (await import('../../schema/parse.js')).parsePlanJson(text, language === undefined ? {} : { locale: language });
  const found = result.ok
    ? lintWith(result.plan, LINT_DEFAULTS, words).map((f) => ({ source: 'lint' as const, severity: f.severity, code: f.code, path: f.path, message: f.message, fix: f.fix }))
    : result.issues.map((issue) => ({ source: 'parse' as const, severity: 'error' as const, code: issue.code, path: issue.path, message: issue.message }));
  if (found.length === 0) return { kind: 'checked', file: label, parsed: result.ok, problems: [] };
  // a text JSON.parse accepted is located by a scan along each path; jsonc-parser is loaded only
  // for a text that is not JSON (where it stops being JSON, issue 21: the command line's start-up)
  const positionsIn = found.some((problem) => problem.code === 'invalid_json') ? (await import('./positions.js')).positionsIn : undefined;
  const positions = positionsIn === undefined ? { at: locateInJson(text), syntaxError: () => undefined } : positionsIn(text);
  const problems = found.map((problem): Problem => {
    const place = (problem.code === 'invalid_json' ? positions.syntaxError() : undefined) ?? positions.at(problem.path);
    return { ...problem, at: formatPath(problem.path), line: place.line, column: place.column };
  });
  return { kind: 'checked', file: label, parsed: result.ok, problems };
}
